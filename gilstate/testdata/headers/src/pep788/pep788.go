// Package pep788 runs Python callbacks from Go worker goroutines with the
// Python 3.15 thread-state API (PEP 788): a view of the interpreter taken
// at start-up, PyThreadState_EnsureFromView per call, or a guard that keeps
// the interpreter alive across a batch. Type-checked against the real 3.15
// headers (checktest.Headers); no #cgo pkg-config line, whose flags would
// come before CGO_CFLAGS.
package pep788

/*
#include <Python.h>

#if PY_VERSION_HEX < 0x030F0000
#error "pep788 wants the Python 3.15 headers (CGO_CFLAGS from checktest.Headers)"
#endif
*/
import "C"

import (
	"errors"
	"runtime"
)

var errGone = errors.New("interpreter is gone")

// Runtime is the embedding: the view is taken once, attached, and closed
// at shutdown.
type Runtime struct {
	view *C.PyInterpreterView
}

// Start keeps a view of the current interpreter (stored: closed by Close).
func Start() *Runtime {
	return &Runtime{view: C.PyInterpreterView_FromCurrent()}
}

func (r *Runtime) Close() { C.PyInterpreterView_Close(r.view) }

// ---- silent: the PEP 788 shapes the documentation shows ----

// Call attaches through the view for one call.
func (r *Runtime) Call(fn *C.PyObject) error {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	tok := C.PyThreadState_EnsureFromView(r.view)
	if tok == nil {
		return errGone // nothing to release: Ensure failed
	}
	defer C.PyThreadState_Release(tok)
	C.Py_DecRef(C.PyObject_CallNoArgs(fn))
	return nil
}

// Batch keeps the interpreter alive with a guard across several calls.
func (r *Runtime) Batch(fns []*C.PyObject) error {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	g := C.PyInterpreterGuard_FromView(r.view)
	if g == nil {
		return errGone
	}
	defer C.PyInterpreterGuard_Close(g)
	for _, fn := range fns {
		tok := C.PyThreadState_Ensure(g)
		if tok == nil {
			return errGone
		}
		C.Py_DecRef(C.PyObject_CallNoArgs(fn))
		C.PyThreadState_Release(tok)
	}
	return nil
}

// Maybe releases only where Ensure succeeded.
func (r *Runtime) Maybe(fn *C.PyObject) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	if tok := C.PyThreadState_EnsureFromView(r.view); tok != nil {
		C.Py_DecRef(C.PyObject_CallNoArgs(fn))
		C.PyThreadState_Release(tok)
	}
}

// NewGuard hands its guard to the caller, who closes it.
func NewGuard() *C.PyInterpreterGuard { return C.PyInterpreterGuard_FromCurrent() }

// MainView is stored by the caller.
func MainView(r *Runtime) { r.view = C.PyInterpreterView_FromMain() }

// ---- flagged ----

func LeakOnError(r *Runtime, fn *C.PyObject) error {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	tok := C.PyThreadState_EnsureFromView(r.view) // want `PyThreadState_EnsureFromView without PyThreadState_Release on some path`
	if tok == nil {
		return errGone
	}
	res := C.PyObject_CallNoArgs(fn)
	if res == nil {
		return errGone // still attached
	}
	C.Py_DecRef(res)
	C.PyThreadState_Release(tok)
	return nil
}

func ReleaseTwice(r *Runtime) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	tok := C.PyThreadState_EnsureFromView(r.view) /* ensure1 */
	if tok == nil {
		return
	}
	C.PyThreadState_Release(tok)
	C.PyThreadState_Release(tok) /* related ensure1 */ // want `^PyThreadState_Release\(tok\) twice: the token is already released; release it once$`
}

// UseAfterRelease names the release it detached at, not PyGILState's.
func UseAfterRelease(r *Runtime, o *C.PyObject) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	tok := C.PyThreadState_EnsureFromView(r.view)
	if tok == nil {
		return
	}
	C.PyThreadState_Release(tok) /* release1 */
	C.Py_DecRef(o)               /* related release1 */ // want `C\.Py_DecRef with no thread state attached \(since PyThreadState_Release\); call it while attached`
}

func GuardLeak(r *Runtime, fn *C.PyObject) error {
	g := C.PyInterpreterGuard_FromView(r.view) // want `interpreter guard from PyInterpreterGuard_FromView not closed on some path: its interpreter cannot finalize; defer C\.PyInterpreterGuard_Close after the NULL check`
	if g == nil {
		return errGone
	}
	if fn == nil {
		return errGone // the guard stays open
	}
	C.PyInterpreterGuard_Close(g)
	return nil
}

func ViewLeak() *C.PyObject {
	v := C.PyInterpreterView_FromCurrent() // want `interpreter view from PyInterpreterView_FromCurrent not closed on some path: it leaks; defer C.PyInterpreterView_Close`
	if v == nil {
		return nil
	}
	return C.PyLong_FromLong(1)
}

func GuardDiscarded() {
	C.PyInterpreterGuard_FromCurrent() // want `the interpreter guard PyInterpreterGuard_FromCurrent returns is discarded, so it is never closed`
}

func CloseWhileAttached(r *Runtime, fn *C.PyObject) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	g := C.PyInterpreterGuard_FromView(r.view)
	if g == nil {
		return
	}
	tok := C.PyThreadState_Ensure(g)
	if tok == nil {
		C.PyInterpreterGuard_Close(g)
		return
	}
	C.Py_DecRef(C.PyObject_CallNoArgs(fn))
	C.PyInterpreterGuard_Close(g) // want `PyInterpreterGuard_Close\(g\) while the thread state PyThreadState_Ensure attached through it is live`
	C.PyThreadState_Release(tok)
}

func CloseTwice(r *Runtime) {
	g := C.PyInterpreterGuard_FromView(r.view)
	if g == nil {
		return
	}
	C.PyInterpreterGuard_Close(g)
	C.PyInterpreterGuard_Close(g) // want `PyInterpreterGuard_Close\(g\) closes it a second time`
}
