// Package critsecnest defines an Analyzer that reports misused Python
// critical sections (PyCriticalSection_Begin and friends) in Go code.
//
// # Analyzer critsecnest
//
// critsecnest: report nested, unbalanced, escaping and unpinned critical sections
//
// On free-threaded Python, C.PyCriticalSection_Begin(&cs, o) locks one
// object until C.PyCriticalSection_End(&cs), and
// C.PyCriticalSection2_Begin(&cs, a, b) locks two at once; the 3.14 mutex
// forms, PyCriticalSection_BeginMutex and PyCriticalSection2_BeginMutex,
// lock PyMutexes and follow the same rules. Go code can
// only call these functions (never the Py_BEGIN_CRITICAL_SECTION macros),
// so the rules the macros enforce by scoping are left to the programmer.
// critsecnest follows each function's control flow (defer, early returns,
// loops, closures, helper functions and methods through facts, the
// package's C helpers) and reports:
//
// Nesting. A Begin while another section is open, or a call, while one is
// open, of a Go function (same or other package) or C helper that begins
// one: "you cannot use nested critical sections to lock more than one
// object at once, because the inner critical section may suspend the
// outer critical sections". The message names the outer object that is no
// longer protected. When both objects are known it suggests one
// C.PyCriticalSection2_Begin(&cs, a, b), with a fix for the adjacent shape
// (Begin(a); Begin(b) … End(b); End(a), or with deferred Ends) when both
// structs are local variables used only by those calls. A nested Begin
// that locks every outer object itself is silent (the top-most section
// holds them).
//
// Bad:
//
//	func appendTo(ca, cb *C.PyCriticalSection, a, b *C.PyObject) {
//		C.PyCriticalSection_Begin(ca, a)
//		C.PyCriticalSection_Begin(cb, b) // waiting for b suspends ca: a is unlocked
//		C.PyList_Append(a, b)
//		C.PyCriticalSection_End(cb)
//		C.PyCriticalSection_End(ca)
//	}
//
// Good:
//
//	func appendTo(cs *C.PyCriticalSection2, a, b *C.PyObject) {
//		C.PyCriticalSection2_Begin(cs, a, b)
//		C.PyList_Append(a, b)
//		C.PyCriticalSection2_End(cs)
//	}
//
// Balance. A section left open on some path (an early return; a deferred
// End is understood), a section ended twice, ended out of order (an outer
// End while an inner section is still open), a struct begun again while
// its section is open, and PyCriticalSection2_End for a one-object section
// or PyCriticalSection_End for a two-object one. A function that leaves a
// section open on every path, on a struct its callers can reach (a
// parameter, a global), is a lock helper: its callers are checked instead.
// A section begun and ended under the same condition (if lock {Begin} …
// if lock {End}) is taken as balanced: the flow does not correlate
// branches, so a section that is only possibly open at a return is
// reported only when nothing in the function ends it.
//
// Bad (errPython stands for the binding's error):
//
//	func check(cs *C.PyCriticalSection, o *C.PyObject) error {
//		C.PyCriticalSection_Begin(cs, o)
//		if C.PyObject_Length(o) < 0 {
//			return errPython // o stays locked
//		}
//		C.PyCriticalSection_End(cs)
//		return nil
//	}
//
// Good:
//
//	func check(cs *C.PyCriticalSection, o *C.PyObject) error {
//		C.PyCriticalSection_Begin(cs, o)
//		defer C.PyCriticalSection_End(cs)
//		if C.PyObject_Length(o) < 0 {
//			return errPython
//		}
//		return nil
//	}
//
// Escaping sections. A Begin whose End is in a func literal the function
// stores, passes on or runs on another goroutine: the section then spans
// whatever runs until the func is called, and anything there can suspend
// it. A pair of helper functions, lockDict()/unlockDict(), that one
// function calls in balance is fine, and so is a literal only called in the
// function that made it. A function that returns the func that ends its
// section is a lock method (defer d.Lock()()): its callers are checked as
// if they held the section until they call the func, and one that drops
// it or does not call it on every path is reported. A returned iterator
// that ends the section only when exhausted, and a range-over-func
// iterator that calls yield inside its section, keep the object locked
// across the caller's code: reported.
//
// Bad:
//
//	type holder struct{ release func() }
//
//	func lock(h *holder, cs *C.PyCriticalSection, o *C.PyObject) {
//		C.PyCriticalSection_Begin(cs, o)
//		h.release = func() { C.PyCriticalSection_End(cs) }
//	}
//
// Good:
//
//	func lock(cs *C.PyCriticalSection, o *C.PyObject)   { C.PyCriticalSection_Begin(cs, o) }
//	func unlock(cs *C.PyCriticalSection)                { C.PyCriticalSection_End(cs) }
//	func use(cs *C.PyCriticalSection, o *C.PyObject) {
//		lock(cs, o)
//		defer unlock(cs)
//		C.PyObject_Length(o)
//	}
//
// Go memory kept by C. Begin links the struct into the thread state until
// End, so C keeps the pointer after the call returns, which cgo's pointer
// rules allow only for memory pinned with runtime.Pinner. A Begin on a Go
// struct (a local or global variable, new(T), &T{}) that the function did
// not pin first is reported with the fix that fits: allocate it in C
// memory (C.malloc(C.sizeof_PyCriticalSection)) when it outlives the call
// or is a global; do the whole section in one C helper when everything
// between Begin and End is C calls; else pin it (var p runtime.Pinner;
// p.Pin(&cs); defer p.Unpin()). Silent: structs the function pins before
// the Begin (where it unpins is not checked), C-allocated ones, and
// pointers whose origin the function cannot see (parameters, fields
// through pointers, results of Go calls): their callers' business, not
// followed.
//
// Bad:
//
//	func work(o *C.PyObject, goWork func()) {
//		var cs C.PyCriticalSection
//		C.PyCriticalSection_Begin(&cs, o) // C keeps &cs
//		goWork()
//		C.PyCriticalSection_End(&cs)
//	}
//
// Good:
//
//	func work(o *C.PyObject, goWork func()) {
//		var cs C.PyCriticalSection
//		var p runtime.Pinner
//		p.Pin(&cs)
//		defer p.Unpin()
//		C.PyCriticalSection_Begin(&cs, o)
//		goWork()
//		C.PyCriticalSection_End(&cs)
//	}
//
// Blocking inside a section (a channel receive, a mutex, sleep) is the
// blocking check's to report, with a note that the section makes it
// worse; critsecnest does not report it again.
package critsecnest
