// Package gilstate defines an Analyzer that reports unbalanced and misplaced
// Python thread-state calls in Go code.
//
// # Analyzer gilstate
//
// gilstate: report unbalanced thread-state calls and C API use while detached
//
// Every C API call needs an attached thread state (except the few the
// documentation allows without one: PyGILState_Ensure, PyEval_RestoreThread,
// PyMem_Raw*, …). Go code gets one with PyGILState_Ensure and gives it back
// with PyGILState_Release, or gives it up around slow work with
// PyEval_SaveThread and takes it back with PyEval_RestoreThread. gilstate
// follows each function's control flow (defer, early returns, loops,
// select, goto, closures, helper functions and methods through facts) and
// reports:
//
//   - PyGILState_Ensure without PyGILState_Release on some path, or whose
//     token is thrown away; a release func (release := acquire()) that is
//     not called on some path;
//   - PyGILState_Release twice, or of a value that did not come from Ensure;
//   - PyEval_SaveThread without PyEval_RestoreThread on some path, and an
//     //export function that returns to C with no thread state attached;
//   - a C API call with no thread state attached: after SaveThread, after
//     the Release of this function's Ensure, at the start of a goroutine;
//   - PyGILState_Ensure in a package that creates subinterpreters
//     (Py_NewInterpreter, Py_NewInterpreterFromConfig, or a call of a Go
//     function that only returns their result: a binding's wrapper creates
//     nothing by itself) or imports one that does: on a thread Python did not create, Ensure attaches to the main
//     interpreter, not the one the code works with. Use a thread state made
//     for that interpreter (PyThreadState_New(interp) attached with
//     PyEval_RestoreThread); for target 3.15 or newer, a PyInterpreterView
//     of that interpreter with PyThreadState_EnsureFromView and
//     PyThreadState_Release (PEP 788).
//
// Python 3.15's thread-state API (PEP 788) follows the same rules:
// PyThreadState_Ensure(guard) and PyThreadState_EnsureFromView(view) return
// a token PyThreadState_Release gives back exactly once on every path (the
// tok == nil branch, where Ensure failed, has none). gilstate also reports
// an interpreter guard or view not closed on some path or thrown away (an
// open guard keeps its interpreter from finalizing: the process hangs at
// exit), a guard closed twice, and a guard closed while a thread state
// attached through it is still live. With -gilstate.softdeprecated, a
// PyGILState_Ensure checked for 3.15 or newer gets a note that PEP 788
// soft-deprecates it (off by default: soft deprecation is not a bug).
//
// A goroutine locked to its OS thread for its whole life (LockOSThread and
// no UnlockOSThread) may keep the thread state it took: the thread ends
// with it.
//
// Bad:
//
//	func call(fn *C.PyObject) error {
//		st := C.PyGILState_Ensure()
//		if C.PyObject_CallNoArgs(fn) == nil {
//			return errPython // returns attached: the thread keeps the thread state
//		}
//		C.PyGILState_Release(st)
//		return nil
//	}
//
// Good:
//
//	func call(fn *C.PyObject) error {
//		runtime.LockOSThread()
//		defer runtime.UnlockOSThread()
//		st := C.PyGILState_Ensure()
//		defer C.PyGILState_Release(st)
//		if C.PyObject_CallNoArgs(fn) == nil {
//			return errPython
//		}
//		return nil
//	}
//
// Bad (Python 3.15; the guard stays open on the error path):
//
//	func batch(view *C.PyInterpreterView, fn *C.PyObject) error {
//		g := C.PyInterpreterGuard_FromView(view)
//		if g == nil {
//			return errPython
//		}
//		tok := C.PyThreadState_Ensure(g)
//		if tok == nil {
//			return errPython // the interpreter can never finalize
//		}
//		C.Py_DecRef(C.PyObject_CallNoArgs(fn))
//		C.PyThreadState_Release(tok)
//		C.PyInterpreterGuard_Close(g)
//		return nil
//	}
//
// Good:
//
//	func batch(view *C.PyInterpreterView, fn *C.PyObject) error {
//		runtime.LockOSThread()
//		defer runtime.UnlockOSThread()
//		g := C.PyInterpreterGuard_FromView(view)
//		if g == nil {
//			return errPython
//		}
//		defer C.PyInterpreterGuard_Close(g)
//		tok := C.PyThreadState_Ensure(g)
//		if tok == nil {
//			return errPython
//		}
//		defer C.PyThreadState_Release(tok)
//		C.Py_DecRef(C.PyObject_CallNoArgs(fn))
//		return nil
//	}
package gilstate
