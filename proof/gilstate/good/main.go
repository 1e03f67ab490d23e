//go:build pyvet_proof

// Hazard gilstate (good twin), same two cases as bad/main.go:
//
// detached  — the C API call is made before detaching (attached thread state).
// leak      — the Release is deferred right after Ensure, so every path
//
//	releases.
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
		fmt.Fprintln(os.Stderr, "usage: good detached|leak")
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
