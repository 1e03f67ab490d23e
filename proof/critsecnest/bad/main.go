//go:build pyvet_proof

// Hazard critsecnest (bad): nested critical sections used to lock two
// objects at once. Free-threaded builds only (3.13t).
//
// What it does, per round (10 rounds): goroutine H locks list B with a
// critical section and holds it. The main goroutine M begins a critical
// section on list A (outer), records len(A), then begins a critical section
// on B (inner) — which contends with H. Goroutine T then appends to A
// (PyList_Append locks A internally). H releases B ~20ms after T started.
// M checks that len(A) did not change while it was "inside" its section on A.
//
// What breaks: when the inner PyCriticalSection_Begin has to wait for B, the
// thread detaches and CPython suspends ALL its critical sections, releasing
// A's lock. T's append runs in that window, so M observes A changing inside
// its outer section: wrong result, exit 3. "Only the lock(s) associated with
// the most recently entered (top-most) critical section are guaranteed to
// be held" (free-threading HOWTO). The fix is PyCriticalSection2_Begin(A, B).
//
// On GIL builds the critical-section functions are no-ops and the spinning
// goroutines would wait for the GIL forever, so the program refuses to run
// there (exit 4, "not applicable"). The PyCriticalSection structs are
// allocated in C memory (C.calloc): CPython links them into the thread state
// until End, which a Go pointer may not be (cgo pointer rules). They are
// incomplete types in GIL-build 3.13 headers and absent before 3.13, hence
// the guarded declarations below (so the program builds on every runtime).
//
// How often: 40 of 40 runs on 3.13t failed (1 to 10 of the 10 rounds per
// run: T does not always win A in the window); the runner allows 3 runs.
// The program's own synchronisation is careful about the other hazards:
// every goroutine is locked to its OS thread, and all thread states are
// created before anybody spins attached (creating one can stop the world).
package main

/*
#include <stdlib.h>
#include <Python.h>

#if PY_VERSION_HEX < 0x030D0000
typedef struct PyCriticalSection PyCriticalSection;
typedef struct PyCriticalSection2 PyCriticalSection2;
static inline void PyCriticalSection_Begin(PyCriticalSection *c, PyObject *op) {}
static inline void PyCriticalSection_End(PyCriticalSection *c) {}
static inline void PyCriticalSection2_Begin(PyCriticalSection2 *c, PyObject *a, PyObject *b) {}
static inline void PyCriticalSection2_End(PyCriticalSection2 *c) {}
#endif

static int pyvet_free_threaded(void) {
#ifdef Py_GIL_DISABLED
	return 1;
#else
	return 0;
#endif
}
*/
import "C"

import (
	"fmt"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"
)

func init() { runtime.LockOSThread() } // main goroutine stays on the main OS thread

const (
	rounds = 10
	csSize = 64 // >= sizeof(PyCriticalSection2) (24 bytes in 3.13)
	hold   = 20 * time.Millisecond
)

// Round-stamped flags: x.Load() >= r means "happened in round r".
var start, hHolds, mInner, tTrying, tAppended atomic.Int32

func spinUntil(x *atomic.Int32, r int32) {
	for x.Load() < r {
	}
}

func main() {
	if C.pyvet_free_threaded() == 0 {
		fmt.Fprintln(os.Stderr, "critsecnest needs a free-threaded (Py_GIL_DISABLED) build")
		os.Exit(4)
	}
	C.Py_InitializeEx(0)
	a, b := C.PyList_New(0), C.PyList_New(0)
	save := C.PyEval_SaveThread()

	// ready: H and T have created their thread states. Creating a thread
	// state can stop the world on 3.13t, which would wait forever for a
	// thread that is attached and spinning; so every goroutine creates its
	// thread state, detaches, and re-attaches only when all have been created.
	var wg, ready sync.WaitGroup
	wg.Add(2)
	ready.Add(2)
	go func() { // H: holds B
		defer wg.Done()
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		st := C.PyGILState_Ensure()
		ts := C.PyEval_SaveThread()
		ready.Done()
		ready.Wait()
		C.PyEval_RestoreThread(ts)
		cs := (*C.PyCriticalSection)(C.calloc(1, csSize))
		for r := int32(1); r <= rounds; r++ {
			spinUntil(&start, r)
			C.PyCriticalSection_Begin(cs, b)
			hHolds.Store(r)
			spinUntil(&tTrying, r)
			for t0 := time.Now(); time.Since(t0) < hold; {
			}
			C.PyCriticalSection_End(cs)
		}
		C.free(unsafe.Pointer(cs))
		C.PyGILState_Release(st)
	}()
	go func() { // T: mutates A
		defer wg.Done()
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		st := C.PyGILState_Ensure()
		ts := C.PyEval_SaveThread()
		ready.Done()
		ready.Wait()
		C.PyEval_RestoreThread(ts)
		for r := int32(1); r <= rounds; r++ {
			spinUntil(&mInner, r)
			tTrying.Store(r)
			v := C.PyLong_FromLong(C.long(r))
			C.PyList_Append(a, v)
			C.Py_DecRef(v)
			tAppended.Store(r)
		}
		C.PyGILState_Release(st)
	}()

	// M: wants A and B locked together.
	ready.Wait()
	C.PyEval_RestoreThread(save)
	outer := (*C.PyCriticalSection)(C.calloc(1, csSize))
	inner := (*C.PyCriticalSection)(C.calloc(1, csSize))
	wrong := 0
	for r := int32(1); r <= rounds; r++ {
		start.Store(r)
		spinUntil(&hHolds, r)
		C.PyCriticalSection_Begin(outer, a)
		n0 := C.PyList_Size(a)
		mInner.Store(r)
		C.PyCriticalSection_Begin(inner, b) // pyvet:critsecnest
		n1 := C.PyList_Size(a)
		C.PyCriticalSection_End(inner)
		C.PyCriticalSection_End(outer)
		if n1 != n0 {
			wrong++
		}
		spinUntil(&tAppended, r)
	}
	C.free(unsafe.Pointer(outer))
	C.free(unsafe.Pointer(inner))
	save = C.PyEval_SaveThread()
	wg.Wait()
	C.PyEval_RestoreThread(save)
	C.Py_DecRef(a)
	C.Py_DecRef(b)
	C.Py_FinalizeEx()
	if wrong > 0 {
		fmt.Fprintf(os.Stderr, "A changed inside its critical section in %d of %d rounds\n", wrong, rounds)
		os.Exit(3)
	}
}
