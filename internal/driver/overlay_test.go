package driver_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/pyvet/pyvet/borrowedref"
	"github.com/pyvet/pyvet/internal/driver"
)

// TestOverlay: an overlay replaces a cgo file's content for go list (cgo
// runs on it) and for the parser, so findings move with the unsaved
// buffer and go when it no longer has the hazard.
func TestOverlay(t *testing.T) {
	name, err := filepath.Abs("testdata/mod/a/a.go")
	if err != nil {
		t.Fatal(err)
	}
	run := func(src string) []*driver.Diagnostic {
		t.Helper()
		res, err := driver.Run(&driver.Config{
			Analyzers: []*analysis.Analyzer{borrowedref.Analyzer},
			Patterns:  []string{"./a"},
			Dir:       "testdata/mod",
			Overlay:   map[string][]byte{name: []byte(src)},
		})
		if err != nil {
			t.Fatal(err)
		}
		return res.Diagnostics
	}
	const head = "package a\n\n// #cgo pkg-config: python3-embed\n// #include <Python.h>\nimport \"C\"\n\n"
	moved := run(head + "\n\n\nfunc Get(l *C.PyObject) *C.PyObject { return C.PyObject_Repr(C.PyList_GetItem(l, 0)) }\n")
	if len(moved) != 1 || moved[0].Posn.Filename != name || moved[0].Posn.Line != 10 {
		t.Errorf("overlay with the call on line 10: got %v, want one finding in %s at line 10", posns(moved), name)
	}
	if fixed := run(head + "func Get(l *C.PyObject) *C.PyObject { return C.PyObject_Repr(l) }\n"); len(fixed) != 0 {
		t.Errorf("overlay without the hazard: got %v, want no finding", posns(fixed))
	}
}

// TestCancelled: a cancelled run stops with the context's error.
func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := driver.Run(&driver.Config{Analyzers: []*analysis.Analyzer{borrowedref.Analyzer}, Patterns: []string{"./a"}, Dir: "testdata/mod", Context: ctx})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("got error %v, want context.Canceled", err)
	}
}

func posns(ds []*driver.Diagnostic) string {
	var s []string
	for _, d := range ds {
		s = append(s, d.Posn.String())
	}
	return strings.Join(s, ", ")
}
