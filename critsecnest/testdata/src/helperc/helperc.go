// Package helperc begins and ends critical sections through helpers
// defined in a .c file of the package: a lock method that returns its
// release func, an iterator closure and range-over-func iterators.
package helperc

/*
#cgo pkg-config: python3-embed
#include <Python.h>
#include <stdlib.h>

#if PY_VERSION_HEX < 0x030D0000
typedef struct { void *_unused[2]; } PyCriticalSection;
#endif

// Defined in lock.c.
void dict_lock(PyCriticalSection *cs, PyObject *o);
void dict_unlock(PyCriticalSection *cs);
*/
import "C"

// Dict is a dict with its section struct in C memory.
type Dict struct {
	cs *C.PyCriticalSection
	o  *C.PyObject
}

// New allocates the struct in C memory.
func New(o *C.PyObject) *Dict {
	return &Dict{cs: (*C.PyCriticalSection)(C.malloc(C.sizeof_PyCriticalSection)), o: o}
}

// Lock begins a section and returns the func that ends it: silent, its
// callers are checked.
func (d *Dict) Lock() func() {
	C.dict_lock(d.cs, d.o) /* lock */
	return func() { C.dict_unlock(d.cs) }
}

// Len defers the release func: silent.
func (d *Dict) Len() int {
	defer d.Lock()()
	return int(C.PyDict_Size(d.o))
}

// Merge locks e through the helper while d's release is pending.
func (d *Dict) Merge(e *Dict) {
	defer d.Lock()()
	C.dict_lock(e.cs, e.o) /* related lock */ // want `C helper dict_lock begins a critical section inside the section d\.Lock\(\) opened, which it can suspend; end that section before the call`
	C.PyDict_Merge(d.o, e.o, 1)
	C.dict_unlock(e.cs)
}

// Iter returns an iterator that ends the section when exhausted.
func (d *Dict) Iter() func() (*C.PyObject, bool) {
	C.dict_lock(d.cs, d.o) // want `C\.dict_lock on d\.o is ended only when the iterator it returns is exhausted: the object stays locked across the caller's loop`
	var pos C.Py_ssize_t
	return func() (*C.PyObject, bool) {
		var k, v *C.PyObject
		if C.PyDict_Next(d.o, &pos, &k, &v) == 0 {
			C.dict_unlock(d.cs)
			return nil, false
		}
		return k, true
	}
}

// Values yields inside the section.
func (d *Dict) Values() func(yield func(v *C.PyObject) bool) {
	return func(yield func(v *C.PyObject) bool) {
		C.dict_lock(d.cs, d.o)
		defer C.dict_unlock(d.cs)
		var pos C.Py_ssize_t
		var k, v *C.PyObject
		for C.PyDict_Next(d.o, &pos, &k, &v) != 0 {
			if !yield(v) { // want `yield runs the caller's loop body inside the critical section on d\.o`
				return
			}
		}
	}
}

// Keys collects under the section and yields after it: silent.
func (d *Dict) Keys() func(yield func(k *C.PyObject) bool) {
	return func(yield func(k *C.PyObject) bool) {
		var keys []*C.PyObject
		C.dict_lock(d.cs, d.o)
		var pos C.Py_ssize_t
		var k, v *C.PyObject
		for C.PyDict_Next(d.o, &pos, &k, &v) != 0 {
			keys = append(keys, C.Py_NewRef(k))
		}
		C.dict_unlock(d.cs)
		for _, k := range keys {
			if !yield(k) {
				return
			}
		}
	}
}
