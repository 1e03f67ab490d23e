package flow

// Calls of C functions: the table's thread-state and critical-section
// effects, and the package's own C helpers'.

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/pyvet/pyvet/internal/capi"
	"github.com/pyvet/pyvet/internal/cgocall"
	"github.com/pyvet/pyvet/internal/creader"
)

// ccall applies a C call.
func (w *walker) ccall(c *cgocall.Call, s *State) value {
	ev := w.ccallEvent(c)
	w.emit(ev, s)
	f := ev.Func
	if v, ok := w.pep788Call(c, f, ev, s); ok {
		return v
	}
	if f == nil {
		w.escapeArgsC(c, s)
		if ev.Helper != nil {
			w.helperCCall(c, ev.Helper, s)
		}
		return value{}
	}
	if v, ok := w.threadStateCCall(c, f, ev.Arg, s); ok {
		return v
	}
	switch {
	case f.CritSec.IsBegin() && len(c.Args) > 0:
		w.beginSection(c, f, s)
	case f.CritSec.IsEnd() && len(c.Args) > 0:
		w.endSection(c, s)
	}
	return value{}
}

// ccallEvent is the event of a C call. The package's own helper is judged
// by its body, even when it shares a name with a C function the table
// knows.
func (w *walker) ccallEvent(c *cgocall.Call) *Event {
	var f *capi.Func
	helper := w.r.helpers.Lookup(c.Name)
	if helper == nil {
		f, _ = capi.Lookup(c.Name)
	}
	ev := &Event{Kind: EvCCall, Pos: c.Pos, Node: c.Node, Call: c, Func: f, Helper: helper, Result: w.result}
	if f != nil && (f.State == capi.StateRelease || f.State == capi.StateRelease315 || f.State == capi.StateRestore ||
		f.Handle == capi.HandleGuardClose || f.Handle == capi.HandleViewClose) && len(c.Args) > 0 {
		ev.Arg, ev.ArgConst = w.argKey(c.Args[0])
	}
	return ev
}

// helperCCall applies a C helper of the package: one that ends its
// caller's section or leaves one open, and its thread state.
func (w *walker) helperCCall(c *cgocall.Call, h *creader.Summary, s *State) {
	if h.ClosesCritSec {
		if n := len(s.Sections); n > 0 {
			s.Sections = s.Sections[: n-1 : n-1] // a clone may share the array
		} else {
			w.endForeign(s)
		}
	}
	if h.OpensCritSec {
		s.Sections = append(s.Sections, Section{Site: c.Pos, Call: c.Node, Key: w.r.idx.Render(c.Node), Func: c.Name, Helper: true})
	}
	w.helperState(c, h, s)
}

// threadStateCCall applies a C function's effect on the thread state; ok
// is set when the call returns a token or a saved state.
func (w *walker) threadStateCCall(c *cgocall.Call, f *capi.Func, arg types.Object, s *State) (v value, ok bool) {
	pre, mainTS := s.Attach, s.mainTS
	if f.State != capi.StateNone {
		w.lifecycleCCall(f, arg, pre, s)
	}
	switch f.State {
	case capi.StateEnsure:
		s.Attach = Attached
		return value{kind: vToken, site: c.Pos, from: c.Name, pre: pre}, true
	case capi.StateRelease, capi.StateRelease315:
		if len(c.Args) > 0 {
			w.releaseToken(arg, c.Pos, c.Name, s)
		}
	case capi.StateSave:
		return w.save(c.Name, c.Pos, pre, mainTS, s), true
	case capi.StateRestore:
		w.restoreToken(arg, s)
		s.Attach = Attached
	case capi.StateAcquire, capi.StateInit, capi.StateNewInterp:
		s.Attach = Attached
	case capi.StateReleaseThread, capi.StateFinalize, capi.StateEndInterp:
		s.Attach = Detached
		s.detachedBy(c.Name, c.Pos)
	case capi.StateSwap:
		if len(c.Args) > 0 && isConst(w.r.info, c.Args[0]) {
			s.Attach = Detached
			s.detachedBy("PyThreadState_Swap(nil)", c.Pos)
		} else {
			s.Attach = Attached
		}
	default:
		w.escapeArgsC(c, s)
	}
	return value{}, false
}

// beginSection pushes the section a Begin opens.
func (w *walker) beginSection(c *cgocall.Call, f *capi.Func, s *State) {
	sec := Section{Site: c.Pos, Call: c.Node, Key: w.r.SectionKey(c.Args[0]), Func: c.Name, Two: f.CritSec.Two(),
		Args: c.Args[1:], Mutex: f.CritSec == capi.CritSecBeginMutex || f.CritSec == capi.CritSecBegin2Mutex}
	if u, ok := w.r.stripConv(c.Args[0]).(*ast.UnaryExpr); ok && u.Op == token.AND {
		if id, ok := ast.Unparen(u.X).(*ast.Ident); ok {
			sec.Obj = w.r.info.Uses[id]
		}
	}
	s.Sections = append(s.Sections, sec)
	s.Ended = dropEnded(s.Ended, sec.Key)
}

// endSection ends the innermost section open on the struct an End is
// given, or one its caller began.
func (w *walker) endSection(c *cgocall.Call, s *State) {
	key := w.r.SectionKey(c.Args[0])
	for i := len(s.Sections) - 1; i >= 0; i-- {
		if s.Sections[i].Key == key {
			e := s.Sections[i]
			e.EndSite = c.Pos
			s.Sections = append(s.Sections[:i:i], s.Sections[i+1:]...)
			s.Ended = joinEnded(dropEnded(s.Ended, key), []Section{e})
			return
		}
	}
	w.endForeign(s)
}

// endForeign records an End of a section the caller began.
func (w *walker) endForeign(s *State) {
	w.foreignEnds++
	if s.endsForeign < 4 {
		s.endsForeign++
	}
}

// helperState applies what a C helper does to the thread state, from its
// summary: one that returns holding an Ensure or a restored thread state
// attaches, one that returns detached detaches, and one that releases an
// Ensure it did not take gives back what a sibling helper took (the
// caller's state before it). Helper pairs are not matched token by token.
func (w *walker) helperState(c *cgocall.Call, h *creader.Summary, s *State) {
	var a Attach
	if h.Ensures || h.NetAttach {
		a |= Attached
	}
	if h.NetDetach {
		a |= Detached
		s.detachedBy("C helper "+c.Name, c.Pos)
	}
	if h.Releases && a == 0 {
		a = Restored
	}
	if a != 0 {
		s.Attach = a
	}
}

// HelperStartsThreadState reports whether a C helper leaves the calling OS
// thread with a thread state it attached or detached: from Go, its caller
// must be locked to the thread, as for PyGILState_Ensure.
func HelperStartsThreadState(h *creader.Summary) bool {
	return h != nil && (h.Ensures || h.NetAttach || h.NetDetach)
}

// HelperBlocks reports whether a C helper blocks while attached (it does not
// detach around the wait itself), and in which C function.
func HelperBlocks(h *creader.Summary) (string, bool) {
	if h == nil || !h.Blocks || h.BlocksDetached {
		return "", false
	}
	root, _ := h.Cause("Blocks")
	return root, true
}

func (w *walker) escapeArgsC(c *cgocall.Call, s *State) {
	for _, a := range c.Args {
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
