//go:build pyvet_proof

// Hazard gilstate (good twin), same three cases as bad/main.go:
//
// detached  — the C API call is made before detaching (attached thread state).
// leak      — the Release is deferred right after Ensure, so every path
//
//	releases.
//
// subinterp — the worker creates a thread state for the subinterpreter
//
//	(PyThreadState_New on the subinterpreter's PyInterpreterState)
//	and attaches it with PyEval_RestoreThread instead of calling
//	PyGILState_Ensure; it clears and deletes it afterwards.
package main

/*
#include <Python.h>
*/
import "C"

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"unsafe"
)

func init() { runtime.LockOSThread() } // main goroutine stays on the main OS thread

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: good detached|leak|subinterp")
		os.Exit(2)
	}
	C.Py_InitializeEx(0)
	switch os.Args[1] {
	case "detached":
		detached()
	case "leak":
		leak()
	case "subinterp":
		subinterp()
	default:
		fmt.Fprintln(os.Stderr, "unknown case", os.Args[1])
		os.Exit(2)
	}
}

func detached() {
	v := C.PyLong_FromLong(1 << 40)
	save := C.PyEval_SaveThread()
	C.PyEval_RestoreThread(save)
	ok := C.PyLong_AsLongLong(v) == 1<<40
	C.Py_DecRef(v)
	C.Py_FinalizeEx()
	if !ok {
		os.Exit(3)
	}
}

var errBadInput = errors.New("bad input")

// process converts one input to a Python int and back.
func process(in int) (int, error) {
	st := C.PyGILState_Ensure()
	defer C.PyGILState_Release(st)
	if in < 0 {
		return 0, errBadInput
	}
	v := C.PyLong_FromLong(C.long(in))
	out := int(C.PyLong_AsLong(v))
	C.Py_DecRef(v)
	return out, nil
}

func leak() {
	save := C.PyEval_SaveThread()
	done := make(chan int)
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		sum := 0
		for _, in := range []int{1, 2, -3, 4} {
			out, err := process(in)
			if err != nil {
				continue
			}
			sum += out
		}
		done <- sum
	}()
	sum := <-done
	C.PyEval_RestoreThread(save)
	C.Py_FinalizeEx()
	if sum != 7 {
		os.Exit(3)
	}
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
