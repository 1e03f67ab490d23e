// Package own keeps and releases borrowed references: the ownership bugs
// that crash on every build of Python, with and without the GIL.
package own

/*
#cgo pkg-config: python3-embed
#include <Python.h>

#if PY_VERSION_HEX < 0x030D0000
typedef struct { uintptr_t _cs_prev; void *_cs_mutex; } PyCriticalSection;
void PyCriticalSection_Begin(PyCriticalSection *c, PyObject *op);
void PyCriticalSection_End(PyCriticalSection *c);
#endif
*/
import "C"

// Module caches what it looks up, as embedding apps do.
type Module struct {
	dict  *C.PyObject
	attrs map[string]*C.PyObject
	args  []*C.PyObject
	cs    *C.PyCriticalSection // in C memory
}

var builtins *C.PyObject

func consume(*C.PyObject) {}

func name(*C.PyObject) string { return "" }

// Load keeps borrowed references in a field, a map, a slice and a global.
func (m *Module) Load(mod, t *C.PyObject) {
	m.dict = C.PyModule_GetDict(mod) // want `borrowed PyModule_GetDict result stored in m\.dict without Py_NewRef: it dangles once its owner drops it, on every Python build`
	first := C.PyTuple_GetItem(t, 0)
	m.attrs["first"] = first          // want `borrowed PyTuple_GetItem result stored in the map m\.attrs without Py_NewRef`
	m.args = append(m.args, first)    // want `borrowed PyTuple_GetItem result stored in m\.args without Py_NewRef`
	builtins = C.PyEval_GetBuiltins() // want `borrowed PyEval_GetBuiltins result stored in the package variable builtins without Py_NewRef`
}

// LoadOwned takes a reference before keeping each one.
func (m *Module) LoadOwned(mod, t *C.PyObject) {
	m.dict = C.Py_NewRef(C.PyModule_GetDict(mod))
	first := C.PyTuple_GetItem(t, 0)
	C.Py_IncRef(first)
	m.attrs["first"] = first
	m.args = append(m.args, C.Py_NewRef(first))
	builtins = C.Py_NewRef(C.PyEval_GetBuiltins())
}

// Send hands a borrowed reference to another goroutine.
func Send(ch chan<- *C.PyObject, t *C.PyObject) { // want Send:`wrapsContainer\(PyTuple_GetItem, 1\)`
	ch <- C.PyTuple_GetItem(t, 0) // want `borrowed PyTuple_GetItem result sent on a channel without Py_NewRef`
}

func SendOwned(ch chan<- *C.PyObject, t *C.PyObject) {
	ch <- C.Py_NewRef(C.PyTuple_GetItem(t, 0))
}

// Spawn lets a goroutine use a borrowed reference after the call returns.
func Spawn(t *C.PyObject, name *C.char) {
	v := C.PyTuple_GetItem(t, 1)
	go func() {
		consume(v) // want `borrowed PyTuple_GetItem result captured by a goroutine without Py_NewRef`
	}()
	go consume(C.PySys_GetObject(name)) // want `borrowed PySys_GetObject result passed to a goroutine without Py_NewRef`
}

func SpawnOwned(t *C.PyObject) {
	v := C.Py_NewRef(C.PyTuple_GetItem(t, 1))
	go func() {
		consume(v)
		C.Py_DecRef(v)
	}()
}

// Later returns a closure that outlives the borrowed reference it holds.
func Later(name *C.char) func() *C.PyObject {
	v := C.PySys_GetObject(name)
	return func() *C.PyObject { return v } // want `borrowed PySys_GetObject result captured by a returned closure without Py_NewRef`
}

// Now uses the reference within the call: fine.
func Now(name *C.char) {
	v := C.PySys_GetObject(name)
	f := func() { consume(v) }
	f()
	items := []*C.PyObject{v}
	for _, it := range items {
		consume(it)
	}
}

// Fill keeps PyDict_Next's borrowed values.
func (m *Module) Fill(d *C.PyObject) {
	var pos C.Py_ssize_t
	var k, v *C.PyObject
	C.PyCriticalSection_Begin(m.cs, d)
	defer C.PyCriticalSection_End(m.cs)
	for C.PyDict_Next(d, &pos, &k, &v) != 0 {
		m.attrs[name(k)] = v // want `borrowed PyDict_Next value stored in the map m\.attrs without Py_NewRef`
	}
}

func (m *Module) FillOwned(d *C.PyObject) {
	var pos C.Py_ssize_t
	var k, v *C.PyObject
	C.PyCriticalSection_Begin(m.cs, d)
	defer C.PyCriticalSection_End(m.cs)
	for C.PyDict_Next(d, &pos, &k, &v) != 0 {
		m.attrs[name(k)] = C.Py_NewRef(v)
	}
}

// Out hands the borrowed reference to its caller, as returning does.
func Out(t *C.PyObject, out **C.PyObject) { // want Out:`wrapsContainer\(PyTuple_GetItem, 0\)`
	*out = C.PyTuple_GetItem(t, 0)
}

var saved *C.PyObject

//export keepArgs
func keepArgs(self, args *C.PyObject) *C.PyObject {
	saved = args // want `borrowed argument args of //export keepArgs stored in the package variable saved without Py_NewRef`
	return C.PyLong_FromLong(0)
}

//export keepArgsOwned
func keepArgsOwned(self, args *C.PyObject) *C.PyObject {
	saved = C.Py_NewRef(args)
	return C.PyLong_FromLong(0)
}

// Globals releases a reference it never took.
func Globals(mod *C.PyObject) {
	d := C.PyModule_GetDict(mod)
	consume(d)
	C.Py_DecRef(d)                             // want `Py_DecRef releases the borrowed PyModule_GetDict result, which this code does not own: it frees it under its owner on every build; drop it`
	C.Py_DecRef(C.PyModule_GetDict(mod))       // want `Py_DecRef releases the borrowed PyModule_GetDict result`
	defer C.Py_XDECREF(C.PyEval_GetBuiltins()) // want `Py_XDECREF releases the borrowed PyEval_GetBuiltins result`
}

// GlobalsOwned takes the reference it releases.
func GlobalsOwned(mod *C.PyObject) {
	d := C.PyModule_GetDict(mod)
	C.Py_IncRef(d)
	consume(d)
	C.Py_DecRef(d)
	n := C.Py_NewRef(C.PyModule_GetDict(mod))
	C.Py_DecRef(n)
}

//export releaseArgs
func releaseArgs(self, args *C.PyObject) *C.PyObject {
	C.Py_DecRef(args) // want `Py_DecRef releases the borrowed argument args of //export releaseArgs`
	return C.PyLong_FromLong(0)
}
