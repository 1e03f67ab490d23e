package fix

/*
#cgo pkg-config: python3-embed
#include <Python.h>

#if PY_VERSION_HEX < 0x030D0000
PyObject *PyList_GetItemRef(PyObject *list, Py_ssize_t index);
PyObject *PyImport_AddModuleRef(const char *name);
#endif
*/
import "C"

func IncrefNext(l *C.PyObject) *C.PyObject {
	item := C.PyList_GetItem(l, 0) // want `PyList_GetItem returns a borrowed reference`
	C.Py_IncRef(item)
	return item
}

func NewRefWrapped(l *C.PyObject, i C.Py_ssize_t) *C.PyObject {
	return C.Py_NewRef(C.PyList_GetItem(l, i)) // want `PyList_GetItem returns a borrowed reference`
}

func Module(name *C.char) *C.PyObject {
	var m *C.PyObject
	m = C.PyImport_AddModule(name) // want `PyImport_AddModule returns a borrowed reference`
	C.Py_IncRef(m)
	return m
}

// No fix: ownership is not taken at once, so the rewrite would leak.
func Borrowed(l *C.PyObject) *C.PyObject {
	return C.PyObject_Repr(C.PyList_GetItem(l, 0)) // want `PyList_GetItem returns a borrowed reference`
}
