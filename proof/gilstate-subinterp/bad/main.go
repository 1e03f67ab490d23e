//go:build pyvet_proof

// Hazard gilstate, subinterpreter form (bad): PyGILState_Ensure on a fresh OS
// thread while the work belongs to a subinterpreter.
//
// What it does: the main thread creates a subinterpreter with
// Py_NewInterpreter and marks it (sys.pyvet_tag = "sub"), then detaches. A
// worker goroutine, locked to a fresh OS thread, calls PyGILState_Ensure to
// run code "in" the subinterpreter and checks the tag.
//
// What breaks: Ensure cannot know which interpreter the thread is for and
// picks the main interpreter; the worker's `import sys` is the main
// interpreter's sys, which has no tag → wrong result, exit 3.
//
// How often: every run, on 3.11, 3.13 and 3.13t (deterministic).
//
// What this does not show: the crash PEP 788 describes (list.append
// reallocating a subinterpreter's list with the main interpreter's
// allocator) needs a subinterpreter with its own obmalloc state
// (Py_NewInterpreterFromConfig, 3.12+, not in 3.11); legacy
// Py_NewInterpreter shares the main allocator, so only the
// wrong-interpreter result is shown.
//
// It is a separate program from proof/gilstate because pyvet's gilstate
// check treats every PyGILState_Ensure of a package that creates
// subinterpreters as this hazard.
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
	C.PyEval_SaveThread() // detach the subinterpreter's thread state

	done := make(chan bool)
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		st := C.PyGILState_Ensure() // pyvet:gilstate
		ok := hasTag()
		C.PyGILState_Release(st)
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
