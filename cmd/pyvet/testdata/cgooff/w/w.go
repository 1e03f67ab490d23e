// Package w has a file go list sees with cgo off, so that its cgo file is
// analyzed as written; only that file imports runtime.
package w

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

import "runtime"

// Locked is correct: the goroutine stays on its OS thread.
func Locked() {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	st := C.PyGILState_Ensure()
	C.PyGILState_Release(st)
}

// Worker is correct too.
func Worker() {
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		st := C.PyGILState_Ensure()
		ts := C.PyEval_SaveThread()
		C.PyEval_RestoreThread(ts)
		C.PyGILState_Release(st)
	}()
}

// Unlocked is not.
func Unlocked() {
	go func() {
		st := C.PyGILState_Ensure() // finding: osthread
		C.PyGILState_Release(st)
	}()
}
