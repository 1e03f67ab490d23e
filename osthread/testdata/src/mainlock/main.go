// Package main locks the main goroutine in init.
package main

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

import "runtime"

func init() { runtime.LockOSThread() }

func main() { // silent: init locked the main goroutine
	C.Py_Initialize()
	ts := C.PyEval_SaveThread()
	C.PyEval_RestoreThread(ts)
	C.Py_Finalize()
}
