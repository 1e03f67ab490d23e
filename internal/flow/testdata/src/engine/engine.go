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

func ensure() C.PyGILState_STATE { // want ensure:`flow\{attaches needslock\(PyGILState_Ensure\) returnstoken\}`
	return C.PyGILState_Ensure()
}

func release(st C.PyGILState_STATE) { // want release:`flow\{releases\(1\)\}`
	C.PyGILState_Release(st)
}

func acquire() func() { // want acquire:`flow\{attaches needslock\(PyGILState_Ensure\) releasefunc\{releases\}\}`
	st := C.PyGILState_Ensure()
	return func() { C.PyGILState_Release(st) }
}

func sleepy() { // want sleepy:`flow\{blocks\(time.Sleep\)\}`
	time.Sleep(time.Second)
}

func indirect() { // want indirect:`flow\{blocks\(engine.sleepy → time.Sleep\)\}`
	sleepy()
}

func decref(o *C.PyObject) { // want decref:`flow\{needsts\(Py_DecRef\)\}`
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

func pinned() { // want pinned:`flow\{locks\}`
	runtime.LockOSThread()
}

func detach() *C.PyThreadState { // want detach:`flow\{detaches needslock\(PyEval_SaveThread\) returnssaved\}`
	return C.PyEval_SaveThread()
}

func withLock(mu *sync.Mutex) { // want withLock:`flow\{blocks\(sync.\(\*Mutex\).Lock\)\}`
	mu.Lock()
	mu.Unlock()
}

func useAll() {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	rel := acquire()
	defer rel()
	st := ensure()
	release(st)
	var g GIL
	g.Lock()
	g.Unlock()
}
