package py3

/*
#include <Python.h>
#include <stdlib.h>
*/
import "C"

import "unsafe"

// PyList_New returns a new list.
func PyList_New(len int) *PyObject { // want PyList_New:`returnsNew\(PyList_New\)`
	return togo(C.PyList_New(C.Py_ssize_t(len)))
}

// PyList_GetItem returns a borrowed reference.
func PyList_GetItem(p *PyObject, pos int) *PyObject { // want PyList_GetItem:`returnsBorrowed\(PyList_GetItem\)` PyList_GetItem:`wrapsContainer\(PyList_GetItem, 0\)`
	return togo(C.PyList_GetItem(toc(p), C.Py_ssize_t(pos)))
}

// PyList_SetItem steals a reference to item.
func PyList_SetItem(p *PyObject, pos int, o *PyObject) int { // want PyList_SetItem:`wrapsContainer\(PyList_SetItem, 0\)`
	return int(C.PyList_SetItem(toc(p), C.Py_ssize_t(pos), toc(o)))
}

// PyList_Append appends item, taking a reference of its own.
func PyList_Append(p, item *PyObject) int { // want PyList_Append:`wrapsContainer\(PyList_Append, 0\)`
	return int(C.PyList_Append(toc(p), toc(item)))
}

// PyList_Size returns the length.
func PyList_Size(p *PyObject) int { // want PyList_Size:`wrapsContainer\(PyList_Size, 0\)`
	return int(C.PyList_Size(toc(p)))
}

// PyTuple_GetItem returns a borrowed reference.
func PyTuple_GetItem(p *PyObject, pos int) *PyObject { // want PyTuple_GetItem:`returnsBorrowed\(PyTuple_GetItem\)` PyTuple_GetItem:`wrapsContainer\(PyTuple_GetItem, 0\)`
	return togo(C.PyTuple_GetItem(toc(p), C.Py_ssize_t(pos)))
}

// PyDict_New returns a new dict.
func PyDict_New() *PyObject { // want PyDict_New:`returnsNew\(PyDict_New\)`
	return togo(C.PyDict_New())
}

// PyDict_Copy returns a new dict.
func PyDict_Copy(p *PyObject) *PyObject { // want PyDict_Copy:`returnsNew\(PyDict_Copy\)` PyDict_Copy:`wrapsContainer\(PyDict_Copy, 0\)`
	return togo(C.PyDict_Copy(toc(p)))
}

// PyDict_GetItem returns a borrowed reference.
func PyDict_GetItem(p, key *PyObject) *PyObject { // want PyDict_GetItem:`returnsBorrowed\(PyDict_GetItem\)` PyDict_GetItem:`wrapsContainer\(PyDict_GetItem, 0\)`
	return togo(C.PyDict_GetItem(toc(p), toc(key)))
}

// PyDict_GetItemString returns a borrowed reference.
func PyDict_GetItemString(p *PyObject, key string) *PyObject { // want PyDict_GetItemString:`returnsBorrowed\(PyDict_GetItemString\)` PyDict_GetItemString:`wrapsContainer\(PyDict_GetItemString, 0\)`
	ckey := C.CString(key)
	defer C.free(unsafe.Pointer(ckey))
	return togo(C.PyDict_GetItemString(toc(p), ckey))
}

// PyDict_SetItemString does not steal.
func PyDict_SetItemString(p *PyObject, key string, val *PyObject) int { // want PyDict_SetItemString:`wrapsContainer\(PyDict_SetItemString, 0\)`
	ckey := C.CString(key)
	defer C.free(unsafe.Pointer(ckey))
	return int(C.PyDict_SetItemString(toc(p), ckey, toc(val)))
}

// PyDict_Next hands out borrowed keys and values through its out-parameters.
func PyDict_Next(p *PyObject, ppos *int, pkey, pvalue **PyObject) bool { // want PyDict_Next:`iteratesDict\(0\)` PyDict_Next:`wrapsContainer\(PyDict_Next, 0\)`
	cpos := C.Py_ssize_t(*ppos)
	ckey := toc(*pkey)
	cvalue := toc(*pvalue)
	res := C.PyDict_Next(toc(p), &cpos, &ckey, &cvalue) != 0
	*ppos = int(cpos)
	*pkey = togo(ckey)
	*pvalue = togo(cvalue)
	return res
}

// PyModule_GetDict returns a borrowed reference.
func PyModule_GetDict(module *PyObject) *PyObject { // want PyModule_GetDict:`returnsBorrowed\(PyModule_GetDict\)`
	return togo(C.PyModule_GetDict(toc(module)))
}

// PyEval_GetBuiltins returns a borrowed reference.
func PyEval_GetBuiltins() *PyObject { // want PyEval_GetBuiltins:`returnsBorrowed\(PyEval_GetBuiltins\)`
	return togo(C.PyEval_GetBuiltins())
}

// PySys_GetObject returns a borrowed reference.
func PySys_GetObject(name string) *PyObject { // want PySys_GetObject:`returnsBorrowed\(PySys_GetObject\)`
	cname := C.CString(name)
	defer C.free(unsafe.Pointer(cname))
	return togo(C.PySys_GetObject(cname))
}

// PyImport_AddModule returns a borrowed reference.
func PyImport_AddModule(name string) *PyObject { // want PyImport_AddModule:`returnsBorrowed\(PyImport_AddModule\)`
	cname := C.CString(name)
	defer C.free(unsafe.Pointer(cname))
	return togo(C.PyImport_AddModule(cname))
}
