//go:build pyvet_proof

// Hazard osthread (bad): PyGILState_Ensure/Release in goroutines that are not
// wired to an OS thread.
//
// What it does: the main goroutine (locked to the main OS thread) initialises
// CPython and detaches its thread state. 8 goroutines then loop: Ensure,
// runtime.Gosched() 20 times, Release — without runtime.LockOSThread.
//
// What breaks: PyGILState_Ensure stores the new thread state in the OS
// thread's thread-local storage. Each Gosched lets the scheduler resume the
// goroutine on whatever OS thread it picks, and another goroutine may run on
// the first thread meanwhile. PyGILState_Release then runs on a thread whose
// TLS holds no (or another goroutine's) thread state. CPython aborts with
// "Fatal Python error: PyGILState_Release: auto-releasing thread-state, but
// no thread-state for this thread" or "PyGILState_Release: thread state 0x…
// must be current when releasing".
//
// (The first form slept 100µs between Ensure and Release; it fails
// the same way, but time.Sleep while attached is also a blocking hazard, and
// this program is meant to show osthread alone.)
//
// How often: 10 of 10 runs aborted on 3.11 and on 3.13t when checked by
// hand (see proof/RESULTS.md for the runner's counts); the runner allows 5.
package main

/*
#include <Python.h>
*/
import "C"

import (
	"runtime"
	"sync"
)

func init() { runtime.LockOSThread() } // main goroutine stays on the main OS thread

const goroutines, iterations, yields = 8, 200, 20

func main() {
	C.Py_InitializeEx(0)
	save := C.PyEval_SaveThread()

	var wg sync.WaitGroup
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < iterations; i++ {
				st := C.PyGILState_Ensure() // pyvet:osthread
				for k := 0; k < yields; k++ {
					runtime.Gosched() // lets the scheduler move this goroutine
				}
				C.PyGILState_Release(st)
			}
		}()
	}
	wg.Wait()

	C.PyEval_RestoreThread(save)
	C.Py_FinalizeEx()
}
