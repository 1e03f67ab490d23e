// Package py3 is shaped like go-python/cpy3: a 1:1 binding, one Go function
// per C function, with togo/toc helpers. By itself it has no borrowedref
// finding: the borrowed results are its users' to handle.
package py3

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

import "unsafe"

// PyObject is a Python object.
type PyObject C.PyObject

func togo(cobject *C.PyObject) *PyObject { return (*PyObject)(cobject) }

func toc(object *PyObject) *C.PyObject { return (*C.PyObject)(unsafe.Pointer(object)) }

// IncRef takes a reference.
func (pyObject *PyObject) IncRef() { // want IncRef:`increfs\(0\)`
	C.Py_IncRef(toc(pyObject))
}

// DecRef releases a reference.
func (pyObject *PyObject) DecRef() { // want DecRef:`decrefs\(0\)`
	C.Py_DecRef(toc(pyObject))
}

// Py_DecRef is the function form.
func Py_DecRef(o *PyObject) { // want Py_DecRef:`decrefs\(0\)`
	C.Py_DecRef(toc(o))
}

// Repr returns repr(o), a new reference.
func (pyObject *PyObject) Repr() *PyObject {
	return togo(C.PyObject_Repr(toc(pyObject)))
}

// PyObject_GetAttrString returns a new reference.
func PyObject_GetAttrString(o *PyObject, attrName string) *PyObject {
	cattr := C.CString(attrName)
	defer C.free(unsafe.Pointer(cattr))
	return togo(C.PyObject_GetAttrString(toc(o), cattr))
}
