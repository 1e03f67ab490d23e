package main

import (
	"fmt"
	"strings"
)

// The embedding application shape: a program of one package with one cgo
// file, C helpers in its preamble and in a .c file, that initializes
// Python, saves the thread state and serves requests from goroutines.
// It also measures pyvet's fixed start-up cost (table, docs, C reader).

const embedC = `#include <Python.h>
#include "handler.h"

PyObject *call_handler(PyObject *fn, const char *path) {
	PyObject *arg = PyUnicode_FromString(path);
	if (arg == NULL) {
		return NULL;
	}
	PyObject *out = PyObject_CallOneArg(fn, arg);
	Py_DECREF(arg);
	return out;
}

long list_total(PyObject *list) {
	long total = 0;
	Py_ssize_t n = PyList_Size(list);
	for (Py_ssize_t i = 0; i < n; i++) {
		total += PyLong_AsLong(PyList_GetItem(list, i));
	}
	return total;
}
`

const embedH = `#include <Python.h>
PyObject *call_handler(PyObject *fn, const char *path);
long list_total(PyObject *list);
`

// embedMain writes the program's one Go file, with handlers handlers.
func embedMain(handlers int) string {
	var b strings.Builder
	b.WriteString(`// Command server embeds Python and serves requests with it.
package main

/*
#cgo pkg-config: python3-embed
#include <Python.h>
#include <stdlib.h>
#include "handler.h"

static int run_code(const char *s) { return PyRun_SimpleString(s); }
static PyObject *get_attr(PyObject *m, const char *n) { return PyObject_GetAttrString(m, n); }
*/
import "C"

import (
	"log"
	"net/http"
	"runtime"
	"unsafe"
)

var app *C.PyObject

func init() {
	C.Py_InitializeEx(0)
	code := C.CString("import json")
	defer C.free(unsafe.Pointer(code))
	C.run_code(code)
	name := C.CString("json")
	defer C.free(unsafe.Pointer(name))
	app = C.PyImport_ImportModule(name)
	C.PyEval_SaveThread()
}

func handle(fn string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		st := C.PyGILState_Ensure()
		defer C.PyGILState_Release(st)
		name := C.CString(fn)
		defer C.free(unsafe.Pointer(name))
		f := C.get_attr(app, name)
		if f == nil {
			http.Error(w, "no handler", 500)
			return
		}
		defer C.Py_DecRef(f)
		path := C.CString(r.URL.Path)
		defer C.free(unsafe.Pointer(path))
		out := C.call_handler(f, path)
		if out == nil {
			C.PyErr_Clear()
			http.Error(w, "handler failed", 500)
			return
		}
		defer C.Py_DecRef(out)
		w.Write([]byte(C.GoString(C.PyUnicode_AsUTF8(out))))
	}
}

`)
	b.WriteString("func main() {\n")
	for i := range handlers {
		fmt.Fprintf(&b, "\thttp.HandleFunc(\"/h%[1]d\", handle(\"dumps\"))\n", i)
	}
	b.WriteString("\tlog.Fatal(http.ListenAndServe(\"localhost:8080\", nil))\n}\n")
	return b.String()
}
