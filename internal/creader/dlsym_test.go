package creader

import "testing"

// TestDlsymPointers: calls through pointers loaded with dlsym are calls of
// the symbol, whether assigned directly (with or without a cast) or by a
// loader macro (name##_p, p##name), or in the POSIX form *(void **)(&p) =
// dlsym(...) (also in a macro); a pointer whose symbol cannot be read,
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
static getitem_fn PyList_GetItem_p;
static getitem_fn PyTuple_GetItem;
static PyObject *(*PyDict_GetItem_v)(PyObject *, PyObject *);
static getitem_fn amp_p;
#define LOAD(name) name##_p = dlsym(lib, #name)
#define LOADP(name) p##name = (void *)dlsym(lib, #name)
#define LOADV(name) *(void **)(&name##_v) = dlsym(lib, #name)
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
	*(void **)(&PyList_GetItem_p) = dlsym(lib, "PyList_GetItem");
	*(void **)(&PyTuple_GetItem) = dlsym(lib, getter);
	LOADV(PyDict_GetItem);
	*(void **)&amp_p = dlsym(lib, "PyTuple_GetItem");
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
static PyObject *ambiguous(PyObject *l) { return twice_p(l, 0); }
static PyObject *posix(PyObject *l) { return PyList_GetItem_p(l, 0); }
static PyObject *posix_unreadable(PyObject *t) { return PyTuple_GetItem(t, 0); }
static PyObject *posix_macro(PyObject *d, PyObject *k) { return PyDict_GetItem_v(d, k); }
static PyObject *posix_amp(PyObject *t) { return amp_p(t, 0); }`
	sums := summarize(testLookup, []*File{Parse([]byte(src))}, false)
	for name, want := range map[string]string{
		"item":             "ReturnsBorrowed=PyList_GetItem UsesBorrowed=PyList_GetItem",
		"lookup":           "ReturnsBorrowed=PyDict_GetItemString UsesBorrowed=PyDict_GetItemString",
		"with_gil":         "BalancedEnsure",
		"enter":            "Ensures",
		"unreadable":       "",
		"ambiguous":        "",
		"posix":            "ReturnsBorrowed=PyList_GetItem UsesBorrowed=PyList_GetItem",
		"posix_unreadable": "",
		"posix_macro":      "ReturnsBorrowed=PyDict_GetItem UsesBorrowed=PyDict_GetItem",
		"posix_amp":        "ReturnsBorrowedImmutable=PyTuple_GetItem",
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
