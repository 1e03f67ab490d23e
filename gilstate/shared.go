package gilstate

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/pyvet/pyvet/internal/capi"
	"github.com/pyvet/pyvet/internal/flow"
)

// A thread-state token in a shared place: g.state = C.PyGILState_Ensure()
// in a method a second caller can enter before the matching Release (a
// second Lock on another goroutine, or nested) overwrites the first token,
// and the Releases then restore the wrong states. A token kept in a local,
// returned, or stored in a struct this call made is per call; so is one
// stored under a sync.Mutex the function leaves held (the Release side
// unlocks it), or under a check of the receiver's own flag
// (if !g.held { … }).

// sharedTokens reports Ensure results stored where another Ensure can
// overwrite them: in a global, or in a field of a method's receiver when
// the package calls that method on a shared value (a global, a field).
// A receiver pyvet cannot see shared is its callers' business: silent.
func sharedTokens(pass *analysis.Pass, r *flow.Result, once flow.Once) {
	releases := releasedFields(pass, r)
	var shared map[*types.Func]ast.Expr
	for _, fn := range r.Funcs() {
		inspectOwn(fn.Body(), func(n ast.Node, conds []ast.Expr) {
			as, ok := n.(*ast.AssignStmt)
			if !ok || len(as.Lhs) != len(as.Rhs) {
				return
			}
			for i, rhs := range as.Rhs {
				from, ok := ensureCall(pass, r, rhs)
				if !ok {
					continue
				}
				where, root, field := sharedPlace(pass, fn, as.Lhs[i])
				if where == "" || where == "parameter" || guarded(pass, fn, as, root, conds) {
					continue
				}
				lhs := r.Index().Render(as.Lhs[i])
				var by ast.Expr
				msg := fmt.Sprintf("%s's token stored in the global %s: a second Ensure overwrites it before the Release; "+
					"keep the token in a local or a per-call value", from, lhs)
				if where == "receiver" {
					if shared == nil {
						shared = sharedReceivers(pass)
					}
					if by = shared[fn.Obj]; by == nil {
						continue
					}
					msg = fmt.Sprintf("%s's token stored in %s: a second %s on the shared %s overwrites it before the "+
						"Release; keep the token in a local or a per-call value", from, lhs, fn.Obj.Name(), types.ExprString(by))
				}
				if !once.First(rhs.Pos()) {
					continue
				}
				d := analysis.Diagnostic{Pos: rhs.Pos(), End: rhs.End(), Category: ruleSharedToken, Message: msg}
				if by != nil {
					d.Related = append(d.Related, analysis.RelatedInformation{Pos: by.Pos(), Message: "shared here"})
				}
				if rel, ok := releases[field]; ok && field != nil {
					d.Related = append(d.Related, analysis.RelatedInformation{Pos: rel, Message: "released here"})
				}
				pass.Report(d)
			}
		})
	}
}

// sharedReceivers finds, per method, a call of it in the package on a
// value more than one caller reaches: a global, or a field.
func sharedReceivers(pass *analysis.Pass) map[*types.Func]ast.Expr {
	out := map[*types.Func]ast.Expr{}
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
			if !ok {
				return true
			}
			fn, ok := typeutil.Callee(pass.TypesInfo, call).(*types.Func)
			if !ok || out[fn] != nil {
				return true
			}
			if isShared(pass.TypesInfo, sel.X) {
				out[fn] = sel.X
			}
			return true
		})
	}
	return out
}

// isShared reports whether x is a global or a field.
func isShared(info *types.Info, x ast.Expr) bool {
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		v, ok := info.Uses[x].(*types.Var)
		return ok && isGlobal(v)
	case *ast.SelectorExpr:
		if s := info.Selections[x]; s != nil {
			return s.Kind() == types.FieldVal
		}
		v, ok := info.Uses[x.Sel].(*types.Var)
		return ok && isGlobal(v)
	case *ast.UnaryExpr:
		return x.Op == token.AND && isShared(info, x.X)
	}
	return false
}

// ensureCall reports whether e (after conversions) takes a PyGILState
// token: the C call, or a Go function that returns one.
func ensureCall(pass *analysis.Pass, r *flow.Result, e ast.Expr) (string, bool) {
	call, ok := flow.StripConversions(pass.TypesInfo, e).(*ast.CallExpr)
	if !ok {
		return "", false
	}
	if c := r.Index().Lookup(call); c != nil {
		f, ok := capi.Lookup(c.Name)
		if ok && (f.State == capi.StateEnsure || f.State == capi.StateEnsure315) && r.Helpers().Lookup(c.Name) == nil {
			return c.Name, true
		}
		return "", false
	}
	fn, _ := typeutil.Callee(pass.TypesInfo, call).(*types.Func)
	if s := r.Summary(fn); s != nil && s.ReturnsToken {
		return fn.Name(), true
	}
	return "", false
}

// sharedPlace says what lhs shares its token with: "receiver" or
// "parameter" when lhs is a field reached through this function's pointer
// receiver or parameter, "global" for a global or a field of one; "" for
// anything per call (a local, a struct this call made). root is the
// variable at its root, field the field stored into.
func sharedPlace(pass *analysis.Pass, fn *flow.Func, lhs ast.Expr) (where string, root types.Object, field types.Object) {
	info := pass.TypesInfo
	e := ast.Unparen(lhs)
	if sel, ok := e.(*ast.SelectorExpr); ok {
		if s := info.Selections[sel]; s != nil && s.Kind() == types.FieldVal {
			field = s.Obj()
		}
	}
	for {
		switch x := e.(type) {
		case *ast.SelectorExpr:
			if s := info.Selections[x]; s == nil || s.Kind() != types.FieldVal {
				if v, ok := info.Uses[x.Sel].(*types.Var); ok && isGlobal(v) {
					return "global", v, field // pkg.Var
				}
				return "", nil, nil
			}
			e = ast.Unparen(x.X)
		case *ast.StarExpr:
			e = ast.Unparen(x.X)
		case *ast.IndexExpr:
			e = ast.Unparen(x.X)
		case *ast.Ident:
			v, ok := info.Uses[x].(*types.Var)
			if !ok || v == nil {
				return "", nil, nil
			}
			if isGlobal(v) {
				return "global", v, field
			}
			if e == ast.Unparen(lhs) {
				return "", nil, nil // a local or a parameter itself, not a field of it
			}
			if _, ptr := v.Type().Underlying().(*types.Pointer); !ptr {
				return "", nil, nil
			}
			if what := paramKind(pass, fn, v); what != "" {
				return what, v, field
			}
			return "", nil, nil
		default:
			return "", nil, nil
		}
	}
}

func isGlobal(v *types.Var) bool { return v.Pkg() != nil && v.Parent() == v.Pkg().Scope() }

// paramKind says whether v is fn's receiver or one of its parameters.
func paramKind(pass *analysis.Pass, fn *flow.Func, v *types.Var) string {
	var ft *ast.FuncType
	if fn.Decl != nil {
		ft = fn.Decl.Type
		if fn.Decl.Recv != nil {
			for _, f := range fn.Decl.Recv.List {
				for _, n := range f.Names {
					if pass.TypesInfo.Defs[n] == v {
						return "receiver"
					}
				}
			}
		}
	} else {
		ft = fn.Lit.Type
	}
	for _, f := range ft.Params.List {
		for _, n := range f.Names {
			if pass.TypesInfo.Defs[n] == v {
				return "parameter"
			}
		}
	}
	return ""
}

// guarded reports whether the store cannot be reached twice before the
// Release: under a check of a flag reached from the same root, or after a
// sync mutex Lock that the function leaves held.
func guarded(pass *analysis.Pass, fn *flow.Func, as *ast.AssignStmt, root types.Object, conds []ast.Expr) bool {
	info := pass.TypesInfo
	for _, c := range conds {
		found := false
		ast.Inspect(c, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && root != nil && info.Uses[id] == root {
				found = true
			}
			return !found
		})
		if found {
			return true
		}
	}
	locked := map[string]bool{}
	unlocked := map[string]bool{}
	ast.Inspect(fn.Body(), func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		callee, _ := typeutil.Callee(info, call).(*types.Func)
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if callee == nil || !ok || callee.Pkg() == nil || callee.Pkg().Path() != "sync" {
			return true
		}
		switch callee.Name() {
		case "Lock":
			if call.Pos() < as.Pos() {
				locked[types.ExprString(sel.X)] = true
			}
		case "Unlock":
			unlocked[types.ExprString(sel.X)] = true
		}
		return true
	})
	for m := range locked {
		if !unlocked[m] {
			return true
		}
	}
	return false
}

// releasedFields finds, per field, a PyGILState_Release of a token read
// from it: the other end of a shared token, for the finding's Related.
func releasedFields(pass *analysis.Pass, r *flow.Result) map[types.Object]token.Pos {
	out := map[types.Object]token.Pos{}
	for _, c := range r.Index().Calls() {
		f, ok := capi.Lookup(c.Name)
		if !ok || (f.State != capi.StateRelease && f.State != capi.StateRelease315) || len(c.Args) == 0 {
			continue
		}
		sel, ok := flow.StripConversions(pass.TypesInfo, c.Args[0]).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		if s := pass.TypesInfo.Selections[sel]; s != nil && s.Kind() == types.FieldVal {
			if _, seen := out[s.Obj()]; !seen {
				out[s.Obj()] = c.Pos
			}
		}
	}
	return out
}

// inspectOwn visits the statements of body that run in its function (not
// in func literals, which are functions of their own), with the
// conditions of the if statements around each.
func inspectOwn(body *ast.BlockStmt, visit func(n ast.Node, conds []ast.Expr)) {
	var conds []ast.Expr
	var walk func(n ast.Node) bool
	walk = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.IfStmt:
			if n.Init != nil {
				ast.Inspect(n.Init, walk)
			}
			conds = append(conds, n.Cond)
			ast.Inspect(n.Body, walk)
			if n.Else != nil {
				ast.Inspect(n.Else, walk)
			}
			conds = conds[:len(conds)-1]
			return false
		case nil:
			return true
		}
		visit(n, conds)
		return true
	}
	ast.Inspect(body, walk)
}
