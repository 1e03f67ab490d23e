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
	d.Clear() // want `lib\.\(\*Dict\)\.Clear, which begins a critical section \(PyCriticalSection_Begin\), while the critical section on o \(PyCriticalSection_Begin\) is open: .*so o is no longer protected`
	C.PyCriticalSection_End(cs)
}

func NestedLock(cs *C.PyCriticalSection, o *C.PyObject, d *lib.Dict) {
	C.PyCriticalSection_Begin(cs, o)
	d.Lock() // want `lib\.\(\*Dict\)\.Lock, which begins a critical section .*so o is no longer protected`
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
	C.PyCriticalSection_Begin(cs, o) // want `C\.PyCriticalSection_Begin on o while the critical section d\.Lock\(\) opened \(PyCriticalSection_Begin\) is open: .*so the object it locks is no longer protected`
	C.PyCriticalSection_End(cs)
}

// Unbalanced: the pair is not closed on the error path.
func Unbalanced(d *lib.Dict) error {
	d.Lock() // want `d\.Lock\(\) opens a critical section \(PyCriticalSection_Begin\) that is not ended on some path`
	if d.Len() == 0 {
		return nil
	}
	d.Unlock()
	return nil
}
