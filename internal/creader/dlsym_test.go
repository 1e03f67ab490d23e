package creader

import "testing"

// TestDlsymPointers: calls through pointers loaded with dlsym are calls of
// the symbol, whether assigned directly (with or without a cast) or by a
// loader macro (name##_p, p##name); a pointer whose symbol cannot be read,
// or that is loaded with two names, is unknown even when it is named like
// the C API.
func TestDlsymPointers(t *testing.T) {
	src := `#include <dlfcn.h>
typedef PyObject *(*getitem_fn)(PyObject *, Py_ssize_t);
static getitem_fn pPyList_GetItem;
static PyObject *(*PyDict_GetItemString_p)(PyObject *, const char *);
static PyGILState_STATE (*pPyGILState_Ensure)(void);
static void (*pPyGILState_Release)(PyGILState_STATE);
static getitem_fn PyList_GetItem;
static getitem_fn twice_p;
#define LOAD(name) name##_p = dlsym(lib, #name)
#define LOADP(name) p##name = (void *)dlsym(lib, #name)
static void *lib;

static int load(const char *path, const char *getter) {
	lib = dlopen(path, RTLD_NOW);
	pPyList_GetItem = (getitem_fn)dlsym(lib, "PyList_GetItem");
	LOAD(PyDict_GetItemString);
	LOADP(PyGILState_Ensure);
	LOADP(PyGILState_Release);
	PyList_GetItem = (getitem_fn)dlsym(lib, getter);
	twice_p = dlsym(lib, "PyList_GetItem");
	twice_p = dlsym(lib, "PyTuple_GetItem");
	return lib != NULL;
}

static PyObject *item(PyObject *l) { return pPyList_GetItem(l, 0); }
static PyObject *lookup(PyObject *d) { return PyDict_GetItemString_p(d, "k"); }
static void with_gil(void (*fn)(void)) {
	PyGILState_STATE st = pPyGILState_Ensure();
	fn();
	pPyGILState_Release(st);
}
static PyGILState_STATE enter(void) { return pPyGILState_Ensure(); }
static PyObject *unreadable(PyObject *l) { return PyList_GetItem(l, 0); }
static PyObject *ambiguous(PyObject *l) { return twice_p(l, 0); }`
	sums := summarize(testLookup, []*File{Parse([]byte(src))}, false)
	for name, want := range map[string]string{
		"item":       "ReturnsBorrowed=PyList_GetItem UsesBorrowed=PyList_GetItem",
		"lookup":     "ReturnsBorrowed=PyDict_GetItemString UsesBorrowed=PyDict_GetItemString",
		"with_gil":   "BalancedEnsure",
		"enter":      "Ensures",
		"unreadable": "",
		"ambiguous":  "",
	} {
		s := sums[name]
		if s == nil {
			t.Errorf("%s: no summary", name)
			continue
		}
		if got := flags(s); got != want {
			t.Errorf("%s: %q, want %q (via %v)", name, got, want, s.Via)
		}
	}
}
