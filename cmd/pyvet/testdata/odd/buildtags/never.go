//go:build never

package buildtags

// #cgo pkg-config: python3-embed
// #include <Python.h>
import "C"

func Never(l *C.PyObject) *C.PyObject {
	return C.PyObject_Repr(C.PyList_GetItem(l, 0)) // silent: excluded by //go:build never
}
