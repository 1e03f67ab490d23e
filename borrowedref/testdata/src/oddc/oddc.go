// Package oddc has C the reader cannot follow (helpers defined through
// macros, K&R definitions, function pointers): the Go side is still checked.
package oddc

/*
#cgo pkg-config: python3-embed
#include <Python.h>

#define DEFINE_GETTER(name, expr) static PyObject *name(PyObject *o) { return expr; }
DEFINE_GETTER(first_item, PyList_GET_ITEM(o, 0))

static int old_style(a, b) int a; int b; { return a + b; }

typedef PyObject *(*item_fn)(PyObject *);
static item_fn pick(int i) { return i ? first_item : (item_fn)0; }
static PyObject *call_it(item_fn g, PyObject *o) { return g ? g(o) : NULL; }
*/
import "C"

func Go(l *C.PyObject) {
	_ = C.PyObject_Repr(C.PyList_GetItem(l, 0)) // want `PyList_GetItem returns a borrowed reference`
	_ = C.old_style()                           // a K&R definition has no prototype
	_ = C.call_it(C.pick(1), l)
}
