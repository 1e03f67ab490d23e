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
	C.pyCriticalSection_Begin(cs, d.o) /* items */ // silent: a release func its callers call (issue 12 item 7)
	return func() { C.pyCriticalSection_End(cs) }
}

// Iter does the same on a struct in Go memory, which C keeps.
func (d *Dict) Iter() func() {
	var cs C.PyCriticalSection
	C.pyCriticalSection_Begin(&cs, d.o) // want `C\.pyCriticalSection_Begin\(&cs, …\) lets C keep a pointer to unpinned Go memory; allocate it with C\.malloc\(C\.sizeof_PyCriticalSection\): it outlives this call`
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

// Size defers the release func Items returns: silent.
func (d *Dict) Size(cs *C.PyCriticalSection) int {
	defer d.Items(cs)()
	return int(C.PyDict_Size(d.o))
}

// Copy begins a second section, through the helper, while the one Items
// began is pending: reported like a nested Begin, pointing at Items' Begin.
func (d *Dict) Copy(cs, cs2 *C.PyCriticalSection, e *Dict) {
	release := d.Items(cs)
	C.pyCriticalSection_Begin(cs2, e.o) /* related items */ // want `C helper pyCriticalSection_Begin begins a critical section inside the section d\.Items\(cs\) opened, which it can suspend; end that section before the call`
	C.PyDict_Update(e.o, d.o)
	C.pyCriticalSection_End(cs2)
	release()
}

// Update begins its own section after the release: silent.
func (d *Dict) Update(cs, cs2 *C.PyCriticalSection, e *Dict) {
	release := d.Items(cs)
	n := C.PyDict_Size(d.o)
	release()
	if n > 0 {
		C.pyCriticalSection_Begin(cs2, e.o)
		C.PyDict_Update(e.o, d.o)
		C.pyCriticalSection_End(cs2)
	}
}

// Next returns an iterator that ends the section only when exhausted: the
// dict stays locked across the caller's loop body.
func (d *Dict) Next(cs *C.PyCriticalSection) func() (*C.PyObject, bool) {
	C.pyCriticalSection_Begin(cs, d.o) /* related next */ // want `C\.pyCriticalSection_Begin on d\.o is ended only when the iterator it returns is exhausted: the object stays locked across the caller's loop`
	var pos C.Py_ssize_t
	return func() (*C.PyObject, bool) {
		var k, v *C.PyObject
		if C.PyDict_Next(d.o, &pos, &k, &v) == 0 {
			C.pyCriticalSection_End(cs) /* next */
			return nil, false
		}
		return k, true
	}
}

// Unlock returns a guarded release func: it ends the section only while
// held, and hands nothing back, so it is no iterator: silent.
func (d *Dict) Unlock(cs *C.PyCriticalSection, held *bool) func() {
	C.pyCriticalSection_Begin(cs, d.o)
	*held = true
	return func() {
		if *held {
			*held = false
			C.pyCriticalSection_End(cs)
		}
	}
}

// All is a range-over-func iterator whose yield runs the caller's loop
// body inside the section.
func (d *Dict) All(cs *C.PyCriticalSection) func(yield func(k, v *C.PyObject) bool) {
	return func(yield func(k, v *C.PyObject) bool) {
		C.pyCriticalSection_Begin(cs, d.o) /* all */
		defer C.pyCriticalSection_End(cs)
		var pos C.Py_ssize_t
		var k, v *C.PyObject
		for C.PyDict_Next(d.o, &pos, &k, &v) != 0 {
			if !yield(k, v) { /* related all */ // want `yield runs the caller's loop body inside the critical section on d\.o: collect under the section, yield after its End`
				return
			}
		}
	}
}

// Each is the iterator as a method (for k := range d.Each), with the
// section of Items.
func (d *Dict) Each(yield func(k *C.PyObject) bool) {
	var cs C.PyCriticalSection
	var p runtime.Pinner
	p.Pin(&cs)
	defer p.Unpin()
	defer d.Items(&cs)()
	var pos C.Py_ssize_t
	var k, v *C.PyObject
	for C.PyDict_Next(d.o, &pos, &k, &v) != 0 {
		if !yield(k) { // want `yield runs the caller's loop body inside the critical section d\.Items\(&cs\) opened`
			return
		}
	}
}

// Keys2 collects inside the section and yields after it ends: silent.
func (d *Dict) Keys2(cs *C.PyCriticalSection) func(yield func(k *C.PyObject) bool) {
	return func(yield func(k *C.PyObject) bool) {
		var keys []*C.PyObject
		C.pyCriticalSection_Begin(cs, d.o)
		var pos C.Py_ssize_t
		var k, v *C.PyObject
		for C.PyDict_Next(d.o, &pos, &k, &v) != 0 {
			keys = append(keys, C.Py_NewRef(k))
		}
		C.pyCriticalSection_End(cs)
		for _, k := range keys {
			if !yield(k) {
				return
			}
		}
	}
}
