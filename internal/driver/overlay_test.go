package driver_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/pyvet/pyvet/analyzers"
	"github.com/pyvet/pyvet/borrowedref"
	"github.com/pyvet/pyvet/internal/capi"
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

const overlayPreamble = `package a

/*
#cgo pkg-config: python3-embed
#include <Python.h>

#if PY_VERSION_HEX < 0x030D0000
PyObject *PyList_GetItemRef(PyObject *list, Py_ssize_t index);
#endif
*/
import "C"
`

// onDisk is clean; inOverlay, the editor's unsaved buffer, moves the code
// down two lines and takes a borrowed reference that the fix replaces.
const (
	onDisk = overlayPreamble + `
func Get(l *C.PyObject) *C.PyObject { return C.PyList_GetItemRef(l, 0) }
`
	inOverlay = overlayPreamble + `
// Get returns the first item,
// a strong reference.
func Get(l *C.PyObject) *C.PyObject {
	item := C.PyList_GetItem(l, 0)
	C.Py_IncRef(item)
	return item
}
`
	fixedOverlay = overlayPreamble + `
// Get returns the first item,
// a strong reference.
func Get(l *C.PyObject) *C.PyObject {
	item := C.PyList_GetItemRef(l, 0)
	return item
}
`
)

// TestOverlayFixes: with Config.Overlay, go list and cgo, the loader, the checks
// (through pass.ReadFile, the user's original of the cgo-processed file
// included) and the fixes all see the overlay's content, not the disk's.
func TestOverlayFixes(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a", "a.go")
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string]string{"go.mod": "module example.com/mod\n\ngo 1.24\n", file: onDisk} {
		if err := os.WriteFile(filepath.Join(dir, strings.TrimPrefix(name, dir)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	run := func(overlay map[string][]byte) *driver.Result {
		t.Helper()
		res, err := driver.Run(&driver.Config{
			Analyzers: analyzers.Assemble(borrowedref.New(borrowedref.Options{Python: capi.V(3, 13)})),
			Patterns:  []string{"./..."},
			Dir:       dir,
			Overlay:   overlay,
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Warnings) > 0 || len(res.LoadErrors) > 0 {
			t.Fatalf("warnings %v, load errors %v", res.Warnings, res.LoadErrors)
		}
		return res
	}

	if res := run(nil); len(res.Diagnostics) != 0 {
		t.Fatalf("the file on disk is clean, got %v", messages(res))
	}

	res := run(map[string][]byte{file: []byte(inOverlay)})
	if len(res.Diagnostics) != 1 {
		t.Fatalf("want one finding in the overlay, got %v", messages(res))
	}
	d := res.Diagnostics[0]
	if want := strings.Count(inOverlay[:strings.Index(inOverlay, "C.PyList_GetItem(")], "\n") + 1; d.Posn.Filename != file || d.Posn.Line != want {
		t.Errorf("finding at %s, want %s:%d, the overlay's line", d.Posn, file, want)
	}
	if len(d.SuggestedFixes) != 1 {
		t.Fatalf("want a fix (it deletes the Py_IncRef line of the overlay), got %v", d.SuggestedFixes)
	}
	plan := res.PlanFixes()
	if len(plan.Warnings) > 0 || plan.Applied != 1 {
		t.Fatalf("plan: %d applied, warnings %v", plan.Applied, plan.Warnings)
	}
	if got := string(plan.Old[file]); got != inOverlay {
		t.Errorf("the fix was planned on\n%s\nwant the overlay's content", got)
	}
	if got := string(plan.New[file]); got != fixedOverlay {
		t.Errorf("fixed overlay:\n%s\nwant:\n%s", got, fixedOverlay)
	}
	if disk, _ := os.ReadFile(file); string(disk) != onDisk {
		t.Error("the run changed the file on disk")
	}
}

func messages(res *driver.Result) []string {
	var out []string
	for _, d := range res.Diagnostics {
		out = append(out, d.Posn.String()+": "+d.Message)
	}
	return out
}
