// Package python3 is shaped like the public Go bindings of the C API
// (DataDog/go-python3 and its forks): one thin Go function per C function.
// Nothing here may be reported: the wrappers leave locking and pairing to
// their callers, and the facts carry that to them.
package python3

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

// PyObject is a Python object.
type PyObject C.PyObject

// PyThreadState is a thread state.
type PyThreadState C.PyThreadState

// PyGILState is a PyGILState_Ensure token.
type PyGILState C.PyGILState_STATE

func toc(o *PyObject) *C.PyObject  { return (*C.PyObject)(o) }
func togo(o *C.PyObject) *PyObject { return (*PyObject)(o) }

// Py_Initialize starts the interpreter.
func Py_Initialize() { C.Py_Initialize() }

// Py_FinalizeEx stops it.
func Py_FinalizeEx() int { return int(C.Py_FinalizeEx()) }

// PyGILState_Ensure attaches a thread state.
func PyGILState_Ensure() PyGILState { return PyGILState(C.PyGILState_Ensure()) }

// PyGILState_Release gives it back.
func PyGILState_Release(state PyGILState) { C.PyGILState_Release(C.PyGILState_STATE(state)) }

// PyGILState_Check reports whether one is attached.
func PyGILState_Check() bool { return C.PyGILState_Check() == 1 }

// PyEval_SaveThread detaches.
func PyEval_SaveThread() *PyThreadState { return (*PyThreadState)(C.PyEval_SaveThread()) }

// PyEval_RestoreThread attaches again.
func PyEval_RestoreThread(ts *PyThreadState) { C.PyEval_RestoreThread((*C.PyThreadState)(ts)) }

// PyList_New makes a list.
func PyList_New(n int) *PyObject { return togo(C.PyList_New(C.Py_ssize_t(n))) }

// PyLong_FromLong makes an int.
func PyLong_FromLong(v int) *PyObject { return togo(C.PyLong_FromLong(C.long(v))) }

// DecRef releases a reference.
func (o *PyObject) DecRef() { C.Py_DecRef(toc(o)) }

// IncRef takes one.
func (o *PyObject) IncRef() { C.Py_IncRef(toc(o)) }

// Append appends to a list.
func (o *PyObject) Append(item *PyObject) int { return int(C.PyList_Append(toc(o), toc(item))) }

// CallNoArgs calls o.
func (o *PyObject) CallNoArgs() *PyObject { return togo(C.PyObject_CallNoArgs(toc(o))) }

// WithGIL runs f with a thread state attached, on a locked goroutine.
func WithGIL(f func()) {
	st := C.PyGILState_Ensure()
	defer C.PyGILState_Release(st)
	f()
}
