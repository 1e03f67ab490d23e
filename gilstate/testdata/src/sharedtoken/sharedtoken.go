// Package sharedtoken holds lock types shaped like idiomatic bindings
// (qur/gopy): Lock attaches, Unlock releases. Storing the Ensure token in
// a field of a lock that several callers share lets a second Lock
// overwrite the first token before its Release; the silent twins keep the
// token per call, or serialize Lock..Unlock with a mutex.
package sharedtoken

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

import (
	"runtime"
	"sync"
)

// GIL is the package's one lock.
type GIL struct{ state C.PyGILState_STATE }

func (g *GIL) Lock() {
	runtime.LockOSThread()
	g.state = C.PyGILState_Ensure() // want `PyGILState_Ensure's token stored in g.state: a second Lock on the shared gil overwrites it before the Release`
}

func (g *GIL) Unlock() {
	C.PyGILState_Release(g.state)
	runtime.UnlockOSThread()
}

var gil GIL

// Call may run on many goroutines at once: each Lock overwrites the token.
func Call(fn *C.PyObject) {
	gil.Lock()
	defer gil.Unlock()
	C.Py_DecRef(C.PyObject_CallNoArgs(fn))
}

// current is a global token: every Attach shares it.
var current C.PyGILState_STATE

func Attach() {
	runtime.LockOSThread()
	current = C.PyGILState_Ensure() // want `PyGILState_Ensure's token stored in the global current: a second Ensure overwrites it`
}

func Detach() {
	C.PyGILState_Release(current)
	runtime.UnlockOSThread()
}

// Lock is made per call: nobody else reaches its token.
type Lock struct{ state C.PyGILState_STATE }

func NewLock() *Lock {
	runtime.LockOSThread()
	l := &Lock{}
	l.state = C.PyGILState_Ensure() // silent: a struct this call made
	return l
}

func (l *Lock) Unlock() {
	C.PyGILState_Release(l.state)
	runtime.UnlockOSThread()
}

// Local uses a GIL of its own per call.
func Local(fn *C.PyObject) { // silent
	var g GIL
	g.Lock()
	C.Py_DecRef(C.PyObject_CallNoArgs(fn))
	g.Unlock()
}

// MutexGIL serializes Lock..Unlock: the mutex stays held in between.
type MutexGIL struct {
	mu    sync.Mutex
	state C.PyGILState_STATE
}

func (g *MutexGIL) Lock() {
	g.mu.Lock()
	runtime.LockOSThread()
	g.state = C.PyGILState_Ensure() // silent: under g.mu, which Unlock releases
}

func (g *MutexGIL) Unlock() {
	C.PyGILState_Release(g.state)
	runtime.UnlockOSThread()
	g.mu.Unlock()
}

// Interp holds the shared locks of an embedding.
type Interp struct {
	serial MutexGIL
	held   FlagGIL
}

func (in *Interp) Run(fn *C.PyObject) { // silent: the mutex guards the token
	in.serial.Lock()
	defer in.serial.Unlock()
	C.Py_DecRef(C.PyObject_CallNoArgs(fn))
}

func (in *Interp) Nested(fn *C.PyObject) { // silent: the flag guards the token
	in.held.Lock()
	defer in.held.Unlock()
	C.Py_DecRef(C.PyObject_CallNoArgs(fn))
}

// FlagGIL attaches only when it does not hold the thread state already.
type FlagGIL struct {
	held  bool
	state C.PyGILState_STATE
}

func (g *FlagGIL) Lock() {
	if !g.held {
		runtime.LockOSThread()
		g.state = C.PyGILState_Ensure() // silent: guarded by g.held
		g.held = true
	}
}

func (g *FlagGIL) Unlock() {
	if g.held {
		g.held = false
		C.PyGILState_Release(g.state)
		runtime.UnlockOSThread()
	}
}
