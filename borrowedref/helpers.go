package borrowedref

import "regexp"

// defRE matches a C function definition's name: NAME(params) {.
var defRE = regexp.MustCompile(`\b([A-Za-z_]\w*)\s*\([^;{}()]*\)\s*\{`)

// preambleFuncs returns the names of the functions the package's preambles
// define. Such a function is the package's own, whatever its name: a
// preamble that defines PyList_GetItem does not include CPython's.
func preambleFuncs(preambles []string) map[string]bool {
	names := map[string]bool{}
	for _, p := range preambles {
		for _, m := range defRE.FindAllStringSubmatch(p, -1) {
			names[m[1]] = true
		}
	}
	return names
}
