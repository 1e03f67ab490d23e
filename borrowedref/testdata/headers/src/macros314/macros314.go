// Package macros314 reaches the borrowed-reference macros of the
// free-threading HOWTO's table through its own C helpers (Go cannot call a
// macro), checked against the real Python 3.14 headers: each helper is
// reported at the Go call like the function it stands for.
package macros314

/*
#include <Python.h>

#if PY_VERSION_HEX < 0x030E0000 || PY_VERSION_HEX >= 0x030F0000
#error "macros314 wants the Python 3.14 headers (CGO_CFLAGS from checktest.Headers)"
#endif

static PyObject *list_at(PyObject *l, Py_ssize_t i) { return PyList_GET_ITEM(l, i); }
static PyObject *referent(PyObject *ref) { return PyWeakref_GET_OBJECT(ref); }
static PyObject *cell_value(PyObject *cell) { return PyCell_GET(cell); }

// The strong twins stay silent.
static PyObject *list_at_ref(PyObject *l, Py_ssize_t i) { return PyList_GetItemRef(l, i); }
static PyObject *referent_ref(PyObject *ref) {
	PyObject *o = NULL;
	return PyWeakref_GetRef(ref, &o) > 0 ? o : NULL;
}
static PyObject *cell_value_ref(PyObject *cell) { return PyCell_Get(cell); }
*/
import "C"

func Read(l, ref, cell *C.PyObject) {
	println(C.list_at(l, 0))    // want `C helper list_at returns a borrowed reference \(from PyList_GET_ITEM\).*PyList_GetItemRef`
	println(C.referent(ref))    // want `C helper referent returns a borrowed reference \(from PyWeakref_GET_OBJECT\).*PyWeakref_GetRef`
	println(C.cell_value(cell)) // want `C helper cell_value returns a borrowed reference \(from PyCell_GET\).*PyCell_Get`
	C.Py_DecRef(C.list_at_ref(l, 0))
	C.Py_DecRef(C.referent_ref(ref))
	C.Py_DecRef(C.cell_value_ref(cell))
}
