// Package flow is pyvet's one flow engine: a forward dataflow analysis of
// each function's control-flow graph (golang.org/x/tools/go/cfg) that
// tracks, at every program point, what the Python thread state, the OS
// thread lock and the critical sections are. gilstate, blocking, osthread
// and critsecnest all read it; none of them runs its own flow.
//
// # What is analyzed
//
// Every function declaration and every function literal that is not cgo's
// own wrapper. A literal called in place (func(){…}() or defer
// func(){…}()) is part of its enclosing function and runs with its state;
// the body of go func(){…}() is analyzed on its own from a fresh
// goroutine's state; any other literal (stored, passed, returned) is
// analyzed on its own from an unknown state. A CFG is built only for the
// functions that need one: those with C calls, runtime.LockOSThread or
// UnlockOSThread, a blocking operation, a go statement, or a call of a
// function whose summary is not empty. A package with no C calls whose
// imports carry no facts costs one check and nothing else.
//
// # The lattice
//
// A State is the product of small lattices, one per concern, each with
// its own join and equality (state.go lists them; lattice_test.go tests
// each), joined at merges mostly by union (so "maybe" is a set with more
// than one element):
//
//   - Attach ⊆ {Attached, Detached, Inherited, Restored, Unknown}:
//     Inherited is the caller's state at the entry of a function with
//     unknown callers; Restored is the caller's state again after a
//     PyGILState_Release gave back this function's Ensure (the code took a
//     token because the caller may be detached, so it may be detached
//     now); Unknown follows a callee that changes it on some paths only.
//   - Lock ⊆ {Locked, Unlocked, LockInherited}, plus the count of this
//     function's own LockOSThread calls still in effect (min at merges).
//   - tokens: per local variable, a Token (PyGILState token, saved
//     *PyThreadState, or release func returned by a Go function) with a
//     Status ⊆ {Live, Done, Never}; a variable missing on one side of a
//     merge gets Never there. Discarded Ensure results are tokens too.
//   - Sections: the stack of open critical sections; at a merge the common
//     prefix stays, the rest of both sides is kept (each Begin once) and
//     marked Maybe.
//   - the Go mutexes held (a set), and the pending defers (common prefix,
//     then the rest of both sides).
//
// Loops run to a fixpoint (the lattice is finite: the same defer statement
// or Begin call is never stacked twice). Work budgets (Budgets) bound
// pathological graphs: a function a budget cuts short is unknown and
// silent, and -debug=v names it.
//
// # Entry states
//
//	//export function     Attached, Locked (in a package that uses Python, helpers.Python;
//	                      elsewhere its C caller is not Python: as any other function)
//	go func(){…}() body   Detached, Unlocked
//	main.main             Detached; Locked if an init of the package calls runtime.LockOSThread
//	init                  Detached, Locked: runtime.main locks the main goroutine to the main OS
//	                      thread while the inits run, and unlocks it before main (runtime/proc.go)
//	tests, t.Run bodies,  Detached, Unlocked: started on a goroutine of their own (entries.go);
//	finalizers, AfterFunc, a named function also called directly, or exported, joins this
//	HTTP handlers, funcs   with its callers' state
//	a go statement hands
//	over
//	funcs stored for      Inherited, Unlocked: a thread-state call there needs its own lock
//	callers out of sight
//	any other function    Inherited, LockInherited (Unlocked if it calls runtime.LockOSThread itself:
//	                      a function that locks does not rely on its callers, so a lock after the
//	                      Ensure is seen as too late)
//
// An entry that claims a thread state is attached when it starts holds only
// where Python is on the other side of cgo: it asks helpers.Python, the one
// predicate for "this package uses the CPython C API".
//
// A call through an unexported interface of the package applies what every
// implementation the package declares or names does (iface.go); after a
// call through an exported one, a detached state becomes unknown.
//
// # Transfer
//
// C calls act through the table (capi.Func.State, CritSec): Ensure attaches
// and yields a token whose release restores the state before it;
// SaveThread detaches and yields a saved state; RestoreThread, AcquireThread,
// Py_Initialize* and Py_NewInterpreter* attach; ReleaseThread, Py_Finalize*,
// Py_EndInterpreter and PyThreadState_Swap(nil) detach; Begin pushes a
// section and End pops the innermost one with the same struct (named by
// SectionKey: the argument's text after conversions, so a cast through
// unsafe.Pointer names the same struct) and records it in State.Ended
// until that struct is begun again. A C helper of the package (its
// summary from internal/helpers) that leaves a section open pushes one,
// named by its call; one that ends its caller's pops the innermost. A Go call
// applies the callee's Summary. defer evaluates the call's arguments when
// it runs and the call itself at every return, last registered first —
// cgo's deferred wrapper closure included (the index hands over the C
// call). A panic (or os.Exit, log.Fatal, runtime.Goexit) ends the path:
// deferred calls are not replayed there, and its exit event is marked
// Panic, which the balance checks ignore. select evaluates its channel
// operations without counting them as blocking; without a default the
// select is one blocking operation. goto and labels are ordinary CFG edges.
// A value stored in a field or global, returned, captured by a closure
// that is not called in place, or passed to a function that does not give
// it back, Escapes: its balance is someone else's business.
//
// # Summaries and facts
//
// Summaries are computed bottom-up over the package's static call graph
// (typeutil.Callee) to a fixpoint, and exported as facts on functions and
// methods for the packages that import them. A Summary says: the net
// Effect on the caller's thread state (attaches, detaches, releases what a
// sibling attached), whether it blocks while the caller's state is in
// effect, its net effect on LockOSThread and on open sections, whether it
// begins a critical section at all (Begins: called inside a section, it
// nests), whether it needs its caller locked (it attaches or detaches without a lock of its
// own) or attached (it calls the C API with the caller's state), whether
// it returns a token or a saved state, which parameters it releases or
// restores, and the summary of the release func it returns. A package
// fact records that a package creates subinterpreters or imports one that
// does.
//
// # API
//
//	Analyzer                          the engine; Result is *Result
//	(*Result).Funcs() []*Func         functions with a flow, in source order
//	(*Result).Walk(fn, visit)         replay fn; visit(ev, before) per Event
//	(*Result).Summary(*types.Func)    a callee's summary (local or fact)
//	(*Result).Subinterpreters()       whether the package is in a subinterpreter program
//	(*Result).Index()                 the cgo call index
//	(*Result).Helpers()               the package's C helper summaries
//	(*Result).SectionKey(e)           how a Begin or End names its struct
//	Event                             EvCCall, EvGoCall, EvBlock, EvLock, EvUnlock, EvDefer, EvExit
//	State                             Attach, Lock, Sections, Ended, EndedOn(key), DetachedBy, Token(obj), Tokens(), LockedHere()
//
// Events come in block order; a deferred call is replayed at every exit it
// runs at (Event.Deferred), so a check reports each position once. The
// Go-side list of blocking operations is blocking.go; the C side is the
// table's Blocks.
package flow
