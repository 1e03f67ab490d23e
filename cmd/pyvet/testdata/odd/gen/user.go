package gen

// #cgo pkg-config: python3-embed
// #include <Python.h>
import "C"

func Written(l *C.PyObject) *C.PyObject {
	return C.PyObject_Repr(C.PyList_GetItem(l, 0)) // finding: borrowedref
}

func UsesGenerated(l *C.PyObject) {
	_ = C.PyObject_Repr(Generated(l)) // finding: borrowedref
}
