// Package idiom is shaped like the idiomatic bindings (qur/gopy): an object
// registry and type caches guarded by sync.Mutex. A Go mutex whose holders
// only touch Go data cannot deadlock with an attached thread state: silent.
// One whose holder attaches (or calls something that does) while holding
// it can: each thread waits for the other.
package idiom

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

import (
	"runtime"
	"sync"
)

// registry maps ids to Python objects; mu guards a few lines of pure Go.
type registry struct {
	mu   sync.Mutex
	objs map[int]*C.PyObject
	next int
}

var reg = registry{objs: map[int]*C.PyObject{}}

// Register stores o.
func Register(o *C.PyObject) int {
	reg.mu.Lock()
	defer reg.mu.Unlock()
	reg.next++
	reg.objs[reg.next] = o
	return reg.next
}

// Lookup finds the object registered as id.
func Lookup(id int) *C.PyObject {
	reg.mu.Lock()
	defer reg.mu.Unlock()
	return reg.objs[id]
}

// table embeds its mutex; the type is the package's own.
type table struct {
	sync.Mutex
	names map[string]int
}

var tbl = table{names: map[string]int{}}

// Call runs the registered object: the registry's and the table's holders
// never wait for a thread state, so locking them attached is silent.
func Call(id int) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	st := C.PyGILState_Ensure()
	defer C.PyGILState_Release(st)
	o := Lookup(id)
	C.PyObject_CallNoArgs(o)
	reg.mu.Lock()
	delete(reg.objs, id)
	reg.mu.Unlock()
	tbl.Lock()
	tbl.names["call"]++
	tbl.Unlock()
}

// cache holds imported modules; its holder imports under the mutex.
type cache struct {
	mu      sync.Mutex
	modules map[string]*C.PyObject
}

var modules = cache{modules: map[string]*C.PyObject{}}

func load(name string, cname *C.char) *C.PyObject {
	modules.mu.Lock() /* lock1 */
	defer modules.mu.Unlock()
	if m, ok := modules.modules[name]; ok {
		return m
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	st := C.PyGILState_Ensure() /* held1 */
	defer C.PyGILState_Release(st)
	m := C.PyImport_ImportModule(cname)
	modules.modules[name] = m
	return m
}

// Reload locks the cache attached: its holder in load waits to attach
// while holding it.
func Reload(name string, cname *C.char) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	st := C.PyGILState_Ensure()
	defer C.PyGILState_Release(st)
	modules.mu.Lock() /* related held1 */ // want `sync\.\(\*Mutex\)\.Lock of cache\.mu while attached; cache\.mu is held elsewhere while attaching: deadlock`
	delete(modules.modules, name)
	modules.mu.Unlock()
	load(name, cname) /* related lock1 */ // want `idiom\.load \(which blocks in sync\.\(\*Mutex\)\.Lock\) while a thread state is attached`
}

// withGIL runs f attached.
func withGIL(f func()) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	st := C.PyGILState_Ensure()
	defer C.PyGILState_Release(st)
	f()
}

// pool's holder calls a function that attaches.
type pool struct {
	mu sync.Mutex
	n  int
}

var workers pool

func (p *pool) grow() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.n++
	withGIL(func() {}) /* held2 */
}

// Grow adds a worker.
func Grow() { workers.grow() }

func (p *pool) size() int {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	st := C.PyGILState_Ensure()
	defer C.PyGILState_Release(st)
	p.mu.Lock() /* related held2 */ // want `sync\.\(\*Mutex\)\.Lock of pool\.mu while attached; pool\.mu is held elsewhere while attaching: deadlock`
	defer p.mu.Unlock()
	return p.n
}

// Shared is exported: code this package cannot see may hold it while
// attaching.
var Shared sync.Mutex

func useShared() {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	st := C.PyGILState_Ensure()
	defer C.PyGILState_Release(st)
	Shared.Lock() // want `sync\.\(\*Mutex\)\.Lock while a thread state is attached`
	Shared.Unlock()
}

// names is a package variable of an unnamed struct type; its holders only
// touch Go data.
var names struct {
	mu sync.Mutex
	m  map[string]int
}

func countName(n string) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	st := C.PyGILState_Ensure()
	defer C.PyGILState_Release(st)
	names.mu.Lock() // silent
	names.m[n]++
	names.mu.Unlock()
}

// objects is a package variable of an unnamed struct type that embeds its
// mutex (qur/gopy's object registry); its holders only touch Go data.
var objects = struct {
	sync.Mutex
	m map[*C.PyObject]int
}{m: map[*C.PyObject]int{}}

func track(o *C.PyObject) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	st := C.PyGILState_Ensure()
	defer C.PyGILState_Release(st)
	objects.Lock() // silent
	objects.m[o]++
	objects.Unlock()
}

// types embeds its mutex too, and one of its holders attaches.
var types = struct {
	sync.Mutex
	m map[string]*C.PyObject
}{m: map[string]*C.PyObject{}}

func typeOf(name *C.char) *C.PyObject {
	types.Lock()
	defer types.Unlock()
	st := C.PyGILState_Ensure() /* held3 */
	defer C.PyGILState_Release(st)
	return C.PyImport_ImportModule(name)
}

func cachedType(name string) *C.PyObject {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	st := C.PyGILState_Ensure()
	defer C.PyGILState_Release(st)
	types.Lock() /* related held3 */ // want `sync\.\(\*Mutex\)\.Lock of types while attached; types is held elsewhere while attaching: deadlock`
	defer types.Unlock()
	return types.m[name]
}
