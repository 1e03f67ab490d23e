// Package a holds gilstate's flagged cases and their silent look-alikes.
package a

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

import (
	"errors"
	"runtime"
)

var errPython = errors.New("python error")

// --- Ensure without Release on some path.

func earlyReturn(fn *C.PyObject) error {
	st := C.PyGILState_Ensure() /* related ret1 */ // want `PyGILState_Ensure without PyGILState_Release on some path`
	if C.PyObject_CallNoArgs(fn) == nil {
		return errPython /* ret1 */
	}
	C.PyGILState_Release(st)
	return nil
}

func deferred(fn *C.PyObject) error { // silent: deferred Release covers every path
	st := C.PyGILState_Ensure()
	defer C.PyGILState_Release(st)
	if C.PyObject_CallNoArgs(fn) == nil {
		return errPython
	}
	return nil
}

func deferredClosure(fn *C.PyObject) { // silent: Release in a deferred closure
	st := C.PyGILState_Ensure()
	defer func() {
		C.PyGILState_Release(st)
	}()
	C.PyObject_CallNoArgs(fn)
}

func discarded() {
	C.PyGILState_Ensure() // want `the token PyGILState_Ensure returns is discarded and never released; keep it and defer C\.PyGILState_Release\(st\)`
}

func panics(fn *C.PyObject) { // silent: a panic path is not a return
	st := C.PyGILState_Ensure()
	if fn == nil {
		panic("nil")
	}
	C.PyGILState_Release(st)
}

func gotoPath(n int) { // silent: goto joins the release
	st := C.PyGILState_Ensure()
	if n > 0 {
		goto out
	}
	n++
out:
	C.PyGILState_Release(st)
}

// --- Ensure in a loop.

func loopOK(items []*C.PyObject) { // silent: each iteration balances
	for _, it := range items {
		st := C.PyGILState_Ensure()
		C.Py_DecRef(it)
		C.PyGILState_Release(st)
	}
}

func loopLeak(items []*C.PyObject) {
	var st C.PyGILState_STATE
	for _, it := range items {
		st = C.PyGILState_Ensure() // want `PyGILState_Ensure again while st holds the previous token on some path: that one is lost; call PyGILState_Release first`
		C.Py_DecRef(it)
	}
	C.PyGILState_Release(st)
}

// --- Release twice; Release of a value not from Ensure.

func twice() {
	st := C.PyGILState_Ensure() /* twice1 */
	C.PyGILState_Release(st)
	C.PyGILState_Release(st) /* related twice1 */ // want `PyGILState_Release\(st\) twice: the token is already released; release it once`
}

func twiceDeferred() {
	st := C.PyGILState_Ensure()
	defer C.PyGILState_Release(st) // want `PyGILState_Release\(st\) twice`
	C.PyGILState_Release(st)
}

func notFromEnsure() {
	var st C.PyGILState_STATE
	C.PyGILState_Release(st) // want `PyGILState_Release\(st\), but st never held a token; pass the one PyGILState_Ensure returned`
}

func constant() {
	C.PyGILState_Release(C.PyGILState_UNLOCKED) // want `PyGILState_Release of a constant, not a token; pass the one PyGILState_Ensure returned`
}

func fromParam(st C.PyGILState_STATE) { // silent: the caller's token
	C.PyGILState_Release(st)
}

// --- SaveThread without RestoreThread.

func saveLeak(slow bool) {
	ts := C.PyEval_SaveThread() // want `PyEval_SaveThread without PyEval_RestoreThread on some path`
	if slow {
		return
	}
	C.PyEval_RestoreThread(ts)
}

func saveOK() { // silent
	ts := C.PyEval_SaveThread()
	defer C.PyEval_RestoreThread(ts)
	work()
}

func work() {}

// --- C API calls while detached.

func afterSave(o *C.PyObject) {
	ts := C.PyEval_SaveThread() /* save1 */
	C.Py_DecRef(o)              /* related save1 */ // want `C\.Py_DecRef with no thread state attached \(since PyEval_SaveThread\); call it while attached`
	C.PyEval_RestoreThread(ts)
}

func afterRelease(o *C.PyObject) {
	st := C.PyGILState_Ensure()
	C.PyGILState_Release(st) /* rel2 */
	C.Py_DecRef(o)           /* related rel2 */ // want `C\.Py_DecRef with no thread state attached \(since PyGILState_Release\)`
}

func rawMemDetached() { // silent: PyMem_RawMalloc needs no thread state
	ts := C.PyEval_SaveThread()
	p := C.PyMem_RawMalloc(16)
	C.PyMem_RawFree(p)
	C.PyEval_RestoreThread(ts)
}

func goroutineStart(o *C.PyObject) {
	go func() {
		C.Py_DecRef(o) // want `C.Py_DecRef with no thread state attached \(since the start of the goroutine\)`
	}()
	go func() { // silent: Ensure first
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		st := C.PyGILState_Ensure()
		defer C.PyGILState_Release(st)
		C.Py_DecRef(o)
	}()
}

func decref(o *C.PyObject) { C.Py_DecRef(o) }

func helperDetached(o *C.PyObject) {
	ts := C.PyEval_SaveThread()
	decref(o) // want `a\.decref calls the C API \(Py_DecRef\) with no thread state attached \(since PyEval_SaveThread\); call it while attached`
	C.PyEval_RestoreThread(ts)
}

func unknownEntry(o *C.PyObject) { // silent: the caller's thread state
	C.Py_DecRef(o)
}

// --- Pairs split across helpers, methods and returned closures.

func ensure() C.PyGILState_STATE    { return C.PyGILState_Ensure() }
func release(st C.PyGILState_STATE) { C.PyGILState_Release(st) }

func helpers() { // silent
	st := ensure()
	defer release(st)
	C.Py_DecRef(nil)
}

func helpersLeak(ok bool) {
	st := ensure() // want `a\.ensure without PyGILState_Release on some path; defer C\.PyGILState_Release right after it`
	if ok {
		release(st)
	}
}

func helpersTwice() {
	st := ensure()
	release(st)
	release(st) // want `a\.release\(st\) releases a token already released; release it once`
}

type GIL struct{ st C.PyGILState_STATE }

func (g *GIL) Lock()   { g.st = C.PyGILState_Ensure() }
func (g *GIL) Unlock() { C.PyGILState_Release(g.st) }

func methods(o *C.PyObject) { // silent
	var g GIL
	g.Lock()
	C.Py_DecRef(o)
	g.Unlock()
}

func acquire() func() {
	st := C.PyGILState_Ensure()
	return func() { C.PyGILState_Release(st) }
}

func closureOK(o *C.PyObject) { // silent
	release := acquire()
	defer release()
	C.Py_DecRef(o)
}

func closureLeak(o *C.PyObject) {
	release := acquire() // want `the release func a\.acquire returns is not called on some path; defer it: release := acquire\(\); defer release\(\)`
	if o == nil {
		return
	}
	release()
}

func closureTwice() {
	release := acquire()
	release()
	release() // want `release\(\) called twice: it already gave back what a\.acquire took; call it once`
}

// --- A worker goroutine locked for its whole life keeps its thread state.

func startWorker(tasks <-chan *C.PyObject) {
	go func() { // silent: takes the thread state once, detaches between tasks
		runtime.LockOSThread() // never unlocked: the thread ends with the goroutine
		C.PyGILState_Ensure()
		ts := C.PyEval_SaveThread()
		for o := range tasks {
			C.PyEval_RestoreThread(ts)
			C.Py_DecRef(o)
			ts = C.PyEval_SaveThread()
		}
		C.PyEval_RestoreThread(ts)
	}()
}

// --- A discarded SaveThread given back through another handle.

func otherHandle() { // silent
	ts := C.PyThreadState_Get()
	C.PyEval_SaveThread()
	work()
	C.PyEval_RestoreThread(ts)
}

func discardedSave() {
	C.PyEval_SaveThread() // want `PyEval_SaveThread without PyEval_RestoreThread`
	work()
}
