// Package chelper calls C helpers of its own preamble that use a critical
// section inside, or open and close one.
package chelper

/*
#cgo pkg-config: python3-embed
#include <Python.h>

#if PY_VERSION_HEX < 0x030D0000
typedef struct { uintptr_t _cs_prev; void *_cs_mutex; } PyCriticalSection;
void PyCriticalSection_Begin(PyCriticalSection *c, PyObject *op);
void PyCriticalSection_End(PyCriticalSection *c);
#endif
#ifndef Py_BEGIN_CRITICAL_SECTION
#define Py_BEGIN_CRITICAL_SECTION(op) {
#define Py_END_CRITICAL_SECTION() }
#endif

static Py_ssize_t count_locked(PyObject *d) {
	Py_ssize_t pos = 0, n = 0;
	PyObject *k, *v;
	Py_BEGIN_CRITICAL_SECTION(d);
	while (PyDict_Next(d, &pos, &k, &v)) n++;
	Py_END_CRITICAL_SECTION();
	return n;
}

static PyCriticalSection held;
static void lock_it(PyObject *o) { PyCriticalSection_Begin(&held, o); }
static void unlock_it(void) { PyCriticalSection_End(&held); }
static Py_ssize_t plain(PyObject *d) { return PyDict_Size(d); }
*/
import "C"

func Nested(cs *C.PyCriticalSection, o, d *C.PyObject) C.Py_ssize_t {
	C.PyCriticalSection_Begin(cs, o)
	defer C.PyCriticalSection_End(cs)
	return C.count_locked(d) // want `C helper count_locked begins a critical section inside the section on o, which it can suspend; end that section before the call`
}

// Outside any section, and a plain helper inside one. Silent.
func Outside(cs *C.PyCriticalSection, o, d *C.PyObject) C.Py_ssize_t {
	n := C.count_locked(d)
	C.PyCriticalSection_Begin(cs, o)
	n += C.plain(d)
	C.PyCriticalSection_End(cs)
	return n
}

// The C helper pair, balanced. Silent.
func Pair(o *C.PyObject) {
	C.lock_it(o)
	C.PyList_Append(o, o)
	C.unlock_it()
}

func PairNested(cs *C.PyCriticalSection, o, d *C.PyObject) {
	C.lock_it(o)
	C.PyCriticalSection_Begin(cs, d) // want `C\.PyCriticalSection_Begin on d inside the section C helper lock_it left open, which it can suspend; end the outer section first`
	C.PyCriticalSection_End(cs)
	C.unlock_it()
}

func PairOpen(o *C.PyObject, fail bool) {
	C.lock_it(o) // want `C helper lock_it leaves a critical section open that is not ended on some path; defer the call that ends it right after this one`
	if fail {
		return
	}
	C.unlock_it()
}
