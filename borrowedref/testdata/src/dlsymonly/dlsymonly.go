// Package dlsymonly embeds whichever libpython it finds at run time and
// declares the little of the C API it uses itself, without Python.h: its
// pointers, loaded with dlsym, are the API they were loaded from. One is
// named like the API it may hold but loaded in the POSIX form from a name
// computed at run time: unknown, never PyDict_GetItem.
package dlsymonly

/*
#cgo LDFLAGS: -ldl
#include <dlfcn.h>
#include <stddef.h>

typedef struct _object PyObject;
typedef ptrdiff_t Py_ssize_t;

static PyObject *(*pPyList_GetItem)(PyObject *, Py_ssize_t);
static void (*pPy_DecRef)(PyObject *);
static PyObject *(*pPyList_New)(Py_ssize_t);
static PyObject *(*PyDict_GetItem)(PyObject *, PyObject *);

static int load(void *lib, const char *getter) {
	pPyList_GetItem = (PyObject *(*)(PyObject *, Py_ssize_t))dlsym(lib, "PyList_GetItem");
	pPy_DecRef = (void (*)(PyObject *))dlsym(lib, "Py_DecRef");
	pPyList_New = (PyObject *(*)(Py_ssize_t))dlsym(lib, "PyList_New");
	*(void **)(&PyDict_GetItem) = dlsym(lib, getter);
	return pPyList_GetItem != NULL;
}

static PyObject *item(PyObject *l, Py_ssize_t i) { return pPyList_GetItem(l, i); }
static PyObject *new_list(Py_ssize_t n) { return pPyList_New(n); }
static void drop(PyObject *o) { pPy_DecRef(o); }
static PyObject *lookup(PyObject *d, PyObject *k) { return PyDict_GetItem(d, k); }
*/
import "C"

import "unsafe"

func Load(lib unsafe.Pointer, getter *C.char) bool { return C.load(lib, getter) != 0 }

func First(l *C.PyObject) *C.PyObject { // want First:`returnsBorrowed\(PyList_GetItem\)`
	return C.item(l, 0) // a wrapper: its callers' uses are reported
}

func Print(l *C.PyObject) {
	println(C.item(l, 0)) // want `C helper item returns a borrowed reference \(from PyList_GetItem\)`
}

func Fresh() { C.drop(C.new_list(0)) }

// Lookup uses what the computed symbol returned: unknown, silent.
func Lookup(d, k *C.PyObject) {
	println(C.lookup(d, k))
}
