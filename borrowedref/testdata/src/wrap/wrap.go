// Package wrap is shaped like the public bindings: Go wrappers of the C API.
package wrap

/*
#cgo pkg-config: python3-embed
#include <Python.h>

#if PY_VERSION_HEX < 0x030D0000
PyObject *PyList_GetItemRef(PyObject *list, Py_ssize_t index);
#endif
*/
import "C"

import "unsafe"

type Object C.PyObject

func togo(o *C.PyObject) *Object { return (*Object)(o) }
func toc(o *Object) *C.PyObject  { return (*C.PyObject)(unsafe.Pointer(o)) }

// ListGetItem returns a borrowed reference: a wrapper, reported where its
// callers use the result.
func ListGetItem(l *Object, i int) *Object { // want ListGetItem:`returnsBorrowed\(PyList_GetItem\)` ListGetItem:`wrapsContainer\(PyList_GetItem, 0\)`
	return togo(C.PyList_GetItem(toc(l), C.Py_ssize_t(i)))
}

// Item wraps the wrapper.
func Item(l *Object, i int) *Object { // want Item:`returnsBorrowed\(PyList_GetItem\)`
	it := ListGetItem(l, i)
	return it
}

func (o *Object) GetItem(key *Object) (*Object, error) { // want GetItem:`returnsBorrowed\(PyDict_GetItem\)` GetItem:`wrapsContainer\(PyDict_GetItem, 0\)`
	v := C.PyDict_GetItem(toc(o), toc(key))
	if v == nil {
		return nil, nil
	}
	return togo(v), nil
}

// ListGetItemRef returns a strong reference: not a wrapper of a borrowed API.
func ListGetItemRef(l *Object, i int) *Object { // want ListGetItemRef:`wrapsContainer\(PyList_GetItemRef, 0\)`
	return togo(C.PyList_GetItemRef(toc(l), C.Py_ssize_t(i)))
}

// TupleItem returns a borrowed reference to a tuple item: fine on every
// thread while the tuple lives.
func TupleItem(t *Object, i int) *Object { // want TupleItem:`returnsBorrowed\(PyTuple_GetItem\)` TupleItem:`wrapsContainer\(PyTuple_GetItem, 0\)`
	return togo(C.PyTuple_GetItem(toc(t), C.Py_ssize_t(i)))
}

// Repr uses a wrapper's result in the wrapper's own package: reported.
func (o *Object) Repr() *Object {
	return togo(C.PyObject_Repr(toc(ListGetItem(o, 0)))) // want `wrap\.ListGetItem returns a borrowed reference \(the result of C\.PyList_GetItem\)`
}

// Pair returns a struct holding a borrowed reference: a wrapper too.
type Pair struct{ First, Second *Object }

func ListPair(l *Object) Pair { // want ListPair:`returnsBorrowed\(PyList_GetItem\)`
	return Pair{First: ListGetItem(l, 0), Second: ListGetItem(l, 1)}
}

// Handle holds an object in a struct, as some bindings wrap every result;
// wrapHandle hands its caller the pointer it is given, as togo does.
type Handle struct {
	o    *C.PyObject
	kind int
}

func wrapHandle(o *C.PyObject) *Handle { return &Handle{o: o, kind: 1} }

// HandleItem returns a borrowed reference in a Handle: a wrapper.
func HandleItem(l *Object, i int) *Handle { // want HandleItem:`returnsBorrowed\(PyList_GetItem\)` HandleItem:`wrapsContainer\(PyList_GetItem, 0\)`
	return wrapHandle(C.PyList_GetItem(toc(l), C.Py_ssize_t(i)))
}

// HandleItemRef returns a strong reference in a Handle: no wrapper.
func HandleItemRef(l *Object, i int) *Handle { // want HandleItemRef:`wrapsContainer\(PyList_GetItemRef, 0\)`
	return wrapHandle(C.PyList_GetItemRef(toc(l), C.Py_ssize_t(i)))
}

// newHandle builds a handle around something of its own: no pass-through,
// its result holds no borrowed reference.
func newHandle(o *C.PyObject) *Handle { return &Handle{o: C.PyObject_Repr(o)} }

// ReprHandle returns a strong reference built by newHandle.
func ReprHandle(l *Object) *Handle { // want ReprHandle:`wrapsContainer\(PyList_GetItem, 0\)`
	return newHandle(C.PyList_GetItem(toc(l), 0)) // want `PyList_GetItem returns a borrowed reference`
}
