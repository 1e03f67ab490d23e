// Package idiom is shaped like the idiomatic bindings (qur/gopy): a Lock
// type whose Lock attaches only when it does not hold the thread state
// already, and whose Unlock gives it back only when it does. At their
// callers the thread state is then unknown, and nothing is reported on it.
package idiom

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

import "runtime"

// Lock holds a thread state for its goroutine.
type Lock struct {
	state C.PyGILState_STATE
	held  bool
}

// Lock attaches, unless this Lock already holds the thread state.
func (g *Lock) Lock() {
	if g.held {
		return
	}
	runtime.LockOSThread()
	g.state = C.PyGILState_Ensure()
	g.held = true
}

// Unlock gives the thread state back, if this Lock holds it.
func (g *Lock) Unlock() {
	if !g.held {
		return
	}
	C.PyGILState_Release(g.state)
	g.held = false
	runtime.UnlockOSThread()
}

// IncRef takes a reference with the thread state attached.
func IncRef(g *Lock, o *C.PyObject) {
	g.Lock()
	defer g.Unlock()
	C.Py_IncRef(o)
}

// Unlocked: after an Unlock that may not have released anything, the
// state is unknown: silent.
func Unlocked(g *Lock, o *C.PyObject) {
	g.Lock()
	C.Py_IncRef(o)
	g.Unlock()
	C.Py_DecRef(o) // silent: Unlock releases only when g held the thread state
}

// Worker: a new goroutine starts detached; Lock attaches there (g is new),
// but the flow only knows it attaches on some path: silent after it, and
// flagged before it.
func Worker(o *C.PyObject) {
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		C.Py_IncRef(o) // want `C\.Py_IncRef with no thread state attached \(a new goroutine starts with none\)|C\.Py_IncRef with no thread state attached \(since the start of the goroutine\)`
		var g Lock
		g.Lock()
		C.Py_DecRef(o) // silent: Lock may have attached
		g.Unlock()
	}()
}

// strict attaches and detaches on every path.
type strict struct{ state C.PyGILState_STATE }

func (g *strict) lock()   { g.state = C.PyGILState_Ensure() }
func (g *strict) unlock() { C.PyGILState_Release(g.state) }

// StrictUnlocked: after an unlock that releases on every path the caller's
// state is back: detached in a new goroutine.
func StrictUnlocked(o *C.PyObject) {
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		var g strict
		g.lock()
		C.Py_IncRef(o)
		g.unlock()     /* released1 */
		C.Py_DecRef(o) /* related released1 */ // want `C\.Py_DecRef with no thread state attached \(since idiom\.\(\*strict\)\.unlock\)`
	}()
}

// Acquire attaches and returns the func that gives the thread state back.
func Acquire() func() {
	runtime.LockOSThread()
	st := C.PyGILState_Ensure()
	return func() {
		C.PyGILState_Release(st)
		runtime.UnlockOSThread()
	}
}

// Deferred defers the returned func: silent.
func Deferred(o *C.PyObject) {
	defer Acquire()()
	C.Py_IncRef(o)
}

// AtOnce calls it at once: silent.
func AtOnce() {
	Acquire()()
}

// Dropped drops it: the thread state stays attached.
func Dropped(o *C.PyObject) {
	Acquire() // want `the release func idiom\.Acquire returns is not called`
	C.Py_IncRef(o)
}
