// Package entries holds code that starts on a goroutine of its own, with
// no thread state attached: a finalizer, a timer callback, an HTTP
// handler, a test. A C API call there needs an Ensure first; the silent
// twins attach properly, or only queue the work for a goroutine that is
// attached.
package entries

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

import (
	"net/http"
	"runtime"
	"testing"
	"time"
)

// NewList and DecRef wrap the C API for the package's tests (test files
// cannot use cgo); their callers attach.
func NewList() *C.PyObject          { return C.PyList_New(0) }
func DecRef(o *C.PyObject)          { C.Py_DecRef(o) }
func Ensure() C.PyGILState_STATE    { return C.PyGILState_Ensure() }
func Release(st C.PyGILState_STATE) { C.PyGILState_Release(st) }

// Object owns a reference.
type Object struct{ o *C.PyObject }

func NewObject() *Object {
	obj := &Object{o: NewList()}
	runtime.SetFinalizer(obj, func(obj *Object) {
		C.Py_DecRef(obj.o) // want `C.Py_DecRef with no thread state attached \(since the start of the runtime.SetFinalizer callback`
	})
	return obj
}

func NewAttachedObject() *Object {
	obj := &Object{o: NewList()}
	runtime.SetFinalizer(obj, func(obj *Object) { // silent: attaches first
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		st := C.PyGILState_Ensure()
		C.Py_DecRef(obj.o)
		C.PyGILState_Release(st)
	})
	return obj
}

// pending is drained by a goroutine that is attached.
var pending = make(chan *C.PyObject, 64)

func NewQueuedObject() *Object {
	obj := &Object{o: NewList()}
	runtime.SetFinalizer(obj, func(obj *Object) { pending <- obj.o }) // silent: only queues
	return obj
}

// release is a named finalizer.
func release(obj *Object) {
	DecRef(obj.o) // want `entries.DecRef calls the C API \(Py_DecRef\) with no thread state attached \(since the start of the runtime.SetFinalizer callback`
}

func NewReleasedObject() *Object {
	obj := &Object{o: NewList()}
	runtime.SetFinalizer(obj, release)
	return obj
}

func Expire(o *C.PyObject) {
	time.AfterFunc(time.Minute, func() {
		C.Py_DecRef(o) // want `C.Py_DecRef with no thread state attached \(since the start of the time.AfterFunc callback`
	})
}

// Handler calls into Python per request.
type Handler struct{ fn *C.PyObject }

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	res := C.PyObject_CallNoArgs(h.fn) // silent: ServeHTTP is exported, its direct callers may be attached
	C.Py_DecRef(res)
}

func serve(w http.ResponseWriter, r *http.Request) {
	C.PyGC_Collect() // want `C.PyGC_Collect with no thread state attached \(since the start of the http.HandleFunc callback`
}

func Serve() { http.HandleFunc("/gc", serve) }

// Helper is a test helper: its t.Run body starts detached.
func Helper(t *testing.T, o *C.PyObject) {
	t.Run("decref", func(t *testing.T) {
		C.Py_DecRef(o) // want `C.Py_DecRef with no thread state attached \(since the start of the test`
	})
	t.Run("attached", func(t *testing.T) { // silent
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		st := C.PyGILState_Ensure()
		defer C.PyGILState_Release(st)
		C.Py_DecRef(o)
	})
}
