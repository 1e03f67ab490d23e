package borrowedref

import (
	"fmt"
	"go/ast"
	"go/types"

	"github.com/pyvet/pyvet/internal/cgocall"
)

// Wrappers of a 1:1 binding (py3.PyList_New, py3.PyList_GetItem,
// py3.PyList_Size) are the C functions they wrap as far as private
// containers go: the result of a wrapper of a constructor is a new
// container its caller alone holds, and a wrapper that only reads or
// changes a parameter with that container's own functions does not share
// it.

// returnsNew is the fact that a Go function returns, on every path, a new
// object a constructor built (CFunc: PyList_New, PyDict_Keys, …, directly
// or through another such wrapper), or nil.
type returnsNew struct {
	CFunc string
}

func (*returnsNew) AFact()           {}
func (f *returnsNew) String() string { return "returnsNew(" + f.CFunc + ")" }

// wrapsContainer is the fact that a Go function is a wrapper of one of a
// container's own C functions (CFunc: PyList_GetItem, PyList_Size,
// PyList_SetItem, …) on its parameter Index (the receiver first): the
// only CPython call it makes, and the parameter's only use.
type wrapsContainer struct {
	CFunc string
	Index int
}

func (*wrapsContainer) AFact() {}
func (f *wrapsContainer) String() string {
	return fmt.Sprintf("wrapsContainer(%s, %d)", f.CFunc, f.Index)
}

// newOf returns the constructor whose new object s's function returns on
// every path (or nil), or "": the result of a constructor, or a private
// container not shared before the return.
func (c *checker) newOf(w *wrapperFinder, s *scan, d *ast.FuncDecl) string {
	if d.Type.Results == nil || d.Type.Results.NumFields() != 1 {
		return ""
	}
	if t := c.pass.TypesInfo.TypeOf(d.Type.Results.List[0].Type); t != nil && !isPointer(t) {
		return "" // not an object
	}
	api, ok := "", true
	ast.Inspect(d.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) != 1 {
				ok = false // a bare return of a named result
				return false
			}
			a, isNew := c.newResult(w, s, n.Results[0])
			if a != "" {
				api = a
			}
			ok = ok && isNew
			return false
		}
		return ok
	})
	if !ok {
		return ""
	}
	return api
}

// newResult says whether a returned e is new or nil, and names the
// constructor when it is new.
func (c *checker) newResult(w *wrapperFinder, s *scan, e ast.Expr) (string, bool) {
	e = w.strip(c.pass.TypesInfo, e)
	switch e := e.(type) {
	case *ast.Ident:
		obj := c.pass.TypesInfo.Uses[e]
		if obj == types.Universe.Lookup("nil") {
			return "", true
		}
		k := s.priv.containers[obj]
		if k == nil {
			return "", false
		}
		for _, sp := range k.shares {
			if sp < e.Pos() { // the return itself is a share, at e
				return "", false
			}
		}
		return k.api, true
	case *ast.CallExpr:
		a := c.newCall(w, e)
		return a, a != ""
	}
	return "", false
}

// newCall returns the constructor behind call: a C API that builds a new
// object, or a wrapper of one; or "".
func (c *checker) newCall(w *wrapperFinder, call *ast.CallExpr) string {
	if cc := c.idx.Lookup(call); cc != nil {
		if f := c.cpython(cc.Name); f != nil && f.NewObject {
			return f.Name
		}
		return ""
	}
	fn := staticCallee(c.pass.TypesInfo, call)
	if fn == nil {
		return ""
	}
	if fn.Pkg() == c.pass.Pkg {
		return w.news[fn]
	}
	var fact returnsNew
	if fn.Pkg() != nil && c.pass.ImportObjectFact(fn.Origin(), &fact) {
		return fact.CFunc
	}
	return ""
}

// wrapsOf returns the container function fn wraps, if it is one.
func (c *checker) wrapsOf(w *wrapperFinder, fn *types.Func) (wrapsContainer, bool) {
	if fn.Pkg() == c.pass.Pkg {
		wc, ok := w.containers[fn]
		return wc, ok
	}
	var fact wrapsContainer
	ok := fn.Pkg() != nil && c.pass.ImportObjectFact(fn.Origin(), &fact)
	return fact, ok
}

// findWrapsContainer records fb when it wraps a container function: its
// one CPython call, outside closures, takes as the container a parameter
// used nowhere else, and keeps a private container private.
func (c *checker) findWrapsContainer(w *wrapperFinder, fb funcBody) {
	var only *cgocall.Call
	n := 0
	ast.Inspect(fb.decl.Body, func(node ast.Node) bool {
		switch node := node.(type) {
		case *ast.FuncLit:
			return c.idx.IsWrapper(node)
		case *ast.CallExpr:
			if cc := c.idx.Lookup(node); cc != nil && c.cpython(cc.Name) != nil {
				only = cc
				n++
			}
		}
		return true
	})
	if n != 1 || len(only.Args) == 0 {
		return
	}
	params := c.params(fb.decl)
	i := c.paramIndex(w, params, only.Args[0])
	if i < 0 || !isPointer(params[i].Type()) || countUses(c.pass.TypesInfo, fb.decl.Body, params[i]) != 1 {
		return
	}
	if _, release := w.refOps[fb.fn]; release || containerAccess(c.cpython(only.Name), 0) == accessShare {
		return
	}
	w.containers[fb.fn] = wrapsContainer{CFunc: only.Name, Index: i}
}

// isPointer reports whether t is a pointer: an object, not PyList_New's
// length.
func isPointer(t types.Type) bool {
	_, ok := t.Underlying().(*types.Pointer)
	return ok
}

// countUses counts the identifiers in body that use obj.
func countUses(info *types.Info, body ast.Node, obj types.Object) int {
	n := 0
	ast.Inspect(body, func(node ast.Node) bool {
		if id, ok := node.(*ast.Ident); ok && info.Uses[id] == obj {
			n++
		}
		return true
	})
	return n
}

// goAccess classifies a container passed as the argument at of a Go call
// (at is the node under call: an argument, or the receiver's selector).
func (p *privates) goAccess(call *ast.CallExpr, at ast.Node) access {
	s := p.s
	fn := staticCallee(s.info(), call)
	if fn == nil {
		return accessShare
	}
	i := -1
	if sel, ok := at.(*ast.SelectorExpr); ok {
		if k, ok := s.info().Selections[sel]; ok && k.Kind() == types.MethodVal {
			i = 0 // the receiver
		}
	} else {
		offset := 0
		if k, ok := s.info().Selections[selectorOf(call)]; ok && k.Kind() == types.MethodVal {
			offset = 1
		}
		for j, a := range call.Args {
			if a == at {
				i = j + offset
			}
		}
		sig := fn.Signature()
		if sig.Variadic() && i-offset >= sig.Params().Len()-1 {
			return accessShare
		}
	}
	if i < 0 || i >= 64 {
		return accessShare
	}
	if r, ok := s.c.refParamOf(s.w, fn); ok && r.Index == i {
		return accessMutate // a release may free it, and its items
	}
	if wc, ok := s.c.wrapsOf(s.w, fn); ok && wc.Index == i {
		return containerAccess(s.c.cpython(wc.CFunc), 0)
	}
	return accessShare
}

func selectorOf(call *ast.CallExpr) *ast.SelectorExpr {
	sel, _ := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	return sel
}
