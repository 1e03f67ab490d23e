// Package helpersec begins and ends critical sections through helpers of
// its preamble that fall back to nothing on Pythons before 3.13, the way
// bindings that support several versions do. The escaping-section and
// Go-memory rules follow the helpers' struct parameter.
package helpersec

/*
#cgo pkg-config: python3-embed
#include <Python.h>
#include <stdlib.h>

#if PY_VERSION_HEX < 0x030D0000
typedef struct { void *_unused[2]; } PyCriticalSection;
#endif

static inline void pyCriticalSection_Begin(PyCriticalSection *cs, PyObject *o) {
#if PY_VERSION_HEX >= 0x030D0000
	PyCriticalSection_Begin(cs, o);
#else
	(void)cs; (void)o;
#endif
}

static inline void pyCriticalSection_End(PyCriticalSection *cs) {
#if PY_VERSION_HEX >= 0x030D0000
	PyCriticalSection_End(cs);
#else
	(void)cs;
#endif
}
*/
import "C"

import (
	"runtime"
	"unsafe"
)

// Dict is a Python dict.
type Dict struct{ o *C.PyObject }

// Items begins a section and returns the func that ends it: the dict
// stays locked across whatever the caller runs in between.
func (d *Dict) Items(cs *C.PyCriticalSection) func() {
	C.pyCriticalSection_Begin(cs, d.o) // silent: a release func its callers call (issue 12 item 7)
	return func() { C.pyCriticalSection_End(cs) }
}

// Iter does the same on a struct in Go memory, which C keeps.
func (d *Dict) Iter() func() {
	var cs C.PyCriticalSection
	C.pyCriticalSection_Begin(&cs, d.o) // want `C\.pyCriticalSection_Begin\(&cs, …\) hands C a pointer to Go memory that it keeps`
	return func() { C.pyCriticalSection_End(&cs) }
}

// Len begins and ends through the helpers in one function, on C memory.
func (d *Dict) Len() int { // silent
	cs := (*C.PyCriticalSection)(C.malloc(C.sizeof_PyCriticalSection))
	defer C.free(unsafe.Pointer(cs))
	C.pyCriticalSection_Begin(cs, d.o)
	n := int(C.PyDict_Size(d.o))
	C.pyCriticalSection_End(cs)
	return n
}

// Keys pins its Go struct for the section.
func (d *Dict) Keys() *C.PyObject { // silent
	var cs C.PyCriticalSection
	var p runtime.Pinner
	p.Pin(&cs)
	defer p.Unpin()
	C.pyCriticalSection_Begin(&cs, d.o)
	defer C.pyCriticalSection_End(&cs)
	return C.PyDict_Keys(d.o)
}

// Values keeps its section local: the release func is only called here.
func (d *Dict) Values(cs *C.PyCriticalSection) *C.PyObject { // silent
	C.pyCriticalSection_Begin(cs, d.o)
	end := func() { C.pyCriticalSection_End(cs) }
	v := C.PyDict_Values(d.o)
	end()
	return v
}
