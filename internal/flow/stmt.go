package flow

// The walker's statements and expressions: which values (tokens, release
// funcs, literals) they yield and bind to variables.

import (
	"go/ast"
	"go/token"
	"go/types"
)

// node applies one CFG node.
func (w *walker) node(n ast.Node, s *State) {
	if st, ok := n.(ast.Stmt); ok {
		if sel := w.scan.comms[st]; sel != nil {
			w.comm(st, sel, s)
			return
		}
	}
	switch n := n.(type) {
	case *ast.AssignStmt:
		w.assign(n.Lhs, n.Rhs, n.Tok, s)
	case *ast.ValueSpec:
		lhs := make([]ast.Expr, len(n.Names))
		for i, id := range n.Names {
			lhs[i] = id
		}
		if len(n.Values) == 0 {
			for _, id := range n.Names {
				if obj := w.r.info.Defs[id]; obj != nil && n.Type != nil && isTokenType(n.Type) {
					s.setToken(obj, Token{Kind: TokGIL, Status: Never, Escapes: w.scan.escapes[obj]})
				}
			}
			return
		}
		w.assign(lhs, n.Values, token.DEFINE, s)
	case *ast.ExprStmt:
		v := w.expr(n.X, s)
		w.discard(v, n.X, s)
	case *ast.SendStmt:
		w.expr(n.Chan, s)
		w.expr(n.Value, s)
		if !w.r.roomy[n] {
			w.emit(&Event{Kind: EvBlock, Pos: n.Arrow, Node: n, Name: "channel send"}, s)
		}
	case *ast.IncDecStmt:
		w.expr(n.X, s)
	case *ast.GoStmt:
		w.spawn(n, s)
	case *ast.DeferStmt:
		w.deferStmt(n, s)
	case *ast.LabeledStmt, *ast.EmptyStmt, *ast.BranchStmt:
	case ast.Expr:
		w.expr(n, s)
	default:
		w.children(n, s)
	}
}

// isTokenType reports whether a declared type is PyGILState_STATE.
func isTokenType(t ast.Expr) bool {
	switch t := t.(type) {
	case *ast.SelectorExpr:
		return t.Sel.Name == "PyGILState_STATE"
	case *ast.Ident:
		return t.Name == "_Ctype_PyGILState_STATE"
	}
	return false
}

// comm evaluates one communication of a select: its channel operation is
// not blocking by itself; the select as a whole is, without a default.
func (w *walker) comm(st ast.Stmt, sel *ast.SelectStmt, s *State) {
	if w.scan.firstComm[st] && !hasDefault(sel) {
		w.emit(&Event{Kind: EvBlock, Pos: sel.Select, Node: sel, Name: "select without a default case"}, s)
	}
	recv := func(e ast.Expr) {
		if u, ok := ast.Unparen(e).(*ast.UnaryExpr); ok && u.Op == token.ARROW {
			w.expr(u.X, s)
			return
		}
		w.expr(e, s)
	}
	switch st := st.(type) {
	case *ast.SendStmt:
		w.expr(st.Chan, s)
		w.expr(st.Value, s)
	case *ast.ExprStmt:
		recv(st.X)
	case *ast.AssignStmt:
		for _, e := range st.Rhs {
			recv(e)
		}
		for _, l := range st.Lhs {
			w.bind(l, value{}, nil, s)
		}
	}
}

func hasDefault(sel *ast.SelectStmt) bool {
	for _, cc := range sel.Body.List {
		if cc.(*ast.CommClause).Comm == nil {
			return true
		}
	}
	return false
}

// assign evaluates right-hand sides, then binds.
func (w *walker) assign(lhs, rhs []ast.Expr, tok token.Token, s *State) {
	for _, l := range lhs {
		if _, ok := l.(*ast.Ident); !ok {
			w.expr(l, s) // index and selector operands may call
		}
	}
	vals := make([]value, len(rhs))
	for i, e := range rhs {
		w.result = nil
		if len(lhs) == len(rhs) || i == 0 {
			if id, ok := lhs[i].(*ast.Ident); ok {
				w.result = w.objOf(id)
			}
		}
		vals[i] = w.expr(e, s)
		w.result = nil
	}
	if len(lhs) == len(rhs) {
		for i := range lhs {
			w.bind(lhs[i], vals[i], rhs[i], s)
		}
		return
	}
	for i, l := range lhs {
		v := value{}
		if i == 0 && len(vals) == 1 {
			v = vals[0]
		}
		w.bind(l, v, nil, s)
	}
}

func (w *walker) objOf(id *ast.Ident) types.Object {
	if obj := w.r.info.Defs[id]; obj != nil {
		return obj
	}
	return w.r.info.Uses[id]
}

func (w *walker) local(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	return ok && !v.IsField() && obj.Pos() >= w.fn.body.Pos() && obj.Pos() < w.fn.body.End()
}

// bind records what a variable now holds.
func (w *walker) bind(l ast.Expr, v value, rhs ast.Expr, s *State) {
	id, ok := ast.Unparen(l).(*ast.Ident)
	if !ok {
		return // stored in a field or element: someone else gives it back
	}
	if id.Name == "_" {
		if rhs != nil {
			w.discard(v, rhs, s)
		}
		return
	}
	obj := w.objOf(id)
	if obj == nil {
		return
	}
	if !w.local(obj) {
		return // a global or captured variable: not this function's to give back
	}
	switch v.kind {
	case vToken, vSaved, vRelease, vHandle:
		t := Token{Kind: TokGIL, Status: Live, Site: v.site, From: v.from, Pre: v.pre, Escapes: w.scan.escapes[obj] || v.balanced, Closure: v.sum}
		if v.kind == vSaved {
			t.Kind = TokSaved
		} else if v.kind == vRelease {
			t.Kind = TokClosure
		}
		v.pep.apply(&t)
		s.setToken(obj, t)
	default:
		if t, ok := s.tokens.get(obj); ok {
			if rhs != nil && isConst(w.r.info, rhs) {
				t.Status = Never
				s.setToken(obj, t)
			} else {
				s.dropToken(obj)
			}
		}
	}
}

// discard handles a value thrown away: an Ensure or SaveThread whose
// result is never kept cannot be given back.
func (w *walker) discard(v value, e ast.Expr, s *State) {
	if v.kind != vToken && v.kind != vSaved && v.kind != vRelease && v.kind != vHandle || v.balanced {
		return
	}
	t := Token{Kind: TokGIL, Status: Live, Site: v.site, From: v.from, Pre: v.pre, Discarded: true, Closure: v.sum}
	switch v.kind {
	case vSaved:
		t.Kind = TokSaved
	case vRelease:
		t.Kind = TokClosure
	}
	v.pep.apply(&t)
	s.setToken(e, t)
}

func isConst(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	if ok && tv.Value != nil {
		return true
	}
	if id, ok := ast.Unparen(e).(*ast.Ident); ok && id.Name == "nil" {
		return true
	}
	return false
}

// children evaluates the calls and receives under n in source order.
func (w *walker) children(n ast.Node, s *State) {
	ast.Inspect(n, func(m ast.Node) bool {
		if m == n || m == nil {
			return true
		}
		switch m := m.(type) {
		case *ast.CallExpr, *ast.FuncLit:
			w.expr(m.(ast.Expr), s)
			return false
		case *ast.UnaryExpr:
			if m.Op == token.ARROW {
				w.expr(m, s)
				return false
			}
		}
		return true
	})
}

// expr evaluates e and returns what it yields.
func (w *walker) expr(e ast.Expr, s *State) value {
	switch e := e.(type) {
	case nil:
		return value{}
	case *ast.ParenExpr:
		return w.expr(e.X, s)
	case *ast.CallExpr:
		return w.call(e, s, false)
	case *ast.UnaryExpr:
		if e.Op == token.ARROW {
			w.expr(e.X, s)
			w.emit(&Event{Kind: EvBlock, Pos: e.OpPos, Node: e, Name: "channel receive"}, s)
			return value{}
		}
		w.expr(e.X, s)
		return value{}
	case *ast.FuncLit:
		if w.r.inline[e] || w.r.idx.IsWrapper(e) {
			return value{}
		}
		return value{kind: vLit, lit: e}
	case *ast.Ident, *ast.BasicLit:
		return value{}
	}
	w.children(e, s)
	return value{}
}
