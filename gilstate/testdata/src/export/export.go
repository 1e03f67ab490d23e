// Package export holds //export callbacks: they start attached and locked.
package export

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

import "time"

//export goCallback
func goCallback(o *C.PyObject) *C.PyObject { // silent: Python called it attached
	C.Py_IncRef(o)
	ts := C.PyEval_SaveThread()
	time.Sleep(time.Millisecond)
	C.PyEval_RestoreThread(ts)
	return o
}

//export goCallbackErr
func goCallbackErr(o *C.PyObject) *C.PyObject {
	ts := C.PyEval_SaveThread() // want `PyEval_SaveThread without PyEval_RestoreThread on some path`
	if o == nil {
		return nil
	}
	C.PyEval_RestoreThread(ts)
	return o
}

func releaseThread() { C.PyEval_ReleaseThread(C.PyThreadState_Get()) }

//export goCallbackDetached
func goCallbackDetached() {
	releaseThread() /* rel1 */
} /* related rel1 */ // want `//export goCallbackDetached returns to C with no thread state attached \(since export\.releaseThread\); attach again before it returns`
