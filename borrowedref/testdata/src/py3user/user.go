// Package py3user uses the 1:1 binding py3, as most code does: the borrowed
// references are found here, where they are used, kept and released.
package py3user

import "py3"

// Config holds what an embedding app looks up once.
type Config struct {
	sys      *py3.PyObject
	builtins *py3.PyObject
	handlers map[string]*py3.PyObject
}

func show(*py3.PyObject) {}

// First uses a borrowed list item.
func First(l *py3.PyObject) {
	item := py3.PyList_GetItem(l, 0) // want `py3\.PyList_GetItem returns a borrowed reference \(the result of C\.PyList_GetItem\)`
	show(item.Repr())
	show(py3.PyDict_GetItemString(l, "x")) // want `py3\.PyDict_GetItemString returns a borrowed reference`
}

// FirstChecked only checks the index: silent.
func FirstChecked(l *py3.PyObject) bool {
	return py3.PyList_GetItem(l, 0) != nil
}

// Head hands the borrowed item on: a wrapper itself, silent.
func Head(l *py3.PyObject) *py3.PyObject { // want Head:`returnsBorrowed\(PyList_GetItem\)`
	return py3.PyList_GetItem(l, 0)
}

// Load keeps borrowed references.
func (c *Config) Load(args *py3.PyObject) {
	c.sys = py3.PyImport_AddModule("sys")                // want `borrowed py3\.PyImport_AddModule result stored in c\.sys without Py_NewRef`
	c.builtins = py3.PyEval_GetBuiltins()                // want `borrowed py3\.PyEval_GetBuiltins result stored in c\.builtins without Py_NewRef`
	c.handlers["default"] = py3.PyTuple_GetItem(args, 0) // want `borrowed py3\.PyTuple_GetItem result stored in the map c\.handlers without Py_NewRef`
}

// LoadOwned takes a reference first.
func (c *Config) LoadOwned(args *py3.PyObject) {
	b := py3.PyEval_GetBuiltins()
	b.IncRef()
	c.builtins = b
	h := py3.PyTuple_GetItem(args, 0)
	h.IncRef()
	c.handlers["default"] = h
}

// Path releases a reference it never took.
func Path() {
	p := py3.PySys_GetObject("path")
	show(p)
	p.DecRef()                                                    // want `py3\.PyObject\.DecRef releases the borrowed py3\.PySys_GetObject result, which this code does not own`
	d := py3.PyModule_GetDict(py3.PyImport_AddModule("__main__")) // want `py3\.PyImport_AddModule returns a borrowed reference`
	py3.Py_DecRef(d)                                              // want `py3\.Py_DecRef releases the borrowed py3\.PyModule_GetDict result`
}

// PathOwned releases only what it owns.
func PathOwned() {
	p := py3.PySys_GetObject("path")
	p.IncRef()
	show(p)
	p.DecRef()
	r := py3.PyObject_GetAttrString(p, "x")
	r.DecRef()
}

// Handlers iterates with the binding's PyDict_Next, unlocked.
func (c *Config) Handlers(d *py3.PyObject) {
	var pos int
	var k, v *py3.PyObject
	for py3.PyDict_Next(d, &pos, &k, &v) { // want `py3\.PyDict_Next is PyDict_Next, outside a critical section on d`
		show(k)
	}
}

// HandlersLocked holds a critical section on the dict around the loop.
func (c *Config) HandlersLocked(d *py3.PyObject, cs *py3.CriticalSection) {
	var pos int
	var k, v *py3.PyObject
	cs.Begin(d)
	defer cs.End()
	for py3.PyDict_Next(d, &pos, &k, &v) {
		show(k)
	}
}
