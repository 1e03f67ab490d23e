// Package dlsym loads libpython at run time (a plugin host choosing the
// Python to embed) and calls the C API through function pointers that
// dlsym filled in: a call through pPyList_GetItem is a call of
// PyList_GetItem. A pointer loaded from a name the code computes is
// unknown, never CPython, even when it is named like the API. The POSIX
// form *(void **)(&p) = dlsym(...) loads p like p = dlsym(...).
package dlsym

/*
#cgo pkg-config: python3-embed
#cgo LDFLAGS: -ldl
#include <dlfcn.h>
#include <stdlib.h>
#include <Python.h>

static PyObject *(*pPyList_GetItem)(PyObject *, Py_ssize_t);
static PyObject *(*PyDict_GetItemString_p)(PyObject *, const char *);
static PyObject *(*pPyList_GetItemRef)(PyObject *, Py_ssize_t);
static PyObject *(*getter_p)(PyObject *, Py_ssize_t);
static PyObject *(*PyList_GetItem_p)(PyObject *, Py_ssize_t);
static PyObject *(*PyDict_GetItem_p)(PyObject *, PyObject *);

#define LOAD(name) name##_p = dlsym(lib, #name)

static void *lib;

static int load_python(const char *path, const char *getter) {
	lib = dlopen(path, RTLD_NOW | RTLD_GLOBAL);
	if (lib == NULL) return -1;
	pPyList_GetItem = (PyObject *(*)(PyObject *, Py_ssize_t))dlsym(lib, "PyList_GetItem");
	pPyList_GetItemRef = (PyObject *(*)(PyObject *, Py_ssize_t))dlsym(lib, "PyList_GetItemRef");
	LOAD(PyDict_GetItemString);
	getter_p = (PyObject *(*)(PyObject *, Py_ssize_t))dlsym(lib, getter);
	*(void **)(&PyList_GetItem_p) = dlsym(lib, "PyList_GetItem");
	*(void **)(&PyDict_GetItem_p) = dlsym(lib, getter);
	return 0;
}

static PyObject *list_item(PyObject *l, Py_ssize_t i) { return pPyList_GetItem(l, i); }
static PyObject *dict_item(PyObject *d, const char *k) { return PyDict_GetItemString_p(d, k); }
static PyObject *list_item_ref(PyObject *l, Py_ssize_t i) { return pPyList_GetItemRef(l, i); }
static PyObject *get_with(PyObject *l, Py_ssize_t i) { return getter_p(l, i); }
static PyObject *posix_item(PyObject *l, Py_ssize_t i) { return PyList_GetItem_p(l, i); }
static PyObject *posix_lookup(PyObject *d, PyObject *k) { return PyDict_GetItem_p(d, k); }
*/
import "C"

import "unsafe"

func Load(path, getter string) bool {
	p, g := C.CString(path), C.CString(getter)
	defer C.free(unsafe.Pointer(p))
	defer C.free(unsafe.Pointer(g))
	return C.load_python(p, g) == 0
}

func Items(l, d *C.PyObject, key *C.char) {
	_ = C.PyObject_Repr(C.list_item(l, 0))   // want `C helper list_item returns a borrowed reference \(from PyList_GetItem\).*PyList_GetItemRef`
	_ = C.PyObject_Repr(C.dict_item(d, key)) // want `C helper dict_item returns a borrowed reference \(from PyDict_GetItemString\)`
	C.Py_DecRef(C.list_item_ref(l, 0))
	_ = C.get_with(l, 0) // the symbol's name is computed: unknown
}

func Posix(l, d, k *C.PyObject) {
	_ = C.PyObject_Repr(C.posix_item(l, 0))   // want `C helper posix_item returns a borrowed reference \(from PyList_GetItem\)`
	_ = C.PyObject_Repr(C.posix_lookup(d, k)) // the symbol's name is computed: unknown
}
