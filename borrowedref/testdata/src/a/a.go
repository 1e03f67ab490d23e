package a

/*
#cgo pkg-config: python3-embed
#include <Python.h>

#if PY_VERSION_HEX < 0x030D0000
PyObject *PyList_GetItemRef(PyObject *list, Py_ssize_t index);
int PyDict_GetItemRef(PyObject *p, PyObject *key, PyObject **result);
PyObject *PyImport_AddModuleRef(const char *name);
#endif

// get_item is the package's own helper; its name is not CPython's.
static PyObject *get_item(PyObject *l, Py_ssize_t i) { return PyTuple_GetItem(l, i); }
*/
import "C"

import "unsafe"

func Hazards(l, d, key, wr *C.PyObject, name *C.char) {
	item := C.PyList_GetItem(l, 0) // want `PyList_GetItem returns a borrowed reference another thread can free; use PyList_GetItemRef \(3\.13\+\)`
	use(item)
	v := C.PyDict_GetItem(d, key) // want `PyDict_GetItem returns a borrowed reference.*use PyDict_GetItemRef \(3\.13\+\)`
	use(v)
	use(C.PyDict_GetItemWithError(d, key)) // want `PyDict_GetItemWithError returns a borrowed reference.*PyDict_GetItemRef`
	use(C.PyDict_GetItemString(d, name))   // want `PyDict_GetItemString returns a borrowed reference.*PyDict_GetItemStringRef`
	use(C.PyDict_SetDefault(d, key, l))    // want `PyDict_SetDefault returns a borrowed reference.*PyDict_SetDefaultRef`
	use(C.PyWeakref_GetObject(wr))         // want `PyWeakref_GetObject returns a borrowed reference.*PyWeakref_GetRef`
	use(C.PyImport_AddModule(name))        // want `PyImport_AddModule returns a borrowed reference.*PyImport_AddModuleRef`
	use(C.PyImport_AddModuleObject(key))   // want `PyImport_AddModuleObject returns a borrowed reference.*PyImport_AddModuleRef \(3\.13\+\)`

	// Wrapping does not help: the item can be freed before Py_NewRef runs.
	owned := C.Py_NewRef(C.PyList_GetItem(l, 1)) // want `PyList_GetItem returns a borrowed reference another thread can free before the incref runs`
	C.Py_DecRef(owned)

	// In a closure, in a goroutine, deferred and nested in other calls.
	f := func() *C.PyObject { return C.PyList_GetItem(l, 2) } // want `PyList_GetItem returns a borrowed`
	_ = f
	go func() { C.Py_IncRef(C.PyList_GetItem(l, 3)) }()              // want `PyList_GetItem returns a borrowed`
	defer use(C.PyList_GetItem(l, 4))                                // want `PyList_GetItem returns a borrowed`
	_ = C.PyObject_Repr(C.PyDict_GetItem(d, C.PyList_GetItem(l, 5))) // want `PyDict_GetItem returns` `PyList_GetItem returns`
	_ = unsafe.Pointer(nil)
}

func use(...*C.PyObject) {}

// Discarded: called for its error or bounds check, the result holds no
// reference; compared with nil, it is not read.
func Discarded(l, d, key *C.PyObject, i C.Py_ssize_t) bool {
	C.PyList_GetItem(l, i)
	_ = C.PyList_GetItem(l, i)
	if C.PyList_GetItem(l, i) == nil {
		return false
	}
	defer C.PyDict_GetItem(d, key)
	v := C.PyDict_GetItem(d, key)
	_ = v
	return C.PyDict_GetItemWithError(d, key) != nil
}

func LookAlikes(t, l, d, key *C.PyObject) {
	// Tuples are immutable: their items live as long as the tuple.
	_ = C.PyTuple_GetItem(t, 0)
	// The strong replacements.
	it := C.PyList_GetItemRef(l, 0)
	C.Py_DecRef(it)
	var out *C.PyObject
	_ = C.PyDict_GetItemRef(d, key, &out)
	// The package's own helper.
	_ = C.get_item(t, 0)
	// A Go method with the same name.
	var g goList
	_ = g.PyList_GetItem(0)
	_ = PyDict_GetItem(0)
}

type goList struct{}

func (goList) PyList_GetItem(int) int { return 0 }

func PyDict_GetItem(int) int { return 0 }
