// Package pytarget works out which Python version a package is checked for:
// the one a flag names, else the one its headers are, else 3.13.
package pytarget

import (
	"os"
	"regexp"

	"github.com/pyvet/pyvet/internal/capi"
	"github.com/pyvet/pyvet/internal/cgocall"
)

// Fallback is the target when neither a flag nor the headers say: the first
// release with a free-threaded build.
var Fallback = capi.V(3, 13)

// Each pattern captures major, minor and the "t" ABI suffix of free-threaded
// builds (python-3.14t-embed, libpython3.14t.so, include/python3.14t).
var (
	// cgo records the libraries a package links in its _cgo_import.go:
	// //go:cgo_import_dynamic _ _ "libpython3.11.so.1.0".
	libRE = regexp.MustCompile(`libpython(\d+)\.(\d+)(t?)`)
	// #cgo pkg-config: python-3.11-embed, #cgo CFLAGS: -I/usr/include/python3.11
	pcRE  = regexp.MustCompile(`pkg-config:.*\bpython-(\d+)\.(\d+)(t?)`)
	incRE = regexp.MustCompile(`-I\s*\S*/python(\d+)\.(\d+)(t?)\b`)
)

// Of returns the target for a package: flag if set, else the version of the
// Python the package was compiled against when that is known, else Fallback.
// The headers' version shows in the libraries cgo recorded (_cgo_import.go,
// which drivers do not always hand over), in a versioned pkg-config module
// or include path in the preamble (cgo puts pkg-config's flags first), or in
// CGO_CFLAGS. The second result says where it came from, for messages:
// "flag", "headers", "free-threaded headers" or "default".
func Of(flag capi.Version, idx *cgocall.Index) (capi.Version, string) {
	if !flag.IsZero() {
		return flag, "flag"
	}
	for _, f := range idx.Files() {
		if !f.Generated {
			continue
		}
		for _, cg := range f.Syntax.Comments {
			for _, c := range cg.List {
				if v, src, ok := parse(libRE, c.Text); ok {
					return v, src
				}
			}
		}
	}
	for _, p := range idx.Preambles() {
		if v, src, ok := FromPreamble(p); ok {
			return v, src
		}
	}
	if v, src, ok := FromCFlags(os.Getenv("CGO_CFLAGS")); ok {
		return v, src
	}
	return Fallback, "default"
}

// FromCFlags returns the version of the Python include directory that
// cflags (CGO_CFLAGS) names, if any.
func FromCFlags(cflags string) (capi.Version, string, bool) { return parse(incRE, cflags) }

// FromPreamble returns the version a preamble's pkg-config module or
// include directory names, if any.
func FromPreamble(p string) (capi.Version, string, bool) {
	if v, src, ok := parse(pcRE, p); ok {
		return v, src, ok
	}
	return parse(incRE, p)
}

func parse(re *regexp.Regexp, s string) (capi.Version, string, bool) {
	m := re.FindStringSubmatch(s)
	if m == nil {
		return capi.Version{}, "", false
	}
	v, err := capi.ParseVersion(m[1] + "." + m[2])
	if err != nil {
		return capi.Version{}, "", false
	}
	if m[3] == "t" {
		return v, "free-threaded headers", true
	}
	return v, "headers", true
}
