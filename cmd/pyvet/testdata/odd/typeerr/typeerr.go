// Package typeerr has a type error in one function; the others are still
// checked.
package typeerr

// #cgo pkg-config: python3-embed
// #include <Python.h>
import "C"

func Get(l *C.PyObject) *C.PyObject {
	return C.PyObject_Repr(C.PyList_GetItem(l, 0)) // finding: borrowedref
}

func Broken() int {
	return undefinedName
}
