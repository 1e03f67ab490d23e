// Package chelper takes the thread state in C helpers whose names look like
// the C API's but are the package's own: they are judged by their bodies.
package chelper

/*
#cgo pkg-config: python3-embed
#include <Python.h>

static PyGILState_STATE Py_Acquire(void) { return PyGILState_Ensure(); }
static void Py_Free(PyGILState_STATE s) { PyGILState_Release(s); }
static int PyLike_Lock(int *a) { return a[0]; }

// Defined in gil.c.
PyGILState_STATE grab(void);
void drop(PyGILState_STATE s);
*/
import "C"

import "runtime"

func Unlocked(done chan<- bool) {
	go func() {
		st := C.Py_Acquire() // want `C\.Py_Acquire \(a C helper that changes the thread state\) on a new goroutine not locked to its OS thread`
		C.Py_Free(st)
		done <- true
	}()
}

func Locked(done chan<- bool) {
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		st := C.Py_Acquire()
		C.Py_Free(st)
		done <- true
	}()
}

// NotThreadState: a helper named like the C API that only reads ints.
func NotThreadState(a *C.int, done chan<- bool) {
	go func() {
		_ = C.PyLike_Lock(a)
		done <- true
	}()
}

func FromCFile(done chan<- bool) {
	go func() {
		st := C.grab() // want `C\.grab \(a C helper that changes the thread state\) on a new goroutine`
		C.drop(st)
		done <- true
	}()
}
