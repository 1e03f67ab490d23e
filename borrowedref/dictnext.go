package borrowedref

import (
	"fmt"
	"go/ast"

	"golang.org/x/tools/go/analysis"

	"github.com/pyvet/pyvet/internal/cgocall"
	"github.com/pyvet/pyvet/internal/flow"
)

// checkDictNext reports a PyDict_Next call that does not run inside a
// critical section on the same dict: the flow engine's top-most section at
// the call must lock it on every path.
func (c *checker) checkDictNext(call *cgocall.Call) {
	if len(call.Args) == 0 || c.lockedAt(call, call.Args[0]) {
		return
	}
	dict := c.idx.Render(call.Args[0])
	c.pass.Report(analysis.Diagnostic{
		Pos:      call.Pos,
		End:      c.endOf(call),
		Category: ruleUnlockedIteration,
		Message: fmt.Sprintf("PyDict_Next outside a critical section on %s: it does not lock the dict, so another thread can change it "+
			"and free the borrowed key and value mid-loop on free-threaded Python; run the loop between "+
			"C.PyCriticalSection_Begin(&cs, %s) and C.PyCriticalSection_End(&cs) in this function", dict, dict),
	})
}

// lockedAt reports whether obj is locked at call: the top-most critical
// section open there (on every path: only the top-most one is sure to hold
// its lock) locks obj. A section a Go function or C helper opened locks an
// object this function cannot name; it counts, so as not to cry wolf.
func (c *checker) lockedAt(call *cgocall.Call, obj ast.Expr) bool {
	secs := c.sectionsAt()[call.Node]
	if len(secs) == 0 {
		return false
	}
	top := secs[len(secs)-1]
	if top.Maybe {
		return false
	}
	if top.Args == nil {
		return true
	}
	want := c.objectKey(obj)
	for _, a := range top.Args {
		if c.objectKey(a) == want {
			return true
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
			if ev.Kind != flow.EvCCall || ev.Call == nil || !c.iterates(ev.Call.Name) {
				return
			}
			if _, seen := c.sections[ev.Call.Node]; !seen {
				c.sections[ev.Call.Node] = before.Sections
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
