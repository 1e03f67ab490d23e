// Package worker holds the hazards the language server's tests look for.
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

// Call returns on its error path with the thread state attached: a finding
// with the return as its related position.
func Call(fn *C.PyObject) error {
	st := C.PyGILState_Ensure()
	if C.PyObject_CallNoArgs(fn) == nil {
		return errPython
	}
	C.PyGILState_Release(st)
	return nil
}

// Spawn attaches on a goroutine not locked to its OS thread: a finding
// with a fix. "état" puts a two-byte rune before it on its line.
func Spawn(fn *C.PyObject, done chan<- error) {
	go func() {
		état := C.PyGILState_Ensure()
		C.Py_DecRef(C.PyObject_CallNoArgs(fn))
		C.PyGILState_Release(état)
		done <- nil
	}()
}

// SpawnLocked is Spawn's correct twin.
func SpawnLocked(fn *C.PyObject, done chan<- error) {
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		done <- Call(fn)
	}()
}
