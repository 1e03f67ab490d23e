// Package subbinding is a 1:1 binding: it wraps Py_NewInterpreter as it
// wraps every C function, and creates no subinterpreter by itself.
package subbinding

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

// PyThreadState is a thread state.
type PyThreadState C.PyThreadState

// Py_NewInterpreter wraps Py_NewInterpreter.
func Py_NewInterpreter() *PyThreadState { return (*PyThreadState)(C.Py_NewInterpreter()) }

// NewInterpreter wraps the wrapper.
func NewInterpreter() *PyThreadState { return Py_NewInterpreter() }

// PyGILState_Ensure wraps PyGILState_Ensure.
func PyGILState_Ensure() C.PyGILState_STATE {
	return C.PyGILState_Ensure() // silent: nothing here creates a subinterpreter
}
