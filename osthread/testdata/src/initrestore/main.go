// Package main initializes Python in init and saves the main thread state,
// then restores it in main without locking the main goroutine in init: main
// may run on another OS thread than the one that state belongs to.
package main

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

var mainTS *C.PyThreadState

func init() {
	C.Py_InitializeEx(0)           // silent: init runs locked to the main thread
	mainTS = C.PyEval_SaveThread() // silent
}

func main() {
	C.PyEval_RestoreThread(mainTS) // want `PyEval_RestoreThread in main without runtime.LockOSThread in an init function`
	C.Py_FinalizeEx()
}
