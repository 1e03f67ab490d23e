// Package main initializes Python in init and leaves the main thread state
// attached; main uses it without init locking the main goroutine, so main
// may run on another OS thread than the one the state is attached to.
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
	C.Py_Initialize() /* init1 */ // silent: init runs locked to the main thread
}

func main() {
	runtime.LockOSThread() // too late: main may already have left the main thread
	code := C.CString("print(1)")
	defer C.free(unsafe.Pointer(code))
	C.PyRun_SimpleString(code) /* related init1 */ // want `C\.PyRun_SimpleString in main uses the thread state init attached`
	C.Py_FinalizeEx()
}
