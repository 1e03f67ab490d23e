// Package borrowedref defines an Analyzer that reports C API calls whose
// borrowed-reference result another thread can free on free-threaded Python.
//
// # Analyzer borrowedref
//
// borrowedref: report borrowed references that another thread can free
//
// A borrowed reference is a pointer to an object that the caller does not
// own. With the GIL, nothing else ran between getting it and using it; on
// free-threaded Python (3.13t, 3.14t) another thread can remove the item from
// its list or dict and free it while Go still uses the pointer. The
// free-threading HOWTO lists the APIs to replace:
//
//	PyList_GetItem           → PyList_GetItemRef (3.13)
//	PyDict_GetItem           → PyDict_GetItemRef (3.13)
//	PyDict_GetItemWithError  → PyDict_GetItemRef (3.13)
//	PyDict_GetItemString     → PyDict_GetItemStringRef (3.13)
//	PyDict_SetDefault        → PyDict_SetDefaultRef (3.13)
//	PyWeakref_GetObject      → PyWeakref_GetRef (3.13)
//	PyImport_AddModule       → PyImport_AddModuleRef (3.13)
//	PyImport_AddModuleObject → PyImport_AddModuleRef (3.13)
//
// Taking a reference afterwards does not help: in
// C.Py_NewRef(C.PyList_GetItem(l, i)) the item can be freed before Py_NewRef
// runs, unless a critical section on the list is held (see below). The replacements return a strong reference; release it with
// C.Py_DecRef when done. On Python older than 3.13, pythoncapi-compat's
// pythoncapi_compat.h provides them.
//
// Bad:
//
//	func first(list *C.PyObject) *C.PyObject {
//		item := C.PyList_GetItem(list, 0)
//		C.Py_IncRef(item) // too late: another thread may have freed it
//		return item
//	}
//
// Good (errPython stands for the binding's error):
//
//	func first(list *C.PyObject) (*C.PyObject, error) {
//		item := C.PyList_GetItemRef(list, 0) // a strong reference
//		if item == nil {
//			return nil, errPython
//		}
//		return item, nil
//	}
//
// When a strong reference is taken at once, as in the bad example, the
// suggested fix makes that rewrite.
//
// PyDict_Next returns borrowed keys and values and does not lock the dict;
// its loop must run inside a critical section on the dict, the top-most one
// on every path (only the top-most section is sure to hold its lock). The
// flow is followed through defer, branches and loops; a section opened by a
// Go function (lock/unlock methods) or a C helper counts, and a private
// dict (see below) needs none:
//
//	var cs C.PyCriticalSection // pinned, or allocated in C memory
//	C.PyCriticalSection_Begin(&cs, dict)
//	for C.PyDict_Next(dict, &pos, &key, &value) != 0 { … }
//	C.PyCriticalSection_End(&cs)
//
// A list or dict item read inside a critical section on that container
// (begun on it on every path, the innermost one open) and used or made
// strong before the section ends is safe, as the HOWTO shows with
// Py_BEGIN_CRITICAL_SECTION(list); item = PyList_GetItem(list, i);
// Py_INCREF(item); Py_END_CRITICAL_SECTION(): not reported, in Go or in a
// C helper.
//
// Tuples are immutable, so PyTuple_GetItem used within the call is not
// reported; neither are the *Ref functions, Go functions or C helpers that
// merely share a name, results that are not used (discarded, or only
// compared with nil), nor reads from a private container: one the function
// built with a new-object API (PyList_New, PyDict_Keys, PyDict_Copy, …) or
// a binding's wrapper of one, and has not shared yet (its own getters,
// setters and size functions, and wrappers of them, do not share it).
//
// A Go function whose result is a borrowed API's result is a wrapper of it,
// and so is a function returning a wrapper's result. Wrappers report
// nothing: their callers that use the result are reported at the call, in
// any package, naming the wrapper and the C function behind it.
//
// Ownership bugs break every build, with or without the GIL: a borrowed
// reference (of any API refcounts.dat marks borrowed, such as
// PyTuple_GetItem or PyModule_GetDict, PyDict_Next's key and value, an
// //export function's arguments) stored in a field, package variable, map
// or slice, sent on a channel or captured by a goroutine or returned closure
// without C.Py_NewRef first; and Py_DecRef of a borrowed reference (also
// through a Go wrapper of Py_DecRef).
//
// The flag -borrowedref.python=3.X sets the Python version the code is
// checked for (below 3.13 the fix is offered only with pythoncapi_compat.h).
// By default it is the version of the headers the package was compiled
// against, else 3.13.
package borrowedref
