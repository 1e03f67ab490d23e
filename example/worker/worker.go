// Package worker runs Python callbacks from goroutines: the thread-state
// hazards Go adds to the C API's own.
package worker

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

import (
	"errors"
	"runtime"
)

var errPython = errors.New("python error")

// Call calls fn; its callers lock the goroutine to its OS thread.
// HAZARD: the error path returns with the thread state still attached.
func Call(fn *C.PyObject) error {
	st := C.PyGILState_Ensure() // flagged: gilstate
	if C.PyObject_CallNoArgs(fn) == nil {
		return errPython
	}
	C.PyGILState_Release(st)
	return nil
}

// CallBalanced is Call's correct twin: the deferred Release runs on every
// path. OK.
func CallBalanced(fn *C.PyObject) error {
	st := C.PyGILState_Ensure()
	defer C.PyGILState_Release(st)
	if C.PyObject_CallNoArgs(fn) == nil {
		return errPython
	}
	return nil
}

// Spawn calls fn on a new goroutine.
// HAZARD: without runtime.LockOSThread the goroutine may move to another OS
// thread between Ensure and Release, and the thread state belongs to the
// first one ("PyGILState_Release: auto-releasing thread-state, but no
// thread-state for this thread").
func Spawn(fn *C.PyObject, done chan<- error) {
	go func() {
		st := C.PyGILState_Ensure() // flagged: osthread
		C.Py_DecRef(C.PyObject_CallNoArgs(fn))
		C.PyGILState_Release(st)
		done <- nil
	}()
}

// SpawnLocked is Spawn's correct twin. OK.
func SpawnLocked(fn *C.PyObject, done chan<- error) {
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		done <- CallBalanced(fn)
	}()
}

// Drain feeds Python the values a channel delivers.
// HAZARD: it waits on the channel while attached; a producer that needs the
// thread state (or a garbage collection waiting for this thread) never gets
// it: deadlock.
func Drain(fn *C.PyObject, values <-chan *C.PyObject) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	st := C.PyGILState_Ensure()
	defer C.PyGILState_Release(st)
	for {
		v, ok := <-values // flagged: blocking
		if !ok {
			return
		}
		C.Py_DecRef(C.PyObject_CallOneArg(fn, v))
	}
}

// DrainDetached is Drain's correct twin: it detaches while it waits. OK.
func DrainDetached(fn *C.PyObject, values <-chan *C.PyObject) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	st := C.PyGILState_Ensure()
	defer C.PyGILState_Release(st)
	for {
		ts := C.PyEval_SaveThread()
		v, ok := <-values
		C.PyEval_RestoreThread(ts)
		if !ok {
			return
		}
		C.Py_DecRef(C.PyObject_CallOneArg(fn, v))
	}
}
