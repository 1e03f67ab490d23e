//go:build pyvet_proof

// Hazard borrowedref ownership (good twin), same two cases as bad/main.go:
// the cache takes a reference of its own (Py_NewRef) before keeping the
// tuple item, and releases it when done; the borrowed tuple item is used as
// the borrowed reference it is and never released.
package main

/*
#include <Python.h>
*/
import "C"

import (
	"fmt"
	"os"
	"runtime"
	"unsafe"
)

func init() { runtime.LockOSThread() } // main goroutine stays on the main OS thread

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: good stored|overrelease")
		os.Exit(2)
	}
	C.Py_InitializeEx(0)
	var ok bool
	switch os.Args[1] {
	case "stored":
		ok = stored()
	case "overrelease":
		ok = overrelease()
	default:
		fmt.Fprintln(os.Stderr, "unknown case", os.Args[1])
		os.Exit(2)
	}
	C.Py_FinalizeEx()
	if !ok {
		os.Exit(3)
	}
}

func cstr(s string) *C.char { return C.CString(s) }

const text = "cached item, owned by the tuple only"

// label is built at run time: a plain str, neither interned nor immortal.
const label = "a label, owned by the tuple only"

// cache keeps what it looked up, with a reference of its own.
type cache struct{ item *C.PyObject }

func (c *cache) close() { C.Py_DecRef(c.item) }

// load keeps the tuple's first item.
func (c *cache) load(tuple *C.PyObject) {
	c.item = C.Py_NewRef(C.PyTuple_GetItem(tuple, 0)) // the cache's own reference
}

func stored() bool {
	ctext := cstr(text)
	defer C.free(unsafe.Pointer(ctext))
	tuple := C.PyTuple_New(1)
	C.PyTuple_SetItem(tuple, 0, C.PyUnicode_FromString(ctext)) // steals: the tuple owns the str
	c := &cache{}
	c.load(tuple)
	defer c.close()
	C.Py_DecRef(tuple) // the item lives on in the cache
	r := C.PyObject_Repr(c.item)
	if r == nil {
		C.PyErr_Clear()
		fmt.Fprintln(os.Stderr, "repr of the cached item failed")
		return false
	}
	n := C.PyUnicode_GetLength(r)
	C.Py_DecRef(r)
	if int(n) != len(text)+2 { // the repr has quotes
		fmt.Fprintln(os.Stderr, "repr of the cached item has length", n)
		return false
	}
	return true
}

func overrelease() bool {
	ctext := cstr(label)
	defer C.free(unsafe.Pointer(ctext))
	tuple := C.PyTuple_New(1)
	C.PyTuple_SetItem(tuple, 0, C.PyUnicode_FromString(ctext)) // steals: the tuple owns the str
	item := C.PyTuple_GetItem(tuple, 0)                        // borrowed: used, never released
	n := C.PyUnicode_GetLength(item)
	r := C.PyObject_Repr(tuple)
	C.Py_DecRef(tuple)
	return reprOK(r, n)
}

// reprOK checks the repr of the one-item tuple, ('…',), against the
// item's length n.
func reprOK(r *C.PyObject, n C.Py_ssize_t) bool {
	if r == nil {
		C.PyErr_Clear()
		fmt.Fprintln(os.Stderr, "repr of the tuple failed")
		return false
	}
	got := C.PyUnicode_GetLength(r)
	C.Py_DecRef(r)
	if int(n) != len(label) || int(got) != len(label)+5 {
		fmt.Fprintln(os.Stderr, "repr of the tuple has length", got, "for an item of length", n)
		return false
	}
	return true
}
