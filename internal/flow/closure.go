package flow

import "go/ast"

// Closures that end what they begin: a function that attaches or begins a
// critical section and returns a func that undoes it (a release func,
// Summary.ReleaseClosure). Its caller keeps the func (release :=
// acquire(); defer release(): a TokClosure token), or calls it at once
// or by defer without naming it: acquire()() and defer x.Lock()(). The
// returned func is then applied where it runs.

// returnedFunc evaluates the call that yields the func a call f()(…) calls,
// and its arguments; with deferred set (defer f()(…) at an exit), the
// defer statement evaluated them already.
func (w *walker) returnedFunc(inner, call *ast.CallExpr, s *State) {
	v := w.expr(inner, s)
	for _, a := range call.Args {
		w.expr(a, s)
	}
	w.callRelease(v, call, s)
}

// callRelease applies a release func (a vRelease value) called at call.
func (w *walker) callRelease(v value, call *ast.CallExpr, s *State) {
	if v.kind != vRelease || v.sum == nil {
		return
	}
	w.emit(&Event{Kind: EvGoCall, Pos: call.Pos(), Node: call, Name: "the release func from " + v.from, Summary: v.sum}, s)
	w.undo(v.sum, v.pre, v.from, call, s)
}

// undo applies what a release func gives back: the thread state before
// its acquire (pre), and the sections and OS-thread lock it ends.
func (w *walker) undo(sum *Summary, pre Attach, from string, call *ast.CallExpr, s *State) {
	switch sum.Attach {
	case EffReleases:
		s.Attach = restoredFrom(pre)
		if s.Attach&(Detached|Restored) != 0 {
			s.detachedBy("the release func from "+from, call.Pos())
		}
	case EffDetaches:
		s.Attach = Detached
		s.detachedBy("the release func from "+from, call.Pos())
	}
	w.applyLockSections(sum, call, s)
}
