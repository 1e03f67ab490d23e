//go:build pyvet_proof

// Hazard borrowedref ownership (good twin), same two cases as bad/main.go:
// the cache takes a reference of its own (Py_NewRef) before keeping the
// tuple item, and releases it when done; the module's dict is used as the
// borrowed reference it is and never released.
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
	name := cstr("pyvet_proof_module")
	defer C.free(unsafe.Pointer(name))
	attr := cstr("answer")
	defer C.free(unsafe.Pointer(attr))
	mod := C.PyModule_New(name)
	d := C.PyModule_GetDict(mod)
	if C.PyDict_Size(d) < 0 {
		C.PyErr_Clear()
	}
	v := C.PyLong_FromLong(42)
	rc := C.PyObject_SetAttrString(mod, attr, v)
	C.Py_DecRef(v)
	C.Py_DecRef(mod)
	if rc != 0 {
		C.PyErr_Clear()
		fmt.Fprintln(os.Stderr, "setting an attribute of the module failed")
		return false
	}
	return true
}
