// Package removed315 is code written for Python 3.14 built against the real
// Python 3.15 headers, which no longer declare PyWeakref_GetObject. The
// library still exports it (stable_abi.toml: abi_only), so a binding that
// declares the prototype itself keeps building, and pyvet reports the call
// as removed, with PyWeakref_GetRef as the replacement.
package removed315

/*
#include <Python.h>

#if PY_VERSION_HEX < 0x030F0000
#error "removed315 wants the Python 3.15 headers (CGO_CFLAGS from checktest.Headers)"
#endif
#ifndef PyWeakref_GetObject
PyObject *PyWeakref_GetObject(PyObject *ref);
#endif
*/
import "C"

func Referent(ref *C.PyObject) *C.PyObject {
	return C.PyObject_Repr(C.PyWeakref_GetObject(ref)) // want `PyWeakref_GetObject returns a borrowed reference.* \(removed in 3\.15\); use PyWeakref_GetRef`
}

func ReferentRef(ref *C.PyObject) *C.PyObject {
	var o *C.PyObject
	if C.PyWeakref_GetRef(ref, &o) <= 0 {
		return nil
	}
	return o
}
