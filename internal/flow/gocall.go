package flow

// Calls of Go functions: a callee's summary applied at the call.

import (
	"go/ast"
	"go/token"
	"go/types"
)

// call evaluates a call. With deferred set, the arguments were evaluated
// when the defer statement ran.
func (w *walker) call(call *ast.CallExpr, s *State, deferred bool) value {
	if v, ok := w.callInPlace(call, s, deferred); ok {
		return v
	}
	fun := ast.Unparen(call.Fun)
	if !deferred {
		if sel, ok := fun.(*ast.SelectorExpr); ok {
			w.expr(sel.X, s)
		} else if _, ok := fun.(*ast.Ident); !ok {
			w.expr(fun, s)
		}
		w.args(call.Args, s)
	}
	if w.osThreadCall(call, s) {
		return value{}
	}
	callee := w.r.calleeOf(call)
	if w.blockingCall(call, callee, s) {
		return value{}
	}
	if v, ok := w.closureCall(call, s); ok {
		return v
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

// args evaluates a call's arguments.
func (w *walker) args(args []ast.Expr, s *State) {
	for _, a := range args {
		w.expr(a, s)
	}
}

// callInPlace handles the calls that are no Go call of a function: a C
// call, a literal called in place, a conversion, a builtin, and the call
// of the func another call returns (f()()). ok is false for the others.
func (w *walker) callInPlace(call *ast.CallExpr, s *State, deferred bool) (v value, ok bool) {
	if c := w.r.idx.Lookup(call); c != nil {
		if !deferred {
			w.args(c.Args, s)
		}
		return w.ccall(c, s), true
	}
	fun := ast.Unparen(call.Fun)
	if lit, ok := fun.(*ast.FuncLit); ok && w.r.inline[lit] {
		if !deferred {
			w.args(call.Args, s)
		}
		w.inlineLit(lit, s)
		return value{}, true
	}
	if tv, ok := w.r.info.Types[fun]; ok && tv.IsType() {
		if len(call.Args) == 1 {
			return w.expr(call.Args[0], s), true
		}
		return value{}, true
	}
	if id, ok := fun.(*ast.Ident); ok {
		if _, ok := w.r.info.Uses[id].(*types.Builtin); ok {
			if !deferred {
				w.args(call.Args, s)
			}
			return value{}, true
		}
	}
	if inner, ok := fun.(*ast.CallExpr); ok && w.r.idx.Lookup(inner) == nil {
		if !deferred {
			w.returnedFunc(inner, call, s)
		}
		return value{}, true
	}
	return value{}, false
}

// osThreadCall applies runtime.LockOSThread and UnlockOSThread.
func (w *walker) osThreadCall(call *ast.CallExpr, s *State) bool {
	switch {
	case w.r.isRuntime(call, "LockOSThread"):
		w.emit(&Event{Kind: EvLock, Pos: call.Pos(), Node: call}, s)
		lock(s)
		return true
	case w.r.isRuntime(call, "UnlockOSThread"):
		w.emit(&Event{Kind: EvUnlock, Pos: call.Pos(), Node: call}, s)
		w.unlock(s)
		return true
	}
	return false
}

// blockingCall applies a Go mutex's Lock and Unlock and the calls that
// can block.
func (w *walker) blockingCall(call *ast.CallExpr, callee *types.Func, s *State) bool {
	if m, method := w.r.mutexOf(call, callee); m != nil {
		switch method {
		case "Lock", "RLock":
			w.emit(&Event{Kind: EvBlock, Pos: call.Pos(), Node: call, Name: displayName(callee), Mutex: m}, s)
			holdMutex(s, m.Key)
			return true
		case "Unlock", "RUnlock":
			releaseMutex(s, m.Key)
			return true
		}
	}
	if callee != nil {
		if name, ok := blockingName(callee); ok {
			w.emit(&Event{Kind: EvBlock, Pos: call.Pos(), Node: call, Name: name}, s)
			return true
		}
	}
	return false
}

// closureCall applies the call of a closure variable: an iterator's yield,
// a release func, or a literal with a summary.
func (w *walker) closureCall(call *ast.CallExpr, s *State) (value, bool) {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return value{}, false
	}
	obj := w.r.info.Uses[id]
	if obj == nil {
		return value{}, false
	}
	if obj == w.scan.yield {
		w.emit(&Event{Kind: EvYield, Pos: call.Pos(), Node: call, Name: id.Name}, s)
		return value{}, true
	}
	if t, ok := s.tokens.get(obj); ok && t.Kind == TokClosure {
		ev := &Event{Kind: EvGoCall, Pos: call.Pos(), Node: call, Name: id.Name, Summary: t.Closure, Arg: obj}
		w.emit(ev, s)
		w.releaseToken(obj, call.Pos(), id.Name+"()", s)
		if t.Closure != nil {
			w.applyLockSections(t.Closure, call, s)
		}
		return value{}, true
	}
	if lit := w.scan.closureVars[obj]; lit != nil {
		if f := w.r.byLit[lit]; f != nil {
			w.emit(&Event{Kind: EvGoCall, Pos: call.Pos(), Node: call, Name: id.Name, Summary: f.Summary}, s)
			return w.apply(f.Summary, call, id.Name, s), true
		}
	}
	return value{}, false
}

// apply applies a Go callee's summary at a call.
func (w *walker) apply(sum *Summary, call *ast.CallExpr, name string, s *State) value {
	if sum == nil {
		w.escapeArgs(call, 0, 0, s)
		return value{}
	}
	w.escapeArgs(call, sum.ReleasesParams, sum.RestoresParams, s)
	w.applyParams(sum, call, name, s)
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
	w.applyAttach(sum, call.Pos(), name, s)
	w.applyLockSections(sum, call, s)
	switch {
	case sum.ReturnsToken:
		return value{kind: vToken, site: call.Pos(), from: name, pre: pre}
	case sum.ReleaseClosure != nil:
		return value{kind: vRelease, site: call.Pos(), from: name, pre: pre, sum: sum.ReleaseClosure}
	}
	return value{}
}

// applyParams gives back the tokens and saved states the callee releases
// or restores for its caller.
func (w *walker) applyParams(sum *Summary, call *ast.CallExpr, name string, s *State) {
	for i, a := range call.Args {
		if i >= 64 {
			break
		}
		var obj types.Object
		if id := stripIdent(w.r.info, a); id != nil {
			obj = w.r.info.Uses[id]
		}
		if sum.ReleasesParams&(1<<i) != 0 && obj != nil {
			w.releaseToken(obj, call.Pos(), name, s)
		}
		if sum.RestoresParams&(1<<i) != 0 {
			if t, ok := s.tokens.get(obj); !ok || t.Kind != TokSaved {
				s.given = s.Attach // a given state: a save after it gives it back
			}
			if obj != nil {
				w.restoreToken(obj, s)
			}
			s.Attach = Attached
		}
	}
}

// applyAttach applies the callee's effect on the thread state.
func (w *walker) applyAttach(sum *Summary, at token.Pos, name string, s *State) {
	switch sum.Attach {
	case EffAttaches:
		if !sum.ReturnsToken && sum.ReleaseClosure == nil {
			s.held = append(s.held, s.Attach)
		}
		s.Attach = Attached
	case EffDetaches:
		s.Attach = Detached
		s.detachedBy(name, at)
	case EffReleases:
		w.releaseHeld(s)
		if s.Attach&Detached != 0 || s.Attach&Restored != 0 {
			s.detachedBy(name, at)
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
}

// releaseHeld gives back the thread state the last anonymous attach took
// (g.Unlock after g.Lock), or the caller's when there is none.
func (w *walker) releaseHeld(s *State) {
	if n := len(s.held); n > 0 {
		s.Attach = restoredFrom(s.held[n-1])
		s.held = s.held[: n-1 : n-1] // a clone may share the array
	} else {
		s.Attach = Restored
		w.foreignRelease = true
	}
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
			s.Sections = s.Sections[: n-1 : n-1] // a clone may share the array
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
				if t, ok := s.tokens.get(obj); ok && !t.Escapes {
					t.Escapes = true
					s.setToken(obj, t)
				}
			}
		}
	}
}
