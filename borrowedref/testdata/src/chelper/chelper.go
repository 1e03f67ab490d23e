// Package chelper calls the C API through its own C helpers, in the
// preamble and in a .c file.
package chelper

/*
#cgo pkg-config: python3-embed
#include <Python.h>

#if PY_VERSION_HEX < 0x030D0000
typedef struct { uintptr_t _cs_prev; void *_cs_mutex; } PyCriticalSection;
void PyCriticalSection_Begin(PyCriticalSection *c, PyObject *op);
void PyCriticalSection_End(PyCriticalSection *c);
#endif
#ifndef Py_BEGIN_CRITICAL_SECTION
#define Py_BEGIN_CRITICAL_SECTION(op) {
#define Py_END_CRITICAL_SECTION() }
#endif

static PyObject *item(PyObject *l, Py_ssize_t i) { return PyList_GET_ITEM(l, i); }
static PyObject *first(PyObject *l) { return item(l, 0); }
static PyObject *titem(PyObject *t) { return PyTuple_GET_ITEM(t, 0); }
static PyObject *owned(PyObject *l) { return Py_NewRef(PyList_GetItem(l, 0)); }

static Py_ssize_t count(PyObject *d) {
	Py_ssize_t pos = 0, n = 0;
	PyObject *k, *v;
	while (PyDict_Next(d, &pos, &k, &v)) n++;
	return n;
}

static Py_ssize_t count_locked(PyObject *d) {
	Py_ssize_t pos = 0, n = 0;
	PyObject *k, *v;
	Py_BEGIN_CRITICAL_SECTION(d);
	while (PyDict_Next(d, &pos, &k, &v)) n++;
	Py_END_CRITICAL_SECTION();
	return n;
}

// PyLike_GetItem is named like the C API but reads an int array.
static int PyLike_GetItem(int *a, int i) { return a[i]; }

// Defined in lookup.c.
PyObject *dict_get(PyObject *d, PyObject *k);
PyObject *dict_get_ref(PyObject *d, PyObject *k);
*/
import "C"

func Calls(l, t, d, k *C.PyObject, a *C.int) {
	use(C.item(l, 0))     // want `C helper item returns a borrowed reference \(from PyList_GET_ITEM\) another thread can free; return one from PyList_GetItemRef`
	use(C.first(l))       // want `C helper first returns a borrowed reference \(from PyList_GET_ITEM via item\)`
	_ = C.titem(t)        // tuples are immutable
	_ = C.owned(l)        // want `C helper owned calls PyList_GetItem, whose borrowed reference another thread can free before the helper is done with it`
	_ = C.count(d)        // want `C helper count iterates a dict with PyDict_Next outside a critical section on it`
	_ = C.count_locked(d) // locked inside the helper
	_ = C.PyLike_GetItem(a, 0)
	use(C.dict_get(d, k))    // want `C helper dict_get returns a borrowed reference \(from PyDict_GetItem\)`
	_ = C.dict_get_ref(d, k) // want `C helper dict_get_ref calls PyDict_GetItem.*use PyDict_GetItemRef`
}

// CountLocked locks the dict around the helper itself.
func CountLocked(cs *C.PyCriticalSection, d *C.PyObject) C.Py_ssize_t {
	C.PyCriticalSection_Begin(cs, d)
	defer C.PyCriticalSection_End(cs)
	return C.count(d)
}

// Item wraps a helper that returns a borrowed reference.
func Item(l *C.PyObject) *C.PyObject { // want Item:`returnsBorrowed\(PyList_GET_ITEM\)`
	return C.item(l, 1)
}

func use(*C.PyObject) {}
