// Package gotos exercises goto and labels around PyGILState_Ensure and
// PyGILState_Release: a goto that lands on the Release is balanced, one
// that jumps past it is not. Both lock their OS thread first, so only
// gilstate has something to say.
package gotos

// #cgo pkg-config: python3-embed
// #include <Python.h>
import "C"

import "runtime"

// Balanced jumps forward to the Release and loops back with a label.
func Balanced(fn *C.PyObject, n int) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	st := C.PyGILState_Ensure() // silent: every path reaches the Release
	i := 0
again:
	if C.PyObject_CallNoArgs(fn) == nil {
		goto out
	}
	i++
	if i < n {
		goto again
	}
out:
	C.PyGILState_Release(st)
}

// Skips jumps over the Release on error.
func Skips(fn *C.PyObject) int {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	st := C.PyGILState_Ensure() // finding: gilstate
	if C.PyObject_CallNoArgs(fn) == nil {
		goto fail
	}
	C.PyGILState_Release(st)
	return 0
fail:
	return -1
}
