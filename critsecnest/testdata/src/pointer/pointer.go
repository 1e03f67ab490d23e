// Package pointer holds section structs in Go memory reached through a
// local pointer (ptr := &cs), flagged, and their pinned or C-allocated
// look-alikes, silent.
package pointer

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

import (
	"runtime"
	"unsafe"
)

func goWork(o *C.PyObject) int { return int(uintptr(unsafe.Pointer(o)) & 1) }

// ThroughPointer: the struct is a local; its address travels in ptr.
func ThroughPointer(o *C.PyObject) int {
	var cs C.PyCriticalSection
	ptr := &cs
	C.PyCriticalSection_Begin(ptr, o) // want `C\.PyCriticalSection_Begin\(ptr, …\) lets C keep a pointer to unpinned Go memory; pin it first: var p runtime\.Pinner; p\.Pin\(ptr\); defer p\.Unpin\(\)`
	defer C.PyCriticalSection_End(ptr)
	return goWork(o)
}

var globalCS C.PyCriticalSection

// ToGlobal: ptr points into a global.
func ToGlobal(o *C.PyObject) {
	ptr := &globalCS
	C.PyCriticalSection_Begin(ptr, o) // want `C\.PyCriticalSection_Begin\(ptr, …\) lets C keep a pointer to unpinned Go memory; allocate it with C\.malloc\(C\.sizeof_PyCriticalSection\): it is a global`
	goWork(o)
	C.PyCriticalSection_End(ptr)
}

// EitherLocal: two locals, Go memory either way.
func EitherLocal(o *C.PyObject, second bool) int {
	var a, b C.PyCriticalSection
	ptr := &a
	if second {
		ptr = &b
	}
	C.PyCriticalSection_Begin(ptr, o) // want `C\.PyCriticalSection_Begin\(ptr, …\) lets C keep a pointer to unpinned Go memory; pin it first`
	defer C.PyCriticalSection_End(ptr)
	return goWork(o)
}

// PinnedStruct pins the struct, then begins through the pointer. Silent.
func PinnedStruct(o *C.PyObject) int {
	var cs C.PyCriticalSection
	ptr := &cs
	var pin runtime.Pinner
	pin.Pin(&cs)
	defer pin.Unpin()
	C.PyCriticalSection_Begin(ptr, o)
	defer C.PyCriticalSection_End(ptr)
	return goWork(o)
}

// PinnedPointer pins through the pointer. Silent.
func PinnedPointer(o *C.PyObject) int {
	var cs C.PyCriticalSection
	ptr := &cs
	var pin runtime.Pinner
	pin.Pin(ptr)
	defer pin.Unpin()
	C.PyCriticalSection_Begin(ptr, o)
	defer C.PyCriticalSection_End(ptr)
	return goWork(o)
}

// CMemory: the pointer holds C memory. Silent.
func CMemory(o *C.PyObject) int {
	ptr := (*C.PyCriticalSection)(C.malloc(C.sizeof_PyCriticalSection))
	defer C.free(unsafe.Pointer(ptr))
	C.PyCriticalSection_Begin(ptr, o)
	defer C.PyCriticalSection_End(ptr)
	return goWork(o)
}

// FromCaller: the caller's pointer, memory unknown. Silent.
func FromCaller(cs *C.PyCriticalSection, o *C.PyObject) int {
	ptr := cs
	C.PyCriticalSection_Begin(ptr, o)
	defer C.PyCriticalSection_End(ptr)
	return goWork(o)
}
