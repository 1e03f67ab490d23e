// Package subuser imports a package that creates subinterpreters.
package subuser

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

import "subinterp"

var _ = subinterp.New

// Callback runs on a thread Python did not create.
func Callback() {
	st := C.PyGILState_Ensure() // want `PyGILState_Ensure with subinterpreters \(subinterp calls New \(Py_NewInterpreter\)\) attaches to the main one; use PyThreadState_New\(interp\) instead`
	C.PyGILState_Release(st)
}
