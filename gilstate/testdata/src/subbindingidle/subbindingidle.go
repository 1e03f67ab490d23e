// Package subbindingidle imports the binding and never creates a
// subinterpreter.
package subbindingidle

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

import (
	"runtime"

	"subbinding"
)

var _ = subbinding.PyGILState_Ensure

// Callback runs on a thread Python did not create.
func Callback() {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	st := C.PyGILState_Ensure() // silent
	C.PyGILState_Release(st)
}
