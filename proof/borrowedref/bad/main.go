//go:build pyvet_proof

// Hazard borrowedref (bad): a borrowed reference from PyList_GetItem used
// after the list stopped owning the item. Two cases, chosen by the first
// argument:
//
// clear — single thread. The item (a str owned only by the list) is
// borrowed, the list is cleared with PyList_SetSlice (what any Python code
// holding the list may do, e.g. a callback or a __del__), and the borrowed
// pointer is used afterwards: use after free. With PYTHONMALLOC=debug the
// freed object is overwritten with 0xDD bytes, so its type pointer is
// garbage and PyObject_Repr crashes (SIGSEGV) on every run. Observed on
// 3.11 and, the same way, on 3.13t. Without PYTHONMALLOC=debug the freed
// memory still holds the old str and the program passes: the runner sets
// PYTHONMALLOC=debug.
//
// race — free-threaded only. A writer goroutine replaces list[0] with a new
// str again and again (PyList_SetItem drops the old item); a reader
// goroutine borrows list[0] and reads the str several times. Without the
// GIL the writer can free the item between the reader's PyList_GetItem and
// its reads: garbage length/characters (exit 3) or a crash. On GIL builds
// the reader holds the GIL from GetItem to the last read, so the case
// passes there (not applicable). With PYTHONMALLOC=debug (freed memory is
// overwritten) the reader crashes with SIGSEGV on every run observed on
// 3.13t; without it the stale memory is not reused quickly enough and 3 of
// 3 runs passed. See proof/RESULTS.md for the runner's counts.
package main

/*
#include <Python.h>
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
		fmt.Fprintln(os.Stderr, "usage: bad clear|race")
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

	item := C.PyList_GetItem(list, 0) // pyvet:borrowedref
	// list.clear(), as any Python code holding the list may do: frees item
	C.PyList_SetSlice(list, 0, C.PyList_Size(list), nil)
	r := C.PyObject_Repr(item) // use after free
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
			item := C.PyList_GetItem(list, 0) // pyvet:borrowedref
			for k := 0; k < reads; k++ {
				if C.PyUnicode_GetLength(item) != C.Py_ssize_t(len(itemText)) ||
					C.PyUnicode_ReadChar(item, 0) != 'i' {
					bad++
					C.PyErr_Clear()
					break
				}
			}
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
