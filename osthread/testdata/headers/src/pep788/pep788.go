// Package pep788 runs Python work from goroutines with the Python 3.15
// thread-state API (PEP 788), checked against the real 3.15 headers:
// PyThreadState_Ensure and PyThreadState_EnsureFromView attach a thread
// state to the calling OS thread like PyGILState_Ensure, so the goroutine
// must be locked to it.
package pep788

/*
#include <Python.h>

#if PY_VERSION_HEX < 0x030F0000
#error "pep788 wants the Python 3.15 headers (CGO_CFLAGS from checktest.Headers)"
#endif
*/
import "C"

import "runtime"

// Pool runs Python callables on worker goroutines.
type Pool struct {
	view *C.PyInterpreterView
	jobs chan *C.PyObject
}

// Start is flagged: the worker attaches without locking its OS thread.
func (p *Pool) Start() {
	go func() {
		for fn := range p.jobs {
			tok := C.PyThreadState_EnsureFromView(p.view) // want `PyThreadState_EnsureFromView on a new goroutine not locked to its OS thread`
			if tok == nil {
				return
			}
			C.Py_DecRef(C.PyObject_CallNoArgs(fn))
			C.PyThreadState_Release(tok)
		}
	}()
}

// StartLocked is silent: the worker is locked for its whole life.
func (p *Pool) StartLocked() {
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		for fn := range p.jobs {
			tok := C.PyThreadState_EnsureFromView(p.view)
			if tok == nil {
				return
			}
			C.Py_DecRef(C.PyObject_CallNoArgs(fn))
			C.PyThreadState_Release(tok)
		}
	}()
}

// WithGuard is silent: whether its callers' goroutines are locked is
// theirs to show (a caller in sight is checked at its call).
func WithGuard(g *C.PyInterpreterGuard, fn *C.PyObject) {
	tok := C.PyThreadState_Ensure(g)
	if tok == nil {
		return
	}
	C.Py_DecRef(C.PyObject_CallNoArgs(fn))
	C.PyThreadState_Release(tok)
}

// Spawn is flagged at the go statement's call of WithGuard.
func Spawn(g *C.PyInterpreterGuard, fn *C.PyObject) {
	go WithGuard(g, fn) // want `pep788\.WithGuard \(which calls PyThreadState_Ensure\) on a new goroutine`
}

// Views and guards are not tied to a thread: closing one anywhere is fine.
func (p *Pool) Close() {
	go C.PyInterpreterView_Close(p.view)
}
