// Package lib has Go functions that begin critical sections; package user
// calls them.
package lib

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

// Dict is a dict with its own critical-section struct in C memory.
type Dict struct {
	cs *C.PyCriticalSection
	d  *C.PyObject
}

// New allocates the struct in C memory.
func New(d *C.PyObject) *Dict {
	return &Dict{cs: (*C.PyCriticalSection)(C.malloc(C.sizeof_PyCriticalSection)), d: d}
}

// Lock and Unlock are a helper pair.
func (x *Dict) Lock()   { C.PyCriticalSection_Begin(x.cs, x.d) }
func (x *Dict) Unlock() { C.PyCriticalSection_End(x.cs) }

// Clear locks the dict around its work (balanced).
func (x *Dict) Clear() {
	x.Lock()
	defer x.Unlock()
	C.PyDict_Clear(x.d)
}

// Len reads without a section.
func (x *Dict) Len() int { return int(C.PyDict_Size(x.d)) }
