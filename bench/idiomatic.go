package main

import (
	"fmt"
	"strings"
)

// The idiomatic binding shape (qur/gopy): a Lock type whose methods
// Ensure and Release the thread state, Go types with methods over Python
// objects, a registry of Go values guarded by a sync.Mutex, and callbacks
// registered as method values.

const idiomaticHead = `// Package py is a synthetic idiomatic Python binding.
package py

/*
#cgo pkg-config: python3-embed
#include <Python.h>
#include <stdlib.h>

` + compat + `
static PyObject *py_tuple1(PyObject *o) { return PyTuple_Pack(1, o); }
static int py_check_list(PyObject *o) { return PyList_Check(o); }
*/
import "C"

import (
	"errors"
	"runtime"
	"sync"
	"unsafe"
)

var errPython = errors.New("python error")

// Lock holds the thread state: NewLock locks the goroutine to its thread
// and attaches it; Unlock releases both.
type Lock struct{ st C.PyGILState_STATE }

func NewLock() *Lock {
	runtime.LockOSThread()
	return &Lock{st: C.PyGILState_Ensure()}
}

func (l *Lock) Unlock() {
	C.PyGILState_Release(l.st)
	runtime.UnlockOSThread()
}

// UnLock detaches the thread state around Go code that does not need it.
type UnLock struct{ ts *C.PyThreadState }

func NewUnLock() *UnLock { return &UnLock{ts: C.PyEval_SaveThread()} }

func (u *UnLock) Restore() { C.PyEval_RestoreThread(u.ts) }

// Object is a Python object with a Go type.
type Object interface{ Base() *BaseObject }

// BaseObject holds a strong reference.
type BaseObject struct{ o *C.PyObject }

func (b *BaseObject) Base() *BaseObject { return b }

// Decref drops the reference.
func (b *BaseObject) Decref() { C.Py_DecRef(b.o) }

// registry maps Python objects to the Go values that wrap them.
var registry = struct {
	sync.Mutex
	m map[*C.PyObject]Object
}{m: map[*C.PyObject]Object{}}

func register(o *C.PyObject, g Object) {
	registry.Lock()
	registry.m[o] = g
	registry.Unlock()
}

func lookup(o *C.PyObject) (Object, bool) {
	registry.Lock()
	defer registry.Unlock()
	g, ok := registry.m[o]
	return g, ok
}

// Callback is a Go function Python calls.
type Callback func(args *BaseObject) (*BaseObject, error)

var callbacks = struct {
	sync.RWMutex
	m map[string]Callback
}{m: map[string]Callback{}}

// Register makes fn callable from Python by name.
func Register(name string, fn Callback) {
	callbacks.Lock()
	callbacks.m[name] = fn
	callbacks.Unlock()
}

func wrap(o *C.PyObject) (*BaseObject, error) {
	if o == nil {
		return nil, errPython
	}
	if g, ok := lookup(o); ok {
		return g.Base(), nil
	}
	b := &BaseObject{o: o}
	register(o, b)
	return b, nil
}

`

// idiomaticPkg writes the binding: per type, a Go type over a Python list
// with eight methods.
func idiomaticPkg(types int) (string, int) {
	var b strings.Builder
	b.WriteString(idiomaticHead)
	calls := 0
	for i := range types {
		fmt.Fprintf(&b, `// List%[1]d is a Python list.
type List%[1]d struct{ BaseObject }

// NewList%[1]d makes an empty list.
func NewList%[1]d() (*List%[1]d, error) {
	o := C.PyList_New(0)
	if o == nil {
		return nil, errPython
	}
	l := &List%[1]d{BaseObject{o}}
	register(o, l)
	return l, nil
}

// Len is the list's length.
func (l *List%[1]d) Len() int { return int(C.PyList_Size(l.o)) }

// Get returns item i as a new reference.
func (l *List%[1]d) Get(i int) (*BaseObject, error) {
	return wrap(C.PyList_GetItemRef(l.o, C.Py_ssize_t(i)))
}

// Append appends o.
func (l *List%[1]d) Append(o Object) error {
	if C.PyList_Append(l.o, o.Base().o) != 0 {
		return errPython
	}
	return nil
}

// Sum adds the items, reading them under a critical section (whose
// struct C keeps, so it lives in C memory).
func (l *List%[1]d) Sum() int {
	cs := (*C.PyCriticalSection)(C.malloc(C.sizeof_PyCriticalSection))
	defer C.free(unsafe.Pointer(cs))
	C.PyCriticalSection_Begin(cs, l.o)
	defer C.PyCriticalSection_End(cs)
	n := int(C.PyList_Size(l.o))
	total := 0
	for i := 0; i < n; i++ {
		total += int(C.PyLong_AsLong(C.PyList_GetItem(l.o, C.Py_ssize_t(i))))
	}
	return total + %[1]d
}

// Tuple packs the list into a one-item tuple.
func (l *List%[1]d) Tuple() (*BaseObject, error) { return wrap(C.py_tuple1(l.o)) }

// IsList checks the type.
func (l *List%[1]d) IsList() bool { return C.py_check_list(l.o) != 0 }

// Each calls fn for each item with the thread state held.
func (l *List%[1]d) Each(fn func(*BaseObject) error) error {
	lock := NewLock()
	defer lock.Unlock()
	for i := 0; i < l.Len(); i++ {
		item, err := l.Get(i)
		if err != nil {
			return err
		}
		err = fn(item)
		item.Decref()
		if err != nil {
			return err
		}
	}
	return nil
}

// Handle%[1]d is a callback registered as a method value.
func (l *List%[1]d) Handle%[1]d(args *BaseObject) (*BaseObject, error) {
	if err := l.Append(args); err != nil {
		return nil, err
	}
	return &l.BaseObject, nil
}

// Wait%[1]d waits for a Go result with the thread state released.
func (l *List%[1]d) Wait%[1]d(ch <-chan int) int {
	n := l.Len()
	u := NewUnLock()
	defer u.Restore()
	return <-ch + n
}

func init() { Register("handle%[1]d", (&List%[1]d{}).Handle%[1]d) }

`, i)
		calls += 14
	}
	return b.String(), calls
}

// idiomaticApp uses the idiomatic binding from goroutines.
func idiomaticApp(module string, types int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "// Package app uses the idiomatic binding.\npackage app\n\nimport (\n\t\"sync\"\n\n\tpy %q\n)\n\n", module+"/py")
	for i := range types {
		fmt.Fprintf(&b, `// Fill%[1]d fills a list from worker goroutines.
func Fill%[1]d(items []*py.BaseObject) (int, error) {
	var wg sync.WaitGroup
	l, err := py.NewList%[1]d()
	if err != nil {
		return 0, err
	}
	for _, it := range items {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lock := py.NewLock()
			defer lock.Unlock()
			l.Append(it)
		}()
	}
	wg.Wait()
	lock := py.NewLock()
	defer lock.Unlock()
	return l.Sum(), nil
}

`, i)
	}
	return b.String()
}
