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
	st := C.PyGILState_Ensure() // want `this package creates subinterpreters with subbinding\.NewInterpreter \(Py_NewInterpreter\)`
	C.PyGILState_Release(st)
}
