// Package subbindinguser creates subinterpreters through a binding.
package subbindinguser

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

import (
	"runtime"

	"subbinding"
)

// Isolate runs work in a subinterpreter.
func Isolate() {
	subbinding.NewInterpreter()
}

// Callback runs on a thread Python did not create.
func Callback() {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	st := C.PyGILState_Ensure() // want `PyGILState_Ensure with subinterpreters \(this package calls subbinding\.NewInterpreter \(Py_NewInterpreter\)\) attaches to the main one`
	C.PyGILState_Release(st)
}
