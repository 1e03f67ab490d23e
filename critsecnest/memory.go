package critsecnest

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/pyvet/pyvet/internal/analysisutil"
	"github.com/pyvet/pyvet/internal/capi"
	"github.com/pyvet/pyvet/internal/flow"
)

// Go memory kept by C: Begin links the struct into the thread state until
// End, so C keeps a pointer to it after the call returns. cgo allows that
// only for pinned Go memory.
//
// origin classifies the struct argument of a Begin:
//
//	&v, &v.f, &v[i]   v a variable of this function or a global, not a pointer   Go memory
//	&T{}, new(T)      and a local pointer only ever assigned those              Go memory
//	C.malloc(…)       and a local pointer only ever assigned C calls            C memory: silent
//	anything else     a parameter, a field, a call's result                     unknown: silent
//
// A pointer parameter is silent on purpose: where it points is its
// callers' business, and pyvet does not follow it into them (yet).

type memory uint8

const (
	memUnknown memory = iota
	memGo
	memC
)

// origin says where the struct e (a Begin's first argument) lives, and
// the variable at its root, if any.
func (c *checker) origin(fn *flow.Func, e ast.Expr) (memory, types.Object) {
	info := c.pass.TypesInfo
	e = flow.StripConversions(info, e)
	switch e := e.(type) {
	case *ast.UnaryExpr:
		if e.Op != token.AND {
			return memUnknown, nil
		}
		return c.addrOrigin(fn, e.X)
	case *ast.Ident:
		obj, ok := info.Uses[e].(*types.Var)
		if !ok || !c.declaredIn(fn, obj) {
			return memUnknown, nil
		}
		return c.pointerOrigin(fn, obj)
	case *ast.CallExpr:
		return c.valueOrigin(fn, e)
	}
	return memUnknown, nil
}

// addrOrigin: the memory of the addressable expression x in &x.
func (c *checker) addrOrigin(fn *flow.Func, x ast.Expr) (memory, types.Object) {
	info := c.pass.TypesInfo
	for {
		switch y := ast.Unparen(x).(type) {
		case *ast.CompositeLit:
			return memGo, nil
		case *ast.Ident:
			v, ok := info.Uses[y].(*types.Var)
			if !ok || v.IsField() {
				return memUnknown, nil
			}
			if _, ptr := v.Type().Underlying().(*types.Pointer); ptr {
				return memUnknown, nil
			}
			if c.declaredIn(fn, v) || v.Parent() == v.Pkg().Scope() {
				return memGo, v // a local (it escapes to the heap) or a global
			}
			return memUnknown, nil
		case *ast.SelectorExpr:
			// x.f: Go memory if x is a struct value, the pointer's if x is one.
			t := info.TypeOf(y.X)
			if t == nil {
				return memUnknown, nil
			}
			if _, ptr := t.Underlying().(*types.Pointer); ptr {
				return c.ptrExprOrigin(fn, y.X)
			}
			x = y.X
		case *ast.IndexExpr:
			t := info.TypeOf(y.X)
			if t == nil {
				return memUnknown, nil
			}
			if _, arr := t.Underlying().(*types.Array); !arr {
				return memUnknown, nil // a slice's or map's memory: not followed
			}
			x = y.X
		case *ast.StarExpr:
			return c.ptrExprOrigin(fn, y.X)
		default:
			return memUnknown, nil
		}
	}
}

// ptrExprOrigin: the memory a pointer expression points to.
func (c *checker) ptrExprOrigin(fn *flow.Func, e ast.Expr) (memory, types.Object) {
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		if v, ok := c.pass.TypesInfo.Uses[id].(*types.Var); ok && c.declaredIn(fn, v) {
			return c.pointerOrigin(fn, v)
		}
	}
	return memUnknown, nil
}

// pointerOrigin classifies a local pointer variable by every value
// assigned to it in fn, and returns the variable it points into when every
// value is the address of the same one (p := &cs), else v itself: a Pin of
// either pins the struct.
func (c *checker) pointerOrigin(fn *flow.Func, v *types.Var) (memory, types.Object) {
	if _, ok := c.paramOf(fn, v); ok {
		return memUnknown, v
	}
	info := c.pass.TypesInfo
	var o origins
	ast.Inspect(fn.Body(), func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) != len(n.Rhs) {
				for _, l := range n.Lhs {
					if id, ok := l.(*ast.Ident); ok && info.ObjectOf(id) == v {
						o.add(memUnknown, nil)
					}
				}
				return true
			}
			for i, l := range n.Lhs {
				if id, ok := l.(*ast.Ident); ok && info.ObjectOf(id) == v {
					o.add(c.valueOrigin(fn, n.Rhs[i]))
				}
			}
		case *ast.ValueSpec:
			for i, id := range n.Names {
				if info.Defs[id] != v {
					continue
				}
				if i < len(n.Values) && len(n.Values) == len(n.Names) {
					o.add(c.valueOrigin(fn, n.Values[i]))
				} else {
					o.add(memUnknown, nil)
				}
			}
		}
		return true
	})
	if !o.seen {
		return memUnknown, v
	}
	if o.root == nil {
		return o.mem, v
	}
	return o.mem, o.root
}

// origins joins the values assigned to a pointer variable: one memory and
// one root when all agree, memUnknown and no root otherwise.
type origins struct {
	mem  memory
	root types.Object
	seen bool
}

func (o *origins) add(m memory, root types.Object) {
	if !o.seen {
		o.mem, o.root, o.seen = m, root, true
		return
	}
	if o.mem != m {
		o.mem = memUnknown
	}
	if o.root != root {
		o.root = nil
	}
}

// valueOrigin classifies a pointer value: &x by x's memory (and x is the
// root), new(T) and &T{} are Go memory, a C call's result is C memory.
func (c *checker) valueOrigin(fn *flow.Func, e ast.Expr) (memory, types.Object) {
	e = flow.StripConversions(c.pass.TypesInfo, e)
	switch e := e.(type) {
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return c.addrOrigin(fn, e.X)
		}
	case *ast.CallExpr:
		if c.idx.Lookup(e) != nil {
			return memC, nil
		}
		if id, ok := ast.Unparen(e.Fun).(*ast.Ident); ok && id.Name == "new" {
			if _, ok := c.pass.TypesInfo.Uses[id].(*types.Builtin); ok {
				return memGo, nil
			}
		}
	}
	return memUnknown, nil
}

func (c *checker) declaredIn(fn *flow.Func, v *types.Var) bool {
	body := fn.Body()
	if v.Pos() >= body.Pos() && v.Pos() < body.End() {
		return true
	}
	_, ok := c.paramOf(fn, v)
	return ok
}

// paramOf reports whether v is a parameter or receiver of fn.
func (c *checker) paramOf(fn *flow.Func, v *types.Var) (int, bool) {
	var ft *ast.FuncType
	var recv *ast.FieldList
	if fn.Decl != nil {
		ft, recv = fn.Decl.Type, fn.Decl.Recv
	} else {
		ft = fn.Lit.Type
	}
	i := 0
	for _, fl := range []*ast.FieldList{recv, ft.Params} {
		if fl == nil {
			continue
		}
		for _, f := range fl.List {
			for _, n := range f.Names {
				if c.pass.TypesInfo.Defs[n] == v {
					return i, true
				}
				i++
			}
		}
	}
	return 0, false
}

// goMemory reports a Begin on an unpinned Go struct, with the fix that
// fits.
func (c *checker) goMemory(fn *flow.Func, ev *flow.Event, op sectionOp, key string) {
	mem, root := c.origin(fn, op.arg)
	if mem != memGo || c.pinned(fn, root, key, ev.Pos) || !c.onceMem.First(ev.Pos) {
		return
	}
	two := op.two
	typ := capi.CritSecBegin.Struct()
	if two {
		typ = capi.CritSecBegin2.Struct()
	}
	ends, onlyC := c.span(fn, ev, key)
	global := false
	if v, ok := root.(*types.Var); ok && v.Pkg() != nil && v.Parent() == v.Pkg().Scope() {
		global = true
	}
	var fix string
	switch {
	case global || !ends:
		why := "it outlives this call"
		if global {
			why = "it is a global"
		}
		fix = fmt.Sprintf("allocate it with C.malloc(C.sizeof_%s): %s", typ, why)
	case onlyC:
		fix = "do the section, only C calls, in one C helper (Py_BEGIN_CRITICAL_SECTION)"
	default:
		fix = fmt.Sprintf("pin it first: var p runtime.Pinner; p.Pin(%s); defer p.Unpin()", key)
	}
	analysisutil.ReportRule(c.pass, ruleUnpinnedStruct, ev.Pos, analysisutil.End(c.pass, ev.Pos, ev.Node), nil,
		"C.%s(%s, …) lets C keep a pointer to unpinned Go memory; %s", ev.Call.Name, key, fix)
}

// pinned reports whether fn pins the struct (root, or the text key) with
// a runtime.Pinner before the Begin at pos.
func (c *checker) pinned(fn *flow.Func, root types.Object, key string, pos token.Pos) bool {
	info := c.pass.TypesInfo
	found := false
	ast.Inspect(fn.Body(), func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if found || !ok || len(call.Args) != 1 || call.Pos() > pos {
			return !found
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Pin" {
			return true
		}
		if fn, ok := typeutil.Callee(info, call).(*types.Func); ok {
			if fn.Pkg() == nil || fn.Pkg().Path() != "runtime" {
				return true
			}
		}
		arg := flow.StripConversions(info, call.Args[0])
		if c.r.SectionKey(arg) == key {
			found = true
			return false
		}
		if root != nil {
			ast.Inspect(arg, func(m ast.Node) bool {
				if id, ok := m.(*ast.Ident); ok && info.Uses[id] == root {
					found = true
				}
				return !found
			})
		}
		return !found
	})
	return found
}

// span finds how the section begun at ev ends in fn: whether an End of
// the same struct is in fn at all, and whether everything between the
// Begin and its End, in the Begin's block, is C calls.
func (c *checker) span(fn *flow.Func, ev *flow.Event, key string) (ends, onlyC bool) {
	isEnd := func(call *ast.CallExpr) bool {
		op, ok := c.sectionOp(c.idx.Lookup(call))
		return ok && op.end && c.r.SectionKey(op.arg) == key
	}
	inspectOwn(fn.Body(), func(n ast.Node) {
		if call, ok := n.(*ast.CallExpr); ok && isEnd(call) {
			ends = true
		}
	})
	if !ends {
		return false, false
	}
	block, i := c.enclosingStmt(fn, ev.Call.Node)
	if block == nil {
		return true, false
	}
	deferred := false
	for _, st := range block.List[i+1:] {
		switch st := st.(type) {
		case *ast.ExprStmt:
			if call, ok := ast.Unparen(st.X).(*ast.CallExpr); ok && isEnd(call) {
				return true, true
			}
			if !c.onlyC(st.X) {
				return true, false
			}
		case *ast.DeferStmt:
			if !isEnd(st.Call) {
				return true, false
			}
			deferred = true
		case *ast.AssignStmt:
			for _, e := range st.Rhs {
				if !c.onlyC(e) {
					return true, false
				}
			}
		case *ast.ReturnStmt:
			for _, e := range st.Results {
				if !c.onlyC(e) {
					return true, false
				}
			}
			return true, deferred
		default:
			return true, false
		}
	}
	return true, deferred
}

// onlyC reports whether e is a C call whose arguments call nothing but C
// and conversions.
func (c *checker) onlyC(e ast.Expr) bool {
	call, ok := flow.StripConversions(c.pass.TypesInfo, e).(*ast.CallExpr)
	if !ok {
		return false
	}
	cc := c.idx.Lookup(call)
	if cc == nil {
		return false
	}
	ok = true
	for _, a := range cc.Args {
		ast.Inspect(a, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				ok = false
			case *ast.CallExpr:
				if c.idx.Lookup(n) == nil && flow.StripConversions(c.pass.TypesInfo, n) == ast.Expr(n) {
					ok = false
				}
			}
			return ok
		})
	}
	return ok
}

// enclosingStmt finds the block holding the statement whose expression is
// call, and the statement's index.
func (c *checker) enclosingStmt(fn *flow.Func, call ast.Node) (*ast.BlockStmt, int) {
	var block *ast.BlockStmt
	idx := -1
	ast.Inspect(fn.Body(), func(n ast.Node) bool {
		if idx >= 0 {
			return false
		}
		b, ok := n.(*ast.BlockStmt)
		if !ok {
			return true
		}
		for i, st := range b.List {
			if es, ok := st.(*ast.ExprStmt); ok && ast.Unparen(es.X) == call {
				block, idx = b, i
				return false
			}
		}
		return true
	})
	return block, idx
}
