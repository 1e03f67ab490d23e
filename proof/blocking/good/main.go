//go:build pyvet_proof

// Hazard blocking (good twin): the consumer detaches its thread state with
// PyEval_SaveThread around the channel receive and re-attaches with
// PyEval_RestoreThread afterwards, so the producer can take the GIL (3.11) or
// the stop-the-world of gc.collect() can proceed (3.13t).
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
			ts := C.PyEval_SaveThread()
			v := <-ch
			C.PyEval_RestoreThread(ts)
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
