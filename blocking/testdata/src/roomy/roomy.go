// Package roomy sends on channels made with room for every send: a send
// that cannot block is not reported, also from a goroutine the function
// that made the channel starts once.
package roomy

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

import (
	"errors"
	"runtime"
)

var errFailed = errors.New("failed")

// run sends its one result from a goroutine it starts once, on a channel
// with room for it: each path sends once. Silent.
func run(code *C.char) error {
	done := make(chan error, 1)
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		st := C.PyGILState_Ensure()
		defer C.PyGILState_Release(st)
		if C.PyRun_SimpleString(code) != 0 {
			done <- errFailed // silent
			return
		}
		done <- nil // silent
	}()
	return <-done
}

// runSwitch sends once per case: silent.
func runSwitch(code *C.char) error {
	done := make(chan error, 1)
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		st := C.PyGILState_Ensure()
		defer C.PyGILState_Release(st)
		switch C.PyRun_SimpleString(code) {
		case 0:
			done <- nil // silent
		default:
			done <- errFailed // silent
		}
	}()
	return <-done
}

// runTwice sends twice on the failing path: the second send may wait for
// the receiver with the thread state attached.
func runTwice(code *C.char) error {
	done := make(chan error, 1)
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		st := C.PyGILState_Ensure()
		defer C.PyGILState_Release(st)
		if C.PyRun_SimpleString(code) != 0 {
			done <- errFailed // want `channel send while a thread state is attached`
		}
		done <- nil // want `channel send while a thread state is attached`
	}()
	return <-done
}

// runEach starts a goroutine per item: their sends add up without bound.
func runEach(codes []*C.char) {
	done := make(chan error, 1)
	for _, code := range codes {
		go func() {
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			st := C.PyGILState_Ensure()
			C.PyRun_SimpleString(code)
			done <- nil // want `channel send while a thread state is attached`
			C.PyGILState_Release(st)
		}()
	}
	for range codes {
		<-done
	}
}

// runMain sends from the goroutine and from itself: two sends, room for one.
func runMain(code *C.char) {
	done := make(chan error, 1)
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		st := C.PyGILState_Ensure()
		C.PyRun_SimpleString(code)
		done <- nil // want `channel send while a thread state is attached`
		C.PyGILState_Release(st)
	}()
	st := C.PyGILState_Ensure()
	done <- nil // want `channel send while a thread state is attached`
	C.PyGILState_Release(st)
	<-done
	<-done
}
