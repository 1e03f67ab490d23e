//go:build pyvet_proof

// Hazard gilstate, subinterpreter form (good twin): the worker creates a
// thread state for the subinterpreter (PyThreadState_New on the
// subinterpreter's PyInterpreterState), attaches it with
// PyEval_RestoreThread, and clears and deletes it afterwards, instead of
// calling PyGILState_Ensure.
package main

/*
#include <Python.h>
*/
import "C"

import (
	"fmt"
	"os"
	"runtime"
	"unsafe"
)

func init() { runtime.LockOSThread() } // main goroutine stays on the main OS thread

func main() {
	C.Py_InitializeEx(0)
	subinterp()
}

func subinterp() {
	mainTS := C.PyThreadState_Get()
	sub := C.Py_NewInterpreter()
	if sub == nil {
		fmt.Fprintln(os.Stderr, "Py_NewInterpreter failed")
		os.Exit(1)
	}
	code := C.CString("import sys; sys.pyvet_tag = 'sub'")
	C.PyRun_SimpleString(code)
	C.free(unsafe.Pointer(code))
	interp := C.PyThreadState_GetInterpreter(sub)
	C.PyEval_SaveThread() // detach the subinterpreter's thread state

	done := make(chan bool)
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		ts := C.PyThreadState_New(interp)
		C.PyEval_RestoreThread(ts)
		ok := hasTag()
		C.PyThreadState_Clear(ts)
		C.PyThreadState_DeleteCurrent()
		done <- ok
	}()
	ok := <-done

	C.PyEval_RestoreThread(sub)
	C.Py_EndInterpreter(sub)
	C.PyThreadState_Swap(mainTS)
	C.Py_FinalizeEx()
	if !ok {
		fmt.Fprintln(os.Stderr, "worker ran in the wrong interpreter: sys has no pyvet_tag")
		os.Exit(3)
	}
}

// hasTag reports whether the current interpreter's sys module has pyvet_tag.
func hasTag() bool {
	name := C.CString("sys")
	defer C.free(unsafe.Pointer(name))
	sys := C.PyImport_ImportModule(name)
	if sys == nil {
		return false
	}
	defer C.Py_DecRef(sys)
	attr := C.CString("pyvet_tag")
	defer C.free(unsafe.Pointer(attr))
	return C.PyObject_HasAttrString(sys, attr) == 1
}
