// Package noheader includes a header that does not exist: cgo fails, and
// pyvet analyzes the file as written.
package noheader

// #include <pyvet_no_such_header.h>
import "C"

func Get(l *C.PyObject) *C.PyObject {
	return C.PyObject_Repr(C.PyList_GetItem(l, 0)) // finding: borrowedref
}
