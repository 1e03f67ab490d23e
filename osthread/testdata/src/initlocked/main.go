// Package main initializes Python in init and calls runtime.LockOSThread
// there, so main stays on the main thread: silent.
package main

/*
#cgo pkg-config: python3-embed
#include <stdlib.h>
#include <Python.h>
*/
import "C"

import (
	"runtime"
	"unsafe"
)

func init() {
	runtime.LockOSThread()
	C.Py_Initialize() // silent
}

func main() {
	code := C.CString("print(1)")
	defer C.free(unsafe.Pointer(code))
	C.PyRun_SimpleString(code) // silent: main runs on the main thread, where init attached
	ts := C.PyEval_SaveThread()
	C.PyEval_RestoreThread(ts)
	C.Py_FinalizeEx()
}
