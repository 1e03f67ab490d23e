// Package osthread defines an Analyzer that reports thread-state calls on
// goroutines that are not locked to their OS thread.
//
// # Analyzer osthread
//
// osthread: report thread-state calls on a goroutine not locked to its OS thread
//
// A Python thread state belongs to one OS thread; a goroutine does not: the
// Go scheduler moves it between threads at any blocking point or
// preemption. A goroutine that calls PyGILState_Ensure, sleeps, then calls
// PyGILState_Release may release on another thread and abort with "Fatal
// Python error: PyGILState_Release: auto-releasing thread-state, but no
// thread-state for this thread" (CPython 3.11 and 3.13t alike).
//
// osthread reports PyGILState_Ensure, PyEval_SaveThread,
// PyEval_RestoreThread, PyEval_AcquireThread, PyThreadState_Swap,
// Py_Initialize*, Py_NewInterpreter* and, on Python 3.15, PEP 788's
// PyThreadState_Ensure and PyThreadState_EnsureFromView (and Go functions
// that call them without a lock of their own, through facts) unless the
// goroutine is
// locked: runtime.LockOSThread runs before the call on every path in this
// function; or the function leaves it to its callers and every caller the
// analysis sees is locked (the call is then reported at an unlocked
// caller); or the function is an //export entry, which C calls on its own
// thread; or the call is in an init function (the runtime locks the main
// goroutine to the main OS thread while inits run) or in main with
// runtime.LockOSThread in an init function (which keeps that lock for
// main). Main's use of a thread state an init left attached is reported
// unless an init locks. A LockOSThread after the call is too late. The body of go func(){…}()
// starts unlocked. One finding is reported per function, at its first
// unlocked call; the suggested fix adds runtime.LockOSThread() and defer
// runtime.UnlockOSThread() at the top of that function.
//
// Bad:
//
//	func background() {
//		go func() {
//			st := C.PyGILState_Ensure()
//			time.Sleep(time.Millisecond) // the goroutine may change threads here
//			C.PyGILState_Release(st)
//		}()
//	}
//
// Good:
//
//	func background() {
//		go func() {
//			runtime.LockOSThread()
//			defer runtime.UnlockOSThread()
//			st := C.PyGILState_Ensure()
//			ts := C.PyEval_SaveThread()
//			time.Sleep(time.Millisecond)
//			C.PyEval_RestoreThread(ts)
//			C.PyGILState_Release(st)
//		}()
//	}
package osthread
