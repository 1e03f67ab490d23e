// Package shim defines a 3.13 API for older Pythons, as pythoncapi_compat.h
// does: the shim is the API it stands for, not a helper of the package.
package shim

/*
#cgo pkg-config: python3-embed
#include <Python.h>

#if PY_VERSION_HEX < 0x030D0000
static inline PyObject *PyList_GetItemRef(PyObject *list, Py_ssize_t index) {
	return Py_XNewRef(PyList_GetItem(list, index));
}
#endif
*/
import "C"

func Item(l *C.PyObject) *C.PyObject { // want Item:`wrapsContainer\(PyList_GetItemRef, 0\)`
	return C.PyList_GetItemRef(l, 0)
}
