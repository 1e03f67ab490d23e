// Package vend is vendored: a wrapper with a hazard inside it.
package vend

// #cgo pkg-config: python3-embed
// #include <Python.h>
import "C"

// First is a wrapper of PyList_GetItem.
func First(l *C.PyObject) *C.PyObject {
	return C.PyList_GetItem(l, 0) // silent: vendored, not matched by ./...
}
