package dictnext

/*
#cgo pkg-config: python3-embed
#include <Python.h>

#if PY_VERSION_HEX < 0x030D0000
typedef struct { uintptr_t _cs_prev; void *_cs_mutex; } PyCriticalSection;
typedef struct { PyCriticalSection _cs_base; void *_cs_mutex2; } PyCriticalSection2;
void PyCriticalSection_Begin(PyCriticalSection *c, PyObject *op);
void PyCriticalSection_End(PyCriticalSection *c);
void PyCriticalSection2_Begin(PyCriticalSection2 *c, PyObject *a, PyObject *b);
void PyCriticalSection2_End(PyCriticalSection2 *c);
#endif
*/
import "C"

import "unsafe"

func Unlocked(d *C.PyObject) { // want Unlocked:`wrapsContainer\(PyDict_Next, 0\)`
	var pos C.Py_ssize_t
	var k, v *C.PyObject
	for C.PyDict_Next(d, &pos, &k, &v) != 0 { // want `PyDict_Next outside a critical section on d: another thread can free its keys and values; lock d with C\.PyCriticalSection_Begin around the loop`
	}
}

func Locked(cs *C.PyCriticalSection, d *C.PyObject) {
	var pos C.Py_ssize_t
	var k, v *C.PyObject
	C.PyCriticalSection_Begin(cs, d)
	for C.PyDict_Next(d, &pos, &k, &v) != 0 {
	}
	C.PyCriticalSection_End(cs)
}

func LockedDefer(cs *C.PyCriticalSection, d *C.PyObject) {
	var pos C.Py_ssize_t
	var k, v *C.PyObject
	C.PyCriticalSection_Begin(cs, d)
	defer C.PyCriticalSection_End(cs)
	for C.PyDict_Next(d, &pos, &k, &v) != 0 {
	}
}

func LockedTwo(cs *C.PyCriticalSection2, d, other *C.PyObject) {
	var pos C.Py_ssize_t
	var k, v *C.PyObject
	C.PyCriticalSection2_Begin(cs, other, d)
	for C.PyDict_Next(d, &pos, &k, &v) != 0 {
	}
	C.PyCriticalSection2_End(cs)
}

func WrongDict(cs *C.PyCriticalSection, d, other *C.PyObject) {
	var pos C.Py_ssize_t
	var k, v *C.PyObject
	C.PyCriticalSection_Begin(cs, other)
	for C.PyDict_Next(d, &pos, &k, &v) != 0 { // want `PyDict_Next outside a critical section on d`
	}
	C.PyCriticalSection_End(cs)
}

func EndedBefore(cs *C.PyCriticalSection, d *C.PyObject) {
	var pos C.Py_ssize_t
	var k, v *C.PyObject
	C.PyCriticalSection_Begin(cs, d)
	C.PyCriticalSection_End(cs)
	for C.PyDict_Next(d, &pos, &k, &v) != 0 { // want `PyDict_Next outside a critical section on d`
	}
}

func InOtherBranch(cs *C.PyCriticalSection, d *C.PyObject, lock bool) {
	var pos C.Py_ssize_t
	var k, v *C.PyObject
	if lock {
		C.PyCriticalSection_Begin(cs, d)
		defer C.PyCriticalSection_End(cs)
	}
	for C.PyDict_Next(d, &pos, &k, &v) != 0 { // want `PyDict_Next outside a critical section on d`
	}
}

func InClosure(cs *C.PyCriticalSection, d *C.PyObject) {
	C.PyCriticalSection_Begin(cs, d)
	defer C.PyCriticalSection_End(cs)
	go func() {
		var pos C.Py_ssize_t
		var k, v *C.PyObject
		for C.PyDict_Next(d, &pos, &k, &v) != 0 { // want `PyDict_Next outside a critical section on d`
		}
	}()
}

// Dict locks itself through a pair of methods, as bindings do.
type Dict struct {
	cs *C.PyCriticalSection // in C memory
	o  *C.PyObject
}

func (d *Dict) Lock()   { C.PyCriticalSection_Begin(d.cs, d.o) }
func (d *Dict) Unlock() { C.PyCriticalSection_End(d.cs) }

func (d *Dict) Len() int {
	var pos C.Py_ssize_t
	var k, v *C.PyObject
	n := 0
	d.Lock()
	defer d.Unlock()
	for C.PyDict_Next(d.o, &pos, &k, &v) != 0 {
		n++
	}
	return n
}

// Nested: only the top-most section is sure to hold its lock.
func Nested(cs, cs2 *C.PyCriticalSection, d, other *C.PyObject) {
	var pos C.Py_ssize_t
	var k, v *C.PyObject
	C.PyCriticalSection_Begin(cs, d)
	C.PyCriticalSection_Begin(cs2, other)
	for C.PyDict_Next(d, &pos, &k, &v) != 0 { // want `PyDict_Next outside a critical section on d`
	}
	C.PyCriticalSection_End(cs2)
	C.PyCriticalSection_End(cs)
}

// Converted: the same dict through a conversion.
func Converted(cs *C.PyCriticalSection, d unsafe.Pointer) {
	var pos C.Py_ssize_t
	var k, v *C.PyObject
	C.PyCriticalSection_Begin(cs, (*C.PyObject)(d))
	for C.PyDict_Next((*C.PyObject)(d), &pos, &k, &v) != 0 {
	}
	C.PyCriticalSection_End(cs)
}
