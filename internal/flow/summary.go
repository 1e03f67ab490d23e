package flow

import (
	"fmt"
	"go/token"
	"strings"
)

// Effect is a Go function's net effect on its caller's thread state.
type Effect uint8

const (
	EffNone     Effect = iota
	EffAttaches        // returns with a thread state attached (PyGILState_Ensure kept, Py_Initialize, a RestoreThread)
	EffDetaches        // returns detached (PyEval_SaveThread kept, Py_Finalize)
	EffReleases        // gives back a thread state its caller took through another function (g.Unlock after g.Lock)

	// On some paths only (a helper that attaches unless it already holds
	// the thread state): the caller's state afterwards is its own or the
	// changed one, which the checks treat as unknown.
	EffMayAttach  // attaches on some paths
	EffMayDetach  // detaches on some paths
	EffMayRelease // gives back its caller's thread state on some paths
	EffMayChange  // attaches on some paths and detaches or gives back on others
)

func (e Effect) String() string {
	return [...]string{"none", "attaches", "detaches", "releases", "attaches-some", "detaches-some", "releases-some", "changes-some"}[e]
}

// A Summary is what a Go function does to its caller, as far as the thread
// state goes. Summaries of package-level functions and methods travel to
// other packages as facts; those of function literals stay in the package.
// The zero Summary means "nothing of interest".
type Summary struct {
	Attach Effect

	// Blocks is set when the function can wait indefinitely while its
	// caller's thread state is in effect; BlockWhy names the first such
	// operation, as a chain: "time.Sleep" or "pkg.wait → time.Sleep".
	Blocks   bool
	BlockWhy string
	blockAt  token.Pos // the operation, when it is in this package (not carried by facts)

	// Mutex is the first Go mutex it locks while its caller's state is in
	// effect (MutexWhy the chain, as BlockWhy): a blocking operation only
	// when it is a hazard (mutex.go), which the package of the mutex
	// decides and then records in Blocks.
	Mutex    *Mutex
	MutexWhy string
	mutexAt  token.Pos

	// MayAttach is set when it attaches a thread state anywhere, balanced
	// or not (MayAttachWhy names the chain): called while a Go mutex is
	// held, the holder may wait for a thread state.
	MayAttach    bool
	MayAttachWhy string

	// Lock is the function's net effect on runtime.LockOSThread: +1 it
	// returns locked, -1 it unlocks its caller's lock.
	Lock int8

	// Sections is the net number of critical sections it leaves open
	// (negative: it closes its caller's); SectionWhy names the C function.
	Sections   int8
	SectionWhy string
	// EndsSome marks a -1 that holds on some paths only: it ends its
	// caller's section on some and returns with it open on others (an
	// iterator that ends it when exhausted).
	EndsSome bool
	// sectionAt is the Begin of the section it leaves open (+1), when that
	// is in this package (not carried by facts): a finding about the
	// section at its caller points there.
	sectionAt token.Pos

	// Begins is set when the function begins a critical section, balanced
	// or not, while its caller's sections are open (directly, through a C
	// helper of the package, or through a Go callee): called inside a
	// section, it nests. BeginsWhy names the chain: "PyCriticalSection_Begin",
	// "C.count_locked → Py_BEGIN_CRITICAL_SECTION",
	// "pkg.lockDict → PyCriticalSection_Begin".
	Begins    bool
	BeginsWhy string

	// RequiresLocked: it attaches or detaches a thread state (LockWhy: the
	// C function, e.g. "PyGILState_Ensure") and leaves runtime.LockOSThread
	// to its callers.
	RequiresLocked bool
	LockWhy        string

	// NeedsThreadState: it calls the C API (NeedsWhy: the first function)
	// with its caller's thread state, which must therefore be attached.
	NeedsThreadState bool
	NeedsWhy         string

	// Inits: it starts Python (Py_Initialize*), leaving the main thread
	// state attached; Finalizes: it ends Python (Py_Finalize*), and with it
	// every thread state (see lifecycle.go).
	Inits     bool
	Finalizes bool

	// ReturnsToken: it returns a PyGILState token its caller must release;
	// ReturnsSaved: a *PyThreadState from PyEval_SaveThread to restore.
	ReturnsToken bool
	ReturnsSaved bool

	// ReleasesParams and RestoresParams are bit sets of parameter indexes
	// (receiver excluded) that it passes to PyGILState_Release or
	// PyEval_RestoreThread.
	ReleasesParams uint64
	RestoresParams uint64

	// ReleaseClosure is set when it returns a func that undoes what it did
	// (func acquire() func() { st := Ensure(); return func() { Release(st) } }):
	// the summary of that func.
	ReleaseClosure *Summary
}

// BlockAt returns where the function's first blocking operation is, for a
// finding's Related position: NoPos when it is in another package.
func (s *Summary) BlockAt() token.Pos {
	if s == nil {
		return token.NoPos
	}
	return s.blockAt
}

// portable returns s as a fact carries it: without positions, which mean
// nothing in another package's file set.
func (s *Summary) portable() Summary {
	c := *s
	c.blockAt, c.mutexAt, c.sectionAt = token.NoPos, token.NoPos, token.NoPos
	if c.Blocks {
		c.Mutex, c.MutexWhy = nil, "" // a hazard: Blocks says it
	}
	if c.ReleaseClosure != nil {
		rc := c.ReleaseClosure.portable()
		c.ReleaseClosure = &rc
	}
	return c
}

// IsZero reports whether s says nothing.
func (s *Summary) IsZero() bool { return s == nil || s.equal(&Summary{}) }

// asksFlow reports whether a caller of the function needs a flow for it:
// anything but "attaching", which matters only to callers that hold a Go
// mutex, and those have a flow anyway (the lock is a blocking operation).
func (s *Summary) asksFlow() bool {
	if s == nil || !s.MayAttach {
		return !s.IsZero()
	}
	c := *s
	c.MayAttach, c.MayAttachWhy = false, ""
	return !c.IsZero()
}

// Stateful reports whether calling the function changes the caller's
// thread state, lock or sections, or hands it a token: a caller of such a
// function needs a flow analysis.
func (s *Summary) Stateful() bool {
	return s != nil && (s.Attach != EffNone || s.Lock != 0 || s.Sections != 0 || s.ReturnsToken || s.ReturnsSaved ||
		s.ReleasesParams != 0 || s.RestoresParams != 0 || s.ReleaseClosure != nil || s.RequiresLocked ||
		s.Inits || s.Finalizes)
}

func (s *Summary) String() string {
	if s == nil {
		return "{}"
	}
	var parts []string
	if s.Attach != EffNone {
		parts = append(parts, s.Attach.String())
	}
	if s.Blocks {
		parts = append(parts, "blocks("+s.BlockWhy+")")
	}
	if s.Mutex != nil {
		parts = append(parts, "mutex("+s.Mutex.Key+")")
	}
	if s.MayAttach {
		parts = append(parts, "attaching("+s.MayAttachWhy+")")
	}
	if s.Lock > 0 {
		parts = append(parts, "locks")
	} else if s.Lock < 0 {
		parts = append(parts, "unlocks")
	}
	if s.Sections != 0 {
		parts = append(parts, fmt.Sprintf("sections(%+d %s)", s.Sections, s.SectionWhy))
	}
	if s.EndsSome {
		parts = append(parts, "endssome")
	}
	if s.Begins {
		parts = append(parts, "begins("+s.BeginsWhy+")")
	}
	if s.RequiresLocked {
		parts = append(parts, "needslock("+s.LockWhy+")")
	}
	if s.NeedsThreadState {
		parts = append(parts, "needsts("+s.NeedsWhy+")")
	}
	if s.Inits {
		parts = append(parts, "inits")
	}
	if s.Finalizes {
		parts = append(parts, "finalizes")
	}
	if s.ReturnsToken {
		parts = append(parts, "returnstoken")
	}
	if s.ReturnsSaved {
		parts = append(parts, "returnssaved")
	}
	if s.ReleasesParams != 0 {
		parts = append(parts, fmt.Sprintf("releases(%b)", s.ReleasesParams))
	}
	if s.RestoresParams != 0 {
		parts = append(parts, fmt.Sprintf("restores(%b)", s.RestoresParams))
	}
	if s.ReleaseClosure != nil {
		parts = append(parts, "releasefunc"+s.ReleaseClosure.String())
	}
	return "{" + strings.Join(parts, " ") + "}"
}

// equal reports whether a and b say the same, field by field (nil is the
// zero Summary). The positions (blockAt, mutexAt, sectionAt) are
// commentary, for a finding's Related position, and do not count:
// TestSummaryEqualComparesEveryField keeps this list complete.
func (a *Summary) equal(b *Summary) bool {
	if a == nil {
		a = &Summary{}
	}
	if b == nil {
		b = &Summary{}
	}
	return a.Attach == b.Attach &&
		a.Blocks == b.Blocks && a.BlockWhy == b.BlockWhy &&
		sameMutex(a.Mutex, b.Mutex) && a.MutexWhy == b.MutexWhy &&
		a.MayAttach == b.MayAttach && a.MayAttachWhy == b.MayAttachWhy &&
		a.Lock == b.Lock &&
		a.Sections == b.Sections && a.SectionWhy == b.SectionWhy && a.EndsSome == b.EndsSome &&
		a.Begins == b.Begins && a.BeginsWhy == b.BeginsWhy &&
		a.RequiresLocked == b.RequiresLocked && a.LockWhy == b.LockWhy &&
		a.NeedsThreadState == b.NeedsThreadState && a.NeedsWhy == b.NeedsWhy &&
		a.Inits == b.Inits && a.Finalizes == b.Finalizes &&
		a.ReturnsToken == b.ReturnsToken && a.ReturnsSaved == b.ReturnsSaved &&
		a.ReleasesParams == b.ReleasesParams && a.RestoresParams == b.RestoresParams &&
		sameClosure(a.ReleaseClosure, b.ReleaseClosure)
}

// sameClosure compares two release funcs' summaries: a func that does
// nothing is not no func.
func sameClosure(a, b *Summary) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.equal(b)
}

// sameMutex compares two mutexes by value: each use of a mutex makes a
// new *Mutex.
func sameMutex(a, b *Mutex) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

// summaryFact carries a package-level function's or method's Summary to
// the packages that import it.
type summaryFact struct{ S Summary }

func (*summaryFact) AFact()           {}
func (f *summaryFact) String() string { return "flow" + f.S.String() }

// subinterpFact marks a package that creates subinterpreters or imports
// one that does.
type subinterpFact struct {
	Pkg  string // the package that calls the creating function
	Func string // Py_NewInterpreter or Py_NewInterpreterFromConfig
}

func (*subinterpFact) AFact()           {}
func (f *subinterpFact) String() string { return "subinterpreters(" + f.Pkg + ": " + f.Func + ")" }

// interpWrapperFact marks a function that only wraps the creation of a
// subinterpreter (a binding's Py_NewInterpreter): its callers create one.
type interpWrapperFact struct {
	Func string // the C function at the root: "Py_NewInterpreter"
}

func (*interpWrapperFact) AFact()           {}
func (f *interpWrapperFact) String() string { return "creates-interpreter(" + f.Func + ")" }

// interpWrappersFact marks a package that exports an interpWrapperFact:
// its importers look for calls of its wrappers; the others need not.
type interpWrappersFact struct{}

func (*interpWrappersFact) AFact()         {}
func (*interpWrappersFact) String() string { return "exports-interpreter-wrappers" }
