// Package release blocks while the critical section a lock method began
// is pending: the method returns the func that ends it, so its caller is
// inside the section until it calls that func.
package release

/*
#cgo pkg-config: python3-embed
#include <Python.h>
#include <stdlib.h>
#include <unistd.h>

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

import "runtime"

// Dict is a dict with its section struct in C memory.
type Dict struct {
	cs *C.PyCriticalSection
	o  *C.PyObject
}

// Lock begins a section through the helper and returns the func that ends
// it.
func (d *Dict) Lock() func() {
	C.pyCriticalSection_Begin(d.cs, d.o) /* lock */
	return func() { C.pyCriticalSection_End(d.cs) }
}

// Wait sleeps in C while the section is pending.
func (d *Dict) Wait() {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	st := C.PyGILState_Ensure()
	defer C.PyGILState_Release(st)
	release := d.Lock()
	C.usleep(1000) /* related lock */ // want `C\.usleep while a thread state is attached, inside the critical section d\.Lock\(\) opened; end the section and detach first`
	release()
}

// Later sleeps after the release: only the attached thread state is the
// hazard there.
func (d *Dict) Later() {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	st := C.PyGILState_Ensure()
	defer C.PyGILState_Release(st)
	release := d.Lock()
	n := C.PyDict_Size(d.o)
	release()
	if n > 0 {
		save := C.PyEval_SaveThread()
		C.usleep(1000)
		C.PyEval_RestoreThread(save)
	}
}

// Deferred defers the release func and blocks on a channel in the section.
func (d *Dict) Deferred(ch chan int) int {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	st := C.PyGILState_Ensure()
	defer C.PyGILState_Release(st)
	defer d.Lock()()
	return <-ch /* related lock */ // want `channel receive while a thread state is attached, inside the critical section d\.Lock\(\) opened`
}
