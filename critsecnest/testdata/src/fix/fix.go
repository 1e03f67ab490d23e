// Package fix holds the nested shapes critsecnest rewrites into one
// PyCriticalSection2, and one it must not rewrite.
package fix

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

import "runtime"

func Adjacent(a, b *C.PyObject) {
	var ca C.PyCriticalSection
	var cb C.PyCriticalSection
	var p runtime.Pinner
	p.Pin(&ca)
	p.Pin(&cb)
	defer p.Unpin()
	C.PyCriticalSection_Begin(&ca, a)
	C.PyCriticalSection_Begin(&cb, b) // want `C\.PyCriticalSection_Begin on b inside the section on a, which it can suspend; lock both with C\.PyCriticalSection2_Begin\(&cs, a, b\)`
	C.PyList_Append(a, b)
	C.PyCriticalSection_End(&cb)
	C.PyCriticalSection_End(&ca)
}

func Deferred(a, b *C.PyObject) int {
	var ca, cb C.PyCriticalSection
	var p runtime.Pinner
	p.Pin(&ca)
	p.Pin(&cb)
	defer p.Unpin()
	C.PyCriticalSection_Begin(&ca, a)
	defer C.PyCriticalSection_End(&ca)
	C.PyCriticalSection_Begin(&cb, b) // want `C\.PyCriticalSection_Begin on b inside the section on a, which it can suspend; lock both with C\.PyCriticalSection2_Begin\(&cs, a, b\)`
	defer C.PyCriticalSection_End(&cb)
	return int(C.PyList_Size(a))
}

// Reused: ca serves a later one-object section too, so changing its type
// would break that; the message advises, no fix.
func Reused(a, b *C.PyObject) {
	var ca, cb C.PyCriticalSection
	var p runtime.Pinner
	p.Pin(&ca)
	p.Pin(&cb)
	defer p.Unpin()
	C.PyCriticalSection_Begin(&ca, a)
	C.PyCriticalSection_Begin(&cb, b) // want `C\.PyCriticalSection_Begin on b inside the section on a, which it can suspend; lock both with C\.PyCriticalSection2_Begin\(&cs, a, b\)`
	C.PyCriticalSection_End(&cb)
	C.PyCriticalSection_End(&ca)
	C.PyCriticalSection_Begin(&ca, b)
	C.PyCriticalSection_End(&ca)
}

// Evaluated: the second object is a call that ran inside the first
// section; merged, it would run before it. No fix.
func Evaluated(a, b *C.PyObject) {
	var ca, cb C.PyCriticalSection
	var p runtime.Pinner
	p.Pin(&ca)
	p.Pin(&cb)
	defer p.Unpin()
	C.PyCriticalSection_Begin(&ca, a)
	C.PyCriticalSection_Begin(&cb, C.PyList_GetItem(a, 0)) // want `C\.PyCriticalSection_Begin on C\.PyList_GetItem\(a, 0\) inside the section on a, which it can suspend; lock both with C\.PyCriticalSection2_Begin\(&cs, a, C\.PyList_GetItem\(a, 0\)\)`
	C.PyCriticalSection_End(&cb)
	C.PyCriticalSection_End(&ca)
}
