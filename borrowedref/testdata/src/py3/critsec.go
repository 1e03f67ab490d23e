package py3

/*
#include <Python.h>
#include <stdlib.h>

#if PY_VERSION_HEX < 0x030D0000
typedef struct { uintptr_t _cs_prev; void *_cs_mutex; } PyCriticalSection;
void PyCriticalSection_Begin(PyCriticalSection *c, PyObject *op);
void PyCriticalSection_End(PyCriticalSection *c);
#endif
*/
import "C"

// CriticalSection locks one object; its struct lives in C memory.
type CriticalSection struct{ cs *C.PyCriticalSection }

// NewCriticalSection allocates a section.
func NewCriticalSection() *CriticalSection {
	return &CriticalSection{(*C.PyCriticalSection)(C.malloc(C.sizeof_PyCriticalSection))}
}

// Begin locks o.
func (s *CriticalSection) Begin(o *PyObject) { C.PyCriticalSection_Begin(s.cs, toc(o)) }

// End unlocks it.
func (s *CriticalSection) End() { C.PyCriticalSection_End(s.cs) }
