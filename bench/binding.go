package main

import (
	"fmt"
	"strings"
)

// The 1:1 binding shape (go-python/cpy3, sbinet/go-python): one large cgo
// package with a Go function per C function, every one converting through
// togo/toc, const char* through C.CString and C.free, tests that call the
// wrappers on the test goroutine, and an application package that uses
// the binding the way embedding programs do.

// bindingPkg writes the binding package: n wrappers over fns (repeated
// with a numeric suffix when n exceeds them, so that size scales).
func bindingPkg(fns []cfunc, n int) (string, int) {
	var b strings.Builder
	b.WriteString(`// Package python3 is a synthetic 1:1 binding of the Python C API.
package python3

/*
#cgo pkg-config: python3-embed
#include <Python.h>
#include <stdlib.h>
*/
import "C"

import "unsafe"

// PyObject is a Python object.
type PyObject C.PyObject

// PyThreadState is a thread state.
type PyThreadState C.PyThreadState

// PyGILState is the token of PyGILState_Ensure.
type PyGILState C.PyGILState_STATE

func togo(obj *C.PyObject) *PyObject { return (*PyObject)(obj) }

func toc(obj *PyObject) *C.PyObject { return (*C.PyObject)(obj) }

`)
	calls := 0
	for i := range n {
		fn := fns[i%len(fns)]
		suffix := ""
		if i >= len(fns) {
			suffix = fmt.Sprintf("_%d", i/len(fns)+1)
		}
		calls += wrapper(&b, fn, suffix)
	}
	return b.String(), calls
}

// wrapper writes the Go function for fn and returns its number of C calls.
func wrapper(b *strings.Builder, fn cfunc, suffix string) int {
	var params, args, pre []string
	calls := 1
	for i, p := range fn.params {
		name := fmt.Sprintf("a%d", i)
		params = append(params, name+" "+goTypes[p])
		switch p {
		case "PyObject*":
			args = append(args, "toc("+name+")")
		case "const char*":
			pre = append(pre, fmt.Sprintf("\tc%[1]s := C.CString(%[1]s)\n\tdefer C.free(unsafe.Pointer(c%[1]s))\n", name))
			args = append(args, "c"+name)
			calls += 2
		case "PyThreadState*":
			args = append(args, "(*C.PyThreadState)("+name+")")
		case "PyGILState_STATE":
			args = append(args, "C.PyGILState_STATE("+name+")")
		case "Py_ssize_t":
			args = append(args, "C.Py_ssize_t("+name+")")
		case "unsigned long":
			args = append(args, "C.ulong("+name+")")
		default:
			args = append(args, "C."+map[string]string{"int": "int", "long": "long", "double": "double"}[p]+"("+name+")")
		}
	}
	call := fmt.Sprintf("C.%s(%s)", fn.name, strings.Join(args, ", "))
	ret := goTypes[fn.result]
	fmt.Fprintf(b, "// %s%s wraps %s: https://docs.python.org/3/c-api/\nfunc %s%s(%s)", fn.name, suffix, fn.name, fn.name, suffix, strings.Join(params, ", "))
	if ret != "" {
		fmt.Fprintf(b, " %s", ret)
	}
	b.WriteString(" {\n")
	b.WriteString(strings.Join(pre, ""))
	switch fn.result {
	case "void":
		fmt.Fprintf(b, "\t%s\n", call)
	case "PyObject*":
		fmt.Fprintf(b, "\treturn togo(%s)\n", call)
	case "const char*":
		fmt.Fprintf(b, "\treturn C.GoString(%s)\n", call)
		calls++
	case "PyThreadState*":
		fmt.Fprintf(b, "\treturn (*PyThreadState)(%s)\n", call)
	default:
		fmt.Fprintf(b, "\treturn %s(%s)\n", ret, call)
	}
	b.WriteString("}\n\n")
	return calls
}

// bindingTests is the binding's test file: each test initializes Python
// and drives a few wrappers, as cpy3's tests do.
func bindingTests(tests int) string {
	var b strings.Builder
	b.WriteString("package python3\n\nimport \"testing\"\n\n")
	for i := range tests {
		fmt.Fprintf(&b, `func TestList%[1]d(t *testing.T) {
	Py_Initialize()
	l := PyList_New(0)
	defer Py_DecRef(l)
	item := PyLong_FromLong(%[1]d)
	if PyList_Append(l, item) != 0 {
		t.Fatal("append")
	}
	Py_DecRef(item)
	if got := PyLong_AsLong(PyList_GetItem(l, 0)); got != %[1]d {
		t.Errorf("item 0 = %%d", got)
	}
}

`, i)
	}
	return b.String()
}

// appPkg is a package of an application that embeds Python through the
// binding: worker functions that attach from goroutines, read lists and
// dicts, call into modules.
func appPkg(module string, a, funcs int) string {
	var b strings.Builder
	fmt.Fprintf(&b, `// Package app%d embeds Python through the binding.
package app%d

import (
	"errors"
	"fmt"
	"runtime"
	"sync"

	python3 %q
)

var errPython = errors.New("python error")

var (
	mu    sync.Mutex
	cache = map[string]*python3.PyObject{}
)

// attr returns a module attribute, cached.
func attr(module, name string) (*python3.PyObject, error) {
	mu.Lock()
	defer mu.Unlock()
	if o, ok := cache[module+"."+name]; ok {
		return o, nil
	}
	m := python3.PyImport_ImportModule(module)
	if m == nil {
		return nil, errPython
	}
	defer python3.Py_DecRef(m)
	o := python3.PyObject_GetAttrString(m, name)
	if o == nil {
		return nil, errPython
	}
	cache[module+"."+name] = o
	return o, nil
}

`, a, a, module+"/python3")
	for i := range funcs {
		fmt.Fprintf(&b, `// Sum%[1]d sums a list of ints on a goroutine locked to its thread.
func Sum%[1]d(list *python3.PyObject) (int, error) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	st := python3.PyGILState_Ensure()
	defer python3.PyGILState_Release(st)
	n := python3.PyList_Size(list)
	total := 0
	for i := 0; i < n; i++ {
		item := python3.PyList_GetItem(list, i)
		total += python3.PyLong_AsLong(item)
	}
	if python3.PyErr_Occurred() != nil {
		return 0, errPython
	}
	return total + %[1]d, nil
}

// Describe%[1]d formats an object's repr and one of its dict's values.
func Describe%[1]d(o, d *python3.PyObject, key string) (string, error) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	st := python3.PyGILState_Ensure()
	defer python3.PyGILState_Release(st)
	r := python3.PyObject_Repr(o)
	if r == nil {
		return "", errPython
	}
	defer python3.Py_DecRef(r)
	v := python3.PyDict_GetItemString(d, key)
	if v == nil {
		return "", fmt.Errorf("no %%q", key)
	}
	fn, err := attr("json", "dumps")
	if err != nil {
		return "", err
	}
	args := python3.PyTuple_New(1)
	python3.Py_IncRef(v)
	python3.PyTuple_SetItem(args, 0, v)
	out := python3.PyObject_CallObject(fn, args)
	python3.Py_DecRef(args)
	if out == nil {
		return "", errPython
	}
	defer python3.Py_DecRef(out)
	return fmt.Sprintf("%%d:%%d=%%d", %[1]d, python3.PyUnicode_GetLength(r), python3.PyUnicode_GetLength(out)), nil
}

`, i)
	}
	return b.String()
}
