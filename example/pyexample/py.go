package pyexample

/*
#cgo pkg-config: python3-embed
#include <Python.h>

// The 3.13 API this example uses; older headers get the prototypes only
// (pythoncapi-compat's pythoncapi_compat.h provides the functions).
#if PY_VERSION_HEX < 0x030D0000
PyObject *PyList_GetItemRef(PyObject *list, Py_ssize_t index);
int PyDict_GetItemRef(PyObject *p, PyObject *key, PyObject **result);
typedef struct { uintptr_t _cs_prev; void *_cs_mutex; } PyCriticalSection;
typedef struct { PyCriticalSection _cs_base; void *_cs_mutex2; } PyCriticalSection2;
void PyCriticalSection_Begin(PyCriticalSection *c, PyObject *op);
void PyCriticalSection_End(PyCriticalSection *c);
void PyCriticalSection2_Begin(PyCriticalSection2 *c, PyObject *a, PyObject *b);
void PyCriticalSection2_End(PyCriticalSection2 *c);
#endif
#include <stdlib.h>
*/
import "C"

import (
	"errors"
	"unsafe"
)

// Object is a Python object, as bindings expose it.
type Object C.PyObject

func toC(o *Object) *C.PyObject  { return (*C.PyObject)(unsafe.Pointer(o)) }
func toGo(o *C.PyObject) *Object { return (*Object)(o) }

var errPython = errors.New("python error")

// First returns the first item of a list: a borrowed reference another
// thread can free. First is a wrapper of PyList_GetItem: the hazard is where
// its callers use the result, and they are reported there (see app).
func First(list *Object) *Object {
	return toGo(C.PyList_GetItem(toC(list), 0))
}

// FirstRef is First's correct twin: a strong reference the caller releases.
// OK.
func FirstRef(list *Object) (*Object, error) {
	item := C.PyList_GetItemRef(toC(list), 0)
	if item == nil {
		return nil, errPython
	}
	return toGo(item), nil
}

// Lookup reads a dict entry.
// HAZARD: PyDict_GetItem returns a borrowed reference, and incref'ing it
// afterwards is too late.
func Lookup(dict, key *Object) *Object {
	v := C.PyDict_GetItem(toC(dict), toC(key)) // flagged: borrowedref
	C.Py_IncRef(v)
	return toGo(v)
}

// LookupRef is Lookup's correct twin. OK.
func LookupRef(dict, key *Object) (*Object, error) {
	var v *C.PyObject
	if C.PyDict_GetItemRef(toC(dict), toC(key), &v) < 0 {
		return nil, errPython
	}
	return toGo(v), nil
}

// Repr returns repr(o). OK.
func Repr(o *Object) (string, error) {
	r := C.PyObject_Repr(toC(o))
	if r == nil {
		return "", errPython
	}
	defer C.Py_DecRef(r)
	s := C.PyUnicode_AsUTF8(r)
	if s == nil {
		return "", errPython
	}
	return C.GoString(s), nil
}

// Release releases a strong reference. OK.
func Release(o *Object) { C.Py_DecRef(toC(o)) }

// Registry remembers objects by name.
type Registry struct{ items map[string]*Object }

// Remember keeps the first item of a tuple.
// HAZARD: the borrowed item is stored with no reference of its own: it
// dangles once the tuple is freed, on every build of Python.
func (r *Registry) Remember(name string, tuple *Object) {
	r.items[name] = toGo(C.PyTuple_GetItem(toC(tuple), 0)) // flagged: borrowedref
}

// RememberRef is Remember's correct twin: it stores a reference of its own.
// OK.
func (r *Registry) RememberRef(name string, tuple *Object) {
	r.items[name] = toGo(C.Py_NewRef(C.PyTuple_GetItem(toC(tuple), 0)))
}

// Second returns the second item of a tuple. OK: tuples are immutable.
func Second(tuple *Object) *Object {
	return toGo(C.PyTuple_GetItem(toC(tuple), 1))
}

// CountKeys iterates a dict.
// HAZARD: PyDict_Next does not lock the dict.
func CountKeys(dict *Object) int {
	var pos C.Py_ssize_t
	var k, v *C.PyObject
	n := 0
	for C.PyDict_Next(toC(dict), &pos, &k, &v) != 0 { // flagged: borrowedref
		n++
	}
	return n
}

// CountKeysLocked is CountKeys' correct twin: the loop runs in a critical
// section on the dict, whose struct lives in C memory (C keeps a pointer to
// it until End). OK.
func CountKeysLocked(dict *Object) int {
	cs := (*C.PyCriticalSection)(C.malloc(C.sizeof_PyCriticalSection))
	defer C.free(unsafe.Pointer(cs))
	var pos C.Py_ssize_t
	var k, v *C.PyObject
	n := 0
	C.PyCriticalSection_Begin(cs, toC(dict))
	for C.PyDict_Next(toC(dict), &pos, &k, &v) != 0 {
		n++
	}
	C.PyCriticalSection_End(cs)
	return n
}

// MoveFirst moves the first item of src to the end of dst.
// HAZARD: nested critical sections: while the second Begin waits for dst's
// lock, CPython suspends the section on src, so src is no longer protected.
func MoveFirst(src, dst *Object) error {
	outer := (*C.PyCriticalSection)(C.malloc(C.sizeof_PyCriticalSection))
	defer C.free(unsafe.Pointer(outer))
	inner := (*C.PyCriticalSection)(C.malloc(C.sizeof_PyCriticalSection))
	defer C.free(unsafe.Pointer(inner))
	C.PyCriticalSection_Begin(outer, toC(src))
	defer C.PyCriticalSection_End(outer)
	C.PyCriticalSection_Begin(inner, toC(dst)) // flagged: critsecnest
	defer C.PyCriticalSection_End(inner)
	return move(src, dst)
}

// MoveFirstLocked is MoveFirst's correct twin: one PyCriticalSection2 locks
// both lists at once, its struct in C memory (C keeps a pointer to it until
// End). OK.
func MoveFirstLocked(src, dst *Object) error {
	cs := (*C.PyCriticalSection2)(C.malloc(C.sizeof_PyCriticalSection2))
	defer C.free(unsafe.Pointer(cs))
	C.PyCriticalSection2_Begin(cs, toC(src), toC(dst))
	defer C.PyCriticalSection2_End(cs)
	return move(src, dst)
}

func move(src, dst *Object) error {
	item := C.PySequence_GetItem(toC(src), 0) // a strong reference
	if item == nil {
		return errPython
	}
	defer C.Py_DecRef(item)
	if C.PyList_Append(toC(dst), item) < 0 || C.PySequence_DelItem(toC(src), 0) < 0 {
		return errPython
	}
	return nil
}
