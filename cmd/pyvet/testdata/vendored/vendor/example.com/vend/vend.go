// Package vend is vendored: a wrapper, and a hazard inside the package.
package vend

// #cgo pkg-config: python3-embed
// #include <Python.h>
import "C"

// First is a wrapper of PyList_GetItem: its callers' uses are reported.
func First(l *C.PyObject) *C.PyObject {
	return C.PyList_GetItem(l, 0)
}

// Repr uses a borrowed item.
func Repr(l *C.PyObject) *C.PyObject {
	return C.PyObject_Repr(C.PyList_GetItem(l, 0)) // silent: vendored, not matched by ./...
}
