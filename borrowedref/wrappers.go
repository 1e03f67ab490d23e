package borrowedref

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// exportWrappers finds the package's Go functions that return a borrowed
// reference (directly, through a local variable, through a conversion or a
// pass-through helper such as togo(p) { return (*Object)(p) }, or through
// another wrapper) and exports a fact for each, to a fixed point.
func (c *checker) exportWrappers() {
	var decls []*ast.FuncDecl
	for _, f := range c.pass.Files {
		for _, decl := range f.Decls {
			if d, ok := decl.(*ast.FuncDecl); ok && d.Body != nil && d.Type.Results != nil {
				decls = append(decls, d)
			}
		}
	}
	if len(decls) == 0 {
		return
	}
	w := &wrapperFinder{c: c, borrowed: map[*types.Func]string{}, through: map[*types.Func]bool{}}
	for _, d := range decls {
		if fn, ok := c.pass.TypesInfo.Defs[d.Name].(*types.Func); ok && passesThrough(c.pass.TypesInfo, d) {
			w.through[fn] = true
		}
	}
	for changed := true; changed; {
		changed = false
		for _, d := range decls {
			fn, ok := c.pass.TypesInfo.Defs[d.Name].(*types.Func)
			if !ok || w.borrowed[fn] != "" {
				continue
			}
			if src := w.returns(d); src != "" {
				w.borrowed[fn] = src
				changed = true
			}
		}
	}
	for _, d := range decls { // in source order, for deterministic facts
		// Other packages can call only exported functions and methods.
		if fn, ok := c.pass.TypesInfo.Defs[d.Name].(*types.Func); ok && fn.Exported() && w.borrowed[fn] != "" {
			c.pass.ExportObjectFact(fn, &returnsBorrowed{CFunc: w.borrowed[fn]})
		}
	}
}

type wrapperFinder struct {
	c        *checker
	borrowed map[*types.Func]string // function → the C API behind its result
	through  map[*types.Func]bool   // one-parameter functions that return their argument
}

// returns reports the C API whose borrowed result d returns, or "".
func (w *wrapperFinder) returns(d *ast.FuncDecl) string {
	info := w.c.pass.TypesInfo
	vars := map[types.Object]string{} // locals assigned a borrowed result
	found := ""
	ast.Inspect(d.Body, func(n ast.Node) bool {
		if found != "" {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return w.c.idx.IsWrapper(n) // a closure's returns are its own
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i, lhs := range n.Lhs {
					if id, ok := lhs.(*ast.Ident); ok {
						if src := w.source(n.Rhs[i], vars); src != "" {
							if obj := info.ObjectOf(id); obj != nil {
								vars[obj] = src
							}
						}
					}
				}
			}
		case *ast.ExprStmt: // C.Py_IncRef(x) makes x a strong reference
			if call, ok := n.X.(*ast.CallExpr); ok {
				if c := w.c.idx.Lookup(call); c != nil && increfs[c.Name] && len(c.Args) == 1 {
					if id, ok := ast.Unparen(c.Args[0]).(*ast.Ident); ok {
						delete(vars, info.ObjectOf(id))
					}
				}
			}
		case *ast.ReturnStmt:
			if len(n.Results) > 0 {
				found = w.source(n.Results[0], vars)
			}
		}
		return true
	})
	return found
}

// source returns the C API whose borrowed reference e evaluates to, or "".
func (w *wrapperFinder) source(e ast.Expr, vars map[types.Object]string) string {
	info := w.c.pass.TypesInfo
	for {
		e = ast.Unparen(e)
		switch x := e.(type) {
		case *ast.Ident:
			if obj := info.ObjectOf(x); obj != nil {
				return vars[obj]
			}
			return ""
		case *ast.CallExpr:
			if call := w.c.idx.Lookup(x); call != nil {
				if sum := w.c.h.Lookup(call.Name); sum != nil {
					root, _ := sum.Cause("ReturnsBorrowed")
					return root
				}
				if f := w.c.cpython(call.Name); f != nil && f.Replacement != nil {
					return f.Name
				}
				return ""
			}
			if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
				e = x.Args[0] // a conversion
				continue
			}
			fn := typeutil.StaticCallee(info, x)
			if fn == nil {
				return ""
			}
			if w.through[fn] && len(x.Args) == 1 {
				e = x.Args[0]
				continue
			}
			if src := w.borrowed[fn]; src != "" {
				return src
			}
			var fact returnsBorrowed
			if fn.Pkg() != w.c.pass.Pkg && w.c.pass.ImportObjectFact(fn.Origin(), &fact) {
				return fact.CFunc
			}
			return ""
		default:
			return ""
		}
	}
}

// passesThrough reports whether d has one parameter and returns it, at most
// converted: func togo(p *C.PyObject) *Object { return (*Object)(p) }.
func passesThrough(info *types.Info, d *ast.FuncDecl) bool {
	params := d.Type.Params.List
	if len(params) != 1 || len(params[0].Names) != 1 || len(d.Body.List) != 1 {
		return false
	}
	ret, ok := d.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return false
	}
	param := info.Defs[params[0].Names[0]]
	e := ast.Unparen(ret.Results[0])
	for {
		call, ok := e.(*ast.CallExpr)
		if !ok {
			break
		}
		tv, ok := info.Types[call.Fun]
		if !ok || !tv.IsType() || len(call.Args) != 1 {
			return false
		}
		e = ast.Unparen(call.Args[0])
	}
	id, ok := e.(*ast.Ident)
	return ok && param != nil && info.Uses[id] == param
}
