//pyvet:file-ignore borrowedref -- these lists are built here and never shared

// Package fileignore: a file-wide directive covers every line of its file,
// and no other file.
package fileignore

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

func First(l *C.PyObject) {
	_ = C.PyObject_Repr(C.PyList_GetItem(l, 0))
}

func Last(l *C.PyObject) {
	_ = C.PyObject_Repr(C.PyList_GetItem(l, C.PyList_Size(l)-1))
}
