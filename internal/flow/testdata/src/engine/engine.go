// Package engine exercises the flow engine's summaries.
package engine

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

import (
	"runtime"
	"sync"
	"time"
)

func Ensure() C.PyGILState_STATE { // want Ensure:`flow\{attaches attaching\(C\.PyGILState_Ensure\) needslock\(PyGILState_Ensure\) returnstoken\}`
	return C.PyGILState_Ensure()
}

func Release(st C.PyGILState_STATE) { // want Release:`flow\{releases\(1\)\}`
	C.PyGILState_Release(st)
}

func Acquire() func() { // want Acquire:`flow\{attaches attaching\(C\.PyGILState_Ensure\) needslock\(PyGILState_Ensure\) releasefunc\{releases\}\}`
	st := C.PyGILState_Ensure()
	return func() { C.PyGILState_Release(st) }
}

func Sleepy() { // want Sleepy:`flow\{blocks\(time.Sleep\)\}`
	time.Sleep(time.Second)
}

func Indirect() { // want Indirect:`flow\{blocks\(engine.Sleepy → time.Sleep\)\}`
	Sleepy()
}

func Decref(o *C.PyObject) { // want Decref:`flow\{needsts\(Py_DecRef\)\}`
	C.Py_DecRef(o)
}

type GIL struct{ st C.PyGILState_STATE }

func (g *GIL) Lock() { // want Lock:`flow\{attaches attaching\(C\.PyGILState_Ensure\) needslock\(PyGILState_Ensure\)\}`
	g.st = C.PyGILState_Ensure()
}

func (g *GIL) Unlock() { // want Unlock:`flow\{releases\}`
	C.PyGILState_Release(g.st)
}

func balanced() {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	st := C.PyGILState_Ensure()
	defer C.PyGILState_Release(st)
	C.Py_DecRef(nil)
}

func Pinned() { // want Pinned:`flow\{locks\}`
	runtime.LockOSThread()
}

func Detach() *C.PyThreadState { // want Detach:`flow\{detaches needslock\(PyEval_SaveThread\) returnssaved\}`
	return C.PyEval_SaveThread()
}

func WithLock(mu *sync.Mutex) { // want WithLock:`flow\{blocks\(sync.\(\*Mutex\).Lock\)\}`
	mu.Lock()
	mu.Unlock()
}

func useAll() {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	rel := Acquire()
	defer rel()
	st := Ensure()
	Release(st)
	var g GIL
	g.Lock()
	g.Unlock()
}

// HeldGIL attaches unless it already holds the thread state.
type HeldGIL struct {
	st   C.PyGILState_STATE
	held bool
}

func (g *HeldGIL) Lock() { // want Lock:`flow\{attaches-some attaching\(C\.PyGILState_Ensure\) needslock\(PyGILState_Ensure\)\}`
	if g.held {
		return
	}
	g.st = C.PyGILState_Ensure()
	g.held = true
}

func (g *HeldGIL) Unlock() { // want Unlock:`flow\{releases-some\}`
	if !g.held {
		return
	}
	C.PyGILState_Release(g.st)
	g.held = false
}

// Start initializes Python: callers start with the main thread state.
func Start() { // want Start:`flow\{attaches attaching\(C\.Py_Initialize\) needslock\(Py_Initialize\) inits\}`
	C.Py_Initialize()
}

// Stop ends it, and with it every thread state.
func Stop() { // want Stop:`flow\{detaches finalizes\}`
	C.Py_FinalizeEx()
}

// RunOn restores the state it is given and saves it again: no net effect.
func RunOn(ts *C.PyThreadState) { // want RunOn:`flow\{attaching\(C\.PyEval_RestoreThread\) needslock\(PyEval_RestoreThread\) restores\(1\)\}`
	C.PyEval_RestoreThread(ts)
	C.Py_DecRef(nil)
	C.PyEval_SaveThread()
}

type registry struct {
	mu sync.Mutex
	n  int
}

var reg registry

// Count locks a mutex whose holders never attach: not blocking.
func Count() int { // want Count:`flow\{mutex\(engine\.registry\.mu\)\}`
	reg.mu.Lock()
	defer reg.mu.Unlock()
	return reg.n
}
