// Package chelper changes the thread state in C helpers.
package chelper

/*
#cgo pkg-config: python3-embed
#include <Python.h>

static PyThreadState *saved;
static void detach(void) { saved = PyEval_SaveThread(); }
static void attach(void) { PyEval_RestoreThread(saved); }
static void slow(void) {
	Py_BEGIN_ALLOW_THREADS
	Py_END_ALLOW_THREADS
}

// Defined in state.c.
void park(void);
void unpark(void);
*/
import "C"

import "runtime"

func Detached() {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	st := C.PyGILState_Ensure()
	C.detach()
	C.Py_DecRef(C.PyLong_FromLong(1)) // want `C\.Py_DecRef with no thread state attached \(since C helper detach\)` `C\.PyLong_FromLong with no thread state attached`
	C.attach()
	C.PyGILState_Release(st)
}

func Reattached() {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	st := C.PyGILState_Ensure()
	C.detach()
	C.attach()
	C.slow()
	C.Py_DecRef(C.PyLong_FromLong(1))
	C.PyGILState_Release(st)
}

func Parked() {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	st := C.PyGILState_Ensure()
	C.park()
	C.Py_DecRef(nil) // want `C\.Py_DecRef with no thread state attached \(since C helper park\)`
	C.unpark()
	C.Py_DecRef(nil)
	C.PyGILState_Release(st)
}
