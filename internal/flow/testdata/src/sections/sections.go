// Package sections exercises the engine's critical-section summaries:
// Begins (balanced or not), net open and closed sections, C helpers that
// open or use a section, and Begin/End matched through conversions.
package sections

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

static void used(PyObject *o) {
	Py_BEGIN_CRITICAL_SECTION(o);
	Py_END_CRITICAL_SECTION();
}
static PyCriticalSection held;
static void lock_it(PyObject *o) { PyCriticalSection_Begin(&held, o); }
static void unlock_it(void) { PyCriticalSection_End(&held); }
*/
import "C"

import "unsafe"

func Balanced(cs *C.PyCriticalSection, o *C.PyObject) { // want Balanced:`flow\{begins\(PyCriticalSection_Begin\) needsts`
	C.PyCriticalSection_Begin(cs, o)
	C.PyCriticalSection_End(cs)
}

func LockIt(cs *C.PyCriticalSection, o *C.PyObject) { // want LockIt:`flow\{sections\(\+1 PyCriticalSection_Begin\) begins\(PyCriticalSection_Begin\) needsts`
	C.PyCriticalSection_Begin(cs, o)
}

func UnlockIt(cs *C.PyCriticalSection) { // want UnlockIt:`flow\{sections\(-1 \) needsts`
	C.PyCriticalSection_End(cs)
}

func ViaGo(cs *C.PyCriticalSection, o *C.PyObject) { // want ViaGo:`flow\{begins\(sections.Balanced → PyCriticalSection_Begin\) needsts`
	Balanced(cs, o)
}

func ViaHelper(o *C.PyObject) { // want ViaHelper:`flow\{begins\(C.used → Py_BEGIN_CRITICAL_SECTION\)\}`
	C.used(o)
}

func HelperPair(o *C.PyObject) { // want HelperPair:`flow\{begins\(C.lock_it → PyCriticalSection_Begin\)\}`
	C.lock_it(o)
	C.unlock_it()
}

func HelperOpen(o *C.PyObject) { // want HelperOpen:`flow\{sections\(\+1 lock_it\) begins\(C.lock_it → PyCriticalSection_Begin\)\}`
	C.lock_it(o)
}

// Converted: the End names the struct through a conversion; still the same.
func Converted(o *C.PyObject) { // want Converted:`flow\{begins\(PyCriticalSection2_Begin\) needsts\(PyCriticalSection2_Begin\)\}`
	var cs C.PyCriticalSection2
	C.PyCriticalSection2_Begin(&cs, o, o)
	C.PyCriticalSection2_End((*C.PyCriticalSection2)(unsafe.Pointer(&cs)))
}
