// Package a holds critsecnest's flagged forms and their silent
// look-alikes, one function each.
package a

/*
#cgo pkg-config: python3-embed
#include <stdlib.h>
#include <Python.h>

#if PY_VERSION_HEX < 0x030D0000
typedef struct { uintptr_t _cs_prev; void *_cs_mutex; } PyCriticalSection;
typedef struct { PyCriticalSection _cs_base; void *_cs_mutex2; } PyCriticalSection2;
void PyCriticalSection_Begin(PyCriticalSection *c, PyObject *op);
void PyCriticalSection_End(PyCriticalSection *c);
void PyCriticalSection2_Begin(PyCriticalSection2 *c, PyObject *a, PyObject *b);
void PyCriticalSection2_End(PyCriticalSection2 *c);
#endif
*/
import "C"

import (
	"errors"
	"runtime"
	"unsafe"
)

var errEmpty = errors.New("empty")

// ---- 1. nesting ----

func Nested(ca, cb *C.PyCriticalSection, a, b *C.PyObject) {
	C.PyCriticalSection_Begin(ca, a) /* outer1 */
	C.PyCriticalSection_Begin(cb, b) /* related outer1 */ // want `C\.PyCriticalSection_Begin on b inside the section on a, which it can suspend; lock both with C\.PyCriticalSection2_Begin\(&cs, a, b\)`
	C.PyList_Append(a, b)
	C.PyCriticalSection_End(cb)
	C.PyCriticalSection_End(ca)
}

func NestedMaybe(ca, cb *C.PyCriticalSection, a, b *C.PyObject, lock bool) {
	if lock {
		C.PyCriticalSection_Begin(ca, a)
		defer C.PyCriticalSection_End(ca)
	}
	C.PyCriticalSection_Begin(cb, b) // want `C\.PyCriticalSection_Begin on b inside the section on a \(open on some path\), which it can suspend; lock both with C\.PyCriticalSection2_Begin\(&cs, a, b\)`
	C.PyCriticalSection_End(cb)
}

func NestedInTwo(ca *C.PyCriticalSection2, cc *C.PyCriticalSection, a, b, c *C.PyObject) {
	C.PyCriticalSection2_Begin(ca, a, b)
	C.PyCriticalSection_Begin(cc, c) // want `C\.PyCriticalSection_Begin on c inside the section on a and b, which it can suspend; no call locks three objects: end the outer section first`
	C.PyCriticalSection_End(cc)
	C.PyCriticalSection2_End(ca)
}

// sectionOn is a Go function that uses a section inside (balanced).
func sectionOn(cs *C.PyCriticalSection, o *C.PyObject) {
	C.PyCriticalSection_Begin(cs, o)
	C.PyList_Append(o, o)
	C.PyCriticalSection_End(cs)
}

// viaCallee nests through a Go function.
func viaCallee(cs, other *C.PyCriticalSection, a, b *C.PyObject) {
	C.PyCriticalSection_Begin(cs, a)
	sectionOn(other, b) // want `a\.sectionOn begins a critical section inside the section on a, which it can suspend; end that section before the call`
	C.PyCriticalSection_End(cs)
}

// SameObject: nesting on the same object keeps it locked. Silent.
func SameObject(ca, cb *C.PyCriticalSection, a *C.PyObject) {
	C.PyCriticalSection_Begin(ca, a)
	C.PyCriticalSection_Begin(cb, a)
	C.PyCriticalSection_End(cb)
	C.PyCriticalSection_End(ca)
}

// Sequential sections on one struct. Silent.
func Sequential(cs *C.PyCriticalSection, a, b *C.PyObject) {
	C.PyCriticalSection_Begin(cs, a)
	C.PyList_Append(a, a)
	C.PyCriticalSection_End(cs)
	C.PyCriticalSection_Begin(cs, b)
	C.PyList_Append(b, b)
	C.PyCriticalSection_End(cs)
}

// InLoop: one struct, one section per iteration. Silent.
func InLoop(cs *C.PyCriticalSection, objs []*C.PyObject) {
	for _, o := range objs {
		C.PyCriticalSection_Begin(cs, o)
		C.PyList_Append(o, o)
		C.PyCriticalSection_End(cs)
	}
}

// Two: PyCriticalSection2 over both objects. Silent.
func Two(cs *C.PyCriticalSection2, a, b *C.PyObject) {
	C.PyCriticalSection2_Begin(cs, a, b)
	C.PyList_Append(a, b)
	C.PyCriticalSection2_End(cs)
}

// ---- 2. balance ----

func EarlyReturn(cs *C.PyCriticalSection, o *C.PyObject) error {
	C.PyCriticalSection_Begin(cs, o) /* related ret2 */ // want `C\.PyCriticalSection_Begin on o is not ended on some path; defer its End right after the Begin`
	if C.PyObject_Length(o) == 0 {
		return errEmpty /* ret2 */
	}
	C.PyCriticalSection_End(cs)
	return nil
}

// Deferred End. Silent.
func Deferred(cs *C.PyCriticalSection, o *C.PyObject) error {
	C.PyCriticalSection_Begin(cs, o)
	defer C.PyCriticalSection_End(cs)
	if C.PyObject_Length(o) == 0 {
		return errEmpty
	}
	return nil
}

// DeferredClosure: End in a deferred func literal. Silent.
func DeferredClosure(cs *C.PyCriticalSection, o *C.PyObject) {
	C.PyCriticalSection_Begin(cs, o)
	defer func() { C.PyCriticalSection_End(cs) }()
	C.PyList_Append(o, o)
}

func Twice(cs *C.PyCriticalSection, o *C.PyObject) {
	C.PyCriticalSection_Begin(cs, o)
	C.PyCriticalSection_End(cs)
	C.PyCriticalSection_End(cs) // want `C\.PyCriticalSection_End\(cs\) ends a section already ended on a path to here; end each section once`
}

func TwiceSomePath(cs *C.PyCriticalSection, o *C.PyObject, early bool) {
	C.PyCriticalSection_Begin(cs, o)
	if early {
		C.PyCriticalSection_End(cs)
	}
	C.PyCriticalSection_End(cs) // want `C\.PyCriticalSection_End\(cs\) may end its section twice: it was already ended on some path to here; end it once on every path`
}

// Correlated: begun and ended under the same condition. Silent.
func Correlated(cs *C.PyCriticalSection, o *C.PyObject, lock bool) {
	if lock {
		C.PyCriticalSection_Begin(cs, o)
	}
	C.PyList_Append(o, o)
	if lock {
		C.PyCriticalSection_End(cs)
	}
}

func OutOfOrder(ca, cb *C.PyCriticalSection, a *C.PyObject) {
	C.PyCriticalSection_Begin(ca, a)
	C.PyCriticalSection_Begin(cb, a)
	C.PyCriticalSection_End(ca) // want `C\.PyCriticalSection_End\(ca\) while the section on a, begun after it, is still open: sections end innermost first; end cb first`
	C.PyCriticalSection_End(cb)
}

func WrongEnd(cs *C.PyCriticalSection, o *C.PyObject) {
	C.PyCriticalSection_Begin(cs, o)
	C.PyCriticalSection2_End((*C.PyCriticalSection2)(unsafe.Pointer(cs))) // want `C\.PyCriticalSection2_End ends the one-object section begun with PyCriticalSection_Begin; call C\.PyCriticalSection_End`
}

func WrongEnd2(cs *C.PyCriticalSection2, a, b *C.PyObject) {
	C.PyCriticalSection2_Begin(cs, a, b)
	C.PyCriticalSection_End((*C.PyCriticalSection)(unsafe.Pointer(cs))) // want `C\.PyCriticalSection_End ends the two-object section begun with PyCriticalSection2_Begin; call C\.PyCriticalSection2_End`
}

func BegunAgain(cs *C.PyCriticalSection, a, b *C.PyObject) {
	C.PyCriticalSection_Begin(cs, a)
	C.PyCriticalSection_Begin(cs, b) // want `C\.PyCriticalSection_Begin on cs while its section is still open; end that section first, or use a second struct`
	C.PyCriticalSection_End(cs)
	C.PyCriticalSection_End(cs)
}

func LoopNoEnd(cs *C.PyCriticalSection, objs []*C.PyObject) {
	for _, o := range objs {
		C.PyCriticalSection_Begin(cs, o) // want `C\.PyCriticalSection_Begin on cs again while the previous pass's section on it is open on some path; end that section first, or use a second struct` `C\.PyCriticalSection_Begin on o is not ended on some path; defer its End right after the Begin`
	}
}

func EndWithoutBegin(o *C.PyObject) {
	cs := (*C.PyCriticalSection)(C.calloc(1, C.sizeof_PyCriticalSection))
	defer C.free(unsafe.Pointer(cs))
	var local C.PyCriticalSection
	C.PyCriticalSection_End(&local) // want `C\.PyCriticalSection_End\(&local\) with no section begun on &local on this path`
	C.PyCriticalSection_Begin(cs, o)
	C.PyCriticalSection_End(cs)
}

//export exported
func exported(o *C.PyObject) {
	cs := (*C.PyCriticalSection)(C.malloc(C.sizeof_PyCriticalSection))
	C.PyCriticalSection_Begin(cs, o) // want `C\.PyCriticalSection_Begin on o is still open when the //export function returns to C`
}

// lockDict and unlockDict are a helper pair: silent, and balanced callers
// are silent too.
func lockDict(cs *C.PyCriticalSection, d *C.PyObject) {
	C.PyCriticalSection_Begin(cs, d)
}

func unlockDict(cs *C.PyCriticalSection) {
	C.PyCriticalSection_End(cs)
}

func PairBalanced(cs *C.PyCriticalSection, d *C.PyObject) {
	lockDict(cs, d)
	defer unlockDict(cs)
	C.PyDict_Clear(d)
}

func PairUnbalanced(cs *C.PyCriticalSection, d *C.PyObject) error {
	lockDict(cs, d) // want `lockDict\(cs, d\) opens a critical section that is not ended on some path; defer the call that ends it right after this one`
	if C.PyDict_Size(d) == 0 {
		return errEmpty
	}
	unlockDict(cs)
	return nil
}

// ---- 3. escaping sections ----

// Iter returns the func that ends its section: a lock method, silent;
// its callers are checked (see package closure).
func Iter(cs *C.PyCriticalSection, o *C.PyObject) func() {
	C.PyCriticalSection_Begin(cs, o)
	return func() { C.PyCriticalSection_End(cs) }
}

// Passed hands the func that ends the section to another function.
func Passed(cs *C.PyCriticalSection, o *C.PyObject, later func(func())) {
	C.PyCriticalSection_Begin(cs, o) // want `C\.PyCriticalSection_Begin on o is ended in a func literal that it passes to another function`
	later(func() { C.PyCriticalSection_End(cs) })
}

type holder struct{ release func() }

func Stored(h *holder, cs *C.PyCriticalSection, o *C.PyObject) {
	C.PyCriticalSection_Begin(cs, o) // want `ended in a func literal that it stores for later`
	h.release = func() { C.PyCriticalSection_End(cs) }
}

// LocalRelease: the literal is only called here. Silent.
func LocalRelease(cs *C.PyCriticalSection, o *C.PyObject) {
	C.PyCriticalSection_Begin(cs, o)
	release := func() { C.PyCriticalSection_End(cs) }
	C.PyList_Append(o, o)
	release()
}

// ---- 4. Go memory kept by C ----

func Unpinned(o *C.PyObject) int {
	var cs C.PyCriticalSection
	C.PyCriticalSection_Begin(&cs, o) // want `C\.PyCriticalSection_Begin\(&cs, …\) lets C keep a pointer to unpinned Go memory; pin it first: var p runtime\.Pinner; p\.Pin\(&cs\); defer p\.Unpin\(\)`
	n := goWork(o)
	C.PyCriticalSection_End(&cs)
	return n
}

func goWork(o *C.PyObject) int { return int(uintptr(unsafe.Pointer(o)) & 1) }

func OnlyC(o *C.PyObject) {
	cs := new(C.PyCriticalSection)
	C.PyCriticalSection_Begin(cs, o) // want `C\.PyCriticalSection_Begin\(cs, …\) lets C keep a pointer to unpinned Go memory; do the section, only C calls, in one C helper \(Py_BEGIN_CRITICAL_SECTION\)`
	C.PyList_Append(o, o)
	C.PyList_Reverse(o)
	C.PyCriticalSection_End(cs)
}

var globalCS C.PyCriticalSection

func Global(o *C.PyObject) {
	C.PyCriticalSection_Begin(&globalCS, o) // want `C\.PyCriticalSection_Begin\(&globalCS, …\) lets C keep a pointer to unpinned Go memory; allocate it with C\.malloc\(C\.sizeof_PyCriticalSection\): it is a global`
	goWork(o)
	C.PyCriticalSection_End(&globalCS)
}

type guarded struct {
	cs C.PyCriticalSection
	o  *C.PyObject
}

func (g *guarded) lock() {
	C.PyCriticalSection_Begin(&g.cs, g.o) // g points who knows where: silent
}

func FieldOfLocal(o *C.PyObject) {
	var g guarded
	C.PyCriticalSection2_Begin((*C.PyCriticalSection2)(unsafe.Pointer(&g.cs)), o, o) // want `C\.PyCriticalSection2_Begin\(&g\.cs, …\) lets C keep a pointer to unpinned Go memory; pin it first: var p runtime\.Pinner; p\.Pin\(&g\.cs\); defer p\.Unpin\(\)`
	goWork(o)
	C.PyCriticalSection2_End((*C.PyCriticalSection2)(unsafe.Pointer(&g.cs)))
}

// Pinned. Silent.
func Pinned(o *C.PyObject) int {
	var cs C.PyCriticalSection
	var p runtime.Pinner
	p.Pin(&cs)
	defer p.Unpin()
	C.PyCriticalSection_Begin(&cs, o)
	defer C.PyCriticalSection_End(&cs)
	return goWork(o)
}

// CAllocated. Silent.
func CAllocated(o *C.PyObject) int {
	cs := (*C.PyCriticalSection)(C.malloc(C.sizeof_PyCriticalSection))
	defer C.free(unsafe.Pointer(cs))
	C.PyCriticalSection_Begin(cs, o)
	defer C.PyCriticalSection_End(cs)
	return goWork(o)
}

// Param: a pointer whose origin is the caller's. Silent.
func Param(cs *C.PyCriticalSection, o *C.PyObject) int {
	C.PyCriticalSection_Begin(cs, o)
	defer C.PyCriticalSection_End(cs)
	return goWork(o)
}
