package house

import (
	"fmt"
	"go/ast"
	"go/token"
	"regexp"
	"slices"
	"strconv"
	"testing"

	"github.com/pyvet/pyvet/internal/registry"
)

// capiName matches the start of a C API name: Py_, PyList_, PyObject,
// _PyObject_…, but not "Python".
var capiName = regexp.MustCompile(`^_?Py[A-Z_]`)

// TestNoCAPINamesInChecks: the checks' code spells no C API name in a
// string literal. What a C function does comes from internal/capi, which
// C function a call is from internal/cgocall, and a message names the
// function of the event it reports; a name written in a check is a fact
// outside its home. A check's doc.go, its tests and testdata are exempt.
func TestNoCAPINamesInChecks(t *testing.T) {
	fset := token.NewFileSet()
	for _, problem := range capiLiterals(fset, repoFiles(t, fset), registry.Names()) {
		t.Error(problem)
	}
}

// TestNoCAPINamesInChecksFails feeds the check a check package that
// matches a C function by name, and the look-alikes it allows.
func TestNoCAPINamesInChecksFails(t *testing.T) {
	fset := token.NewFileSet()
	files := parseSnippets(t, fset, map[string]string{
		"mycheck/mycheck.go": "package mycheck\n\n" +
			"func ends(name string) bool { return name == \"PyCriticalSection_End\" }\n" +
			"func ok(v string) string { return \"Python version \" + v + \": \" + \"C.%s\" }\n" +
			"const prefix = `_PyObject_`\n",
		"mycheck/doc.go": "package mycheck\n\nconst example = \"PyList_GetItem\"\n",
		"other/other.go": "package other\n\nconst name = \"PyList_GetItem\"\n",
	})
	got := capiLiterals(fset, files, []string{"mycheck"})
	want := []string{
		`mycheck/mycheck.go:3: "PyCriticalSection_End" names the C API: take it from internal/capi, or the event's call`,
		"mycheck/mycheck.go:5: `_PyObject_` names the C API: take it from internal/capi, or the event's call",
	}
	if !slices.Equal(got, want) {
		t.Errorf("C API names in the bad snippet:\n got %q\nwant %q", got, want)
	}
}

// capiLiterals returns, sorted, the string literals of the check packages
// (directories named as the checks) that start with a C API name.
func capiLiterals(fset *token.FileSet, files []goFile, checks []string) []string {
	var out []string
	for _, f := range files {
		if !slices.Contains(checks, f.pkg) || f.name == "doc.go" {
			continue
		}
		ast.Inspect(f.ast, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			if s, err := strconv.Unquote(lit.Value); err == nil && capiName.MatchString(s) {
				out = append(out, fmt.Sprintf("%s/%s:%d: %s names the C API: take it from internal/capi, or the event's call",
					f.pkg, f.name, fset.Position(lit.Pos()).Line, lit.Value))
			}
			return true
		})
	}
	slices.Sort(out)
	return out
}
