package capi

// Temporary bootstrap so dependent packages compile; replaced by the
// generator and overlay.
func build() map[string]*Func {
	r := func(name, sig string) *Replacement { return &Replacement{Name: name, Signature: sig, Added: V(3, 13), Compat: true} }
	t := map[string]*Func{}
	add := func(f *Func) { t[f.Name] = f }
	add(&Func{Name: "PyList_GetItem", Return: RefBorrowed, Replacement: r("PyList_GetItemRef", "PyObject *PyList_GetItemRef(PyObject *list, Py_ssize_t index)")})
	add(&Func{Name: "PyDict_GetItem", Return: RefBorrowed, Replacement: r("PyDict_GetItemRef", "int PyDict_GetItemRef(PyObject *p, PyObject *key, PyObject **result)")})
	add(&Func{Name: "PyImport_AddModule", Return: RefBorrowed, Replacement: r("PyImport_AddModuleRef", "PyObject *PyImport_AddModuleRef(const char *name)")})
	add(&Func{Name: "PyTuple_GetItem", Return: RefBorrowed})
	add(&Func{Name: "PyList_GetItemRef", Return: RefNew, Added: V(3, 13)})
	add(&Func{Name: "PyDict_Next", DictNext: true})
	add(&Func{Name: "Py_IncRef"})
	add(&Func{Name: "Py_NewRef", Return: RefNew})
	add(&Func{Name: "PyCriticalSection_Begin", CritSec: CritSecBegin})
	add(&Func{Name: "PyCriticalSection_End", CritSec: CritSecEnd})
	add(&Func{Name: "PyCriticalSection2_Begin", CritSec: CritSecBegin2})
	add(&Func{Name: "PyCriticalSection2_End", CritSec: CritSecEnd2})
	add(&Func{Name: "PyGILState_Ensure", State: StateEnsure, NoThreadState: true, ThreadBound: true})
	add(&Func{Name: "PyGILState_Release", State: StateRelease, NoThreadState: true, ThreadBound: true})
	add(&Func{Name: "PyEval_SaveThread", State: StateSave, ThreadBound: true})
	add(&Func{Name: "PyEval_RestoreThread", State: StateRestore, NoThreadState: true, ThreadBound: true})
	add(&Func{Name: "sleep", Lib: LibC, Blocks: true})
	return t
}
