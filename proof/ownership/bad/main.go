//go:build pyvet_proof

// Hazard borrowedref ownership (bad): borrowed references treated as owned.
// These break on every build of Python, with or without the GIL. Two cases,
// chosen by the first argument:
//
// stored — a borrowed tuple item is kept in a Go struct field with no
// reference of its own (as a cache or registry does). The tuple is then
// released, which frees the item (the tuple held its only reference), and
// the cached pointer is used: use after free. With PYTHONMALLOC=debug the
// freed object is overwritten with 0xDD bytes, so PyObject_Repr on it
// crashes (SIGSEGV) on every run.
//
// overrelease — a borrowed tuple item is released with Py_DecRef as if it
// were owned. The victim is a plain str built at run time (neither
// interned, immortal nor deferred-refcounted on 3.13t), held only by the
// tuple, so the release frees it under the tuple; the tuple's next use
// (its repr) reads the freed item. With PYTHONMALLOC=debug the freed
// object is overwritten with 0xDD bytes, so this crashes (SIGSEGV) on
// every run, with or without the GIL.
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
		fmt.Fprintln(os.Stderr, "usage: bad stored|overrelease")
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

// cache keeps what it looked up, as bindings' registries do.
type cache struct{ item *C.PyObject }

// load keeps the tuple's first item.
func (c *cache) load(tuple *C.PyObject) {
	c.item = C.PyTuple_GetItem(tuple, 0) // pyvet:borrowedref
}

func stored() bool {
	ctext := cstr(text)
	defer C.free(unsafe.Pointer(ctext))
	tuple := C.PyTuple_New(1)
	C.PyTuple_SetItem(tuple, 0, C.PyUnicode_FromString(ctext)) // steals: the tuple owns the str
	c := &cache{}
	c.load(tuple)
	C.Py_DecRef(tuple)           // frees the tuple and its item
	r := C.PyObject_Repr(c.item) // use after free
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
	item := C.PyTuple_GetItem(tuple, 0)                        // borrowed: the tuple's reference
	n := C.PyUnicode_GetLength(item)
	C.Py_DecRef(item)           // pyvet:borrowedref
	r := C.PyObject_Repr(tuple) // the tuple's item was freed under it
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
