package flow

// What the walker hands the checks: one Event per thing a function does
// that they care about.

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/pyvet/pyvet/internal/capi"
	"github.com/pyvet/pyvet/internal/cgocall"
	"github.com/pyvet/pyvet/internal/creader"
)

// EventKind says what happened at an Event.
type EventKind uint8

func (k EventKind) String() string {
	return [...]string{"ccall", "gocall", "block", "lock", "unlock", "defer", "exit", "yield"}[k]
}

// An Event is one thing a function does that the checks care about.
type Event struct {
	Kind EventKind
	Pos  token.Pos // where to report: "C." of a C call, the call, the operation
	Node ast.Node  // the user-level node (*ast.CallExpr, *ast.SendStmt, *ast.SelectStmt, …)

	Call *cgocall.Call // EvCCall
	Func *capi.Func    // EvCCall: nil when the table does not know the function (a preamble helper)
	// Helper is the summary of the package's own C helper an EvCCall
	// calls, or nil.
	Helper *creader.Summary

	Mutex *Mutex // EvBlock: the Go mutex a Lock or RLock locks

	Callee  *types.Func // EvGoCall: nil when a closure variable is called
	Name    string      // EvGoCall: how to name the callee in a message; EvBlock: the operation
	Summary *Summary    // EvGoCall: the callee's summary, nil if none

	Deferred bool // the call was registered by defer and runs at this exit
	Spawn    bool // the call starts a goroutine: before is that goroutine's fresh state

	// Arg is the variable passed to a releasing call (PyGILState_Release,
	// PyEval_RestoreThread, a Go function that releases its parameter, a
	// release func); ArgConst is set when a constant is passed instead.
	Arg      types.Object
	ArgConst bool
	// Result is the variable an Ensure or SaveThread result is assigned to.
	Result types.Object

	Return *ast.ReturnStmt // EvExit: the return (the CFG materializes the implicit one at the closing brace); nil at a panic
	Panic  bool            // EvExit: the path ends in a panic (deferred calls are not replayed)
	Fn     *Func           // the function being walked
}

// Once remembers which positions a check has reported, since deferred calls
// are replayed at every exit and a check must report each position once.
type Once map[token.Pos]bool

// First reports whether p is new, and records it.
func (o Once) First(p token.Pos) bool {
	if o[p] {
		return false
	}
	o[p] = true
	return true
}
