// Package a is where the test's panicking analyzer panics.
package a

// #cgo pkg-config: python3-embed
// #include <Python.h>
import "C"

func Get(l *C.PyObject) *C.PyObject { return C.PyObject_Repr(C.PyList_GetItem(l, 0)) }
