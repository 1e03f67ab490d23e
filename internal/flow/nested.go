package flow

// Function literals called in place, and go statements.

import (
	"go/ast"
	"go/types"

	"github.com/pyvet/pyvet/internal/capi"
	"golang.org/x/tools/go/cfg"
)

// inlineLit runs a literal called in place with the current state: its
// events are the enclosing function's, its deferred calls run at its own
// exits.
func (w *walker) inlineLit(lit *ast.FuncLit, s *State) {
	if w.inline > 8 {
		return
	}
	g := cfg.New(lit.Body, w.r.mayReturn)
	sub := &walker{r: w.r, fn: w.fn, scan: w.scan, visit: w.visit, inline: w.inline + 1, defers: w.defers}
	entry := s.clone()
	entry.defers = nil
	in := sub.solve(g, entry)
	exit := sub.replay(g, in)
	w.foreignRelease = w.foreignRelease || sub.foreignRelease
	w.foreignUnlock = w.foreignUnlock || sub.foreignUnlock
	w.foreignEnds += sub.foreignEnds
	w.cut = w.cut || sub.cut
	if exit == nil {
		return // never returns
	}
	defers := s.defers
	*s = *exit.clone()
	s.defers = defers
}

// spawn handles a go statement: the call runs on a fresh goroutine.
func (w *walker) spawn(g *ast.GoStmt, s *State) {
	call := g.Call
	fresh := &State{}
	fresh.Attach, fresh.Lock, fresh.DetachedBy = Detached, Unlocked, "the start of the goroutine"
	if c := w.r.idx.Lookup(call); c != nil {
		for _, a := range c.Args {
			w.expr(a, s)
		}
		f, _ := capi.Lookup(c.Name)
		w.emit(&Event{Kind: EvCCall, Pos: c.Pos, Node: c.Node, Call: c, Func: f, Spawn: true}, fresh)
		w.escapeArgsC(c, s)
		return
	}
	fun := ast.Unparen(call.Fun)
	for _, a := range call.Args {
		w.expr(a, s)
	}
	if _, ok := fun.(*ast.FuncLit); ok {
		return // analyzed on its own, from a fresh state
	}
	if sel, ok := fun.(*ast.SelectorExpr); ok {
		w.expr(sel.X, s)
	}
	w.escapeArgs(call, 0, 0, s)
	callee := w.r.calleeOf(call)
	var sum *Summary
	name := types.ExprString(fun)
	if callee != nil {
		sum = w.r.Summary(callee)
		name = displayName(callee)
	} else if id, ok := fun.(*ast.Ident); ok {
		if lit := w.scan.closureVars[w.r.info.Uses[id]]; lit != nil && w.r.byLit[lit] != nil {
			sum = w.r.byLit[lit].Summary
		}
	}
	w.emit(&Event{Kind: EvGoCall, Pos: call.Pos(), Node: call, Callee: callee, Name: name, Summary: sum, Spawn: true}, fresh)
}
