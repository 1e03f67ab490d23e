package borrowedref

import (
	"cmp"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/pyvet/pyvet/internal/capi"
	"github.com/pyvet/pyvet/internal/flow"
)

// A wrapper returns a borrowed reference it got from a borrowed API, a C
// helper or another wrapper (through conversions, a pass-through helper such
// as togo(p) { return (*Object)(p) }, a variable, a struct literal): the
// hazard is in its callers, which are checked where they use the result.
// A function that releases its parameter (func (o *Object) DecRef() {
// C.Py_DecRef(toc(o)) }) is a wrapper of Py_DecRef, and one that takes a
// reference to it a wrapper of Py_IncRef.
type wrapperFinder struct {
	borrowed map[*types.Func]string // function → the C API behind its result
	// function → the constructor behind its new result (containers.go)
	news       map[*types.Func]string
	containers map[*types.Func]wrapsContainer // wrappers of a container's own functions
	through    map[*types.Func]bool           // one-parameter functions that return their argument
	refOps     map[*types.Func]refParam       // Py_IncRef and Py_DecRef wrappers
	// PyDict_Next wrappers: one step on a parameter, not in a loop (the
	// caller loops, and must lock); and the C calls inside them.
	iterates map[*types.Func]iteratesDict
	stepping map[*ast.CallExpr]bool
}

// funcBody is one function of the package with a body to scan.
type funcBody struct {
	decl *ast.FuncDecl
	fn   *types.Func
}

// scanPackage scans every function of the package, to a fixed point of
// the wrappers found, exports their facts, and returns the final scans.
func (c *checker) scanPackage() (*wrapperFinder, []*scan) {
	var funcs []funcBody
	for _, f := range c.pass.Files {
		for _, decl := range f.Decls {
			if d, ok := decl.(*ast.FuncDecl); ok && d.Body != nil {
				if fn, ok := c.pass.TypesInfo.Defs[d.Name].(*types.Func); ok {
					funcs = append(funcs, funcBody{d, fn})
				}
			}
		}
	}
	w := &wrapperFinder{borrowed: map[*types.Func]string{}, through: map[*types.Func]bool{}, refOps: map[*types.Func]refParam{},
		iterates: map[*types.Func]iteratesDict{}, stepping: map[*ast.CallExpr]bool{},
		news: map[*types.Func]string{}, containers: map[*types.Func]wrapsContainer{}}
	for _, fb := range funcs {
		if passesThrough(c.pass.TypesInfo, fb.decl) {
			w.through[fb.fn] = true
		}
	}
	for _, fb := range funcs {
		if r, ok := c.refParam(w, fb.decl); ok {
			w.refOps[fb.fn] = r
		}
		c.findDictStep(w, fb)
		c.findWrapsContainer(w, fb)
	}
	// Scan every function, then again only those that refer to a function
	// the last round found to be a wrapper, until none is found.
	scans := make([]*scan, len(funcs))
	var users map[*types.Func][]int
	for todo := allIndices(len(funcs)); len(todo) > 0; {
		var found []*types.Func
		for _, i := range todo {
			fb := funcs[i]
			s := c.scanFunc(w, fb.decl)
			scans[i] = s
			if api := s.returnedAPI(); api != "" && w.borrowed[fb.fn] == "" {
				w.borrowed[fb.fn] = api
				found = append(found, fb.fn)
			}
			if w.news[fb.fn] == "" {
				if api := c.newOf(w, s, fb.decl); api != "" {
					w.news[fb.fn] = api
					found = append(found, fb.fn)
				}
			}
		}
		if len(found) > 0 && users == nil {
			users = c.usersOf(funcs)
		}
		todo = referrers(users, found)
	}
	for _, fb := range funcs { // in source order, for deterministic facts
		// Other packages can call only exported functions and methods.
		if !fb.fn.Exported() {
			continue
		}
		if api := w.borrowed[fb.fn]; api != "" {
			c.pass.ExportObjectFact(fb.fn, &returnsBorrowed{CFunc: api})
		}
		if r, ok := w.refOps[fb.fn]; ok {
			c.pass.ExportObjectFact(fb.fn, &r)
		}
		if it, ok := w.iterates[fb.fn]; ok {
			c.pass.ExportObjectFact(fb.fn, &it)
		}
		if api := w.news[fb.fn]; api != "" {
			c.pass.ExportObjectFact(fb.fn, &returnsNew{CFunc: api})
		}
		if wc, ok := w.containers[fb.fn]; ok {
			c.pass.ExportObjectFact(fb.fn, &wc)
		}
	}
	return w, scans
}

// scanFunc scans one function. The arguments of an //export function are
// borrowed from its Python caller for the duration of the call.
func (c *checker) scanFunc(w *wrapperFinder, d *ast.FuncDecl) *scan {
	s := newScan(c, w, d.Type, d.Body)
	var params []*borrow
	var objs []types.Object
	if exportName := exported(d); exportName != "" {
		for _, field := range d.Type.Params.List {
			for _, name := range field.Names {
				obj := c.pass.TypesInfo.Defs[name]
				if obj == nil || !isPyObjectPtr(obj.Type()) {
					continue
				}
				params = append(params, &borrow{pos: name.Pos(), end: name.End(), api: "//export",
					what: "argument " + name.Name + " of //export " + exportName})
				objs = append(objs, obj)
			}
		}
	}
	s.run(params, objs)
	return s
}

// returnedAPI returns the C API behind a borrowed reference the function
// returns (one another thread can free first), or "".
func (s *scan) returnedAPI() string {
	api := ""
	for _, b := range s.borrows {
		if b.returned && b.api != "//export" {
			if b.race {
				return b.api
			}
			if api == "" {
				api = b.api
			}
		}
	}
	return api
}

// exported returns the name an //export directive gives d, or "".
func exported(d *ast.FuncDecl) string {
	if d.Doc == nil || d.Recv != nil {
		return ""
	}
	for _, cm := range d.Doc.List {
		if name, ok := strings.CutPrefix(cm.Text, "//export "); ok {
			return strings.TrimSpace(name)
		}
	}
	return ""
}

// isPyObjectPtr reports whether t is *C.PyObject (cgo's *_Ctype_PyObject or
// *_Ctype_struct__object).
func isPyObjectPtr(t types.Type) bool {
	p, ok := t.(*types.Pointer)
	if !ok {
		return false
	}
	n, ok := types.Unalias(p.Elem()).(*types.Named)
	if !ok {
		return false
	}
	name := n.Obj().Name()
	return name == "_Ctype_PyObject" || name == "_Ctype_struct__object"
}

// borrowOf returns the borrowed reference call produces, or nil: the result
// of a borrowed C API, of a C helper returning one, or of a Go wrapper.
func (c *checker) borrowOf(w *wrapperFinder, call *ast.CallExpr) *borrow {
	if cc := c.idx.Lookup(call); cc != nil {
		b := &borrow{pos: cc.Pos, call: cc} // end: only for a borrow (endOf parses the original)
		if sum := c.h.Lookup(cc.Name); sum != nil {
			b.helper = true
			b.what = "C helper " + cc.Name + " result"
			switch {
			case sum.ReturnsBorrowed != "":
				b.api, _ = sum.Cause("ReturnsBorrowed")
				b.race = true
			case sum.ReturnsBorrowedImmutable != "":
				b.api = sum.ReturnsBorrowedImmutable
			default:
				return nil
			}
			b.end = c.endOf(cc)
			return b
		}
		f := c.cpython(cc.Name)
		if f == nil || !f.IsBorrowedSource() {
			return nil
		}
		b.api, b.race, b.what, b.end = f.Name, f.Replacement != nil, f.Name+" result", c.endOf(cc)
		return b
	}
	fn := staticCallee(c.pass.TypesInfo, call)
	if fn == nil {
		return nil
	}
	api := c.wrapped(w, fn)
	if api == "" {
		return nil
	}
	f, _ := capi.Lookup(api)
	return &borrow{pos: call.Pos(), end: call.End(), api: api, race: f != nil && f.Replacement != nil,
		wrapper: fn, goCall: call, what: qualified(fn) + " result"}
}

// wrapped returns the C API whose borrowed reference fn returns, or "".
func (c *checker) wrapped(w *wrapperFinder, fn *types.Func) string {
	if fn.Pkg() == c.pass.Pkg {
		return w.borrowed[fn]
	}
	var fact returnsBorrowed
	if fn.Pkg() != nil && c.pass.ImportObjectFact(fn.Origin(), &fact) {
		return fact.CFunc
	}
	return ""
}

// refParamOf returns the parameter fn increfs or decrefs, if it does.
func (c *checker) refParamOf(w *wrapperFinder, fn *types.Func) (refParam, bool) {
	if fn.Pkg() == c.pass.Pkg {
		r, ok := w.refOps[fn]
		return r, ok
	}
	var fact refParam
	if fn.Pkg() != nil && c.pass.ImportObjectFact(fn.Origin(), &fact) {
		return fact, true
	}
	return refParam{}, false
}

// params returns d's receiver and parameters, in that order.
func (c *checker) params(d *ast.FuncDecl) []types.Object {
	var params []types.Object
	for _, fl := range []*ast.FieldList{d.Recv, d.Type.Params} {
		if fl == nil {
			continue
		}
		for _, field := range fl.List {
			for _, name := range field.Names {
				params = append(params, c.pass.TypesInfo.Defs[name])
			}
		}
	}
	return params
}

// paramIndex returns the index of the parameter e names (after
// conversions and pass-through helpers) among params, or -1.
func (c *checker) paramIndex(w *wrapperFinder, params []types.Object, e ast.Expr) int {
	id, ok := w.strip(c.pass.TypesInfo, e).(*ast.Ident)
	if !ok {
		return -1
	}
	for i, p := range params {
		if p != nil && c.pass.TypesInfo.Uses[id] == p {
			return i
		}
	}
	return -1
}

// findDictStep records fb as a PyDict_Next wrapper when it calls
// PyDict_Next on a parameter outside any loop or closure of its own: one
// step of the caller's loop, whose critical section is the caller's.
func (c *checker) findDictStep(w *wrapperFinder, fb funcBody) {
	params := c.params(fb.decl)
	var loops int
	var walk func(n ast.Node) bool
	walk = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			loops++
			ast.Inspect(n, func(m ast.Node) bool {
				if m == n {
					return true
				}
				return walk(m)
			})
			loops--
			return false
		case *ast.FuncLit:
			return c.idx.IsWrapper(n)
		case *ast.CallExpr:
			cc := c.idx.Lookup(n)
			if cc == nil || len(cc.Args) == 0 {
				return true
			}
			if f := c.cpython(cc.Name); f == nil || !f.DictNext || loops > 0 {
				return true
			}
			if i := c.paramIndex(w, params, cc.Args[0]); i >= 0 {
				w.iterates[fb.fn] = iteratesDict{Index: i}
				w.stepping[n] = true
			}
		}
		return true
	}
	ast.Inspect(fb.decl.Body, walk)
}

// refParam returns the parameter d passes to Py_IncRef or Py_DecRef on
// every path (a statement of its body, not inside a branch), receiver first.
func (c *checker) refParam(w *wrapperFinder, d *ast.FuncDecl) (refParam, bool) {
	params := c.params(d)
	for _, st := range d.Body.List {
		var call *ast.CallExpr
		switch st := st.(type) {
		case *ast.ExprStmt:
			call, _ = st.X.(*ast.CallExpr)
		case *ast.DeferStmt:
			call = st.Call
		}
		cc := c.idx.Lookup(call)
		if cc == nil || len(cc.Args) == 0 {
			continue
		}
		f := c.cpython(cc.Name)
		if f == nil || (f.RefOp != capi.RefOpDecRef && f.RefOp != capi.RefOpIncRef) {
			continue
		}
		if i := c.paramIndex(w, params, cc.Args[0]); i >= 0 {
			return refParam{Index: i, Op: f.RefOp}, true
		}
	}
	return refParam{}, false
}

// passesThrough reports whether d has one parameter and returns it, at most
// converted: func togo(p *C.PyObject) *Object { return (*Object)(p) }.
func passesThrough(info *types.Info, d *ast.FuncDecl) bool {
	if d.Type.Results == nil {
		return false
	}
	params := d.Type.Params.List
	if len(params) != 1 || len(params[0].Names) != 1 || len(d.Body.List) != 1 {
		return false
	}
	ret, ok := d.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return false
	}
	param := info.Defs[params[0].Names[0]]
	return param != nil && holdsParam(info, ret.Results[0], param)
}

// holdsParam reports whether e is the parameter param, through conversions,
// or a composite literal (or its address) that holds it in its one element
// that is not a constant: togo(o) and &Object{o: o} both hand the caller o.
func holdsParam(info *types.Info, e ast.Expr, param types.Object) bool {
	e = ast.Unparen(flow.StripConversions(info, e))
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		if lit, ok := ast.Unparen(u.X).(*ast.CompositeLit); ok {
			e = lit
		}
	}
	switch x := e.(type) {
	case *ast.Ident:
		return info.Uses[x] == param
	case *ast.CompositeLit:
		held := 0
		for _, el := range x.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				el = kv.Value
			}
			if holdsParam(info, el, param) {
				held++
			} else if tv, ok := info.Types[el]; !ok || tv.Value == nil && !tv.IsNil() {
				return false
			}
		}
		return held == 1
	}
	return false
}

// strip removes parentheses, conversions and pass-through helpers around e.
func (w *wrapperFinder) strip(info *types.Info, e ast.Expr) ast.Expr {
	for {
		e = ast.Unparen(flow.StripConversions(info, e))
		call, ok := e.(*ast.CallExpr)
		if !ok {
			return e
		}
		fn := staticCallee(info, call)
		if fn == nil || !w.through[fn] || len(call.Args) != 1 {
			return e
		}
		e = call.Args[0]
	}
}

func staticCallee(info *types.Info, call *ast.CallExpr) *types.Func {
	return typeutil.StaticCallee(info, call)
}

// dictStep returns the parameter a PyDict_Next wrapper fn iterates.
func (c *checker) dictStep(w *wrapperFinder, fn *types.Func) (iteratesDict, bool) {
	if fn.Pkg() == c.pass.Pkg {
		it, ok := w.iterates[fn]
		return it, ok
	}
	var fact iteratesDict
	if fn.Pkg() != nil && c.pass.ImportObjectFact(fn.Origin(), &fact) {
		return fact, true
	}
	return iteratesDict{}, false
}

func allIndices(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// usersOf maps each function of the package to the indices of the funcs
// whose bodies refer to it.
func (c *checker) usersOf(funcs []funcBody) map[*types.Func][]int {
	byPos := allIndices(len(funcs))
	slices.SortFunc(byPos, func(a, b int) int { return cmp.Compare(funcs[a].decl.Body.Pos(), funcs[b].decl.Body.Pos()) })
	users := map[*types.Func][]int{}
	for id, obj := range c.pass.TypesInfo.Uses {
		fn, ok := obj.(*types.Func)
		if !ok || fn.Pkg() != c.pass.Pkg {
			continue
		}
		k, _ := slices.BinarySearchFunc(byPos, id.Pos(), func(i int, p token.Pos) int { return cmp.Compare(funcs[i].decl.Body.Pos(), p) })
		if k == 0 {
			continue
		}
		if i := byPos[k-1]; id.Pos() < funcs[i].decl.Body.End() && !slices.Contains(users[fn], i) {
			users[fn] = append(users[fn], i)
		}
	}
	return users
}

// referrers returns, in order, the indices of the funcs that refer to any
// of found.
func referrers(users map[*types.Func][]int, found []*types.Func) []int {
	var out []int
	for _, fn := range found {
		out = append(out, users[fn]...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}
