package borrowedref

import (
	"fmt"

	"golang.org/x/tools/go/analysis"

	"github.com/pyvet/pyvet/internal/capi"
	"github.com/pyvet/pyvet/internal/cgocall"
	"github.com/pyvet/pyvet/internal/creader"
)

// checkHelperCall reports a call of the package's own C helper whose body
// has a borrowed-reference hazard, at the Go call, naming the C API inside.
// A helper that returns a borrowed reference is reported where its result
// is used (see report).
func (c *checker) checkHelperCall(call *cgocall.Call, sum *creader.Summary) {
	if sum.UsesBorrowed != "" && sum.ReturnsBorrowed == "" {
		root, through := sum.Cause("UsesBorrowed")
		msg := fmt.Sprintf("C helper %s calls %s%s, whose borrowed reference another thread can free before the helper is done with it",
			call.Name, root, viaText(through))
		if f, ok := capi.Lookup(root); ok && f.Replacement != nil {
			msg += fmt.Sprintf("; use %s", f.Replacement.Name)
		}
		c.report(call, ruleHelperBorrow, msg)
	}
	if sum.DictNext && !sum.DictNextLocked && !c.lockedAtCall(call, sum.DictNextParam) {
		c.report(call, ruleUnlockedIteration, fmt.Sprintf("C helper %s iterates a dict with PyDict_Next outside a critical section on it; "+
			"wrap the loop in Py_BEGIN_CRITICAL_SECTION(dict) in the helper", call.Name))
	}
	if sum.FastItems && !sum.FastItemsLocked && !c.lockedAtCall(call, sum.FastItemsParam) {
		c.report(call, ruleUnlockedIteration, fmt.Sprintf("C helper %s reads PySequence_Fast_ITEMS outside a critical section on the sequence; "+
			"wrap it in Py_BEGIN_CRITICAL_SECTION(seq) in the helper", call.Name))
	}
}

// lockedAtCall reports whether the Go caller holds a critical section on
// the helper's argument param around the call.
func (c *checker) lockedAtCall(call *cgocall.Call, param int) bool {
	return param >= 0 && param < len(call.Args) && c.lockedAt(call.Node, call.Args[param])
}

func viaText(through string) string {
	if through == "" {
		return ""
	}
	return " via " + through
}

func (c *checker) report(call *cgocall.Call, rule, msg string) {
	c.pass.Report(analysis.Diagnostic{Pos: call.Pos, End: c.endOf(call), Category: rule, Message: msg})
}
