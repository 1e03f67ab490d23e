// Package softdep attaches with PyGILState_Ensure, correctly, against the
// real 3.15 headers: soft-deprecated there (PEP 788), which only
// -softdeprecated notes.
package softdep

/*
#include <Python.h>

#if PY_VERSION_HEX < 0x030F0000
#error "softdep wants the Python 3.15 headers (CGO_CFLAGS from checktest.Headers)"
#endif
*/
import "C"

import "runtime"

func Call(fn *C.PyObject) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	st := C.PyGILState_Ensure() // want `note: PyGILState_Ensure is soft-deprecated in Python 3\.15 \(PEP 788\); new code can use PyThreadState_EnsureFromView and PyThreadState_Release`
	defer C.PyGILState_Release(st)
	C.Py_DecRef(C.PyObject_CallNoArgs(fn))
}
