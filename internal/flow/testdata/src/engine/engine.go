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

func Ensure() C.PyGILState_STATE { // want Ensure:`flow\{attaches needslock\(PyGILState_Ensure\) returnstoken\}`
	return C.PyGILState_Ensure()
}

func Release(st C.PyGILState_STATE) { // want Release:`flow\{releases\(1\)\}`
	C.PyGILState_Release(st)
}

func Acquire() func() { // want Acquire:`flow\{attaches needslock\(PyGILState_Ensure\) releasefunc\{releases\}\}`
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

func (g *GIL) Lock() { // want Lock:`flow\{attaches needslock\(PyGILState_Ensure\)\}`
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
