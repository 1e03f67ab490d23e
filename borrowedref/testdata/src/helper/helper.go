// Package helper has C functions named like CPython's without CPython: they
// are not the C API.
package helper

/*
static int PyList_GetItem(int *a, int i) { return a[i]; }
static int PyDict_Next(int *a, int i) { return a[i]; }
*/
import "C"

func Get(a *C.int) C.int {
	_ = C.PyDict_Next(a, 1)
	return C.PyList_GetItem(a, 0)
}
