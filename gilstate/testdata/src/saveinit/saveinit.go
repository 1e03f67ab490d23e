// Package main embeds Python the documented way: init configures and
// initializes it on the main goroutine, then saves the main thread state
// so that worker goroutines can attach with PyGILState_Ensure; main
// attaches again to finalize.
package main

/*
#cgo pkg-config: python3-embed
#include <stdlib.h>
#include <Python.h>
*/
import "C"

import (
	"runtime"
	"sync"
	"unsafe"
)

func init() {
	runtime.LockOSThread()
	name := C.Py_DecodeLocale(C.CString("embed"), nil) // silent: safe before initialization
	C.Py_SetProgramName(name)                          // silent: safe before initialization
	C.PyMem_RawFree(unsafe.Pointer(name))              // silent: raw memory needs no thread state
	C.Py_InitializeEx(0)
	C.PyEval_SaveThread() /* save1 */ // silent: the main thread state, saved for the workers
}

// interp runs code on a thread state it was given.
type interp struct{ ts *C.PyThreadState }

// run restores the given thread state and saves it again: balanced,
// whatever the state it is called in.
func (i *interp) run(code *C.char) {
	C.PyEval_RestoreThread(i.ts)
	C.PyRun_SimpleString(code)
	i.ts = C.PyEval_SaveThread()
}

// runDropped saves without keeping the state: still balanced.
func runDropped(ts *C.PyThreadState, code *C.char) {
	C.PyEval_RestoreThread(ts)
	C.PyRun_SimpleString(code)
	C.PyEval_SaveThread()
}

// leak saves a thread state it never restores.
func leak() {
	C.PyEval_SaveThread() // want `PyEval_SaveThread without PyEval_RestoreThread`
}

func worker(code *C.char, wg *sync.WaitGroup) {
	defer wg.Done()
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	st := C.PyGILState_Ensure()
	defer C.PyGILState_Release(st)
	C.PyRun_SimpleString(code)
}

func main() {
	code := C.CString("print(1)")
	defer C.free(unsafe.Pointer(code))
	C.Py_GetVersion()          // silent: safe before initialization, and after
	C.Py_GetPath()             // silent: not before initialization, but no thread state
	C.PyRun_SimpleString(code) /* related save1 */ // want `C\.PyRun_SimpleString with no thread state attached \(since PyEval_SaveThread\)`
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go worker(code, &wg)
	}
	wg.Wait()
	C.PyGILState_Ensure() // silent: Py_FinalizeEx ends the thread state
	C.Py_FinalizeEx()
}
