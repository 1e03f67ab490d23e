package critsecnest

import (
	"go/ast"

	"github.com/pyvet/pyvet/internal/capi"
	"github.com/pyvet/pyvet/internal/cgocall"
)

// A section begun or ended through a C helper of the package
// (pyCriticalSection_Begin(&cs, o) wrapping PyCriticalSection_Begin, with a
// fallback for older Pythons) names its struct by the helper's
// CritSecParam: the escaping-section and Go-memory rules follow it as
// they follow the direct calls.

// sectionOp says what a C call does to a critical section: its struct
// argument, the objects it locks (Begin only), and whether it begins or
// ends one. A helper whose struct parameter is unknown does neither here.
type sectionOp struct {
	arg    ast.Expr
	objs   []ast.Expr
	begin  bool
	end    bool
	two    bool
	helper bool
}

func (c *checker) sectionOp(cc *cgocall.Call) (sectionOp, bool) {
	if cc == nil || len(cc.Args) == 0 {
		return sectionOp{}, false
	}
	if h := c.r.Helpers().Lookup(cc.Name); h != nil {
		p := h.CritSecParam
		if p < 0 || p >= len(cc.Args) || h.OpensCritSec == h.ClosesCritSec {
			return sectionOp{}, false
		}
		var objs []ast.Expr
		for i, a := range cc.Args {
			if i != p {
				objs = append(objs, a)
			}
		}
		return sectionOp{arg: cc.Args[p], objs: objs, begin: h.OpensCritSec, end: h.ClosesCritSec, helper: true}, true
	}
	f, ok := capi.Lookup(cc.Name)
	if !ok || (!f.CritSec.IsBegin() && !f.CritSec.IsEnd()) {
		return sectionOp{}, false
	}
	return sectionOp{arg: cc.Args[0], objs: cc.Args[1:], begin: f.CritSec.IsBegin(), end: f.CritSec.IsEnd(), two: f.CritSec.Two()}, true
}
