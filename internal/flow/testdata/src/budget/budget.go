// Package budget is analyzed with budgets that run out (TestBudgets).
package budget

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

func Loop(o *C.PyObject, n int) {
	for i := 0; i < n; i++ {
		st := C.PyGILState_Ensure()
		C.Py_IncRef(o)
		C.PyGILState_Release(st)
	}
}

func Caller(o *C.PyObject) {
	st := C.PyGILState_Ensure()
	Loop(o, 2)
	C.PyGILState_Release(st)
}

func Plain(n int) int { return n + 1 }
