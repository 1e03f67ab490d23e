// Package gopy is shaped like the idiomatic bindings (qur/gopy): objects
// with methods, a Lock type (NewLock attaches and locks the goroutine to its
// thread, Unlock gives both back), an object registry guarded by a
// sync.Mutex whose holders touch only Go data, a module cache whose holder
// imports (attaches) under its mutex, an object lock that begins a critical
// section and returns the func that ends it, and a borrowed item getter.
// The binding raises nothing in any check; the packages beside it are its
// users, one per check, with the flagged and silent twins.
package gopy

/*
#cgo pkg-config: python3-embed
#include <stdlib.h>
#include <Python.h>

#if PY_VERSION_HEX < 0x030D0000
typedef struct { uintptr_t _cs_prev; void *_cs_mutex; } PyCriticalSection;
void PyCriticalSection_Begin(PyCriticalSection *c, PyObject *op);
void PyCriticalSection_End(PyCriticalSection *c);
PyObject *PyList_GetItemRef(PyObject *list, Py_ssize_t index);
#endif
*/
import "C"

import (
	"runtime"
	"sync"
	"unsafe"
)

// Object is a Python object: the C struct itself, as qur/gopy's
// BaseObject is.
type Object C.PyObject

func wrap(o *C.PyObject) *Object { return (*Object)(unsafe.Pointer(o)) }
func (o *Object) c() *C.PyObject { return (*C.PyObject)(unsafe.Pointer(o)) }

// Lock holds the thread state of its goroutine.
type Lock struct {
	state C.PyGILState_STATE
}

// NewLock locks the goroutine to its thread and attaches.
func NewLock() *Lock {
	runtime.LockOSThread()
	return &Lock{state: C.PyGILState_Ensure()}
}

// Unlock detaches and unlocks the goroutine.
func (l *Lock) Unlock() {
	C.PyGILState_Release(l.state)
	runtime.UnlockOSThread()
}

// IncRef takes a reference: the caller must be attached.
func (o *Object) IncRef() { C.Py_IncRef(o.c()) }

// DecRef releases one: the caller must be attached.
func (o *Object) DecRef() { C.Py_DecRef(o.c()) }

// registry maps ids to objects; mu guards a few lines of pure Go.
type registry struct {
	mu   sync.Mutex
	objs map[int]*Object
	next int
}

var reg = registry{objs: map[int]*Object{}}

// Register stores o and returns its id.
func Register(o *Object) int {
	reg.mu.Lock()
	defer reg.mu.Unlock()
	reg.next++
	reg.objs[reg.next] = o
	return reg.next
}

// Lookup finds the object registered as id.
func Lookup(id int) *Object {
	reg.mu.Lock()
	defer reg.mu.Unlock()
	return reg.objs[id]
}

// cache holds imported modules; its holder imports under the mutex.
type cache struct {
	mu      sync.Mutex
	modules map[string]*Object
}

var modules = cache{modules: map[string]*Object{}}

// Import imports a module once, attaching under the cache's mutex: called
// detached.
func Import(name string) *Object {
	modules.mu.Lock()
	defer modules.mu.Unlock()
	if m, ok := modules.modules[name]; ok {
		return m
	}
	lock := NewLock()
	defer lock.Unlock()
	cname := C.CString(name)
	defer C.free(unsafe.Pointer(cname))
	m := wrap(C.PyImport_ImportModule(cname))
	modules.modules[name] = m
	return m
}

// Forget drops a module from the cache.
func Forget(name string) {
	modules.mu.Lock()
	defer modules.mu.Unlock()
	delete(modules.modules, name)
}

// Lock begins a critical section on o and returns the func that ends it.
// Its struct is in C memory: C keeps it from Begin to End.
func (o *Object) Lock() func() {
	cs := (*C.PyCriticalSection)(C.malloc(C.sizeof_PyCriticalSection))
	C.PyCriticalSection_Begin(cs, o.c())
	return func() {
		C.PyCriticalSection_End(cs)
		C.free(unsafe.Pointer(cs))
	}
}

// Item returns item i of a list, borrowed: a wrapper of PyList_GetItem.
func (o *Object) Item(i int) *Object {
	return wrap(C.PyList_GetItem(o.c(), C.Py_ssize_t(i)))
}

// ItemRef returns item i of a list with a reference of its own.
func (o *Object) ItemRef(i int) *Object {
	return wrap(C.PyList_GetItemRef(o.c(), C.Py_ssize_t(i)))
}

// Len returns the length of a list.
func (o *Object) Len() int { return int(C.PyList_Size(o.c())) }
