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

var (
	// cgo records the libraries a package links in its _cgo_import.go:
	// //go:cgo_import_dynamic _ _ "libpython3.11.so.1.0".
	libRE = regexp.MustCompile(`libpython(\d+)\.(\d+)`)
	// #cgo pkg-config: python-3.11-embed, #cgo CFLAGS: -I/usr/include/python3.11
	pcRE  = regexp.MustCompile(`pkg-config:.*\bpython-(\d+)\.(\d+)`)
	incRE = regexp.MustCompile(`-I\S*/python(\d+)\.(\d+)`)
)

// cflags is CGO_CFLAGS as the process started: where cgo was told to find
// the headers.
var cflags = os.Getenv("CGO_CFLAGS")

// Of returns the target for a package: flag if set, else the version of the
// Python the package was compiled against when that is known, else Fallback.
// The headers' version shows in the libraries cgo recorded (_cgo_import.go,
// which drivers do not always hand over), in a versioned pkg-config module
// or include path in the preamble, or in CGO_CFLAGS.
// The second result says where it came from, for messages.
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
				if v, ok := parse(libRE, c.Text); ok {
					return v, "headers"
				}
			}
		}
	}
	for _, p := range idx.Preambles() {
		if v, ok := parse(pcRE, p); ok {
			return v, "headers"
		}
		if v, ok := parse(incRE, p); ok {
			return v, "headers"
		}
	}
	if v, ok := parse(incRE, cflags); ok {
		return v, "headers"
	}
	return Fallback, "default"
}

func parse(re *regexp.Regexp, s string) (capi.Version, bool) {
	m := re.FindStringSubmatch(s)
	if m == nil {
		return capi.Version{}, false
	}
	v, err := capi.ParseVersion(m[1] + "." + m[2])
	return v, err == nil
}
