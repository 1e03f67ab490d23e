// Package user calls package lib's section helpers: nesting through facts
// from another package, and balanced helper pairs.
package user

/*
#cgo pkg-config: python3-embed
#include <stdlib.h>
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

import "lib"

func Nested(cs *C.PyCriticalSection, o *C.PyObject, d *lib.Dict) {
	C.PyCriticalSection_Begin(cs, o)
	d.Clear() // want `lib\.\(\*Dict\)\.Clear begins a critical section inside the section on o, which it can suspend; end that section before the call`
	C.PyCriticalSection_End(cs)
}

func NestedLock(cs *C.PyCriticalSection, o *C.PyObject, d *lib.Dict) {
	C.PyCriticalSection_Begin(cs, o)
	d.Lock() // want `lib\.\(\*Dict\)\.Lock begins a critical section inside the section on o, which it can suspend; end that section before the call`
	d.Unlock()
	C.PyCriticalSection_End(cs)
}

// Balanced helper pair, and a balanced callee outside any section. Silent.
func Balanced(d *lib.Dict) int {
	d.Lock()
	n := d.Len()
	d.Unlock()
	d.Clear()
	return n
}

// Inside the pair, the dict's own section is the one open: the inner
// C.PyCriticalSection_Begin nests.
func InsidePair(cs *C.PyCriticalSection, o *C.PyObject, d *lib.Dict) {
	d.Lock()
	defer d.Unlock()
	C.PyCriticalSection_Begin(cs, o) // want `C\.PyCriticalSection_Begin on o inside the section d\.Lock\(\) opened, which it can suspend; end the outer section first`
	C.PyCriticalSection_End(cs)
}

// Unbalanced: the pair is not closed on the error path.
func Unbalanced(d *lib.Dict) error {
	d.Lock() // want `d\.Lock\(\) opens a critical section that is not ended on some path; defer the call that ends it right after this one`
	if d.Len() == 0 {
		return nil
	}
	d.Unlock()
	return nil
}
