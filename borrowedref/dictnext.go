package borrowedref

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/pyvet/pyvet/internal/capi"
	"github.com/pyvet/pyvet/internal/cgocall"
	"github.com/pyvet/pyvet/internal/flow"
)

// checkDictNext reports a PyDict_Next call that does not run inside a
// critical section on the same dict: the flow engine's top-most section at
// the call must lock it on every path.
func (c *checker) checkDictNext(call *cgocall.Call) {
	if len(call.Args) == 0 || c.lockedAt(call.Node, call.Args[0]) || c.private(call.Node, call.Args[0]) {
		return
	}
	dict := c.idx.Render(call.Args[0])
	c.pass.Report(analysis.Diagnostic{
		Pos:      call.Pos,
		End:      c.endOf(call),
		Category: ruleUnlockedIteration,
		Message: fmt.Sprintf("%s outside a critical section on %s: another thread can free its keys and values; "+
			"lock %s with C.%s around the loop", call.Name, dict, dict, capi.CritSecBegin.Name()),
	})
}

// lockedAt reports whether obj is locked at call: the top-most critical
// section open there (on every path: only the top-most one is sure to hold
// its lock) locks obj. A section a Go function or C helper opened locks an
// object this function cannot name; it counts, so as not to cry wolf.
func (c *checker) lockedAt(call *ast.CallExpr, obj ast.Expr) bool {
	secs := c.sectionsAt()[call]
	if len(secs) == 0 {
		return false
	}
	top := secs[len(secs)-1]
	if top.Maybe {
		return false
	}
	return top.Args == nil || c.names(top, obj)
}

// private reports whether dict, at call, is a private container of the
// function (private.go) through the loop around call.
func (c *checker) private(call *ast.CallExpr, dict ast.Expr) bool {
	for _, s := range c.scans {
		if s.body.Pos() <= call.Pos() && call.End() <= s.body.End() {
			return s.priv.privateThrough(dict, call)
		}
	}
	return false
}

// objectKey names an object argument: the user's text after parentheses
// and conversions, so that d and (*C.PyObject)(unsafe.Pointer(d)) match.
func (c *checker) objectKey(e ast.Expr) string {
	return c.idx.Render(flow.StripConversions(c.pass.TypesInfo, e))
}

// sectionsAt returns, for each C call that iterates a dict or a sequence's
// items (PyDict_Next, or a helper of the package that does), the critical
// sections open just before it. It replays only the functions that hold
// such a call; the replay is the one the flow checks share.
func (c *checker) sectionsAt() map[*ast.CallExpr][]flow.Section {
	if c.sections != nil {
		return c.sections
	}
	c.sections = map[*ast.CallExpr][]flow.Section{}
	r := c.pass.ResultOf[flow.Analyzer].(*flow.Result)
	for _, fn := range r.Funcs() {
		r.Walk(fn, func(ev *flow.Event, before *flow.State) {
			var node *ast.CallExpr
			switch {
			case ev.Kind == flow.EvCCall && ev.Call != nil && c.iterates(ev.Call.Name):
				node = ev.Call.Node
			case ev.Kind == flow.EvGoCall:
				if call, ok := ev.Node.(*ast.CallExpr); ok && c.dictSteps()[call] != nil {
					node = call
				}
			}
			if _, seen := c.sections[node]; node != nil && !seen {
				c.sections[node] = before.Sections
			}
		})
	}
	return c.sections
}

// iterates reports whether the C function name iterates without locking:
// PyDict_Next, or a helper of the package that uses PyDict_Next or
// PySequence_Fast_ITEMS without its own critical section.
func (c *checker) iterates(name string) bool {
	if sum := c.h.Lookup(name); sum != nil {
		return sum.DictNext && !sum.DictNextLocked || sum.FastItems && !sum.FastItemsLocked
	}
	f := c.cpython(name)
	return f != nil && f.DictNext
}

// dictSteps returns the package's calls of PyDict_Next wrappers (a 1:1
// binding's PyDict_Next), with the wrapper called.
func (c *checker) dictSteps() map[*ast.CallExpr]*types.Func {
	if c.steps != nil {
		return c.steps
	}
	c.steps = map[*ast.CallExpr]*types.Func{}
	for _, f := range c.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				if fn := staticCallee(c.pass.TypesInfo, call); fn != nil {
					if _, ok := c.dictStep(c.w, fn); ok {
						c.steps[call] = fn
					}
				}
			}
			return true
		})
	}
	return c.steps
}

// checkDictSteps reports calls of PyDict_Next wrappers outside a critical
// section on the dict they are given. A call in a function the flow engine
// replays is judged by the sections open there; one in a function with no
// critical-section event at all is not locked.
func (c *checker) checkDictSteps() {
	steps := c.dictSteps()
	if len(steps) == 0 {
		return
	}
	var replayed []*flow.Func
	r := c.pass.ResultOf[flow.Analyzer].(*flow.Result)
	replayed = r.Funcs()
	for _, f := range c.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || steps[call] == nil {
				return true
			}
			fn := steps[call]
			it, _ := c.dictStep(c.w, fn)
			dict := c.stepArg(call, fn, it.Index)
			if dict == nil || c.private(call, dict) {
				return true
			}
			if _, seen := c.sectionsAt()[call]; seen {
				if c.lockedAt(call, dict) {
					return true
				}
			} else if inReplayed(replayed, call) {
				return true // replayed, yet not seen: unknown
			}
			name := qualified(fn)
			c.pass.Report(analysis.Diagnostic{
				Pos: call.Pos(), End: call.End(), Category: ruleUnlockedIteration,
				Message: fmt.Sprintf("%s is PyDict_Next, outside a critical section on %s: another thread can free its keys and values; "+
					"lock %s around the loop", name, c.idx.Render(dict), c.idx.Render(dict)),
			})
			return true
		})
	}
}

// stepArg returns the argument of call that is fn's parameter i (receiver
// first), or nil.
func (c *checker) stepArg(call *ast.CallExpr, fn *types.Func, i int) ast.Expr {
	if fn.Signature().Recv() != nil {
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return nil
		}
		if i == 0 {
			return sel.X
		}
		i--
	}
	if i < len(call.Args) {
		return call.Args[i]
	}
	return nil
}

// inReplayed reports whether n lies in the body of a function the flow
// engine replays.
func inReplayed(funcs []*flow.Func, n ast.Node) bool {
	for _, f := range funcs {
		if b := f.Body(); b != nil && b.Pos() <= n.Pos() && n.End() <= b.End() {
			return true
		}
	}
	return false
}
