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
// overrelease — the dict of a module, borrowed from PyModule_GetDict, is
// released with Py_DecRef as if it were owned. The module held the dict's
// only reference, so the dict is freed under it; the module's next use of
// its dict (here an attribute store) touches freed memory and crashes on
// every run under PYTHONMALLOC=debug.
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
	name := cstr("pyvet_proof_module")
	defer C.free(unsafe.Pointer(name))
	attr := cstr("answer")
	defer C.free(unsafe.Pointer(attr))
	mod := C.PyModule_New(name)
	d := C.PyModule_GetDict(mod)
	if C.PyDict_Size(d) < 0 {
		C.PyErr_Clear()
	}
	C.Py_DecRef(d) // pyvet:borrowedref
	v := C.PyLong_FromLong(42)
	rc := C.PyObject_SetAttrString(mod, attr, v) // the module's dict was freed
	C.Py_DecRef(v)
	C.Py_DecRef(mod)
	if rc != 0 {
		C.PyErr_Clear()
		fmt.Fprintln(os.Stderr, "setting an attribute of the module failed")
		return false
	}
	return true
}
