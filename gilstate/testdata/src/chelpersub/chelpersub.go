// Package chelpersub creates a subinterpreter in a C helper.
package chelpersub

/*
#cgo pkg-config: python3-embed
#include <Python.h>

static PyThreadState *new_sub(void) { return Py_NewInterpreter(); }
*/
import "C"

import "runtime"

func Sub() *C.PyThreadState { return C.new_sub() }

func init() { Sub() }

func Work() {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	st := C.PyGILState_Ensure() // want `PyGILState_Ensure with subinterpreters \(this package calls Sub \(C\.new_sub \(Py_NewInterpreter\)\)\) attaches to the main one; use PyThreadState_New\(interp\) instead`
	C.PyGILState_Release(st)
}
