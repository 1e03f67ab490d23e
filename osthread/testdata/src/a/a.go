// Package a holds osthread's flagged cases and their silent look-alikes.
package a

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

import (
	"runtime"
	"time"
)

func goroutine() {
	go func() {
		st := C.PyGILState_Ensure() // want `PyGILState_Ensure on a new goroutine not locked to its OS thread`
		time.Sleep(time.Millisecond)
		C.PyGILState_Release(st)
	}()
	go func() { // silent: locked first
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		st := C.PyGILState_Ensure()
		C.PyGILState_Release(st)
	}()
}

func tooLate() {
	st := C.PyGILState_Ensure() /* related lock1 */ // want `PyGILState_Ensure before runtime.LockOSThread: the lock comes too late`
	runtime.LockOSThread()      /* lock1 */
	defer runtime.UnlockOSThread()
	C.PyGILState_Release(st)
}

func lockedOK() { // silent
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	ts := C.PyEval_SaveThread()
	C.PyEval_RestoreThread(ts)
}

func unlockedEarly() {
	runtime.LockOSThread()
	runtime.UnlockOSThread()
	st := C.PyGILState_Ensure() // want `PyGILState_Ensure on a goroutine not locked to its OS thread`
	C.PyGILState_Release(st)
}

func lockedOnOneBranch(b bool) {
	if b {
		runtime.LockOSThread()
	}
	st := C.PyGILState_Ensure() // want `PyGILState_Ensure on a goroutine not locked`
	C.PyGILState_Release(st)
}

// withGIL leaves locking to its callers: every caller below but one is
// locked.
func withGIL(f func()) { // silent here
	st := C.PyGILState_Ensure()
	defer C.PyGILState_Release(st)
	f()
}

func callerLocked() { // silent
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	withGIL(func() {})
}

func callerLocked2() { // silent
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	for i := 0; i < 3; i++ {
		withGIL(func() {})
	}
}

func callerUnlocked() {
	go func() {
		withGIL(func() {}) // want `a.withGIL \(which calls PyGILState_Ensure\) on a new goroutine`
	}()
}

func spawned() {
	go withGIL(func() {}) // want `a.withGIL \(which calls PyGILState_Ensure\) on a new goroutine not locked`
}

func unknownCaller() { // silent: its callers' business, through the fact
	st := C.PyGILState_Ensure()
	C.PyGILState_Release(st)
}

//export callback
func callback() { // silent: C called it on its own thread
	ts := C.PyEval_SaveThread()
	C.PyEval_RestoreThread(ts)
}

// worker is locked for its whole life.
func worker(tasks <-chan func()) {
	go func() { // silent
		runtime.LockOSThread()
		C.PyGILState_Ensure()
		ts := C.PyEval_SaveThread()
		for task := range tasks {
			C.PyEval_RestoreThread(ts)
			task()
			ts = C.PyEval_SaveThread()
		}
	}()
}
