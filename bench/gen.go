package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// A shape says how big a synthetic module is.
type shape struct {
	Wrappers int // Python wrapper packages (cgo, a few hundred C calls each)
	Users    int // packages that use the wrappers and never call C
	Plain    int // packages without Python
	Funcs    int // functions per package
}

// stats counts what the generator wrote.
type stats struct {
	Packages, Funcs, Lines, CCalls int
}

func (s stats) String() string {
	return fmt.Sprintf("%d packages, %d functions, %d lines, %d C calls", s.Packages, s.Funcs, s.Lines, s.CCalls)
}

// generate writes a module at dir and returns its counts.
func generate(dir, module string, sh shape) (stats, error) {
	var st stats
	if err := os.RemoveAll(dir); err != nil {
		return st, err
	}
	write := func(rel, text string) error {
		path := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		st.Lines += strings.Count(text, "\n")
		return os.WriteFile(path, []byte(text), 0o644)
	}
	if err := write("go.mod", fmt.Sprintf("module %s\n\ngo 1.26\n", module)); err != nil {
		return st, err
	}
	for w := range sh.Wrappers {
		text, calls := wrapperPkg(w, sh.Funcs)
		st.CCalls += calls
		if err := write(fmt.Sprintf("py%d/py.go", w), text); err != nil {
			return st, err
		}
		st.Packages++
		st.Funcs += sh.Funcs * 4
	}
	for u := range sh.Users {
		if err := write(fmt.Sprintf("user%d/user.go", u), userPkg(module, u, sh)); err != nil {
			return st, err
		}
		st.Packages++
		st.Funcs += sh.Funcs
	}
	for p := range sh.Plain {
		if err := write(fmt.Sprintf("plain%d/plain.go", p), plainPkg(module, p, sh.Funcs)); err != nil {
			return st, err
		}
		st.Packages++
		st.Funcs += sh.Funcs
	}
	return st, nil
}

// compat declares the 3.13 API the generated code calls, for older
// headers (type-checking only: nothing is linked).
const compat = `#if PY_VERSION_HEX < 0x030D0000
PyObject *PyList_GetItemRef(PyObject *list, Py_ssize_t index);
typedef struct { uintptr_t _cs_prev; void *_cs_mutex; } PyCriticalSection;
void PyCriticalSection_Begin(PyCriticalSection *c, PyObject *op);
void PyCriticalSection_End(PyCriticalSection *c);
#endif
`

const preamble = `/*
#cgo pkg-config: python3-embed
#include <Python.h>

` + compat + `
static long helper_add(long a, long b) { return a + b; }
*/
import "C"
`

// wrapperPkg is a binding package: per unit of Funcs, a borrowed-reference
// wrapper, a strong-reference one, a dict walk in a critical section and a
// thread-state release around Go code.
func wrapperPkg(w, funcs int) (string, int) {
	var b strings.Builder
	calls := 0
	fmt.Fprintf(&b, "// Package py%d is a synthetic Python binding.\npackage py%d\n\n%s\nimport (\n\t\"errors\"\n\t\"unsafe\"\n)\n\n", w, w, preamble)
	b.WriteString(`// Object is a Python object.
type Object C.PyObject

func toC(o *Object) *C.PyObject  { return (*C.PyObject)(unsafe.Pointer(o)) }
func toGo(o *C.PyObject) *Object { return (*Object)(o) }

var errPython = errors.New("python error")

`)
	for i := range funcs {
		fmt.Fprintf(&b, `// Item%[1]d returns item %[1]d of a list (borrowed).
func Item%[1]d(list *Object) *Object {
	st := C.PyGILState_Ensure()
	defer C.PyGILState_Release(st)
	return toGo(C.PyList_GetItem(toC(list), %[1]d))
}

// ItemRef%[1]d returns item %[1]d of a list (strong).
func ItemRef%[1]d(list *Object) (*Object, error) {
	item := C.PyList_GetItemRef(toC(list), %[1]d)
	if item == nil {
		return nil, errPython
	}
	n := C.helper_add(C.long(%[1]d), 1)
	_ = n
	return toGo(item), nil
}

// Keys%[1]d counts a dict's keys in a critical section.
func Keys%[1]d(dict *Object) int {
	cs := (*C.PyCriticalSection)(C.malloc(C.sizeof_PyCriticalSection))
	defer C.free(unsafe.Pointer(cs))
	var pos C.Py_ssize_t
	var k, v *C.PyObject
	n := 0
	C.PyCriticalSection_Begin(cs, toC(dict))
	for C.PyDict_Next(toC(dict), &pos, &k, &v) != 0 {
		n++
	}
	C.PyCriticalSection_End(cs)
	return n
}

// Release%[1]d runs f with the thread state released.
func Release%[1]d(f func()) {
	ts := C.PyEval_SaveThread()
	f()
	C.PyEval_RestoreThread(ts)
}

`, i)
		calls += 3 + 3 + 6 + 2
	}
	return b.String(), calls
}

// userPkg uses the wrappers, never C.
func userPkg(module string, u int, sh shape) string {
	var b strings.Builder
	fmt.Fprintf(&b, "// Package user%d uses the bindings.\npackage user%d\n\nimport (\n\t\"strconv\"\n\n", u, u)
	w := 0
	if sh.Wrappers > 0 {
		w = u % sh.Wrappers
		fmt.Fprintf(&b, "\tpy %q\n", fmt.Sprintf("%s/py%d", module, w))
	}
	b.WriteString(")\n\n")
	for i := range sh.Funcs {
		k := (i * 7) % sh.Funcs
		fmt.Fprintf(&b, `// Use%[1]d reads a list and formats it.
func Use%[1]d(list, dict *py.Object) string {
	item := py.Item%[2]d(list)
	ref, err := py.ItemRef%[2]d(list)
	if err != nil {
		return err.Error()
	}
	n := py.Keys%[2]d(dict)
	var s string
	py.Release%[2]d(func() {
		for j := 0; j < n; j++ {
			s += strconv.Itoa(j)
		}
	})
	_ = item
	_ = ref
	return s
}

`, i, k)
	}
	return b.String()
}

// plainPkg is Go without Python.
func plainPkg(module string, p, funcs int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "// Package plain%d has nothing to do with Python.\npackage plain%d\n\nimport (\n\t\"fmt\"\n\t\"sort\"\n\t\"strings\"\n\t\"sync\"\n)\n\n", p, p)
	b.WriteString("var mu sync.Mutex\n\n// Record is a row.\ntype Record struct {\n\tName  string\n\tCount int\n\tTags  []string\n}\n\n")
	for i := range funcs {
		fmt.Fprintf(&b, `// Summarize%[1]d summarizes records.
func Summarize%[1]d(rs []Record, ch chan<- string) string {
	mu.Lock()
	defer mu.Unlock()
	counts := map[string]int{}
	for _, r := range rs {
		for _, t := range r.Tags {
			counts[strings.ToLower(t)] += r.Count + %[1]d
		}
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%%s=%%d;", k, counts[k])
	}
	select {
	case ch <- b.String():
	default:
	}
	return b.String()
}

`, i)
	}
	return b.String()
}
