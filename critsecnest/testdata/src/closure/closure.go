// Package closure holds lock methods that begin a critical section and
// return the func that ends it: balanced where the caller calls that func
// at once or defers it, reported where it does not.
package closure

/*
#cgo pkg-config: python3-embed
#include <stdlib.h>
#include <Python.h>

#if PY_VERSION_HEX < 0x030D0000
typedef struct { uintptr_t _cs_prev; void *_cs_mutex; } PyCriticalSection;
void PyCriticalSection_Begin(PyCriticalSection *c, PyObject *op);
void PyCriticalSection_End(PyCriticalSection *c);
#endif
*/
import "C"

import "errors"

var errMissing = errors.New("missing")

// Dict is a dict with its critical-section struct in C memory.
type Dict struct {
	cs *C.PyCriticalSection
	o  *C.PyObject
}

// New allocates the struct in C memory.
func New(o *C.PyObject) *Dict {
	return &Dict{cs: (*C.PyCriticalSection)(C.malloc(C.sizeof_PyCriticalSection)), o: o}
}

// Lock begins a critical section on the dict and returns the func that
// ends it: silent, its callers are checked.
func (d *Dict) Lock() func() {
	C.PyCriticalSection_Begin(d.cs, d.o)
	return func() { C.PyCriticalSection_End(d.cs) }
}

// Len defers the returned func: silent.
func (d *Dict) Len() int {
	defer d.Lock()()
	return int(C.PyDict_Size(d.o))
}

// Clear keeps it and defers it: silent.
func (d *Dict) Clear() {
	unlock := d.Lock()
	defer unlock()
	C.PyDict_Clear(d.o)
}

// Touch calls it at once: silent.
func (d *Dict) Touch() {
	d.Lock()()
}

// Forget drops it: the section stays open.
func (d *Dict) Forget() {
	d.Lock() // want `the func closure\.\(\*Dict\)\.Lock returns to end its critical section is not called: the object stays locked`
	C.PyDict_Clear(d.o)
}

// Has forgets it on the error path.
func (d *Dict) Has(k *C.PyObject) error {
	unlock := d.Lock() /* related ret1 */ // want `the func closure\.\(\*Dict\)\.Lock returns to end its critical section is not called on some path`
	if C.PyDict_Contains(d.o, k) != 1 {
		return errMissing /* ret1 */
	}
	unlock()
	return nil
}

// Merge nests: the second Lock begins a section inside the first.
func Merge(d, e *Dict) {
	defer d.Lock()() /* outer1 */
	defer e.Lock()() /* related outer1 */ // want `closure\.\(\*Dict\)\.Lock begins a critical section inside the section d\.Lock\(\) opened, which it can suspend; end that section before the call`
	C.PyDict_Merge(d.o, e.o, 1)
}

// Next returns an iterator that ends the section only when exhausted: the
// dict stays locked across the caller's code between its calls.
func (d *Dict) Next() func() (*C.PyObject, bool) {
	C.PyCriticalSection_Begin(d.cs, d.o) // want `C\.PyCriticalSection_Begin on d\.o is ended only when the iterator it returns is exhausted: the object stays locked across the caller's loop`
	var pos C.Py_ssize_t
	return func() (*C.PyObject, bool) {
		var k, v *C.PyObject
		if C.PyDict_Next(d.o, &pos, &k, &v) == 0 {
			C.PyCriticalSection_End(d.cs)
			return nil, false
		}
		return k, true
	}
}

// Items yields inside the section it begins.
func (d *Dict) Items(yield func(k, v *C.PyObject) bool) {
	C.PyCriticalSection_Begin(d.cs, d.o) /* items */
	defer C.PyCriticalSection_End(d.cs)
	var pos C.Py_ssize_t
	var k, v *C.PyObject
	for C.PyDict_Next(d.o, &pos, &k, &v) != 0 {
		if !yield(k, v) { /* related items */ // want `yield runs the caller's loop body inside the critical section on d\.o: collect under the section, yield after its End`
			return
		}
	}
}

// Keys yields inside the section Lock began.
func (d *Dict) Keys(yield func(k *C.PyObject) bool) {
	unlock := d.Lock()
	defer unlock()
	var pos C.Py_ssize_t
	var k, v *C.PyObject
	for C.PyDict_Next(d.o, &pos, &k, &v) != 0 {
		if !yield(k) { // want `yield runs the caller's loop body inside the critical section d\.Lock\(\) opened`
			return
		}
	}
}

// Values collects under the section and yields after its End: silent.
func (d *Dict) Values(yield func(v *C.PyObject) bool) {
	var vals []*C.PyObject
	C.PyCriticalSection_Begin(d.cs, d.o)
	var pos C.Py_ssize_t
	var k, v *C.PyObject
	for C.PyDict_Next(d.o, &pos, &k, &v) != 0 {
		vals = append(vals, C.Py_NewRef(v))
	}
	C.PyCriticalSection_End(d.cs)
	for _, v := range vals {
		if !yield(v) {
			return
		}
	}
}

// Each takes a callback that is not an iterator's yield (it returns
// nothing): unknown code, silent.
func (d *Dict) Each(f func(k *C.PyObject)) {
	defer d.Lock()()
	var pos C.Py_ssize_t
	var k, v *C.PyObject
	for C.PyDict_Next(d.o, &pos, &k, &v) != 0 {
		f(k)
	}
}
