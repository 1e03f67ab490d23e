// Package blocking defines an Analyzer that reports blocking operations made
// while a Python thread state is attached.
//
// # Analyzer blocking
//
// blocking: report blocking calls made while a thread state is attached
//
// A thread with an attached thread state must detach before it waits.
// With the GIL, every other thread waits for the GIL meanwhile; on
// free-threaded Python the garbage collector stops the world and waits for
// every attached thread to pause, which a goroutine parked in Go never does
// ("detaching the thread state is still required" on the free-threaded
// build). If the awaited event needs another thread to attach first, the
// program deadlocks.
//
// blocking reports, while attached (after PyGILState_Ensure or
// PyEval_RestoreThread, in an //export callback, between a helper's
// acquire and release): channel sends and receives, select without a
// default case, range over a channel, sync.Mutex and RWMutex Lock/RLock
// when a holder of the same mutex may wait to attach (or its holders cannot
// all be seen), WaitGroup.Wait, Cond.Wait, time.Sleep, net and net/http calls, os file
// and process I/O, os/exec Run/Wait/Output (the list is
// internal/flow/blocking.go), blocking C library calls (sleep, read,
// recv, pthread_mutex_lock, sem_wait, waitpid, …; the C API table's
// Blocks), and Go functions that block, through facts. Inside a critical
// section the message adds that every thread waiting on that object stalls
// too (this is the one check that reports blocking inside a critical
// section). The flag -blocking.funcs=pkg.Func,pkg.(*T).Method,cfunc adds
// project functions.
//
// Silent: detached regions (between PyEval_SaveThread and
// PyEval_RestoreThread, before Ensure, after Release), select with a
// default case, a send on a channel made with room for it in the same
// function (at most N sends on any path, a goroutine it starts once
// included), and a Go mutex whose holders never attach.
//
// Bad:
//
//	func next(results chan *C.PyObject) *C.PyObject {
//		st := C.PyGILState_Ensure()
//		v := <-results // other threads, and the GC, wait for this one
//		C.PyGILState_Release(st)
//		return v
//	}
//
// Good:
//
//	func next(results chan *C.PyObject) *C.PyObject {
//		runtime.LockOSThread()
//		defer runtime.UnlockOSThread()
//		st := C.PyGILState_Ensure()
//		ts := C.PyEval_SaveThread()
//		v := <-results
//		C.PyEval_RestoreThread(ts)
//		C.PyGILState_Release(st)
//		return v
//	}
package blocking
