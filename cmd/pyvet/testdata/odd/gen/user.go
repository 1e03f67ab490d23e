package gen

// #cgo pkg-config: python3-embed
// #include <Python.h>
import "C"

func Written(l *C.PyObject) *C.PyObject {
	return C.PyList_GetItem(l, 0) // finding: borrowedref
}

func UsesGenerated(l *C.PyObject) {
	_ = Generated(l) // a wrapper in the same package: reported at its C call only
}
