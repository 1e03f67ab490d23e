//go:build pyvet_proof

// Hazard critsecnest (good twin): M locks A and B together with
// PyCriticalSection2_Begin. Waiting for B then does not release A (the
// two-object section is only registered as active once both locks are
// held), so T's append happens before or after M's section, never inside
// it. To give T every chance, M also spins 5ms inside the section between
// its two reads of len(A). Free-threaded builds only, like the bad program.
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
	cs2 := (*C.PyCriticalSection2)(C.calloc(1, csSize))
	wrong := 0
	for r := int32(1); r <= rounds; r++ {
		start.Store(r)
		spinUntil(&hHolds, r)
		mInner.Store(r)
		C.PyCriticalSection2_Begin(cs2, a, b)
		n0 := C.PyList_Size(a)
		for t0 := time.Now(); time.Since(t0) < 5*time.Millisecond; {
		}
		n1 := C.PyList_Size(a)
		C.PyCriticalSection2_End(cs2)
		if n1 != n0 {
			wrong++
		}
		spinUntil(&tAppended, r)
	}
	C.free(unsafe.Pointer(cs2))
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
