// Package iface attaches through an interface. Every implementation of
// the unexported locker attaches, so calling Lock on a goroutine that is
// not locked to its OS thread is the hazard; the exported Locker can be
// implemented out of sight: silent.
package iface

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

import "runtime"

type locker interface {
	Lock()
	Unlock()
}

// gil is the one implementation: Lock attaches, Unlock releases.
type gil struct{ st C.PyGILState_STATE }

func (g *gil) Lock()   { g.st = C.PyGILState_Ensure() }
func (g *gil) Unlock() { C.PyGILState_Release(g.st) }

func Spawn(fn *C.PyObject) {
	go func() {
		var l locker = &gil{}
		l.Lock() // want `iface.locker.Lock \(which calls PyGILState_Ensure\) on a new goroutine not locked to its OS thread`
		C.Py_DecRef(C.PyObject_CallNoArgs(fn))
		l.Unlock()
	}()
	go func() { // silent: locked first
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		var l locker = &gil{}
		l.Lock()
		C.Py_DecRef(C.PyObject_CallNoArgs(fn))
		l.Unlock()
	}()
}

// Locker can be implemented by code pyvet cannot see.
type Locker interface {
	Lock()
	Unlock()
}

func SpawnExported(l Locker, fn *C.PyObject) {
	go func() { // silent: implementations out of sight
		l.Lock()
		C.Py_DecRef(C.PyObject_CallNoArgs(fn))
		l.Unlock()
	}()
}
