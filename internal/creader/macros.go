package creader

import "github.com/pyvet/pyvet/internal/capi"

// This file is the one place that knows CPython macros the capi table
// cannot express: macros that open or close a C block (so they are not
// functions with a result), and the unchecked fast-sequence accessors whose
// danger depends on which object a critical section holds. Everything else
// about C functions comes from capi.Lookup.
//
// Sources: capi-facts.md §d (critical-section macros expand to
// "{ PyCriticalSection _py_cs; PyCriticalSection_Begin(&_py_cs, op)" and
// "PyCriticalSection_End(&_py_cs); }"), §e (Py_BEGIN_ALLOW_THREADS expands
// to "{ PyThreadState *_save; _save = PyEval_SaveThread();",
// Py_END_ALLOW_THREADS to "PyEval_RestoreThread(_save); }",
// Py_BLOCK_THREADS / Py_UNBLOCK_THREADS to the Restore / Save alone), §a
// (PySequence_Fast_ITEMS / PySequence_Fast_GET_ITEM need the sequence not
// to change; lock the object given to PySequence_Fast). Which functions and
// macros take a reference is the table's (capi.Func.RefOp).

// macroKind is what a known macro does.
type macroKind uint8

const (
	macroNone      macroKind = iota
	macroSave                // detaches like PyEval_SaveThread
	macroRestore             // attaches like PyEval_RestoreThread
	macroCSBegin             // opens a critical section on its arguments
	macroCSEnd               // closes the innermost critical section
	macroFastItems           // reads a fast sequence's items array (first argument)
	macroFast                // PySequence_Fast(o, msg): its result is o or a copy
)

// knownMacro returns what the macro name does.
func knownMacro(name string) macroKind {
	switch name {
	case "Py_BEGIN_ALLOW_THREADS", "Py_UNBLOCK_THREADS":
		return macroSave
	case "Py_END_ALLOW_THREADS", "Py_BLOCK_THREADS":
		return macroRestore
	case "Py_BEGIN_CRITICAL_SECTION", "Py_BEGIN_CRITICAL_SECTION2",
		"Py_BEGIN_CRITICAL_SECTION_MUTEX", "Py_BEGIN_CRITICAL_SECTION2_MUTEX":
		return macroCSBegin
	case "Py_END_CRITICAL_SECTION", "Py_END_CRITICAL_SECTION2":
		return macroCSEnd
	case "PySequence_Fast_ITEMS", "PySequence_Fast_GET_ITEM":
		return macroFastItems
	case "PySequence_Fast":
		return macroFast
	}
	return macroNone
}

// isStatementMacro reports whether name is a macro written as a bare
// statement, without parentheses.
func isStatementMacro(name string) bool {
	k := knownMacro(name)
	return k == macroSave || k == macroRestore
}

// macroState maps the thread-state macros onto the capi state they
// reproduce, so that one code path handles both spellings.
func macroState(k macroKind) capi.State {
	switch k {
	case macroSave:
		return capi.StateSave
	case macroRestore:
		return capi.StateRestore
	}
	return capi.StateNone
}
