//go:build pyvet_proof

// Hazard blocking (bad): a goroutine blocks on a channel while its thread
// state is attached, and the value it waits for comes from a goroutine that
// must attach first.
//
// What it does: the consumer goroutine (locked to its OS thread) calls
// PyGILState_Ensure and then waits on an unbuffered channel. The producer
// goroutine (also locked) calls PyGILState_Ensure, runs gc.collect() from
// Python code, builds a Python int and sends it on the channel.
//
// What breaks: the program deadlocks (the runner's timeout reports it).
//   - 3.11 / 3.13 (GIL): the consumer holds the GIL while it waits; the
//     producer's PyGILState_Ensure waits for the GIL forever.
//   - 3.13t (free-threaded): Ensure does not wait for anybody, but
//     gc.collect() stops the world: it waits until every attached thread
//     state has paused, and the consumer, parked in Go on a channel receive,
//     never reaches CPython's eval breaker. The producer waits in the GC, the
//     consumer waits for the producer. Without the gc.collect() the program
//     does NOT hang on 3.13t (checked: 3 of 3 runs exit 0), while it still
//     hangs on 3.11.
//
// The blocking call is the channel receive made while attached: any Go
// blocking operation (channel, select, sync.Mutex, WaitGroup.Wait, I/O) has
// the same effect.
//
// How often: deterministic — every run hangs on 3.11 and on 3.13t (see
// proof/RESULTS.md); the runner allows 1 run.
package main

/*
#include <Python.h>
*/
import "C"

import (
	"fmt"
	"os"
	"runtime"
	"sync"
	"unsafe"
)

func init() { runtime.LockOSThread() } // main goroutine stays on the main OS thread

const rounds = 20

func main() {
	C.Py_InitializeEx(0)
	save := C.PyEval_SaveThread()

	ch := make(chan *C.PyObject)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { // producer
		defer wg.Done()
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		code := C.CString("import gc; gc.collect()")
		defer C.free(unsafe.Pointer(code))
		for i := 0; i < rounds; i++ {
			st := C.PyGILState_Ensure()
			C.PyRun_SimpleString(code)
			v := C.PyLong_FromLong(C.long(i))
			C.PyGILState_Release(st)
			ch <- v
		}
	}()
	bad := false
	go func() { // consumer
		defer wg.Done()
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		st := C.PyGILState_Ensure()
		for i := 0; i < rounds; i++ {
			v := <-ch // pyvet:blocking
			if C.PyLong_AsLong(v) != C.long(i) {
				bad = true
			}
			C.Py_DecRef(v)
		}
		C.PyGILState_Release(st)
	}()
	wg.Wait()

	C.PyEval_RestoreThread(save)
	C.Py_FinalizeEx()
	if bad {
		fmt.Fprintln(os.Stderr, "wrong value received")
		os.Exit(3)
	}
}
