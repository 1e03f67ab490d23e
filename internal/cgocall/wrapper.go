package cgocall

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// A wrapper is the closure cmd/cgo writes around a C call whose arguments
// need pointer checks (see rewriteCall in cmd/cgo/gcc.go):
//
//	func() T { _cgo0 := p; var _cgo1 T = i; _cgoCheckPointer(_cgo0, nil); return _Cfunc_f(_cgo0, _cgo1) }()
//	func() { _cgo0 := p; _cgoCheckPointer(_cgo0, nil); _Cfunc_f(_cgo0) }()
//	func() func() { _cgo0 := p; return func() { _cgoCheckPointer(_cgo0, nil); _Cfunc_f(_cgo0) } }()()  // defer
//
// Temporaries _cgoBaseN, _cgoIndexN and _cgoSliceN hold the operand of &x,
// &a[i] and a[i:j] arguments.
type wrapper struct {
	inner *ast.CallExpr       // the _Cfunc_ call inside
	lits  []*ast.FuncLit      // the closures cgo wrote
	temps map[string]ast.Expr // _cgo… temporary → its initialiser
}

// unwrap recognizes a wrapper call. It accepts nothing else: any statement
// cgo does not write makes it an ordinary closure.
func unwrap(call *ast.CallExpr) (*wrapper, bool) {
	if len(call.Args) != 0 {
		return nil, false
	}
	w := &wrapper{temps: map[string]ast.Expr{}}
	var stmts []ast.Stmt
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.FuncLit: // plain wrapper
		if !noParams(fun) {
			return nil, false
		}
		w.lits = append(w.lits, fun)
		stmts = fun.Body.List
	case *ast.CallExpr: // deferred wrapper: the outer closure returns the inner one
		outer, ok := ast.Unparen(fun.Fun).(*ast.FuncLit)
		if !ok || len(fun.Args) != 0 || !noParams(outer) || len(outer.Body.List) == 0 {
			return nil, false
		}
		body := outer.Body.List
		ret, ok := body[len(body)-1].(*ast.ReturnStmt)
		if !ok || len(ret.Results) != 1 {
			return nil, false
		}
		inner, ok := ret.Results[0].(*ast.FuncLit)
		if !ok || !noParams(inner) {
			return nil, false
		}
		w.lits = append(w.lits, outer, inner)
		stmts = append(append([]ast.Stmt(nil), body[:len(body)-1]...), inner.Body.List...)
	default:
		return nil, false
	}
	if len(stmts) == 0 {
		return nil, false
	}
	for _, s := range stmts[:len(stmts)-1] {
		if !w.setup(s) {
			return nil, false
		}
	}
	var last ast.Expr
	switch s := stmts[len(stmts)-1].(type) {
	case *ast.ReturnStmt:
		if len(s.Results) != 1 {
			return nil, false
		}
		last = s.Results[0]
	case *ast.ExprStmt:
		last = s.X
	default:
		return nil, false
	}
	inner, ok := last.(*ast.CallExpr)
	if !ok {
		return nil, false
	}
	id, ok := ast.Unparen(inner.Fun).(*ast.Ident)
	if !ok {
		return nil, false
	}
	if _, _, ok := cName(id.Name); !ok {
		return nil, false
	}
	w.inner = inner
	return w, true
}

// setup accepts one statement of a wrapper's prologue.
func (w *wrapper) setup(s ast.Stmt) bool {
	switch s := s.(type) {
	case *ast.AssignStmt: // _cgoN := expr
		if s.Tok != token.DEFINE || len(s.Lhs) != 1 || len(s.Rhs) != 1 {
			return false
		}
		id, ok := s.Lhs[0].(*ast.Ident)
		if !ok || !isTemp(id.Name) {
			return false
		}
		w.temps[id.Name] = s.Rhs[0]
		return true
	case *ast.DeclStmt: // var _cgoN T = expr
		gd, ok := s.Decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR || len(gd.Specs) != 1 {
			return false
		}
		vs, ok := gd.Specs[0].(*ast.ValueSpec)
		if !ok || len(vs.Names) != 1 || len(vs.Values) != 1 || !isTemp(vs.Names[0].Name) {
			return false
		}
		w.temps[vs.Names[0].Name] = vs.Values[0]
		return true
	case *ast.ExprStmt: // _cgoCheckPointer(…)
		c, ok := s.X.(*ast.CallExpr)
		if !ok {
			return false
		}
		id, ok := c.Fun.(*ast.Ident)
		return ok && id.Name == "_cgoCheckPointer"
	}
	return false
}

func isTemp(name string) bool { return strings.HasPrefix(name, "_cgo") }

func noParams(lit *ast.FuncLit) bool {
	return lit.Type.Params == nil || len(lit.Type.Params.List) == 0
}

// args maps the inner call's _cgoN arguments back to the user's
// expressions.
func (w *wrapper) args() []ast.Expr {
	out := make([]ast.Expr, len(w.inner.Args))
	for i, a := range w.inner.Args {
		out[i] = w.resolve(a)
	}
	return out
}

// resolve replaces cgo's temporaries in e by their initialisers. It returns
// e itself, with its type information, whenever nothing needs replacing,
// which covers nearly every argument; otherwise it copies just the path down
// to the temporary (as in (*T)(unsafe.Pointer(_cgoBase0))).
func (w *wrapper) resolve(e ast.Expr) ast.Expr {
	switch x := e.(type) {
	case *ast.Ident:
		if init, ok := w.temps[x.Name]; ok {
			return w.resolve(init)
		}
	case *ast.ParenExpr:
		if star, ok := x.X.(*ast.StarExpr); ok {
			if addr := w.addrOf(star.X); addr != nil {
				return addr // (*_cgoIndex0)[i] for a[i]
			}
		}
		if in := w.resolve(x.X); in != x.X {
			c := *x
			c.X = in
			return &c
		}
	case *ast.StarExpr:
		if addr := w.addrOf(x.X); addr != nil {
			return addr
		}
		if in := w.resolve(x.X); in != x.X {
			c := *x
			c.X = in
			return &c
		}
	case *ast.UnaryExpr:
		if in := w.resolve(x.X); in != x.X {
			c := *x
			c.X = in
			return &c
		}
	case *ast.CallExpr: // a conversion around a temporary
		if len(x.Args) == 1 {
			if in := w.resolve(x.Args[0]); in != x.Args[0] {
				c := *x
				c.Args = []ast.Expr{in}
				return &c
			}
		}
	case *ast.IndexExpr: // _cgoIndexN[i]
		if in := w.resolve(x.X); in != x.X {
			c := *x
			c.X = in
			return &c
		}
	}
	return e
}

// addrOf returns a for a temporary initialised with &a, so that *_cgoIndex0
// reads as the user's a.
func (w *wrapper) addrOf(e ast.Expr) ast.Expr {
	id, ok := e.(*ast.Ident)
	if !ok {
		return nil
	}
	if u, ok := w.temps[id.Name].(*ast.UnaryExpr); ok && u.Op == token.AND {
		return u.X
	}
	return nil
}

// call builds the Call for a recognized wrapper.
func (w *wrapper) call(info *types.Info, outer *ast.CallExpr) (*Call, bool) {
	id := ast.Unparen(w.inner.Fun).(*ast.Ident)
	if !isCgoFunc(info, id) {
		return nil, false
	}
	name, errno, _ := cName(id.Name)
	return &Call{Name: name, Node: outer, Args: w.args(), Pos: outer.Pos(), Form: Cooked, Errno: errno}, true
}

// firstArg returns the cooked node of the first argument: cgo prefixes it
// with a /*line*/ comment, so its position is exactly the user's.
func (w *wrapper) firstArg() ast.Expr { return w.temps["_cgo0"] }
