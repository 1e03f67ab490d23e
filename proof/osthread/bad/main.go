//go:build pyvet_proof

// Hazard osthread (bad): PyGILState_Ensure/Release in goroutines that are not
// wired to an OS thread.
//
// What it does: the main goroutine (locked to the main OS thread) initialises
// CPython and detaches its thread state. 8 goroutines then loop: Ensure, sleep
// 100µs, Release — without runtime.LockOSThread.
//
// What breaks: PyGILState_Ensure stores the new thread state in the OS
// thread's thread-local storage. time.Sleep parks the goroutine; it resumes on
// whatever OS thread the scheduler picks, and another goroutine may run on the
// first thread meanwhile. PyGILState_Release then runs on a thread whose TLS
// holds no (or another goroutine's) thread state. CPython aborts with
// "Fatal Python error: PyGILState_Release: auto-releasing thread-state, but no
// thread-state for this thread" (or the "thread state ... must be current when
// releasing" variant, or a deadlock when two goroutines share one TLS slot).
//
// How often: observed to abort on the first run on 3.11 and 3.13t (see
// proof/RESULTS.md); the runner allows 3 runs.
package main

/*
#include <Python.h>
*/
import "C"

import (
	"runtime"
	"sync"
	"time"
)

func init() { runtime.LockOSThread() } // main goroutine stays on the main OS thread

const goroutines, iterations = 8, 200

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
				time.Sleep(100 * time.Microsecond)
				C.PyGILState_Release(st)
			}
		}()
	}
	wg.Wait()

	C.PyEval_RestoreThread(save)
	C.Py_FinalizeEx()
}
