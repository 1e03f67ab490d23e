// Package subinterp creates subinterpreters.
package subinterp

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

// New creates a subinterpreter: a wrapper, which creates nothing by
// itself.
func New() *C.PyThreadState { return C.Py_NewInterpreter() }

// Start creates one: the package has subinterpreters.
func Start() {
	ts := New()
	C.PyThreadState_Swap(ts)
}

func callback() {
	st := C.PyGILState_Ensure() // want `PyGILState_Ensure with subinterpreters \(this package calls New \(Py_NewInterpreter\)\) attaches to the main one`
	C.PyGILState_Release(st)
}
