// Package py calls the C API; golangci-lint runs pyvet on it as the linter
// pyvet. A trailing "flagged" comment marks each line the test expects a
// finding on.
package py

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

// Object is a Python object for other packages.
type Object C.PyObject

// Get is a wrapper of PyList_GetItem for other packages: silent here, its
// callers that use the result are flagged.
func Get(l *Object) *Object {
	return (*Object)(C.PyList_GetItem((*C.PyObject)(l), 0))
}

// Len is len(o).
func Len(o *Object) int { return int(C.PyObject_Length((*C.PyObject)(o))) }

// Quiet is silenced three ways.
func Quiet(l, d, k *C.PyObject) {
	_ = C.PyObject_Length(C.PyList_GetItem(l, 1)) //nolint:pyvet // golangci-lint's own directive
	//pyvet:ignore borrowedref -- the list never leaves this goroutine
	_ = C.PyObject_Length(C.PyList_GetItem(l, 2))
	_ = C.PyObject_Length(C.PyDict_GetItem(d, k)) //pyvet:ignore borrowedref -- private dict
}

// Loud has a directive without a reason: reported, and it silences nothing.
func Loud(l *C.PyObject) {
	//pyvet:ignore borrowedref // flagged
	_ = C.PyObject_Length(C.PyList_GetItem(l, 3)) // flagged
}

// Fixable is flagged with a suggested fix, which pyvet -fix applies and
// golangci-lint --fix cannot (see TestGolangciLint).
func Fixable(l *C.PyObject) *C.PyObject {
	item := C.PyList_GetItem(l, 4) // flagged
	C.Py_IncRef(item)
	return item
}

// Wrapped calls through a Go wrapper in the same package: only the C call
// (in Get) is reported here.
func Wrapped(l *Object) *Object { return Get(l) }
