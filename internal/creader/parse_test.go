package creader

import (
	"reflect"
	"strings"
	"testing"
)

// funcOf returns the only function named name in f.
func funcOf(t *testing.T, f *File, name string) *Func {
	t.Helper()
	var found *Func
	for _, fn := range f.Funcs {
		if fn.Name == name {
			if found != nil {
				t.Fatalf("%s defined twice", name)
			}
			found = fn
		}
	}
	if found == nil {
		var names []string
		for _, fn := range f.Funcs {
			names = append(names, fn.Name)
		}
		t.Fatalf("%s not found; have %v", name, names)
	}
	return found
}

func TestParseEvents(t *testing.T) {
	tests := []struct {
		name, src string
		fn        string
		want      []string
	}{
		{
			name: "assignment then return of the variable",
			src: `#include <Python.h>
static inline PyObject *
get_item(PyObject *l, Py_ssize_t i)
{
    PyObject *it = PyList_GET_ITEM(l, i);
    return it;
}`,
			fn: "get_item",
			want: []string{
				"call PyList_GET_ITEM(l | i)",
				"assign it PyList_GET_ITEM(l, i) callee=PyList_GET_ITEM@0",
				"return it ident=it",
			},
		},
		{
			name: "nested calls know their parent",
			src:  `static PyObject *f(PyObject *l) { return Py_NewRef(PyList_GetItem(l, PyLong_AsSsize_t(PyTuple_GET_ITEM(args, 0)))); }`,
			fn:   "f",
			want: []string{
				"call Py_NewRef(PyList_GetItem(l, PyLong_AsSsize_t(PyTuple_GET_ITEM(args, 0))))",
				"  in Py_NewRef[0]: call PyList_GetItem(l | PyLong_AsSsize_t(PyTuple_GET_ITEM(args, 0)))",
				"  in PyList_GetItem[1]: call PyLong_AsSsize_t(PyTuple_GET_ITEM(args, 0))",
				"  in PyLong_AsSsize_t[0]: call PyTuple_GET_ITEM(args | 0)",
				"return Py_NewRef(PyList_GetItem(l, PyLong_AsSsize_t(PyTuple_GET_ITEM(args, 0)))) callee=Py_NewRef@0",
			},
		},
		{
			name: "casts and parentheses around the returned call",
			src: `PyObject *first(PyObject *t) {
  return ((PyObject *) PyTuple_GET_ITEM(t, 0));
}`,
			fn: "first",
			want: []string{
				"call PyTuple_GET_ITEM(t | 0)",
				"return ((PyObject *) PyTuple_GET_ITEM(t, 0)) callee=PyTuple_GET_ITEM@0",
			},
		},
		{
			name: "comments with braces and quotes, strings with comment openers",
			src: `static int f(PyObject *o)
{
    /* } { " ' */
    // } "
    const char *s = "/* not a comment } {";
    char c = '}', q = '\'', d = '"';
    PyErr_SetString(PyExc_ValueError, "bad \" } value");
    return c == '{';
}
static int g(void) { return h(); }`,
			fn: "f",
			want: []string{
				`assign s "/* not a comment } {"`,
				"assign c '}'",
				`assign q '\''`,
				`assign d '"'`,
				`call PyErr_SetString(PyExc_ValueError | "bad \" } value")`,
				"return c == '{'",
			},
		},
		{
			name: "statement macros, critical sections and loop conditions",
			src: `static int iter(PyObject *d) {
    Py_ssize_t pos = 0;
    PyObject *k, *v;
    Py_BEGIN_CRITICAL_SECTION(d);
    while (PyDict_Next(d, &pos, &k, &v)) {
        if (visit(k, v) < 0) break;
    }
    Py_END_CRITICAL_SECTION();
    Py_BEGIN_ALLOW_THREADS
    usleep(10);
    Py_BLOCK_THREADS
    Py_UNBLOCK_THREADS
    Py_END_ALLOW_THREADS
    for (i = 0; PyDict_Next(d, &pos, &k, &v); i++) ;
    do { x = 1; } while (PySequence_Check(d));
    return 0;
}`,
			fn: "iter",
			want: []string{
				"assign pos 0",
				"call Py_BEGIN_CRITICAL_SECTION(d)",
				"call PyDict_Next(d | &pos | &k | &v) loop",
				"open while", "open {",
				"call visit(k | v)",
				"open if", "jump break", "}",
				"}", "}",
				"call Py_END_CRITICAL_SECTION()",
				"macro Py_BEGIN_ALLOW_THREADS",
				"call usleep(10)",
				"macro Py_BLOCK_THREADS",
				"macro Py_UNBLOCK_THREADS",
				"macro Py_END_ALLOW_THREADS",
				"assign i 0",
				"call PyDict_Next(d | &pos | &k | &v) loop",
				"open for", "}",
				"open do", "open {", "assign x 1", "}", "}",
				"call PySequence_Check(d) loop",
				"return 0",
			},
		},
		{
			name: "macro call without semicolon before a statement",
			src: `static void f(PyObject *d) {
    Py_BEGIN_CRITICAL_SECTION(d)
    n = PyDict_Size(d);
    Py_END_CRITICAL_SECTION()
    if (n) g();
}`,
			fn: "f",
			want: []string{
				"call Py_BEGIN_CRITICAL_SECTION(d)",
				"call PyDict_Size(d)",
				"assign n PyDict_Size(d) callee=PyDict_Size@1",
				"call Py_END_CRITICAL_SECTION()",
				"open if", "call g()", "}",
			},
		},
		{
			name: "goto, labels, switch",
			src: `int f(int x) {
    PyGILState_STATE s = PyGILState_Ensure();
    switch (x) {
    case 1: g(); break;
    default: return -1;
    }
    if (h() < 0)
        goto error;
    PyGILState_Release(s);
    return 0;
error:
    PyGILState_Release(s);
    return -1;
}`,
			fn: "f",
			want: []string{
				"call PyGILState_Ensure()",
				"assign s PyGILState_Ensure() callee=PyGILState_Ensure@0",
				"open switch", "open {",
				"label case", "call g()", "jump break",
				"label default", "return -1",
				"}", "}",
				"call h()",
				"open if", "goto error", "}",
				"call PyGILState_Release(s)",
				"return 0",
				"label error",
				"call PyGILState_Release(s)",
				"return -1",
			},
		},
		{
			name: "both #ifdef branches are read when each balances",
			src: `static PyObject *get(PyObject *l, Py_ssize_t i) {
#ifdef Py_GIL_DISABLED
    PyObject *r = PyList_GetItemRef(l, i);
#else
    PyObject *r = Py_XNewRef(PyList_GET_ITEM(l, i));
#endif
#if 0
    broken(;
#endif
    return r;
}`,
			fn: "get",
			want: []string{
				"call PyList_GetItemRef(l | i)",
				"assign r PyList_GetItemRef(l, i) callee=PyList_GetItemRef@0",
				"call Py_XNewRef(PyList_GET_ITEM(l, i))",
				"  in Py_XNewRef[0]: call PyList_GET_ITEM(l | i)",
				"assign r Py_XNewRef(PyList_GET_ITEM(l, i)) callee=Py_XNewRef@2",
				"return r ident=r",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := Parse([]byte(tt.src))
			fn := funcOf(t, f, tt.fn)
			if fn.Unknown {
				t.Errorf("Unknown: %s", fn.Why)
			}
			if got := render(fn); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("events:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestParseHeaders(t *testing.T) {
	src := `#include <Python.h>
#include "helpers.h"
#ifdef __cplusplus
extern "C" {
#endif
typedef struct { int a; PyObject *o; } state_t;
struct node { struct node *next; };
enum { A = 1, B = 2 };
static PyMethodDef methods[] = {
    {"f", (PyCFunction)f, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};
static int counter = 0;
extern PyObject *proto(PyObject *a, int b);
int (*callback)(int) = NULL;
PyDoc_STRVAR(doc, "a { doc");
__attribute__((unused)) static inline PyObject *attr_first(PyObject *Py_UNUSED(self), PyObject *const *args, Py_ssize_t nargs) { return NULL; }
static int attr_last(int (*cb)(int), char buf[16], ...) __attribute__((noinline)) { return 0; }
Py_LOCAL_INLINE(PyObject *) local(void) { return NULL; }
int knr(a, b) int a; char *b; { return a; }
static const char *
__attribute__((cold))
multi_line(
    const char *fmt,
    unsigned long n)
{
    return fmt;
}
#ifdef __cplusplus
}
#endif
`
	f := Parse([]byte(src))
	if f.Unreadable || len(f.Degraded) != 0 {
		t.Fatalf("Unreadable=%v Degraded=%v", f.Unreadable, f.Degraded)
	}
	type hdr struct {
		name           string
		static, inline bool
		ret            string
		params         []string
	}
	var got []hdr
	for _, fn := range f.Funcs {
		if fn.Macro {
			continue
		}
		got = append(got, hdr{fn.Name, fn.Static, fn.Inline, fn.ReturnType, fn.Params})
	}
	want := []hdr{
		{"attr_first", true, true, "PyObject *", []string{"self", "args", "nargs"}},
		{"attr_last", true, false, "int", []string{"cb", "buf", "..."}},
		{"local", true, true, "PyObject *", nil},
		{"multi_line", true, false, "const char *", []string{"fmt", "n"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
	if !funcOf(t, f, "local").ReturnsObject() || funcOf(t, f, "attr_last").ReturnsObject() {
		t.Error("ReturnsObject")
	}
}

func TestParseMacros(t *testing.T) {
	src := `#define GET(l, i) PyList_GET_ITEM((l), (i))
#define LOCK_GIL(s) do { \
        (s) = PyGILState_Ensure(); \
    } while (0)
#define NOT_FUNC (x)
#define ONE 1
#define RELEASE_ALL Py_BEGIN_ALLOW_THREADS
#define CALLING_OBJ setup()
static int f(void) {
    RELEASE_ALL
    n = read(fd, buf, 1);
    Py_END_ALLOW_THREADS
    return n;
}
`
	f := Parse([]byte(src))
	var names []string
	for _, fn := range f.Funcs {
		names = append(names, fn.Name)
	}
	if want := []string{"GET", "LOCK_GIL", "RELEASE_ALL", "CALLING_OBJ", "f"}; !reflect.DeepEqual(names, want) {
		t.Fatalf("funcs %v, want %v", names, want)
	}
	check := func(name string, params []string, want ...string) {
		t.Helper()
		fn := funcOf(t, f, name)
		if !fn.Macro && name != "f" {
			t.Errorf("%s: not a macro", name)
		}
		if !reflect.DeepEqual(fn.Params, params) {
			t.Errorf("%s: params %q, want %q", name, fn.Params, params)
		}
		if got := render(fn); !reflect.DeepEqual(got, want) {
			t.Errorf("%s events:\n%s\nwant:\n%s", name, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
	check("GET", []string{"l", "i"},
		"call PyList_GET_ITEM((l) | (i))",
		"return PyList_GET_ITEM((l), (i)) callee=PyList_GET_ITEM@0")
	check("LOCK_GIL", []string{"s"},
		"open do", "open {", "call PyGILState_Ensure()", "}", "}")
	check("RELEASE_ALL", nil, "macro Py_BEGIN_ALLOW_THREADS")
	check("CALLING_OBJ", nil, "call setup()", "return setup() callee=setup@0")
	check("f", nil,
		"macro RELEASE_ALL",
		"call read(fd | buf | 1)",
		"assign n read(fd, buf, 1) callee=read@1",
		"macro Py_END_ALLOW_THREADS",
		"return n ident=n")
}
