//go:build linux

// Package buildtags exercises build constraints: the file for linux is
// analyzed (pyvet's tests run on linux), the files excluded by "ignore" and
// by a tag nobody sets are not.
package buildtags

// #cgo pkg-config: python3-embed
// #include <Python.h>
import "C"

func Linux(l *C.PyObject) *C.PyObject {
	return C.PyObject_Repr(C.PyList_GetItem(l, 0)) // finding: borrowedref
}
