package borrowedref

import (
	"go/ast"
	"go/token"

	"github.com/pyvet/pyvet/internal/capi"
	"github.com/pyvet/pyvet/internal/flow"
)

// lockedRead reports whether b, an item borrowed from a list or dict, is
// read inside a critical section on that container and used only while
// the section holds: the free-threading HOWTO's pattern
// (Py_BEGIN_CRITICAL_SECTION(list); item = PyList_GetItem(list, i);
// Py_INCREF(item); Py_END_CRITICAL_SECTION()). The section must be the
// top-most one at the read on every path (only the innermost section is
// sure to hold its lock), and no critical-section call, nor any point where
// the section is not the top-most, may come between the read and the last
// use (Py_IncRef or Py_NewRef ends the borrow: later reads are of a strong
// reference). The flow engine's replay says which sections are open where.
func (s *scan) lockedRead(b *borrow) bool {
	container, read := s.containerRead(b)
	if container == nil || b.firstUse < read.Pos() {
		return false // a use before the read in source order: an earlier iteration's item
	}
	r := s.c.pass.ResultOf[flow.Analyzer].(*flow.Result)
	fn := s.c.flowFuncOf(r, read)
	if fn == nil {
		return false
	}
	site, ok := s.c.sectionAtRead(r, fn, read, container)
	if !ok {
		return false
	}
	held := true
	r.Walk(fn, func(ev *flow.Event, before *flow.State) {
		if ev.Deferred || ev.Kind == flow.EvExit || ev.Node == nil || ev.Node == ast.Node(read) {
			return
		}
		if p := ev.Node.Pos(); p < b.at || b.lastUse <= p {
			return
		}
		if top, ok := topSection(before); !ok || top.Site != site || changesSections(ev) {
			held = false
		}
	})
	return held
}

// containerRead returns the container a borrowed item b is read from (a
// list or dict getter's container argument, directly or through a binding's
// wrapper of it) and the call that reads it; nil for other borrows.
func (s *scan) containerRead(b *borrow) (ast.Expr, *ast.CallExpr) {
	var api string
	var read *ast.CallExpr
	switch {
	case b.call != nil && !b.helper:
		api, read = b.call.Name, b.call.Node
	case b.wrapper != nil && b.goCall != nil:
		wc, ok := s.c.wrapsOf(s.w, b.wrapper)
		if !ok {
			return nil, nil
		}
		api, read = wc.CFunc, b.goCall
	default:
		return nil, nil
	}
	if f, ok := capi.Lookup(api); !ok || f.Container() != capi.ContainerReads {
		return nil, nil
	}
	return s.priv.source(b), read
}

// sectionAtRead returns the Begin site of the section that locks container
// at read: the top-most section open there on every path, begun on it.
func (c *checker) sectionAtRead(r *flow.Result, fn *flow.Func, read *ast.CallExpr, container ast.Expr) (token.Pos, bool) {
	var site token.Pos
	found := false
	r.Walk(fn, func(ev *flow.Event, before *flow.State) {
		if found || ev.Deferred || ev.Node != ast.Node(read) {
			return
		}
		found = true
		if top, ok := topSection(before); ok && c.locks(top, container) {
			site = top.Site
		}
	})
	return site, site.IsValid()
}

// topSection returns the innermost section open before an event, when it
// is open on every path reaching it.
func topSection(s *flow.State) (flow.Section, bool) {
	if len(s.Sections) == 0 {
		return flow.Section{}, false
	}
	top := s.Sections[len(s.Sections)-1]
	return top, !top.Maybe
}

// locks reports whether sec locks the object obj: a Begin (or Begin2)
// naming it. A section a Go function or C helper opened names no object.
func (c *checker) locks(sec flow.Section, obj ast.Expr) bool {
	return !sec.Mutex && c.names(sec, obj)
}

// names reports whether one of the objects sec's Begin names is obj.
func (c *checker) names(sec flow.Section, obj ast.Expr) bool {
	want := c.objectKey(obj)
	for _, a := range sec.Args {
		if c.objectKey(a) == want {
			return true
		}
	}
	return false
}

// changesSections reports whether an event may begin or end a critical
// section: a Begin or End, a C helper that opens or closes one, a Go call
// whose summary leaves one open or ends its caller's.
func changesSections(ev *flow.Event) bool {
	switch {
	case ev.Func != nil:
		return ev.Func.CritSec != capi.CritSecNone
	case ev.Helper != nil:
		return ev.Helper.OpensCritSec || ev.Helper.ClosesCritSec || ev.Helper.UsesCritSec
	case ev.Summary != nil:
		return ev.Summary.Sections != 0 || ev.Summary.EndsSome
	}
	return false
}

// flowFuncOf returns the function the flow engine replays whose body holds
// n most closely (a function literal inside a declaration wins), or nil.
func (c *checker) flowFuncOf(r *flow.Result, n ast.Node) *flow.Func {
	if c.flows == nil {
		c.flows = r.Funcs()
	}
	var best *flow.Func
	for _, f := range c.flows {
		b := f.Body()
		if b == nil || n.Pos() < b.Pos() || b.End() < n.End() {
			continue
		}
		if best == nil || best.Body().Pos() < b.Pos() {
			best = f
		}
	}
	return best
}
