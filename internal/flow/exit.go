package flow

// Deferred calls and returns.

import (
	"go/ast"
	"slices"
)

// deferStmt registers a deferred call; its arguments are evaluated now.
func (w *walker) deferStmt(d *ast.DeferStmt, s *State) {
	call := d.Call
	var rel value
	if c := w.r.idx.Lookup(call); c != nil {
		for _, a := range c.Args {
			w.expr(a, s)
		}
	} else {
		fun := ast.Unparen(call.Fun)
		if sel, ok := fun.(*ast.SelectorExpr); ok {
			w.expr(sel.X, s)
		} else if inner, ok := fun.(*ast.CallExpr); ok && w.r.idx.Lookup(inner) == nil {
			rel = w.expr(inner, s) // defer x.Lock()(): Lock runs now, its func at exit
		}
		for _, a := range call.Args {
			w.expr(a, s)
		}
	}
	w.emit(&Event{Kind: EvDefer, Pos: d.Defer, Node: d}, s)
	for _, x := range s.defers {
		if x.stmt == d {
			return // a defer in a loop: once is enough for the state
		}
	}
	s.defers = append(s.defers, deferred{stmt: d, rel: rel})
}

// ret handles a return: results, then deferred calls, then the exit.
func (w *walker) ret(ret *ast.ReturnStmt, s *State, replay bool) {
	for _, res := range ret.Results {
		v := w.expr(res, s)
		switch v.kind {
		case vToken:
			w.retToken = true
		case vSaved:
			w.retSaved = true
		case vLit:
			if f := w.r.byLit[v.lit]; f != nil && undoes(f.Summary) {
				w.retClosure = f.Summary
			}
		}
		if id := stripIdent(w.r.info, res); id != nil {
			if obj := w.r.info.Uses[id]; obj != nil {
				if t, ok := s.tokens.get(obj); ok {
					switch t.Kind {
					case TokGIL:
						w.retToken = true
					case TokSaved:
						w.retSaved = true
					case TokClosure:
						w.retClosure = t.Closure
					}
					t.Escapes = true
					s.setToken(obj, t)
				}
				if lit := w.scan.closureVars[obj]; lit != nil {
					if f := w.r.byLit[lit]; f != nil && undoes(f.Summary) {
						w.retClosure = f.Summary
					}
				}
			}
		}
	}
	w.runDefers(s)
	if !replay {
		return
	}
	if w.inline == 0 {
		w.emit(&Event{Kind: EvExit, Pos: ret.Pos(), Node: ret, Return: ret}, s)
	}
	w.exits = append(w.exits, s.clone())
}

// undoes reports whether a closure's summary gives something back.
func undoes(s *Summary) bool {
	return s != nil && (s.Attach == EffReleases || s.Attach == EffDetaches || s.Lock < 0 || s.Sections < 0)
}

// runDefers runs the registered deferred calls, last first.
func (w *walker) runDefers(s *State) {
	defers := s.defers
	s.defers = nil
	w.defers++
	defer func() { w.defers-- }()
	for i := len(defers) - 1; i >= 0; i-- {
		call := defers[i].stmt.Call
		if defers[i].rel.kind == vRelease {
			w.callRelease(defers[i].rel, call, s)
			continue
		}
		w.call(call, s, true)
	}
}

// deferred is a call registered by defer, run at function exit.
type deferred struct {
	stmt *ast.DeferStmt
	rel  value // defer f()(): the release func f returned when the defer ran
}

// deferStack is the pending-defers domain of a State: the calls defer
// statements registered, in order, each statement once. Its slices are
// never written in place.
type deferStack []deferred

// join keeps the common prefix, then the rest of both sides, each defer
// statement once.
func (a deferStack) join(b deferStack) deferStack {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	if i == len(a) && i == len(b) {
		return a[:i:i]
	}
	out := append(deferStack(nil), a[:i]...)
	seen := map[*ast.DeferStmt]bool{}
	for _, d := range out {
		seen[d.stmt] = true
	}
	for _, d := range append(append(deferStack(nil), a[i:]...), b[i:]...) {
		if !seen[d.stmt] {
			seen[d.stmt] = true
			out = append(out, d)
		}
	}
	return out
}

func (a deferStack) equal(b deferStack) bool { return slices.Equal(a, b) }
