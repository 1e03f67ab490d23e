// Package subinterp creates subinterpreters.
package subinterp

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

// New creates a subinterpreter.
func New() *C.PyThreadState { return C.Py_NewInterpreter() }

func callback() {
	st := C.PyGILState_Ensure() // want `PyGILState_Ensure in a program with subinterpreters \(this package creates subinterpreters with Py_NewInterpreter\)`
	C.PyGILState_Release(st)
}
