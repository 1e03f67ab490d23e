package flow

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/cfg"

	"github.com/pyvet/pyvet/internal/capi"
	"github.com/pyvet/pyvet/internal/cgocall"
)

// PEP 788 (Python 3.15) in the flow: PyThreadState_Ensure(guard) and
// PyThreadState_EnsureFromView(view) return a token like PyGILState_Ensure
// (tracked as TokGIL, released by PyThreadState_Release), and interpreter
// guards and views are values to close on every path (TokGuard, TokView).
// All of them are NULL on failure, so the branch of an "x == nil" test
// holds none.

// pep788Value is what a PEP 788 call adds to the value it returns.
type pep788Value struct {
	kind     TokenKind    // TokGuard or TokView for handles; TokGIL (zero) keeps the kind
	via      types.Object // the guard or view a token was obtained through
	nullable bool
}

// apply marks t with what v knows.
func (v pep788Value) apply(t *Token) {
	if v.kind != TokGIL {
		t.Kind = v.kind
	}
	t.Via = v.via
	t.Nullable = t.Nullable || v.nullable
}

// pep788Call applies a PEP 788 call: an Ensure attaches and returns a token
// that remembers its guard; opening a guard or view returns a handle;
// closing one gives it back. ok is false for every other call.
func (w *walker) pep788Call(c *cgocall.Call, f *capi.Func, ev *Event, s *State) (v value, ok bool) {
	if f == nil {
		return value{}, false
	}
	switch {
	case f.State == capi.StateEnsure315:
		pre := s.Attach
		s.Attach = Attached
		var via types.Object
		if len(c.Args) > 0 {
			via, _ = w.argKey(c.Args[0])
		}
		return value{kind: vToken, site: c.Pos, from: c.Name, pre: pre, pep: pep788Value{via: via, nullable: true}}, true
	case f.Handle == capi.HandleGuardOpen:
		return value{kind: vHandle, site: c.Pos, from: c.Name, pep: pep788Value{kind: TokGuard, nullable: true}}, true
	case f.Handle == capi.HandleViewOpen:
		return value{kind: vHandle, site: c.Pos, from: c.Name, pep: pep788Value{kind: TokView, nullable: true}}, true
	case f.Handle == capi.HandleGuardClose, f.Handle == capi.HandleViewClose:
		if t, ok := s.tokens.get(ev.Arg); ok && ev.Arg != nil && (t.Kind == TokGuard || t.Kind == TokView) {
			t.Status = Done
			s.setToken(ev.Arg, t)
		}
		return value{}, true
	}
	return value{}, false
}

// refineNil returns the state flowing along edge k of b: where b ends in a
// test of a PEP 788 token, guard or view against nil, the branch on which
// it is nil holds none (the call failed; there is nothing to release).
func (w *walker) refineNil(b *cfg.Block, k int, out *State) *State {
	if out == nil || len(b.Succs) != 2 || len(b.Nodes) == 0 {
		return out
	}
	cond, ok := b.Nodes[len(b.Nodes)-1].(ast.Expr)
	if !ok {
		return out
	}
	be, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return out
	}
	id := nilTested(be)
	if id == nil {
		return out
	}
	obj := w.r.info.Uses[id]
	t, ok := out.tokens.get(obj)
	if !ok || !t.Nullable || obj == nil {
		return out
	}
	// Succs[0] is the true branch.
	if nilBranch := (be.Op == token.EQL) == (k == 0); !nilBranch {
		return out
	}
	c := out.clone()
	t.Status = Never
	c.setToken(obj, t)
	return c
}

// nilTested returns x of "x == nil", "x != nil" (either way round).
func nilTested(be *ast.BinaryExpr) *ast.Ident {
	if be.Op != token.EQL && be.Op != token.NEQ {
		return nil
	}
	x := be.X
	if isNilIdent(x) {
		x = be.Y
	} else if !isNilIdent(be.Y) {
		return nil
	}
	id, _ := ast.Unparen(x).(*ast.Ident)
	return id
}

func isNilIdent(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && id.Name == "nil"
}
