// Package main initializes Python in init, which runs on the main goroutine
// locked to the main OS thread, and saves the main thread state there for
// the worker goroutines: silent.
package main

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

import (
	"runtime"
	"sync"
)

// mainTS is the main thread state, saved by init.
var mainTS *C.PyThreadState

func init() {
	C.Py_Initialize()              // silent: the runtime locks the main goroutine while init runs
	mainTS = C.PyEval_SaveThread() // silent: still in init
	setup()
}

// setup is called by init only: its callers are locked.
func setup() {
	st := C.PyGILState_Ensure() // silent
	C.PyRun_SimpleString(C.CString("import sys"))
	C.PyGILState_Release(st)
}

func work(wg *sync.WaitGroup) {
	defer wg.Done()
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	st := C.PyGILState_Ensure()
	C.PyRun_SimpleString(C.CString("print(1)"))
	C.PyGILState_Release(st)
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go work(&wg)
	}
	wg.Wait()
}
