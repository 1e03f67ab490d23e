// Package main forgets to lock.
package main

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

func main() {
	C.Py_Initialize() // want `Py_Initialize in main without runtime.LockOSThread in an init function`
	ts := C.PyEval_SaveThread()
	C.PyEval_RestoreThread(ts)
	C.Py_Finalize()
}
