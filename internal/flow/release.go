package flow

// Giving back what was taken: tokens released, saved states restored.

import (
	"go/ast"
	"go/token"
	"go/types"
)

// restoredFrom maps the state before a take to the state after its give
// back: the caller's own state stays the caller's, marked Restored.
func restoredFrom(pre Attach) Attach {
	if pre&Inherited != 0 {
		pre = pre&^Inherited | Restored
	}
	return pre
}

// argKey returns the tracked variable a releasing call is given.
func (w *walker) argKey(e ast.Expr) (types.Object, bool) {
	if isConst(w.r.info, e) {
		return nil, true
	}
	if id := stripIdent(w.r.info, e); id != nil {
		return w.r.info.Uses[id], false
	}
	return nil, false
}

// releaseToken gives back the token in obj (PyGILState_Release or a
// release func, named by) and restores the state before it was taken.
func (w *walker) releaseToken(obj types.Object, at token.Pos, by string, s *State) {
	t, ok := s.tokens.get(obj)
	if !ok {
		if obj != nil {
			if _, isParam := w.scan.params[obj]; isParam {
				s.Attach = restoredFrom(Inherited)
				s.detachedBy(by, at)
				return
			}
		}
		w.releaseHeld(s)
		s.detachedBy(by, at)
		return
	}
	if t.Status&Live != 0 {
		s.Attach = restoredFrom(t.Pre)
		if s.Attach&(Detached|Restored) != 0 {
			s.detachedBy(by, at)
		}
	}
	t.Status = Done
	s.setToken(obj, t)
}

func (w *walker) restoreToken(obj types.Object, s *State) {
	if t, ok := s.tokens.get(obj); ok && t.Kind == TokSaved {
		t.Status = Done
		s.setToken(obj, t)
		return
	}
	// Restoring a thread state obtained another way (PyThreadState_Get
	// before a discarded SaveThread, a subinterpreter's): it gives back what
	// a discarded SaveThread took.
	for k, t := range s.tokens.m {
		if t.Kind == TokSaved && t.Discarded && t.Status&Live != 0 {
			t.Status = Done
			s.setToken(k, t)
		}
	}
}
