// Package private reads from containers it built itself: no other thread
// can reach them until they are shared.
package private

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

func use(*C.PyObject) {}

type holder struct{ list *C.PyObject }

// CountStrings reads the keys list PyDict_Keys built for it: silent.
func CountStrings(d *C.PyObject) int {
	keys := C.PyDict_Keys(d)
	if keys == nil {
		return -1
	}
	defer C.Py_DecRef(keys)
	n := 0
	for i := C.Py_ssize_t(0); i < C.PyList_Size(keys); i++ {
		if C.PyObject_IsTrue(C.PyList_GetItem(keys, i)) == 1 {
			n++
		}
	}
	return n
}

// Copied reads from its own copy of a dict: silent.
func Copied(d, key *C.PyObject) {
	own := C.PyDict_Copy(d)
	use(C.PyDict_GetItem(own, key))
	C.Py_DecRef(own)
}

// Call builds per-call kwargs and locals dicts and reads them back: silent.
func Call(f, args, globals *C.PyObject, code, sep *C.char) {
	kw := C.PyDict_New()
	C.PyDict_SetItemString(kw, sep, args)
	res := C.PyObject_Call(f, args, kw)
	use(C.PyDict_GetItemString(kw, sep))
	C.Py_DecRef(kw)
	C.Py_DecRef(res)

	locals := C.PyDict_New()
	out := C.PyRun_String(code, C.Py_file_input, globals, locals)
	use(C.PyDict_GetItemString(locals, sep))
	C.Py_DecRef(out)
	C.Py_DecRef(locals)
}

// Appended shares its list with another before reading it.
func Appended(d, sink *C.PyObject) {
	keys := C.PyDict_Keys(d)
	C.PyList_Append(sink, keys)
	use(C.PyList_GetItem(keys, 0)) // want `PyList_GetItem returns a borrowed reference`
	C.Py_DecRef(keys)
}

// Published stores its list in a module, and in a Go field.
func Published(m *C.PyObject, name *C.char, h *holder) {
	l := C.PyList_New(0)
	C.PyModule_AddObjectRef(m, name, l)
	use(C.PyList_GetItem(l, 0)) // want `PyList_GetItem returns a borrowed reference`
	l2 := C.PyList_New(0)
	h.list = l2
	use(C.PyList_GetItem(l2, 0)) // want `PyList_GetItem returns a borrowed reference`
}

// SharedLater reads before it shares, but uses the item after: reported.
func SharedLater(sink *C.PyObject) {
	l := C.PyList_New(1)
	it := C.PyList_GetItem(l, 0) // want `PyList_GetItem returns a borrowed reference`
	C.PyList_Append(sink, l)
	use(it)
}

// InLoop shares at the end of each iteration: the next read is after it.
func InLoop(sink *C.PyObject, n int) {
	l := C.PyList_New(1)
	for i := 0; i < n; i++ {
		use(C.PyList_GetItem(l, 0)) // want `PyList_GetItem returns a borrowed reference`
		C.PyList_Append(sink, l)
	}
}

// Captured hands its list to a goroutine.
func Captured(x *C.PyObject) {
	l := C.PyList_New(0)
	go func() { C.PyList_Append(l, x) }()
	use(C.PyList_GetItem(l, 0)) // want `PyList_GetItem returns a borrowed reference`
}

// Attribute reads a dict it got a strong reference to, but did not build:
// others hold it too.
func Attribute(mod, key *C.PyObject, name *C.char) {
	cache := C.PyObject_GetAttrString(mod, name)
	use(C.PyDict_GetItem(cache, key)) // want `PyDict_GetItem returns a borrowed reference`
	C.Py_DecRef(cache)
}

// Built fills its list, then reads it: silent.
func Built(x *C.PyObject) {
	l := C.PyList_New(0)
	C.PyList_Append(l, x)
	use(C.PyList_GetItem(l, 0))
	C.Py_DecRef(l)
}

// Cleared drops the item before its last use (as proof/borrowedref's clear
// case does): reported.
func Cleared(x *C.PyObject) {
	l := C.PyList_New(0)
	C.PyList_Append(l, x)
	it := C.PyList_GetItem(l, 0) // want `PyList_GetItem returns a borrowed reference`
	C.PyList_SetSlice(l, 0, 1, nil)
	use(it)
	C.Py_DecRef(l)
}

// Iterated walks its own copy of a dict: no other thread can reach it, so
// it needs no critical section. Silent.
func Iterated(d *C.PyObject) int {
	cp := C.PyDict_Copy(d)
	defer C.Py_DecRef(cp)
	var pos C.Py_ssize_t
	var k, v *C.PyObject
	n := 0
	for C.PyDict_Next(cp, &pos, &k, &v) != 0 {
		if C.PyCallable_Check(v) == 1 {
			n++
		}
	}
	return n
}

// IteratedShared publishes its copy inside the loop.
func IteratedShared(d, sink *C.PyObject) {
	cp := C.PyDict_Copy(d)
	var pos C.Py_ssize_t
	var k, v *C.PyObject
	for C.PyDict_Next(cp, &pos, &k, &v) != 0 { // want `PyDict_Next outside a critical section on cp`
		C.PyList_Append(sink, cp)
	}
}

// IteratedAfterShare stores its copy before the loop.
func IteratedAfterShare(d *C.PyObject, h *holder) {
	cp := C.PyDict_Copy(d)
	h.list = cp
	var pos C.Py_ssize_t
	var k, v *C.PyObject
	for C.PyDict_Next(cp, &pos, &k, &v) != 0 { // want `PyDict_Next outside a critical section on cp`
	}
}
