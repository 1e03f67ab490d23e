//go:build pyvet_proof

// Hazard borrowedref (good twin), same two cases as bad/main.go: the item is
// taken with PyList_GetItemRef, a strong reference, so clearing or
// overwriting the list cannot free it while it is used; it is released with
// Py_DecRef after the last use.
//
// 3.11 has no PyList_GetItemRef (added in 3.13): the preamble declares a
// small fallback that does PyList_GetItem + Py_XINCREF. The fallback is only
// safe with the GIL (nothing can free the item between the two calls while
// the GIL is held); on free-threaded builds the real, atomic
// PyList_GetItemRef is used.
package main

/*
#include <Python.h>

#if PY_VERSION_HEX < 0x030D0000
// Fallback for Python < 3.13 (GIL builds only): not atomic without the GIL.
static inline PyObject *PyList_GetItemRef(PyObject *list, Py_ssize_t i) {
	PyObject *item = PyList_GetItem(list, i);
	Py_XINCREF(item);
	return item;
}
#endif
*/
import "C"

import (
	"fmt"
	"os"
	"runtime"
	"sync"
	"unsafe"
)

func init() { runtime.LockOSThread() } // main goroutine stays on the main OS thread

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: good clear|race")
		os.Exit(2)
	}
	C.Py_InitializeEx(0)
	var ok bool
	switch os.Args[1] {
	case "clear":
		ok = clear()
	case "race":
		ok = race()
	default:
		fmt.Fprintln(os.Stderr, "unknown case", os.Args[1])
		os.Exit(2)
	}
	C.Py_FinalizeEx()
	if !ok {
		os.Exit(3)
	}
}

func newStr(s string) *C.PyObject {
	cs := C.CString(s)
	defer C.free(unsafe.Pointer(cs))
	return C.PyUnicode_FromString(cs)
}

func clear() bool {
	list := C.PyList_New(0)
	defer C.Py_DecRef(list)
	const text = "borrowed item, owned by the list only"
	s := newStr(text)
	C.PyList_Append(list, s)
	C.Py_DecRef(s) // the list holds the only reference now

	item := C.PyList_GetItemRef(list, 0)
	// list.clear(), as any Python code holding the list may do: item survives
	C.PyList_SetSlice(list, 0, C.PyList_Size(list), nil)
	r := C.PyObject_Repr(item)
	C.Py_DecRef(item)
	if r == nil {
		C.PyErr_Clear()
		fmt.Fprintln(os.Stderr, "repr of the borrowed item failed")
		return false
	}
	n := C.PyUnicode_GetLength(r)
	C.Py_DecRef(r)
	if int(n) != len(text)+2 { // the repr has quotes
		fmt.Fprintln(os.Stderr, "repr of the borrowed item has length", n)
		return false
	}
	return true
}

const (
	raceIters = 200000
	itemText  = "item-0123456789"
	reads     = 8
)

func race() bool {
	list := C.PyList_New(0)
	s := newStr(itemText)
	C.PyList_Append(list, s)
	C.Py_DecRef(s)
	text := C.CString(itemText)
	defer C.free(unsafe.Pointer(text))
	save := C.PyEval_SaveThread()

	bad := 0
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { // writer
		defer wg.Done()
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		st := C.PyGILState_Ensure()
		for i := 0; i < raceIters; i++ {
			C.PyList_SetItem(list, 0, C.PyUnicode_FromString(text)) // steals; frees the old item
		}
		C.PyGILState_Release(st)
	}()
	go func() { // reader
		defer wg.Done()
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		st := C.PyGILState_Ensure()
		for i := 0; i < raceIters; i++ {
			item := C.PyList_GetItemRef(list, 0)
			for k := 0; k < reads; k++ {
				if C.PyUnicode_GetLength(item) != C.Py_ssize_t(len(itemText)) ||
					C.PyUnicode_ReadChar(item, 0) != 'i' {
					bad++
					C.PyErr_Clear()
					break
				}
			}
			C.Py_DecRef(item)
		}
		C.PyGILState_Release(st)
	}()
	wg.Wait()
	C.PyEval_RestoreThread(save)
	C.Py_DecRef(list)
	if bad > 0 {
		fmt.Fprintf(os.Stderr, "reader saw a freed item %d times in %d reads\n", bad, raceIters)
		return false
	}
	return true
}
