// Package entries holds code that starts where no locked caller can be
// seen: finalizers, timers, HTTP handlers, funcs a go statement hands
// over, funcs stored in fields or registered for later, tests. Each needs
// its own runtime.LockOSThread before a thread-state call; the silent
// twins lock first, or only queue work for a locked goroutine.
package entries

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

import (
	"context"
	"net/http"
	"runtime"
	"sync"
	"testing"
	"time"
)

// Ensure and Release wrap the C API for the package's tests (test files
// cannot use cgo); their callers lock.
func Ensure() C.PyGILState_STATE           { return C.PyGILState_Ensure() }
func Release(st C.PyGILState_STATE)        { C.PyGILState_Release(st) }
func decref(o *C.PyObject)                 { C.Py_DecRef(o) }
func newList() *C.PyObject                 { return C.PyList_New(0) }
func callNoArgs(o *C.PyObject) *C.PyObject { return C.PyObject_CallNoArgs(o) }

// Object owns a reference; finalizers give it back.
type Object struct{ o *C.PyObject }

func NewObject() *Object {
	obj := &Object{o: newList()}
	runtime.SetFinalizer(obj, func(obj *Object) {
		st := C.PyGILState_Ensure() // want `PyGILState_Ensure in a callback of runtime.SetFinalizer, which runs on a goroutine not locked to an OS thread`
		C.Py_DecRef(obj.o)
		C.PyGILState_Release(st)
	})
	return obj
}

func NewLockedObject() *Object {
	obj := &Object{o: newList()}
	runtime.SetFinalizer(obj, func(obj *Object) { // silent: locks, attaches, releases
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		st := C.PyGILState_Ensure()
		C.Py_DecRef(obj.o)
		C.PyGILState_Release(st)
	})
	return obj
}

// decrefs feeds a goroutine locked for its whole life.
var decrefs = make(chan *C.PyObject, 64)

func NewQueuedObject() *Object {
	obj := &Object{o: newList()}
	runtime.SetFinalizer(obj, func(obj *Object) { decrefs <- obj.o }) // silent: only queues
	return obj
}

func init() {
	go func() {
		runtime.LockOSThread()
		C.PyGILState_Ensure()
		ts := C.PyEval_SaveThread()
		for o := range decrefs {
			C.PyEval_RestoreThread(ts)
			C.Py_DecRef(o)
			ts = C.PyEval_SaveThread()
		}
		C.PyEval_RestoreThread(ts)
	}()
}

// free is a named finalizer: the package never calls it.
func free(obj *Object) {
	st := C.PyGILState_Ensure() // want `PyGILState_Ensure in a callback of runtime.SetFinalizer`
	C.Py_DecRef(obj.o)
	C.PyGILState_Release(st)
}

func NewFreedObject() *Object {
	obj := &Object{o: newList()}
	runtime.SetFinalizer(obj, free)
	return obj
}

func Later(o *C.PyObject) {
	time.AfterFunc(time.Second, func() {
		st := C.PyGILState_Ensure() // want `PyGILState_Ensure in a callback of time.AfterFunc`
		callNoArgs(o)
		C.PyGILState_Release(st)
	})
	stop := context.AfterFunc(context.Background(), func() {
		runtime.LockOSThread() // silent
		defer runtime.UnlockOSThread()
		st := C.PyGILState_Ensure()
		callNoArgs(o)
		C.PyGILState_Release(st)
	})
	defer stop()
}

// Handler serves requests: net/http calls ServeHTTP on a goroutine per
// request.
type Handler struct{ fn *C.PyObject }

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	st := C.PyGILState_Ensure() // want `PyGILState_Ensure in a callback of net/http`
	callNoArgs(h.fn)
	C.PyGILState_Release(st)
}

// LockedHandler locks first.
type LockedHandler struct{ fn *C.PyObject }

func (h *LockedHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) { // silent
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	st := C.PyGILState_Ensure()
	callNoArgs(h.fn)
	C.PyGILState_Release(st)
}

func handle(w http.ResponseWriter, r *http.Request) {
	st := C.PyGILState_Ensure() // want `PyGILState_Ensure in a callback of http.HandleFunc`
	C.PyGILState_Release(st)
}

func Serve(mux *http.ServeMux) {
	mux.HandleFunc("/a", handle)
	http.HandleFunc("/b", func(w http.ResponseWriter, r *http.Request) {
		ts := C.PyGILState_Ensure() // want `PyGILState_Ensure in a callback of http.HandleFunc`
		C.PyGILState_Release(ts)
	})
	http.Handle("/c", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ts := C.PyGILState_Ensure() // want `PyGILState_Ensure in a callback of http.HandlerFunc`
		C.PyGILState_Release(ts)
	}))
}

// run is what a go statement runs: it calls f as the new goroutine is.
func run(ctx context.Context, f func()) {
	if ctx.Err() == nil {
		f()
	}
}

// runLocked locks the goroutine before it calls f.
func runLocked(f func()) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	f()
}

func Spawn(ctx context.Context, o *C.PyObject) {
	go run(ctx, func() {
		st := C.PyGILState_Ensure() // want `PyGILState_Ensure in a func that go run\(…\) runs on a new goroutine`
		callNoArgs(o)
		C.PyGILState_Release(st)
	})
	go runLocked(func() { // silent: runLocked locks first
		st := C.PyGILState_Ensure()
		callNoArgs(o)
		C.PyGILState_Release(st)
	})
}

// Pool runs work on goroutines sync.WaitGroup.Go starts.
func Pool(o *C.PyObject) {
	var wg sync.WaitGroup
	wg.Go(func() {
		st := C.PyGILState_Ensure() // want `PyGILState_Ensure in a callback of sync.WaitGroup.Go`
		callNoArgs(o)
		C.PyGILState_Release(st)
	})
	wg.Go(func() { // silent
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		st := C.PyGILState_Ensure()
		callNoArgs(o)
		C.PyGILState_Release(st)
	})
	wg.Wait()
}

// Options is shaped like a desktop framework's app options: the framework
// calls the hooks, out of sight.
type Options struct {
	OnStartup  func(ctx context.Context)
	OnShutdown func(ctx context.Context)
}

type App struct{ main *C.PyObject }

func (a *App) startup(ctx context.Context) {
	st := C.PyGILState_Ensure() // want `PyGILState_Ensure in \(\*App\).startup, stored in field OnStartup for callers pyvet cannot see`
	callNoArgs(a.main)
	C.PyGILState_Release(st)
}

func (a *App) shutdown(ctx context.Context) { // silent: locks itself
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	st := C.PyGILState_Ensure()
	callNoArgs(a.main)
	C.PyGILState_Release(st)
}

func (a *App) Options() *Options {
	return &Options{OnStartup: a.startup, OnShutdown: a.shutdown}
}

// callbacks is a registry; Register keeps what it is given, and the
// package never calls it: whoever does is out of sight.
var callbacks = map[string]func(){}

func Register(name string, f func()) { callbacks[name] = f }

func Callbacks() map[string]func() { return callbacks }

func (a *App) reload() {
	st := C.PyGILState_Ensure() // want `PyGILState_Ensure in \(\*App\).reload, registered with Register for callers pyvet cannot see`
	callNoArgs(a.main)
	C.PyGILState_Release(st)
}

func (a *App) Setup() {
	Register("reload", a.reload)
	Register("gc", func() {
		runtime.LockOSThread() // silent
		defer runtime.UnlockOSThread()
		st := C.PyGILState_Ensure()
		C.PyGC_Collect()
		C.PyGILState_Release(st)
	})
}

// hooks are called by the package itself, with its callers' lock.
type hooks struct{ before func() }

func (a *App) withHooks() {
	h := hooks{before: func() { // silent: called below, where the lock is in sight
		st := C.PyGILState_Ensure()
		C.PyGILState_Release(st)
	}}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	h.before()
}

// RunWithPython is a test helper: t.Run runs each body on a goroutine of
// its own, so the caller's lock does not carry over.
func RunWithPython(t *testing.T, name string, f func(*testing.T)) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	t.Run(name, func(t *testing.T) {
		st := C.PyGILState_Ensure() // want `PyGILState_Ensure in a test, which runs on a goroutine of its own`
		defer C.PyGILState_Release(st)
		f(t)
	})
	t.Run(name+"/locked", func(t *testing.T) { // silent
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		st := C.PyGILState_Ensure()
		defer C.PyGILState_Release(st)
		f(t)
	})
}

// Fuzz runs a fuzz target: each input on a goroutine of its own.
func Fuzz(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		st := C.PyGILState_Ensure() // want `PyGILState_Ensure in a test`
		C.PyGILState_Release(st)
	})
}
