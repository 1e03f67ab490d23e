// Package iface calls through interfaces. An unexported interface gets its
// values from types pyvet can see: when every implementation blocks, the
// call blocks. One implementation that does not, or an exported interface
// that code out of sight can implement, leaves the call unknown: silent.
package iface

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

import "time"

// waiter has two implementations, both blocking.
type waiter interface{ wait() }

type chanWaiter struct{ ch chan int }

func (w chanWaiter) wait() { <-w.ch }

type sleepWaiter struct{ d time.Duration }

func (w *sleepWaiter) wait() { time.Sleep(w.d) }

func Attached(ch chan int, fn *C.PyObject) {
	var w waiter = chanWaiter{ch}
	if ch == nil {
		w = &sleepWaiter{time.Millisecond}
	}
	st := C.PyGILState_Ensure()
	C.Py_DecRef(C.PyObject_CallNoArgs(fn))
	w.wait() // want `iface.waiter.wait \(which blocks in (channel receive|time.Sleep)\) while a thread state is attached`
	C.PyGILState_Release(st)
}

func Detached(w waiter, fn *C.PyObject) { // silent: detached around the wait
	st := C.PyGILState_Ensure()
	C.Py_DecRef(C.PyObject_CallNoArgs(fn))
	ts := C.PyEval_SaveThread()
	w.wait()
	C.PyEval_RestoreThread(ts)
	C.PyGILState_Release(st)
}

// source has one implementation that blocks and one that does not.
type source interface{ next() int }

type chanSource struct{ ch chan int }

func (s chanSource) next() int { return <-s.ch }

type sliceSource struct {
	items []int
	i     int
}

func (s *sliceSource) next() int { s.i++; return s.items[s.i-1] }

func Mixed(s source, fn *C.PyObject) int { // silent: sliceSource does not block
	st := C.PyGILState_Ensure()
	defer C.PyGILState_Release(st)
	C.Py_DecRef(C.PyObject_CallNoArgs(fn))
	return s.next()
}

// Waiter is exported: another package can implement it without blocking.
type Waiter interface{ Wait() }

type chanWait struct{ ch chan int }

func (w chanWait) Wait() { <-w.ch }

func Exported(w Waiter, fn *C.PyObject) { // silent: implementations out of sight
	st := C.PyGILState_Ensure()
	C.Py_DecRef(C.PyObject_CallNoArgs(fn))
	w.Wait()
	C.PyGILState_Release(st)
}
