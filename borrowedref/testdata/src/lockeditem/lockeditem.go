// Package lockeditem reads list and dict items inside a critical section
// on the container, the free-threading HOWTO's pattern
// (Py_BEGIN_CRITICAL_SECTION(list); item = PyList_GetItem(list, i);
// Py_INCREF(item); Py_END_CRITICAL_SECTION()), and its wrong twins. The
// section structs are not pinned: critsecnest's business, not run here.
package lockeditem

/*
#cgo pkg-config: python3-embed
#include <Python.h>

#if PY_VERSION_HEX < 0x030D0000
typedef struct { uintptr_t _cs_prev; void *_cs_mutex; } PyCriticalSection;
typedef struct { PyCriticalSection _cs_base; void *_cs_mutex2; } PyCriticalSection2;
void PyCriticalSection_Begin(PyCriticalSection *c, PyObject *op);
void PyCriticalSection_End(PyCriticalSection *c);
void PyCriticalSection2_Begin(PyCriticalSection2 *c, PyObject *a, PyObject *b);
void PyCriticalSection2_End(PyCriticalSection2 *c);
#endif
#ifndef Py_BEGIN_CRITICAL_SECTION
#define Py_BEGIN_CRITICAL_SECTION(op) {
#define Py_END_CRITICAL_SECTION() }
#endif

// The HOWTO's pattern, in a C helper.
static PyObject *item_ref(PyObject *list, Py_ssize_t i) {
	PyObject *item;
	Py_BEGIN_CRITICAL_SECTION(list);
	item = PyList_GetItem(list, i);
	Py_XINCREF(item);
	Py_END_CRITICAL_SECTION();
	return item;
}

// The reference is taken once the section has ended.
static PyObject *item_late(PyObject *list, Py_ssize_t i) {
	PyObject *item;
	Py_BEGIN_CRITICAL_SECTION(list);
	item = PyList_GetItem(list, i);
	Py_END_CRITICAL_SECTION();
	Py_XINCREF(item);
	return item;
}
*/
import "C"

import "unsafe"

func use(*C.PyObject) {}

// IncRefInside takes a reference before the section ends: silent.
func IncRefInside(l *C.PyObject, i C.Py_ssize_t) *C.PyObject {
	var cs C.PyCriticalSection
	C.PyCriticalSection_Begin(&cs, l)
	it := C.PyList_GetItem(l, i)
	C.Py_IncRef(it)
	C.PyCriticalSection_End(&cs)
	use(it)
	return it
}

// IncRefAfterEnd takes it once the section has ended: too late.
func IncRefAfterEnd(l *C.PyObject, i C.Py_ssize_t) *C.PyObject {
	var cs C.PyCriticalSection
	C.PyCriticalSection_Begin(&cs, l)
	it := C.PyList_GetItem(l, i) // want `PyList_GetItem returns a borrowed reference another thread can free; use PyList_GetItemRef`
	C.PyCriticalSection_End(&cs)
	C.Py_IncRef(it)
	return it
}

// NewRefInside: silent.
func NewRefInside(l *C.PyObject) *C.PyObject {
	var cs C.PyCriticalSection
	C.PyCriticalSection_Begin(&cs, l)
	it := C.Py_NewRef(C.PyList_GetItem(l, 0))
	C.PyCriticalSection_End(&cs)
	return it
}

// UsedInside reads the item only while the section holds: silent.
func UsedInside(l *C.PyObject) {
	var cs C.PyCriticalSection
	C.PyCriticalSection_Begin(&cs, l)
	defer C.PyCriticalSection_End(&cs)
	use(C.PyList_GetItem(l, 0))
}

// UsedAfterEnd reads it once the section has ended.
func UsedAfterEnd(l *C.PyObject) {
	var cs C.PyCriticalSection
	C.PyCriticalSection_Begin(&cs, l)
	it := C.PyList_GetItem(l, 0) // want `PyList_GetItem returns a borrowed reference another thread can free`
	C.PyCriticalSection_End(&cs)
	use(it)
}

// OtherObject locks another object than the list it reads.
func OtherObject(l, other *C.PyObject) {
	var cs C.PyCriticalSection
	C.PyCriticalSection_Begin(&cs, other)
	use(C.PyList_GetItem(l, 0)) // want `PyList_GetItem returns a borrowed reference another thread can free`
	C.PyCriticalSection_End(&cs)
}

// OneBranch locks the list on one path only.
func OneBranch(l *C.PyObject, lock bool) {
	var cs C.PyCriticalSection
	if lock {
		C.PyCriticalSection_Begin(&cs, l)
		defer C.PyCriticalSection_End(&cs)
	}
	use(C.PyList_GetItem(l, 0)) // want `PyList_GetItem returns a borrowed reference another thread can free`
}

// BothBranches locks the list on every path: silent.
func BothBranches(l *C.PyObject, first bool) {
	var cs C.PyCriticalSection
	C.PyCriticalSection_Begin(&cs, l)
	if first {
		use(C.PyList_GetItem(l, 0))
	} else {
		use(C.PyList_GetItem(l, 1))
	}
	C.PyCriticalSection_End(&cs)
}

// DictTwo locks the dict and another object with the two-object form: silent.
func DictTwo(d, other, key *C.PyObject) {
	var cs C.PyCriticalSection2
	C.PyCriticalSection2_Begin(&cs, other, d)
	use(C.PyDict_GetItem(d, key))
	use(C.PyDict_GetItemString(d, C.CString("k")))
	C.PyCriticalSection2_End(&cs)
}

// DictOther locks two objects, neither of them the dict.
func DictOther(d, a, b, key *C.PyObject) {
	var cs C.PyCriticalSection2
	C.PyCriticalSection2_Begin(&cs, a, b)
	use(C.PyDict_GetItem(d, key)) // want `PyDict_GetItem returns a borrowed reference another thread can free`
	C.PyCriticalSection2_End(&cs)
}

// NestedInside: only the innermost section is sure to hold its lock.
func NestedInside(l, other *C.PyObject) {
	var cs, cs2 C.PyCriticalSection
	C.PyCriticalSection_Begin(&cs, l)
	C.PyCriticalSection_Begin(&cs2, other)
	use(C.PyList_GetItem(l, 0)) // want `PyList_GetItem returns a borrowed reference another thread can free`
	C.PyCriticalSection_End(&cs2)
	C.PyCriticalSection_End(&cs)
}

// NestedAfterRead begins another section before the item's use, which may
// suspend the list's.
func NestedAfterRead(l, other *C.PyObject) {
	var cs, cs2 C.PyCriticalSection
	C.PyCriticalSection_Begin(&cs, l)
	it := C.PyList_GetItem(l, 0) // want `PyList_GetItem returns a borrowed reference another thread can free`
	C.PyCriticalSection_Begin(&cs2, other)
	use(it)
	C.PyCriticalSection_End(&cs2)
	C.PyCriticalSection_End(&cs)
}

// Loop takes a reference to each item inside one section: silent.
func Loop(l *C.PyObject, n C.Py_ssize_t) []*C.PyObject {
	var out []*C.PyObject
	var cs C.PyCriticalSection
	C.PyCriticalSection_Begin(&cs, l)
	for i := C.Py_ssize_t(0); i < n; i++ {
		it := C.PyList_GetItem(l, i)
		C.Py_IncRef(it)
		out = append(out, it)
	}
	C.PyCriticalSection_End(&cs)
	return out
}

// Converted locks and reads the same list through conversions: silent.
func Converted(p unsafe.Pointer) {
	var cs C.PyCriticalSection
	C.PyCriticalSection_Begin(&cs, (*C.PyObject)(p))
	use(C.PyList_GetItem((*C.PyObject)(p), 0))
	C.PyCriticalSection_End(&cs)
}

// getItem is the package's wrapper of PyList_GetItem.
func getItem(l *C.PyObject, i C.Py_ssize_t) *C.PyObject { return C.PyList_GetItem(l, i) }

// WrapperInside reads through the wrapper inside a section on the list: silent.
func WrapperInside(l *C.PyObject) {
	var cs C.PyCriticalSection
	C.PyCriticalSection_Begin(&cs, l)
	it := getItem(l, 0)
	C.Py_IncRef(it)
	C.PyCriticalSection_End(&cs)
	use(it)
}

// WrapperOther reads through the wrapper inside a section on another object.
func WrapperOther(l, other *C.PyObject) {
	var cs C.PyCriticalSection
	C.PyCriticalSection_Begin(&cs, other)
	it := getItem(l, 0) // want `lockeditem.getItem returns a borrowed reference \(the result of C.PyList_GetItem\) another thread can free`
	C.Py_IncRef(it)
	C.PyCriticalSection_End(&cs)
	use(it)
}

// Helpers calls the C helpers: the one that takes its reference inside the
// section is silent.
func Helpers(l *C.PyObject) {
	C.Py_DecRef(C.item_ref(l, 0))
	C.Py_DecRef(C.item_late(l, 0)) // want `C helper item_late calls PyList_GetItem, whose borrowed reference another thread can free before the helper is done with it`
}
