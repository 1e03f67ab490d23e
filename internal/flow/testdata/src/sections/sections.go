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

func balanced(cs *C.PyCriticalSection, o *C.PyObject) { // want balanced:`flow\{begins\(PyCriticalSection_Begin\) needsts`
	C.PyCriticalSection_Begin(cs, o)
	C.PyCriticalSection_End(cs)
}

func lockIt(cs *C.PyCriticalSection, o *C.PyObject) { // want lockIt:`flow\{sections\(\+1 PyCriticalSection_Begin\) begins\(PyCriticalSection_Begin\) needsts`
	C.PyCriticalSection_Begin(cs, o)
}

func unlockIt(cs *C.PyCriticalSection) { // want unlockIt:`flow\{sections\(-1 \) needsts`
	C.PyCriticalSection_End(cs)
}

func viaGo(cs *C.PyCriticalSection, o *C.PyObject) { // want viaGo:`flow\{begins\(sections.balanced → PyCriticalSection_Begin\) needsts`
	balanced(cs, o)
}

func viaHelper(o *C.PyObject) { // want viaHelper:`flow\{begins\(C.used → Py_BEGIN_CRITICAL_SECTION\)\}`
	C.used(o)
}

func helperPair(o *C.PyObject) { // want helperPair:`flow\{begins\(C.lock_it → PyCriticalSection_Begin\)\}`
	C.lock_it(o)
	C.unlock_it()
}

func helperOpen(o *C.PyObject) { // want helperOpen:`flow\{sections\(\+1 lock_it\) begins\(C.lock_it → PyCriticalSection_Begin\)\}`
	C.lock_it(o)
}

// converted: the End names the struct through a conversion; still the same.
func converted(o *C.PyObject) { // want converted:`flow\{begins\(PyCriticalSection2_Begin\) needsts\(PyCriticalSection2_Begin\)\}`
	var cs C.PyCriticalSection2
	C.PyCriticalSection2_Begin(&cs, o, o)
	C.PyCriticalSection2_End((*C.PyCriticalSection2)(unsafe.Pointer(&cs)))
}
