package flow

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/cfg"
)

const (
	EvCCall  EventKind = iota // a call of a C function (Call, Func)
	EvGoCall                  // a call of a Go function or closure (Callee, Summary)
	EvBlock                   // a Go operation that can block (What)
	EvLock                    // runtime.LockOSThread
	EvUnlock                  // runtime.UnlockOSThread
	EvDefer                   // a defer statement registers a call (Node is the *ast.DeferStmt)
	EvExit                    // the function returns (Return) or panics (Panic); before is the state after its deferred calls ran
	EvYield                   // a range-over-func iterator calls its yield func: the caller's loop body runs here
)

type valKind uint8

const (
	vNone valKind = iota
	vToken
	vSaved
	vRelease
	vLit
	vHandle // a PEP 788 guard or view (pep788.go)
)

type value struct {
	kind valKind
	site token.Pos
	from string
	pre  Attach
	sum  *Summary
	lit  *ast.FuncLit
	pep  pep788Value
	// balanced marks a saved state that is not this function's to restore
	// (see lifecycle.go).
	balanced bool
}

// walker runs one function's flow. It is used once: for the fixpoint (visit
// nil), or for a replay that reports events.
type walker struct {
	r      *Result
	fn     *Func
	scan   *prescan
	visit  func(*Event, *State)
	inline int // depth inside literals called in place
	defers int // depth inside deferred calls run at exit
	result types.Object

	// summary bookkeeping, filled during a replay
	exits          []*State
	retToken       bool
	retSaved       bool
	retClosure     *Summary
	foreignRelease bool
	foreignUnlock  bool
	foreignEnds    int
	sum            Summary

	// cut is set when a fixpoint ran out of its budget (its own or that of
	// a literal called in place): the function is then unknown.
	cut bool
}

func (r *Result) newWalker(f *Func, visit func(*Event, *State)) *walker {
	return &walker{r: r, fn: f, scan: f.scan, visit: visit}
}

func (w *walker) emit(ev *Event, s *State) {
	ev.Fn = w.fn
	ev.Deferred = ev.Deferred || w.defers > 0
	if w.visit != nil {
		w.visit(ev, s)
	}
}

// solve computes the in-state of every block of g from entry.
func (w *walker) solve(g *cfg.CFG, entry *State) []*State {
	in := make([]*State, len(g.Blocks))
	if len(g.Blocks) == 0 {
		return in
	}
	in[0] = entry
	queued := make([]bool, len(g.Blocks))
	work := []int32{0}
	queued[0] = true
	saved := w.visit
	w.visit = nil
	defer func() { w.visit = saved }()
	budget := w.r.budgets.Visits * (len(g.Blocks) + 1)
	for len(work) > 0 && budget > 0 {
		budget--
		i := work[0]
		work = work[1:]
		queued[i] = false
		b := g.Blocks[i]
		out := w.block(b, in[i].clone(), false)
		if out == nil {
			continue
		}
		for k, succ := range b.Succs {
			nj := join(in[succ.Index], w.refineNil(b, k, out))
			if !equal(nj, in[succ.Index]) {
				in[succ.Index] = nj
				if !queued[succ.Index] {
					queued[succ.Index] = true
					work = append(work, succ.Index)
				}
			}
		}
	}
	w.cut = w.cut || len(work) > 0
	return in
}

// replay walks every reachable block once with its in-state, emitting.
// It returns the join of the states at the (non-panic) exits.
func (w *walker) replay(g *cfg.CFG, in []*State) *State {
	var exit *State
	for i, b := range g.Blocks {
		if in[i] == nil || !b.Live {
			continue
		}
		w.block(b, in[i].clone(), true)
	}
	for _, s := range w.exits {
		exit = join(exit, s)
	}
	return exit
}

// block runs b's nodes over s and returns the out-state (nil at an exit).
func (w *walker) block(b *cfg.Block, s *State, replay bool) *State {
	if b.Kind == cfg.KindRangeLoop {
		if rs, ok := b.Stmt.(*ast.RangeStmt); ok {
			if _, ok := typeUnder(w.r.info, rs.X).(*types.Chan); ok {
				w.emit(&Event{Kind: EvBlock, Pos: rs.For, Node: rs, Name: "range over a channel"}, s)
			}
		}
	}
	for _, n := range b.Nodes {
		if ret, ok := n.(*ast.ReturnStmt); ok {
			w.ret(ret, s, replay)
			return nil
		}
		w.node(n, s)
	}
	if len(b.Succs) == 0 {
		// A call that does not return: a panic, os.Exit, log.Fatal.
		if replay && w.inline == 0 {
			w.emit(&Event{Kind: EvExit, Pos: lastPos(b), Panic: true}, s)
		}
		return nil
	}
	return s
}

// lastPos returns the position of a block's last node.
func lastPos(b *cfg.Block) token.Pos {
	if n := len(b.Nodes); n > 0 {
		return b.Nodes[n-1].Pos()
	}
	if b.Stmt != nil {
		return b.Stmt.Pos()
	}
	return token.NoPos
}
