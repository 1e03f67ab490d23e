// Package main initializes Python in init and leaves the main thread state
// attached: main starts attached.
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
	C.PyList_New(0) // want `C\.PyList_New with no thread state attached \(since the start of the program\)`
	C.Py_Initialize()
}

func main() {
	code := C.CString("print(1)")
	defer C.free(unsafe.Pointer(code))
	C.PyRun_SimpleString(code) // silent: init left the main thread state attached
	C.Py_Finalize()
	C.PyRun_SimpleString(code) // want `C\.PyRun_SimpleString with no thread state attached \(since Py_Finalize\)`
}
