package flow

// Calls of Go functions: a callee's summary applied at the call.

import (
	"go/ast"
	"go/types"
)

// call evaluates a call. With deferred set, the arguments were evaluated
// when the defer statement ran.
func (w *walker) call(call *ast.CallExpr, s *State, deferred bool) value {
	if c := w.r.idx.Lookup(call); c != nil {
		if !deferred {
			for _, a := range c.Args {
				w.expr(a, s)
			}
		}
		return w.ccall(c, s)
	}
	fun := ast.Unparen(call.Fun)
	if lit, ok := fun.(*ast.FuncLit); ok && w.r.inline[lit] {
		if !deferred {
			for _, a := range call.Args {
				w.expr(a, s)
			}
		}
		w.inlineLit(lit, s)
		return value{}
	}
	if tv, ok := w.r.info.Types[fun]; ok && tv.IsType() {
		if len(call.Args) == 1 {
			return w.expr(call.Args[0], s)
		}
		return value{}
	}
	if id, ok := fun.(*ast.Ident); ok {
		if _, ok := w.r.info.Uses[id].(*types.Builtin); ok {
			if !deferred {
				for _, a := range call.Args {
					w.expr(a, s)
				}
			}
			return value{}
		}
	}
	if inner, ok := fun.(*ast.CallExpr); ok && w.r.idx.Lookup(inner) == nil {
		if !deferred {
			w.returnedFunc(inner, call, s)
		}
		return value{}
	}
	if !deferred {
		if sel, ok := fun.(*ast.SelectorExpr); ok {
			w.expr(sel.X, s)
		} else if _, ok := fun.(*ast.Ident); !ok {
			w.expr(fun, s)
		}
		for _, a := range call.Args {
			w.expr(a, s)
		}
	}
	switch {
	case w.r.isRuntime(call, "LockOSThread"):
		w.emit(&Event{Kind: EvLock, Pos: call.Pos(), Node: call}, s)
		lock(s)
		return value{}
	case w.r.isRuntime(call, "UnlockOSThread"):
		w.emit(&Event{Kind: EvUnlock, Pos: call.Pos(), Node: call}, s)
		w.unlock(s)
		return value{}
	}
	callee := w.r.calleeOf(call)
	if m, method := w.r.mutexOf(call, callee); m != nil {
		switch method {
		case "Lock", "RLock":
			w.emit(&Event{Kind: EvBlock, Pos: call.Pos(), Node: call, Name: displayName(callee), Mutex: m}, s)
			holdMutex(s, m.Key)
			return value{}
		case "Unlock", "RUnlock":
			releaseMutex(s, m.Key)
			return value{}
		}
	}
	if callee != nil {
		if name, ok := blockingName(callee); ok {
			w.emit(&Event{Kind: EvBlock, Pos: call.Pos(), Node: call, Name: name}, s)
			return value{}
		}
	}
	// A closure variable: a release func, or a literal with a summary.
	if id, ok := fun.(*ast.Ident); ok {
		if obj := w.r.info.Uses[id]; obj != nil {
			if obj == w.scan.yield {
				w.emit(&Event{Kind: EvYield, Pos: call.Pos(), Node: call, Name: id.Name}, s)
				return value{}
			}
			if t, ok := s.tokens[obj]; ok && t.Kind == TokClosure {
				ev := &Event{Kind: EvGoCall, Pos: call.Pos(), Node: call, Name: id.Name, Summary: t.Closure, Arg: obj}
				w.emit(ev, s)
				w.releaseToken(obj, call.Pos(), id.Name+"()", s)
				if t.Closure != nil {
					w.applyLockSections(t.Closure, call, s)
				}
				return value{}
			}
			if lit := w.scan.closureVars[obj]; lit != nil {
				if f := w.r.byLit[lit]; f != nil {
					w.emit(&Event{Kind: EvGoCall, Pos: call.Pos(), Node: call, Name: id.Name, Summary: f.Summary}, s)
					return w.apply(f.Summary, call, id.Name, s)
				}
			}
		}
	}
	if callee == nil {
		return value{}
	}
	sum := w.r.Summary(callee)
	name := displayName(callee)
	w.emit(&Event{Kind: EvGoCall, Pos: call.Pos(), Node: call, Callee: callee, Name: name, Summary: sum}, s)
	if sum == nil && s.Attach.SurelyDetached() && w.r.outOfSight(callee) {
		s.Attach |= Inherited // an implementation out of sight may attach
	}
	return w.apply(sum, call, name, s)
}

// apply applies a Go callee's summary at a call.
func (w *walker) apply(sum *Summary, call *ast.CallExpr, name string, s *State) value {
	if sum == nil {
		w.escapeArgs(call, 0, 0, s)
		return value{}
	}
	w.escapeArgs(call, sum.ReleasesParams, sum.RestoresParams, s)
	for i, a := range call.Args {
		if i < 64 && sum.ReleasesParams&(1<<i) != 0 {
			if id := stripIdent(w.r.info, a); id != nil {
				if obj := w.r.info.Uses[id]; obj != nil {
					w.releaseToken(obj, call.Pos(), name, s)
				}
			}
		}
		if i < 64 && sum.RestoresParams&(1<<i) != 0 {
			var obj types.Object
			if id := stripIdent(w.r.info, a); id != nil {
				obj = w.r.info.Uses[id]
			}
			if t, ok := s.tokens[obj]; !ok || t.Kind != TokSaved {
				s.given = s.Attach // a given state: a save after it gives it back
			}
			if obj != nil {
				w.restoreToken(obj, s)
			}
			s.Attach = Attached
		}
	}
	pre, mainTS := s.Attach, s.mainTS
	if sum.ReturnsSaved {
		v := w.save(name, call.Pos(), pre, mainTS, s)
		w.applyLockSections(sum, call, s)
		if sum.Finalizes {
			finalize(s)
		}
		return v
	}
	if sum.Attach != EffNone && sum.RestoresParams == 0 {
		s.mainTS, s.given = sum.Inits && sum.Attach == EffAttaches, 0
	}
	if sum.Finalizes {
		finalize(s)
	}
	switch sum.Attach {
	case EffAttaches:
		if !sum.ReturnsToken && sum.ReleaseClosure == nil {
			s.held = append(s.held, s.Attach)
		}
		s.Attach = Attached
	case EffDetaches:
		s.Attach = Detached
		s.detachedBy(name, call.Pos())
	case EffReleases:
		if n := len(s.held); n > 0 {
			s.Attach = restoredFrom(s.held[n-1])
			s.held = s.held[:n-1]
		} else {
			s.Attach = Restored
			w.foreignRelease = true
		}
		if s.Attach&Detached != 0 || s.Attach&Restored != 0 {
			s.detachedBy(name, call.Pos())
		}
	case EffMayAttach:
		s.Attach |= Attached
	case EffMayChange:
		s.Attach |= Attached | Unknown
	case EffMayDetach:
		s.Attach |= Unknown
	case EffMayRelease:
		s.Attach |= Unknown
		if len(s.held) == 0 {
			w.foreignRelease = true
		}
	}
	w.applyLockSections(sum, call, s)
	switch {
	case sum.ReturnsToken:
		return value{kind: vToken, site: call.Pos(), from: name, pre: pre}
	case sum.ReturnsSaved:
		return value{kind: vSaved, site: call.Pos(), from: name, pre: pre}
	case sum.ReleaseClosure != nil:
		return value{kind: vRelease, site: call.Pos(), from: name, pre: pre, sum: sum.ReleaseClosure}
	}
	return value{}
}

func (w *walker) applyLockSections(sum *Summary, call *ast.CallExpr, s *State) {
	if sum.Lock > 0 {
		lock(s)
	} else if sum.Lock < 0 {
		w.unlock(s)
	}
	for i := int8(0); i < sum.Sections; i++ {
		s.Sections = append(s.Sections, Section{Site: call.Pos(), Key: w.r.idx.Render(call), Func: sum.SectionWhy, BeginAt: sum.sectionAt})
	}
	for i := sum.Sections; i < 0; i++ {
		if n := len(s.Sections); n > 0 {
			s.Sections = s.Sections[:n-1]
		} else {
			w.endForeign(s)
		}
	}
}

// escapeArgs marks the tokens passed to a call that does not give them
// back as escaping: the callee keeps them.
func (w *walker) escapeArgs(call *ast.CallExpr, rel, res uint64, s *State) {
	for i, a := range call.Args {
		if i < 64 && (rel|res)&(1<<i) != 0 {
			continue
		}
		if id := stripIdent(w.r.info, a); id != nil {
			if obj := w.r.info.Uses[id]; obj != nil {
				if t, ok := s.tokens[obj]; ok && !t.Escapes {
					t.Escapes = true
					s.setToken(obj, t)
				}
			}
		}
	}
}
