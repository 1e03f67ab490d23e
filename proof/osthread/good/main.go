//go:build pyvet_proof

// Hazard osthread (good twin): each goroutine locks itself to its OS thread
// for the whole Ensure..Release span, so Release runs on the thread whose
// thread-local storage holds the thread state Ensure created.
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
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			for i := 0; i < iterations; i++ {
				st := C.PyGILState_Ensure()
				for k := 0; k < yields; k++ {
					runtime.Gosched()
				}
				C.PyGILState_Release(st)
			}
		}()
	}
	wg.Wait()

	C.PyEval_RestoreThread(save)
	C.Py_FinalizeEx()
}
