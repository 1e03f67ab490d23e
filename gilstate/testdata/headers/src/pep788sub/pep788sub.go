// Package pep788sub creates subinterpreters and still attaches callbacks
// with PyGILState_Ensure, checked against the real 3.15 headers: the advice
// is the PEP 788 form, and -softdeprecated notes the plain Ensure.
package pep788sub

/*
#include <Python.h>

#if PY_VERSION_HEX < 0x030F0000
#error "pep788sub wants the Python 3.15 headers (CGO_CFLAGS from checktest.Headers)"
#endif
*/
import "C"

import "runtime"

// NewInterp creates a subinterpreter and switches back to main.
func NewInterp(main *C.PyThreadState) {
	C.Py_NewInterpreter()
	C.PyThreadState_Swap(main)
}

func callback(fn *C.PyObject) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	st := C.PyGILState_Ensure() // want `PyGILState_Ensure with subinterpreters \(this package calls Py_NewInterpreter\) attaches to the main one; use PyThreadState_EnsureFromView on a view of the subinterpreter`
	defer C.PyGILState_Release(st)
	C.Py_DecRef(C.PyObject_CallNoArgs(fn))
}
