package py3user

import "py3"

// A list or dict built with the binding's constructors is private until it
// is shared, as one built with the C API is: the binding's getters, setters
// and size functions do not share it.

// Collect builds a list and reads it back: silent.
func Collect(x *py3.PyObject) {
	l := py3.PyList_New(0)
	defer l.DecRef()
	py3.PyList_Append(l, x)
	for i := 0; i < py3.PyList_Size(l); i++ {
		show(py3.PyList_GetItem(l, i)) // silent: l is this function's own
	}
}

// Kwargs builds a per-call dict and reads it back: silent.
func Kwargs(v *py3.PyObject) {
	d := py3.PyDict_New()
	py3.PyDict_SetItemString(d, "k", v)
	show(py3.PyDict_GetItemString(d, "k")) // silent
	d.DecRef()
}

var published *py3.PyObject

// Publish stores its list in a package variable before reading it.
func Publish() {
	l := py3.PyList_New(1)
	published = l
	show(py3.PyList_GetItem(l, 0)) // want `py3\.PyList_GetItem returns a borrowed reference`
}

// register is set by code pyvet cannot see.
var register func(*py3.PyObject)

// Handed passes its list to a function it does not know before reading it.
func Handed() {
	l := py3.PyList_New(1)
	register(l)
	show(py3.PyList_GetItem(l, 0)) // want `py3\.PyList_GetItem returns a borrowed reference`
}

// Nested adds its list to another, which may be shared.
func Nested(outer *py3.PyObject) {
	l := py3.PyList_New(1)
	py3.PyList_Append(outer, l)
	show(py3.PyList_GetItem(l, 0)) // want `py3\.PyList_GetItem returns a borrowed reference`
}

// Replaced reads an item, then replaces it before its last use: the list
// drops (and may free) it.
func Replaced(x *py3.PyObject) {
	l := py3.PyList_New(1)
	it := py3.PyList_GetItem(l, 0) // want `py3\.PyList_GetItem returns a borrowed reference`
	py3.PyList_SetItem(l, 0, x)
	show(it)
}

// Callables walks its own copy of a dict with the binding's PyDict_Next:
// silent.
func Callables(d *py3.PyObject) int {
	cp := py3.PyDict_Copy(d)
	defer cp.DecRef()
	var pos int
	var k, v *py3.PyObject
	n := 0
	for py3.PyDict_Next(cp, &pos, &k, &v) {
		show(v)
		n++
	}
	return n
}

// CallablesShared publishes its copy before the loop.
func CallablesShared(d *py3.PyObject) {
	cp := py3.PyDict_Copy(d)
	published = cp
	var pos int
	var k, v *py3.PyObject
	for py3.PyDict_Next(cp, &pos, &k, &v) { // want `py3\.PyDict_Next is PyDict_Next, outside a critical section on cp`
		show(k)
	}
}

// Range builds a list and hands it to its caller, who holds the only
// reference: a constructor too.
func Range(n int, x *py3.PyObject) *py3.PyObject { // want Range:`returnsNew\(PyList_New\)`
	l := py3.PyList_New(0)
	if l == nil {
		return nil
	}
	for i := 0; i < n; i++ {
		py3.PyList_Append(l, x)
	}
	return l
}

// SumRange reads the list Range built: silent.
func SumRange(x *py3.PyObject) {
	l := Range(3, x)
	for i := 0; i < py3.PyList_Size(l); i++ {
		show(py3.PyList_GetItem(l, i)) // silent
	}
	l.DecRef()
}

// Remembered keeps its list in a package variable before returning it: not
// a constructor.
func Remembered() *py3.PyObject {
	l := py3.PyList_New(1)
	published = l
	return l
}

// ReadRemembered reads a list others can reach.
func ReadRemembered() {
	l := Remembered()
	show(py3.PyList_GetItem(l, 0)) // want `py3\.PyList_GetItem returns a borrowed reference`
}
