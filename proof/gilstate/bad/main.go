//go:build pyvet_proof

// Hazard gilstate (bad): thread-state misuse. One program, two cases,
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
// The subinterpreter form of this hazard is proof/gilstate-subinterp.
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
)

func init() { runtime.LockOSThread() } // main goroutine stays on the main OS thread

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: bad detached|leak")
		os.Exit(2)
	}
	C.Py_InitializeEx(0)
	switch os.Args[1] {
	case "detached":
		detached()
	case "leak":
		leak()
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
