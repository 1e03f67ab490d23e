// Package shapes holds every shape of a C call that cgo rewrites, for the
// tests of the call model. Each C call is described by a trailing comment.
package shapes

/*
#cgo pkg-config: python3-embed
#include <Python.h>
#include <stdlib.h>

static PyObject *helper(PyObject *o) { return o; }
static void twoptr(void *a, void *b) {}
*/
import "C"

import "unsafe"

type holder struct{ cs [2]C.long }

func Shapes(l *C.PyObject, s string, buf []byte, arr [4]C.long) *C.PyObject {
	st := C.PyGILState_Ensure()       // call PyGILState_Ensure
	defer C.PyGILState_Release(st)    // call PyGILState_Release st
	item := C.PyList_GetItem(l, 0)    // call PyList_GetItem l; 0
	defer C.Py_DecRef(l)              // call Py_DecRef l
	go C.Py_IncRef(item)              // call Py_IncRef item
	it, err := C.PyList_GetItem(l, 1) // call PyList_GetItem l; 1
	_, _ = it, err
	cs := C.CString(s)                                     // call CString s
	defer C.free(unsafe.Pointer(cs))                       // call free unsafe.Pointer(cs)
	x := C.Py_NewRef(C.PyList_GetItem(l, C.Py_ssize_t(2))) // call Py_NewRef C.PyList_GetItem(l, C.Py_ssize_t(2)) ; call PyList_GetItem l; C.Py_ssize_t(2)
	f := func() { C.Py_IncRef(x) }                         // call Py_IncRef x
	f()
	var h holder
	C.twoptr(unsafe.Pointer(&h.cs[1]), unsafe.Pointer(&buf[0])) // call twoptr unsafe.Pointer(&h.cs[1]); unsafe.Pointer(&buf[0])
	C.twoptr(unsafe.Pointer(&h), nil)                           // call twoptr unsafe.Pointer(&h); nil
	C.twoptr(unsafe.Pointer(&buf[:2][0]), nil)                  // call twoptr unsafe.Pointer(&buf[:2][0]); nil
	n := C.PyList_Size(l)                                       // call PyList_Size l
	_ = n
	if C.PyList_Size(l) < 0 { // call PyList_Size l
		return nil
	}
	return C.helper(item) // call helper item
}
