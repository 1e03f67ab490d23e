// Package capi is pyvet's single source of truth about C functions: which
// CPython functions return borrowed references and what replaces them, when
// each appeared, what they do to the thread state and to critical sections,
// and which C library functions block.
//
// The table is generated (see gen/) from CPython's own data files in data/
// (refcounts.dat, stable_abi.toml, threadsafety.dat) plus the hand-written
// overlay in overlay.go for facts those files do not carry. No other package
// of pyvet hard-codes a C function name.
//
// Names are exact: a project's own helper called Py_Something is not CPython,
// and Lookup does not find it.
package capi

//go:generate go run ./gen -data data -o table_gen.go

// Lib says which library a function belongs to.
type Lib uint8

const (
	LibPython Lib = iota // CPython's C API
	LibC                 // the C library (libc, pthreads)
)

// Ref says what a function's PyObject* result is, per refcounts.dat.
type Ref uint8

const (
	RefNone     Ref = iota // not a PyObject*, or unknown
	RefNew                 // a new (strong) reference
	RefBorrowed            // a borrowed reference
	RefNull                // always NULL
)

// State is what a function does to the calling thread's Python thread state.
type State uint8

const (
	StateNone          State = iota
	StateEnsure              // PyGILState_Ensure: attaches if needed, returns a token
	StateRelease             // PyGILState_Release(token): undoes the matching Ensure
	StateSave                // PyEval_SaveThread: detaches, returns the *PyThreadState
	StateRestore             // PyEval_RestoreThread(ts): attaches ts
	StateAcquire             // PyEval_AcquireThread(ts): attaches ts
	StateReleaseThread       // PyEval_ReleaseThread(ts): detaches ts
	StateSwap                // PyThreadState_Swap(ts): attaches ts (or detaches with NULL), returns the old one
	StateInit                // Py_Initialize*: starts the runtime, leaves the main thread state attached
	StateFinalize            // Py_Finalize*: ends the runtime, nothing is attached afterwards
	StateNewInterp           // Py_NewInterpreter*: creates a subinterpreter and attaches its thread state
	StateEndInterp           // Py_EndInterpreter: destroys it, nothing is attached afterwards
	StateEnsure315           // PyThreadState_Ensure/EnsureFromView (PEP 788): attaches, returns a token
	StateRelease315          // PyThreadState_Release(token) (PEP 788)
)

// Handle is what a function does with a PEP 788 interpreter handle: a guard
// keeps its interpreter from finalizing until closed, a view names it
// without keeping it alive.
type Handle uint8

const (
	HandleNone       Handle = iota
	HandleGuardOpen         // PyInterpreterGuard_FromCurrent/FromView: a guard to close, NULL on failure
	HandleGuardClose        // PyInterpreterGuard_Close(guard)
	HandleViewOpen          // PyInterpreterView_FromCurrent/FromMain: a view to close, NULL on failure
	HandleViewClose         // PyInterpreterView_Close(view)
)

// CritSec is what a function does to the thread's stack of critical sections.
type CritSec uint8

const (
	CritSecNone        CritSec = iota
	CritSecBegin               // PyCriticalSection_Begin(&cs, op)
	CritSecBegin2              // PyCriticalSection2_Begin(&cs, a, b)
	CritSecBeginMutex          // PyCriticalSection_BeginMutex(&cs, m)
	CritSecBegin2Mutex         // PyCriticalSection2_BeginMutex(&cs, m1, m2)
	CritSecEnd                 // PyCriticalSection_End(&cs)
	CritSecEnd2                // PyCriticalSection2_End(&cs)
)

// IsBegin reports whether c opens a critical section.
func (c CritSec) IsBegin() bool {
	return c == CritSecBegin || c == CritSecBegin2 || c == CritSecBeginMutex || c == CritSecBegin2Mutex
}

// IsEnd reports whether c closes a critical section.
func (c CritSec) IsEnd() bool { return c == CritSecEnd || c == CritSecEnd2 }

// Two reports whether c is the two-object form.
func (c CritSec) Two() bool {
	return c == CritSecBegin2 || c == CritSecBegin2Mutex || c == CritSecEnd2
}

// Replacement is the strong-reference API that replaces a borrowed one.
type Replacement struct {
	Name      string  // e.g. "PyList_GetItemRef"
	Signature string  // its C prototype
	Added     Version // the Python version that added it
	Compat    bool    // pythoncapi-compat's pythoncapi_compat.h backports it
	Note      string  // how the calling convention differs, if it does
	// DropIn is set when the replacement takes the same arguments and fails
	// the same way, so that only ownership differs: a call followed at once
	// by an incref can be rewritten mechanically.
	DropIn bool
}

// Func is everything pyvet knows about one C function.
type Func struct {
	Name string
	Lib  Lib

	// Added is the version that added it: the overlay's value, else
	// stable_abi.toml's "added"; zero if unknown. stable_abi.toml records when
	// a function entered the stable ABI, which can be later than its first
	// release (PyMem_RawMalloc: 3.13 there), so treat it as an upper bound
	// unless the overlay corrects it.
	Added   Version
	Removed Version // version that removed it; zero if it was not removed
	// Deprecated is the version that deprecated it, zero if none. Hard
	// deprecations are Py_DEPRECATED in the headers (a compiler warning,
	// removal planned); SoftDeprecated marks one that is only documented
	// (no warning, no removal planned: PyGILState_* in 3.15, PEP 788).
	Deprecated     Version
	SoftDeprecated bool
	Limited        bool // part of the limited API (as of the newest version known)

	// LimitedSince is the version from which it is in the limited API; zero
	// when Limited is false. Usually equal to Added, but not always
	// (PyDict_SetDefaultRef: added 3.13, limited API 3.15). For functions
	// of stable_abi.toml it is that file's "added".
	LimitedSince Version

	Return Ref // what its PyObject* result is (refcounts.dat)

	// ThreadSafety is the level given by threadsafety.dat ("compatible",
	// "distinct", "shared", "atomic", "incompatible"), or "".
	ThreadSafety string

	// Replacement is set for the borrowed-reference APIs that the
	// free-threading HOWTO says to replace.
	Replacement *Replacement

	// DictNext marks PyDict_Next: its borrowed key and value are safe only
	// inside a critical section on the dict.
	DictNext bool

	State   State   // effect on the thread state
	CritSec CritSec // effect on the critical-section stack
	Handle  Handle  // what it does with a PEP 788 guard or view

	// NoThreadState is set for the functions the documentation allows
	// without an attached thread state (PyGILState_*, PyMem_Raw*, ...).
	NoThreadState bool

	// PreInit is set for the functions the documentation lists as safe to
	// call before Py_Initialize ("Before Python Initialization"); they need
	// no thread state either.
	PreInit bool

	// Successor is the function that replaces a soft-deprecated one in new
	// code (PyGILState_Ensure: PyThreadState_EnsureFromView, PEP 788).
	Successor string

	// ThreadBound is set for functions whose effect is tied to the calling
	// OS thread (thread-state attach and detach): from Go they must run on a
	// goroutine locked with runtime.LockOSThread.
	ThreadBound bool

	// CreatesInterpreter marks Py_NewInterpreter and Py_NewInterpreterFromConfig.
	CreatesInterpreter bool

	// Blocks marks a call that can wait indefinitely (libc I/O, sleeps,
	// locks, joins).
	Blocks bool

	// CallsPython marks calls that may run arbitrary Python code.
	CallsPython bool

	// RefOp is what it does to its argument's reference count.
	RefOp RefOp
	// ReturnsArg marks a borrowed result that is the object passed in
	// (PyObject_Init): not a reference someone else owns.
	ReturnsArg bool
	// NewObject marks a new reference to an object the function builds
	// (PyList_New, PyDict_Keys): derived from refcounts.dat's +1 returns.
	NewObject bool
	// Namespaces are the parameters that take a per-call namespace dict
	// (globals, locals, kwargs).
	Namespaces []int
}

// Lookup returns what the table knows about the C function name.
func Lookup(name string) (*Func, bool) {
	table, _ := loaded()
	f, ok := table[name]
	return f, ok
}

// Names returns every function name in the table, sorted.
func Names() []string {
	_, names := loaded()
	return names
}
