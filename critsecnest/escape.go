package critsecnest

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/astutil"

	"github.com/pyvet/pyvet/internal/analysisutil"
	"github.com/pyvet/pyvet/internal/flow"
)

// Escaping sections: a function begins a section on a struct that a func
// literal it hands elsewhere (returns, stores, passes, runs on another
// goroutine) ends. The section then spans whatever its caller runs until
// that func is called. A literal only called in the same function
// (unlock := func(){…}; …; unlock()) is balanced there and fine; so is a
// pair of helper functions, lockDict()/unlockDict(), that one function
// calls in balance (the engine connects them through facts).

// escaping reports the Begins whose End is in the literal lit, when lit
// outlives its enclosing function's call.
func (c *checker) escaping(lit *flow.Func, funcs []*flow.Func) {
	if lit.Lit == nil {
		return
	}
	info := c.pass.TypesInfo
	captured := map[types.Object]token.Pos{} // struct variable → its End in lit
	inspectOwn(lit.Lit.Body, func(n ast.Node) {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return
		}
		cc := c.idx.Lookup(call)
		op, ok := c.sectionOp(cc)
		if !ok || !op.end {
			return
		}
		v := rootVar(info, op.arg)
		if v == nil || (v.Pos() >= lit.Lit.Pos() && v.Pos() < lit.Lit.End()) {
			return
		}
		if _, ok := captured[v]; !ok {
			captured[v] = cc.Pos
		}
	})
	if len(captured) == 0 {
		return
	}
	how := c.outlives(lit.Lit)
	iter := how == "it returns" && iterator(lit)
	if !iter && (how == "" || how == "it returns" && lit.Summary.Sections < 0) {
		// A returned func that ends the section is a release func: its
		// callers call it (defer x.Lock()()) and are checked for it.
		return
	}
	for _, fn := range funcs {
		if fn == lit || fn.Body().Pos() > lit.Lit.Pos() || fn.Body().End() < lit.Lit.End() {
			continue
		}
		inspectOwn(fn.Body(), func(n ast.Node) {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return
			}
			cc := c.idx.Lookup(call)
			op, ok := c.sectionOp(cc)
			if !ok || !op.begin {
				return
			}
			v := rootVar(info, op.arg)
			end, ok := captured[v]
			if !ok || !c.once.First(cc.Pos) {
				return
			}
			c.escaped[cc.Pos] = true
			if iter {
				analysisutil.ReportRule(c.pass, ruleEscapingSection, cc.Pos, analysisutil.End(c.pass, cc.Pos, cc.Node),
					analysisutil.Related(end, "the iterator ends it here"),
					"C.%s on %s is ended only when the iterator it returns is exhausted: the object stays locked across "+
						"the caller's loop; collect under the section", cc.Name, c.objects(op.objs))
				return
			}
			analysisutil.ReportRule(c.pass, ruleEscapingSection, cc.Pos, analysisutil.End(c.pass, cc.Pos, cc.Node),
				analysisutil.Related(end, "the func literal ends it here"),
				"C.%s on %s is ended in a func literal that %s; begin and end the section in one function",
				cc.Name, c.objects(op.objs), how)
		})
	}
}

// iterator reports whether lit is an iterator, not a release func: it
// ends its caller's section on some paths only, and hands the caller a
// result on each call (next := d.Iter(); for { k, ok := next(); … }), so
// the section spans the caller's code between the calls. A func with no
// results that ends it on some paths only (if held { End }) is a guarded
// release func.
func iterator(lit *flow.Func) bool {
	return lit.Summary.Sections < 0 && lit.Summary.EndsSome && lit.Lit.Type.Results != nil && len(lit.Lit.Type.Results.List) > 0
}

// outlives says how a literal outlives the call of its enclosing
// function, or "" when it is only called there.
func (c *checker) outlives(lit *ast.FuncLit) string {
	var file *ast.File
	for _, f := range c.pass.Files {
		if f.FileStart <= lit.Pos() && lit.Pos() < f.FileEnd {
			file = f
		}
	}
	if file == nil {
		return ""
	}
	path, _ := astutil.PathEnclosingInterval(file, lit.Pos(), lit.End())
	if len(path) < 2 {
		return ""
	}
	switch p := path[1].(type) {
	case *ast.ReturnStmt:
		return "it returns"
	case *ast.CallExpr:
		if ast.Unparen(p.Fun) == ast.Expr(lit) {
			if len(path) > 2 {
				if _, ok := path[2].(*ast.GoStmt); ok {
					return "runs on another goroutine (and OS thread)"
				}
			}
			return "" // called in place
		}
		return "it passes to another function"
	case *ast.AssignStmt:
		for i, r := range p.Rhs {
			if r != ast.Expr(lit) || i >= len(p.Lhs) {
				continue
			}
			id, ok := p.Lhs[i].(*ast.Ident)
			if !ok {
				return "it stores for later"
			}
			v, ok := c.pass.TypesInfo.ObjectOf(id).(*types.Var)
			if !ok || v.Parent() == v.Pkg().Scope() {
				return "it stores for later"
			}
			if c.onlyCalled(file, v) {
				return ""
			}
			return "it hands elsewhere"
		}
	}
	return "it hands elsewhere"
}

// onlyCalled reports whether every use of the local func variable v calls
// it.
func (c *checker) onlyCalled(file *ast.File, v *types.Var) bool {
	info := c.pass.TypesInfo
	called := map[*ast.Ident]bool{}
	ok := true
	ast.Inspect(file, func(n ast.Node) bool {
		if call, isCall := n.(*ast.CallExpr); isCall {
			if id, isID := ast.Unparen(call.Fun).(*ast.Ident); isID {
				called[id] = true
			}
		}
		if id, isID := n.(*ast.Ident); isID && info.Uses[id] == v && !called[id] {
			ok = false
		}
		return ok
	})
	return ok
}

// rootVar returns the variable at the root of a struct expression: v in
// &v, &v.f, v, (*T)(unsafe.Pointer(&v)).
func rootVar(info *types.Info, e ast.Expr) types.Object {
	e = flow.StripConversions(info, e)
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.UnaryExpr:
			e = x.X
		case *ast.SelectorExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.Ident:
			if v, ok := info.Uses[x].(*types.Var); ok {
				return v
			}
			return nil
		default:
			return nil
		}
	}
}

// inspectOwn visits the nodes of body that run as part of its function:
// func literals are skipped unless called in place (directly or by
// defer).
func inspectOwn(body ast.Node, visit func(ast.Node)) {
	inline := map[*ast.FuncLit]bool{}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.GoStmt:
			// go func(){…}(): another goroutine; its arguments are ours.
			for _, a := range n.Call.Args {
				ast.Inspect(a, func(m ast.Node) bool {
					if _, ok := m.(*ast.FuncLit); ok {
						return false
					}
					if m != nil {
						visit(m)
					}
					return true
				})
			}
			if _, ok := ast.Unparen(n.Call.Fun).(*ast.FuncLit); !ok {
				visit(n.Call)
			}
			return false
		case *ast.CallExpr:
			if lit, ok := ast.Unparen(n.Fun).(*ast.FuncLit); ok {
				inline[lit] = true
			}
		case *ast.FuncLit:
			if !inline[n] {
				return false
			}
		}
		if n != nil {
			visit(n)
		}
		return true
	})
}

// yieldInSection reports a range-over-func iterator that calls yield
// while a section is open on every path: yield runs the caller's loop
// body, whatever it is, with the object locked.
func (c *checker) yieldInSection(ev *flow.Event, before *flow.State) {
	for i := len(before.Sections) - 1; i >= 0; i-- {
		sec := before.Sections[i]
		if sec.Maybe || !c.once.First(ev.Pos) {
			continue
		}
		analysisutil.ReportRule(c.pass, ruleYieldInSection, ev.Pos, analysisutil.End(c.pass, ev.Pos, ev.Node),
			analysisutil.Related(sec.Site, "the section begins here"),
			"%s runs the caller's loop body inside %s: collect under the section, %s after its End",
			ev.Name, c.sectionName(sec), ev.Name)
		return
	}
}

// sectionName names an open section by what it locks, when known.
func (c *checker) sectionName(sec flow.Section) string {
	args := sec.Args
	if sec.Helper {
		if op, ok := c.sectionOp(c.idx.Lookup(sec.Call)); ok {
			args = op.objs
		}
	}
	if len(args) == 0 {
		return "the critical section " + sec.Key + " opened"
	}
	return "the critical section on " + c.objects(args)
}
