// Package pylist has the wrappers that package funcvalues calls in every
// way but directly.
package pylist

// #cgo pkg-config: python3-embed
// #include <Python.h>
import "C"

// List wraps a Python list.
type List struct{ obj *C.PyObject }

// Item is a wrapper of PyList_GetItem.
func (l List) Item(i int) *C.PyObject {
	return C.PyList_GetItem(l.obj, C.Py_ssize_t(i))
}

// Getter is implemented by List.
type Getter interface{ Item(i int) *C.PyObject }

// First is a wrapper of PyList_GetItem.
func First(l *C.PyObject) *C.PyObject {
	return C.PyList_GetItem(l, 0)
}

// Size is not a wrapper: PyList_Size returns no reference.
func (l List) Size() int {
	return int(C.PyList_Size(l.obj))
}
