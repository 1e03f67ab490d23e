package ownfix

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

// Module keeps what it looks up.
type Module struct {
	dict  *C.PyObject
	attrs map[string]*C.PyObject
}

var builtins *C.PyObject

func (m *Module) Load(mod, t *C.PyObject) {
	m.dict = C.PyModule_GetDict(mod)           // want `borrowed PyModule_GetDict result stored in m\.dict without Py_NewRef`
	builtins = C.PyEval_GetBuiltins()          // want `borrowed PyEval_GetBuiltins result stored in the package variable builtins`
	m.attrs["first"] = C.PyTuple_GetItem(t, 0) // want `borrowed PyTuple_GetItem result stored in the map m\.attrs`
	// No fix: the stored value is not the C call itself.
	second := C.PyTuple_GetItem(t, 1)
	m.attrs["second"] = second // want `borrowed PyTuple_GetItem result stored in the map m\.attrs`
}
