// Package mutex314 locks PyMutex-protected C state with the 3.14 mutex
// forms of critical sections, PyCriticalSection_BeginMutex and
// PyCriticalSection2_BeginMutex. It is type-checked against the real
// Python 3.14 headers (checktest.Headers): a GIL build, whose headers
// declare the functions but leave the section structs incomplete. No
// #cgo pkg-config line: its -I flags would come before CGO_CFLAGS and win.
package mutex314

/*
#include <stdlib.h>
#include <Python.h>

#if PY_VERSION_HEX < 0x030E0000
#error "mutex314 wants the Python 3.14 headers (CGO_CFLAGS from checktest.Headers)"
#endif
#ifndef Py_GIL_DISABLED
struct PyCriticalSection { uintptr_t _cs_prev; PyMutex *_cs_mutex; };
struct PyCriticalSection2 { PyCriticalSection _cs_base; PyMutex *_cs_mutex2; };
#endif

typedef struct { PyMutex mu; PyObject *items; } cache;
*/
import "C"

import (
	"errors"
	"runtime"
	"unsafe"
)

var errMissing = errors.New("missing")

// newSection allocates a section struct in C memory, which C may keep.
func newSection() *C.PyCriticalSection {
	return (*C.PyCriticalSection)(C.calloc(1, C.sizeof_PyCriticalSection))
}

func newSection2() *C.PyCriticalSection2 {
	return (*C.PyCriticalSection2)(C.calloc(1, C.sizeof_PyCriticalSection2))
}

// ---- flagged ----

func NestedMutex(ca, cb *C.PyCriticalSection, a, b *C.cache) {
	C.PyCriticalSection_BeginMutex(ca, &a.mu)
	C.PyCriticalSection_BeginMutex(cb, &b.mu) // want `C\.PyCriticalSection_BeginMutex on &b\.mu inside the section on &a\.mu, which it can suspend; lock both with C\.PyCriticalSection2_BeginMutex\(&cs, &a\.mu, &b\.mu\)`
	C.PyList_Append(a.items, b.items)
	C.PyCriticalSection_End(cb)
	C.PyCriticalSection_End(ca)
}

func ObjectInsideMutex(ca, cb *C.PyCriticalSection, c *C.cache, o *C.PyObject) {
	C.PyCriticalSection_BeginMutex(ca, &c.mu)
	C.PyCriticalSection_Begin(cb, o) // want `^C\.PyCriticalSection_Begin on o inside the section on &c\.mu, which it can suspend; end the outer section first`
	C.PyList_Append(c.items, o)
	C.PyCriticalSection_End(cb)
	C.PyCriticalSection_End(ca)
}

func LeftOpen(cs *C.PyCriticalSection, c *C.cache) (*C.PyObject, error) {
	C.PyCriticalSection_BeginMutex(cs, &c.mu) // want `C\.PyCriticalSection_BeginMutex on &c\.mu is not ended on some path`
	if c.items == nil {
		return nil, errMissing
	}
	it := C.PyList_GetItemRef(c.items, 0)
	C.PyCriticalSection_End(cs)
	return it, nil
}

func WrongEnd(cs *C.PyCriticalSection2, a, b *C.cache) {
	C.PyCriticalSection2_BeginMutex(cs, &a.mu, &b.mu)
	C.PyList_Append(a.items, b.items)
	C.PyCriticalSection_End((*C.PyCriticalSection)(unsafe.Pointer(cs))) // want `C\.PyCriticalSection_End ends the two-object section begun with PyCriticalSection2_BeginMutex`
}

func GoMemory(c *C.cache) C.Py_ssize_t {
	var cs C.PyCriticalSection
	C.PyCriticalSection_BeginMutex(&cs, &c.mu) // want `C\.PyCriticalSection_BeginMutex\(&cs, …\) lets C keep a pointer to unpinned Go memory; do the section, only C calls, in one C helper \(Py_BEGIN_CRITICAL_SECTION\)`
	n := C.PyList_Size(c.items)
	C.PyCriticalSection_End(&cs)
	return n
}

// ---- silent ----

func Both(a, b *C.cache) {
	cs := newSection2()
	defer C.free(unsafe.Pointer(cs))
	C.PyCriticalSection2_BeginMutex(cs, &a.mu, &b.mu)
	defer C.PyCriticalSection2_End(cs)
	C.PyList_Append(a.items, b.items)
}

func Deferred(c *C.cache) (*C.PyObject, error) {
	cs := newSection()
	defer C.free(unsafe.Pointer(cs))
	C.PyCriticalSection_BeginMutex(cs, &c.mu)
	defer C.PyCriticalSection_End(cs)
	if c.items == nil {
		return nil, errMissing
	}
	return C.PyList_GetItemRef(c.items, 0), nil
}

func Pinned(c *C.cache) C.Py_ssize_t {
	var cs C.PyCriticalSection
	var p runtime.Pinner
	p.Pin(&cs)
	defer p.Unpin()
	C.PyCriticalSection_BeginMutex(&cs, &c.mu)
	n := C.PyList_Size(c.items)
	C.PyCriticalSection_End(&cs)
	return n
}

// SameMutexTwice locks the mutex the outer section already holds: the
// top-most section holds it.
func SameMutexTwice(ca, cb *C.PyCriticalSection, c *C.cache) {
	C.PyCriticalSection_BeginMutex(ca, &c.mu)
	C.PyCriticalSection_BeginMutex(cb, &c.mu)
	C.PyList_Append(c.items, c.items)
	C.PyCriticalSection_End(cb)
	C.PyCriticalSection_End(ca)
}
