// Package py is a cgo package that imports util, so that util is read for
// its plain build and for util's test, which imports py too.
package py

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

import "example.com/xtest/util"

// First returns the list's first item as a C long.
func First(list *C.PyObject) C.long {
	return C.PyLong_AsLong(C.PyList_GetItem(list, C.Py_ssize_t(util.Count(-1)))) // finding: borrowedref
}
