// Package good is a cgo package that builds: its findings are reported.
package good

// #cgo pkg-config: python3-embed
// #include <Python.h>
import "C"

// First is a wrapper of PyList_GetItem: reported where its callers use it.
func First(l *C.PyObject) *C.PyObject {
	return C.PyList_GetItem(l, 0)
}

// Repr uses a borrowed item.
func Repr(l *C.PyObject) *C.PyObject {
	return C.PyObject_Repr(C.PyList_GetItem(l, 0)) // finding: borrowedref
}
