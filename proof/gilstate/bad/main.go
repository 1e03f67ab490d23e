//go:build pyvet_proof

// Hazard gilstate (bad): thread-state misuse. One program, three cases,
// chosen by the first argument (the runner runs each case separately):
//
// detached — a C API call while no thread state is attached: the program
// detaches with PyEval_SaveThread and then calls PyLong_FromLong(1<<40).
// Every API call needs an attached thread state unless documented otherwise.
//
//	3.11 (GIL) + PYTHONMALLOC=debug: the debug allocator hooks check the GIL
//	and abort: "Fatal Python error: _PyMem_DebugMalloc: Python memory
//	allocator called without holding the GIL". Without the debug hooks the
//	call usually "works" (pymalloc uses global state) — silent corruption
//	only under contention, so the runner sets PYTHONMALLOC=debug.
//	3.13t: without the hooks the object allocator (mimalloc) looks up the
//	thread state's heap: SIGSEGV on the NULL thread state; with
//	PYTHONMALLOC=debug the same fatal error as on 3.11.
//	How often: every run (deterministic).
//
// leak — PyGILState_Ensure without PyGILState_Release on an error path: the
// worker returns early for a bad input, leaving its thread state attached on
// an OS thread that goes back to Go's pool.
//
//	3.11 (GIL): the leaked thread state keeps the GIL; the main thread's
//	PyEval_RestoreThread waits forever → deadlock. Every run.
//	3.13t: nothing waits for the GIL, but Py_FinalizeEx stops the world and
//	waits for the leaked, still attached thread state → hangs. Every run.
//
// subinterp — PyGILState_Ensure on a fresh OS thread while the work belongs to
// a subinterpreter. The main thread creates a subinterpreter with
// Py_NewInterpreter and marks it (sys.pyvet_tag = "sub"); a worker goroutine
// (locked to a fresh OS thread) calls PyGILState_Ensure to run code "in" it.
// Ensure cannot know the interpreter and picks the main interpreter: the
// worker's `import sys` is the main interpreter's sys, which has no tag →
// wrong result, exit 3. Every run, on every runtime. The crash PEP 788
// describes (list.append reallocating with the main interpreter's
// allocator) needs a subinterpreter with its own obmalloc state
// (Py_NewInterpreterFromConfig, 3.12+); legacy Py_NewInterpreter shares the
// main allocator, so this program shows the wrong-interpreter result only.
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
		fmt.Fprintln(os.Stderr, "usage: bad detached|leak|subinterp")
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
	save := C.PyEval_SaveThread()
	v := C.PyLong_FromLong(1 << 40) // pyvet:gilstate
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
	st := C.PyGILState_Ensure() // pyvet:gilstate
	if in < 0 {
		return 0, errBadInput // returns with the thread state still attached
	}
	v := C.PyLong_FromLong(C.long(in))
	out := int(C.PyLong_AsLong(v))
	C.Py_DecRef(v)
	C.PyGILState_Release(st)
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
	C.PyEval_SaveThread() // detach the subinterpreter's thread state

	done := make(chan bool)
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		st := C.PyGILState_Ensure() // pyvet:gilstate
		done <- hasTag()
		C.PyGILState_Release(st)
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
