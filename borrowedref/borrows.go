package borrowedref

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/pyvet/pyvet/internal/capi"
	"github.com/pyvet/pyvet/internal/cgocall"
)

// A borrow is one borrowed reference a function obtains: the result of a
// borrowed C API, of a C helper or a Go wrapper returning one, a key or
// value PyDict_Next stores, or a parameter of an //export function.
type borrow struct {
	pos, end token.Pos // where to report it (end: NoPos when unknown)
	at       token.Pos // where it is obtained, in the analyzed file: the end of its call
	api      string    // the C API behind it: "PyList_GetItem", "PyDict_Next", "//export"
	what     string    // how a message names it: "PyTuple_GetItem result", "PyDict_Next key"
	// race is set when another thread can free it on free-threaded Python:
	// the free-threading HOWTO's borrowed APIs and their wrappers.
	race    bool
	call    *cgocall.Call // the C call it comes from, if it is one
	helper  bool          // call is the package's own C helper
	wrapper *types.Func   // the Go wrapper called, if it is one
	goCall  *ast.CallExpr // and its call

	used      bool      // read here: the free-threaded hazard applies
	returned  bool      // returned to the caller: the function is a wrapper
	handedOut bool      // stored through an out-parameter: the caller's now
	firstUse  token.Pos // the first place it is read, in source order
	lastUse   token.Pos // the last place it is read
	stores    []store   // kept beyond the call with no reference of its own
	releases  []release // released with no reference taken
}

// A store keeps a borrowed reference beyond the call: where, and into what.
type store struct {
	node  ast.Node // the stored expression, or the captured variable
	where string   // "stored in s.item", "sent on a channel", "captured by a goroutine"
}

// A release is a Py_DecRef (or a Go wrapper of it) of a borrowed reference.
type release struct {
	node ast.Node // the releasing call
	name string   // "Py_DecRef", "obj.DecRef"
}

// A local is what the scan knows about a variable of the function.
type local struct {
	borrows []*borrow // the borrowed references it may hold
	owned   bool      // a reference was taken on it (Py_IncRef): it is strong now
}

// A scan follows the borrowed references of one function body in source
// order: where each comes from, and what becomes of it.
type scan struct {
	c       *checker
	w       *wrapperFinder
	start   token.Pos // where the function's parameters begin
	body    *ast.BlockStmt
	path    []ast.Node // the body's nodes down to the last one parent was asked about
	vars    map[types.Object]*local
	origins map[ast.Node]*borrow
	skip    map[*ast.Ident]bool // assignment targets: not reads
	borrows []*borrow
	priv    *privates
}

func newScan(c *checker, w *wrapperFinder, typ *ast.FuncType, body *ast.BlockStmt) *scan {
	s := &scan{c: c, w: w, start: typ.Pos(), body: body, vars: map[types.Object]*local{},
		origins: map[ast.Node]*borrow{}, skip: map[*ast.Ident]bool{}}
	s.priv = newPrivates(s)
	return s
}

// parent returns the node that encloses n in the body. Callers walk up
// from a node, so it keeps the path to the last node asked about and
// answers from it; a node off that path costs one descent from the body,
// pruned to the subtrees that contain it (no map of the whole body: most
// functions ask about a few nodes, if any).
func (s *scan) parent(n ast.Node) ast.Node {
	for i := len(s.path) - 1; i > 0; i-- {
		if s.path[i] == n {
			return s.path[i-1]
		}
	}
	s.path = pathTo(s.path[:0], s.body, n)
	if len(s.path) < 2 {
		return nil
	}
	return s.path[len(s.path)-2]
}

// pathTo appends to path the nodes from root down to n, n last; it returns
// path empty when n is not under root.
func pathTo(path []ast.Node, root, n ast.Node) []ast.Node {
	found := false
	ast.Inspect(root, func(x ast.Node) bool {
		switch {
		case found:
			return false
		case x == nil:
			path = path[:len(path)-1]
			return false
		case x.Pos() > n.Pos() || x.End() < n.End():
			return false // not around n
		}
		path = append(path, x)
		found = x == n
		return !found
	})
	if !found {
		return path[:0]
	}
	return path
}

// run scans the body. params are borrowed on entry (an //export function's
// arguments), or nil.
func (s *scan) run(params []*borrow, objs []types.Object) {
	for i, b := range params {
		s.borrows = append(s.borrows, b)
		s.vars[objs[i]] = &local{borrows: []*borrow{b}}
	}
	ast.Inspect(s.body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			s.assign(n)
		case *ast.ValueSpec:
			s.declare(n)
		case *ast.RangeStmt:
			s.ranged(n)
		case *ast.CallExpr:
			s.callExpr(n)
		case *ast.Ident:
			s.ident(n)
		}
		return true
	})
}

// info is the package's type information.
func (s *scan) info() *types.Info { return s.c.pass.TypesInfo }

// origin returns the borrow a call produces, creating it on first sight, or
// nil for a call that returns no borrowed reference.
func (s *scan) origin(call *ast.CallExpr) *borrow {
	if b, ok := s.origins[call]; ok {
		return b
	}
	b := s.c.borrowOf(s.w, call)
	s.origins[call] = b
	if b != nil {
		b.at = call.End()
		s.borrows = append(s.borrows, b)
	}
	return b
}

// callExpr gives a borrowed result its fate, and handles the C calls that
// hand out borrowed keys and values (PyDict_Next).
func (s *scan) callExpr(call *ast.CallExpr) {
	if b := s.origin(call); b != nil {
		s.fate(call, []*borrow{b}, false)
	}
	c := s.c.idx.Lookup(call)
	if c == nil {
		return
	}
	if f := s.c.cpython(c.Name); f != nil && f.DictNext && len(c.Args) == 4 {
		for i, what := range [...]string{2: f.Name + " key", 3: f.Name + " value"} {
			if i < 2 {
				continue
			}
			if u, ok := ast.Unparen(c.Args[i]).(*ast.UnaryExpr); ok && u.Op == token.AND {
				if id, ok := ast.Unparen(u.X).(*ast.Ident); ok {
					if obj := s.info().ObjectOf(id); obj != nil {
						b := &borrow{pos: c.Pos, end: s.c.endOf(c), at: call.End(), api: f.Name, what: what, call: c}
						s.borrows = append(s.borrows, b)
						s.vars[obj] = &local{borrows: []*borrow{b}}
					}
				}
			}
		}
	}
}

// ident gives the borrowed references a variable holds the fate of this read.
func (s *scan) ident(id *ast.Ident) {
	if s.skip[id] {
		return
	}
	obj := s.info().Uses[id]
	if obj == nil {
		return
	}
	s.priv.use(id, obj)
	l := s.vars[obj]
	if l == nil || l.owned || len(l.borrows) == 0 {
		return
	}
	if where := s.captured(id, obj); where != "" {
		s.keep(l.borrows, id, where)
	}
	s.fate(id, l.borrows, true)
}

// assign moves borrowed references into the variables assigned, and
// records those stored beyond the call.
func (s *scan) assign(as *ast.AssignStmt) {
	if len(as.Lhs) != len(as.Rhs) {
		// v, err := wrapper(…): a wrapper's borrowed result comes first.
		var first []*borrow
		if call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr); ok {
			if b := s.origin(call); b != nil {
				first = []*borrow{b}
			}
		}
		for i, lhs := range as.Lhs {
			if i == 0 {
				s.target(lhs, first, as.Rhs[0])
			} else {
				s.target(lhs, nil, nil)
			}
		}
		return
	}
	for i, lhs := range as.Lhs {
		if as.Tok != token.ASSIGN && as.Tok != token.DEFINE {
			continue // x += y: not a reference
		}
		s.target(lhs, s.valueOf(as.Rhs[i]), as.Rhs[i])
	}
}

func (s *scan) declare(vs *ast.ValueSpec) {
	for i, id := range vs.Names {
		var bs []*borrow
		if i < len(vs.Values) && len(vs.Names) == len(vs.Values) {
			bs = s.valueOf(vs.Values[i])
		}
		s.skip[id] = true
		if obj := s.info().Defs[id]; obj != nil {
			s.setVar(obj, bs, nil) // a declaration: a new variable
		}
	}
}

// ranged makes the value of a range over a borrowed container borrowed too.
func (s *scan) ranged(r *ast.RangeStmt) {
	bs := s.valueOf(r.X)
	if r.Value != nil {
		s.target(r.Value, bs, nil)
	}
	if r.Key != nil {
		s.target(r.Key, nil, nil)
	}
}

// target handles the left side of an assignment of bs (the borrowed
// references rhs holds). A variable of the function takes them over; a
// field, element or variable that outlives the call keeps them.
func (s *scan) target(lhs ast.Expr, bs []*borrow, rhs ast.Expr) {
	lhs = ast.Unparen(lhs)
	var stored ast.Node = lhs
	if rhs != nil {
		stored = ast.Unparen(rhs)
	}
	if id, ok := lhs.(*ast.Ident); ok {
		s.skip[id] = true
		if id.Name == "_" {
			return
		}
		obj := s.info().ObjectOf(id)
		if obj == nil {
			return
		}
		s.priv.assign(obj, rhs)
		if s.isLocal(obj) {
			s.setVar(obj, bs, lhs)
			return
		}
		s.keep(bs, stored, "stored in the package variable "+id.Name)
		return
	}
	if len(bs) == 0 {
		return
	}
	root, outParam := s.root(lhs)
	switch {
	case outParam: // handed to the caller, as a result is; no wrapper fact
		for _, b := range bs {
			b.handedOut = true
		}
	case root != nil && s.isLocal(root) && !s.isParam(root):
		// A field or element of the function's own variable: the variable
		// holds the reference now, and its own fate decides.
		l := s.vars[root]
		if l == nil {
			l = &local{}
			s.vars[root] = l
		}
		l.borrows = append(l.borrows, bs...)
	default:
		s.keep(bs, stored, "stored in "+s.describe(lhs))
	}
}

// setVar makes obj hold bs (nothing borrowed when bs is empty) after an
// assignment at at (nil: obj's declaration). An assignment that runs only
// on some paths adds to what obj may hold; that is asked only when obj
// held something, for it builds the function's parent map.
func (s *scan) setVar(obj types.Object, bs []*borrow, at ast.Node) {
	if old := s.vars[obj]; old != nil && at != nil && s.conditional(at) {
		if !old.owned {
			old.borrows = append(old.borrows, bs...)
		}
		return
	}
	if len(bs) == 0 {
		delete(s.vars, obj)
		return
	}
	s.vars[obj] = &local{borrows: bs}
}

// conditional reports whether n runs only on some paths through the body:
// inside a branch, a loop or a closure.
func (s *scan) conditional(n ast.Node) bool {
	for p := s.parent(n); p != nil && p != s.body; p = s.parent(p) {
		switch p.(type) {
		case *ast.IfStmt, *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt,
			*ast.SelectStmt, *ast.FuncLit:
			return true
		}
	}
	return false
}

// root returns the variable at the root of a field, element or dereference
// target, and whether the target is *p of a pointer parameter (an
// out-parameter: handing the reference to the caller, as returning does).
func (s *scan) root(e ast.Expr) (types.Object, bool) {
	deref := false
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.SelectorExpr:
			if _, ok := s.info().Selections[x]; !ok {
				return nil, false // a qualified identifier: pkg.Var
			}
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			deref = true
			e = x.X
		case *ast.Ident:
			obj := s.info().ObjectOf(x)
			if obj == nil {
				return nil, false
			}
			return obj, deref && s.isParam(obj) && e == x
		default:
			return nil, false
		}
	}
}

// describe names a target for a message: the user's text, short.
func (s *scan) describe(e ast.Expr) string {
	switch x := ast.Unparen(e).(type) {
	case *ast.IndexExpr:
		if t := s.info().TypeOf(x.X); t != nil {
			if _, ok := t.Underlying().(*types.Map); ok {
				return "the map " + s.c.idx.Render(x.X)
			}
		}
	}
	return s.c.idx.Render(e)
}

// isLocal reports whether obj is a variable declared in this function
// (parameters included).
func (s *scan) isLocal(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	return ok && !v.IsField() && s.start <= obj.Pos() && obj.Pos() < s.body.End()
}

// isParam reports whether obj is a parameter or receiver of the function
// (declared before its body).
func (s *scan) isParam(obj types.Object) bool {
	return s.isLocal(obj) && obj.Pos() < s.body.Pos()
}

// valueOf returns the borrowed references e evaluates to: through
// conversions, pass-through helpers, composite literals, append and the
// function's variables.
func (s *scan) valueOf(e ast.Expr) []*borrow {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		if obj := s.info().Uses[x]; obj != nil {
			if l := s.vars[obj]; l != nil && !l.owned {
				return l.borrows
			}
		}
	case *ast.CallExpr:
		if b := s.origin(x); b != nil {
			return []*borrow{b}
		}
		if inner := s.transparentArgs(x); inner != nil {
			var out []*borrow
			for _, a := range inner {
				out = append(out, s.valueOf(a)...)
			}
			return out
		}
	case *ast.CompositeLit:
		var out []*borrow
		for _, el := range x.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				out = append(out, s.valueOf(kv.Key)...)
				el = kv.Value
			}
			out = append(out, s.valueOf(el)...)
		}
		return out
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			if _, ok := ast.Unparen(x.X).(*ast.CompositeLit); ok {
				return s.valueOf(x.X)
			}
		}
	}
	return nil
}

// transparentArgs returns the arguments whose value a call passes on as its
// result (a conversion, a pass-through helper such as togo, append), or nil.
func (s *scan) transparentArgs(call *ast.CallExpr) []ast.Expr {
	info := s.info()
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
		return call.Args
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "append" && !call.Ellipsis.IsValid() {
			return call.Args
		}
	}
	if fn := staticCallee(info, call); fn != nil && s.w.through[fn] && len(call.Args) == 1 {
		return call.Args
	}
	return nil
}

// strip removes parentheses, conversions and pass-through helpers around e.
func (s *scan) strip(e ast.Expr) ast.Expr { return s.w.strip(s.info(), e) }

// keep records that bs is kept in where with no reference of its own.
func (s *scan) keep(bs []*borrow, node ast.Node, where string) {
	for _, b := range bs {
		b.stores = append(b.stores, store{node: node, where: where})
	}
}

func (s *scan) returned(bs []*borrow) {
	for _, b := range bs {
		b.returned = true
	}
}

func (s *scan) use(bs []*borrow, at ast.Node) {
	for _, b := range bs {
		b.used = true
		if !b.firstUse.IsValid() || at.Pos() < b.firstUse {
			b.firstUse = at.Pos()
		}
		if at.End() > b.lastUse {
			b.lastUse = at.End()
		}
	}
}

// fate follows the expression e holding bs up to where its value goes:
// discarded, compared with nil, returned, stored, released, reference taken,
// or read. fromVar is set when e reads a variable (whose reference count a
// Py_IncRef or Py_DecRef changes).
func (s *scan) fate(e ast.Expr, bs []*borrow, fromVar bool) {
	var cur ast.Node = e
	for {
		if c, i := s.c.argOf(cur); c != nil {
			s.cArg(c, i, e, bs, fromVar)
			return
		}
		p := s.parent(cur)
		switch p := p.(type) {
		case *ast.ParenExpr, *ast.CompositeLit, *ast.KeyValueExpr:
			cur = p
			continue
		case *ast.UnaryExpr:
			if p.Op == token.AND {
				if _, ok := ast.Unparen(p.X).(*ast.CompositeLit); ok {
					cur = p
					continue
				}
			}
		case *ast.SelectorExpr: // a method call on it: a wrapper of Py_DecRef?
			if call, ok := s.parent(p).(*ast.CallExpr); ok && call.Fun == p && cur == p.X && s.goArg(call, cur, e, bs, fromVar) {
				return
			}
		case *ast.CallExpr:
			if cur != p.Fun {
				if s.goArg(p, cur, e, bs, fromVar) {
					return
				}
				for _, a := range s.transparentArgs(p) {
					if a == cur {
						cur = p
						break
					}
				}
				if cur == p {
					continue
				}
			}
		case *ast.ExprStmt, *ast.AssignStmt, *ast.ValueSpec, *ast.RangeStmt, *ast.DeferStmt, *ast.GoStmt:
			return // discarded, or handed to a variable (see assign)
		case *ast.ReturnStmt:
			if s.inClosure(p) {
				s.use(bs, e)
			} else {
				s.returned(bs)
			}
			return
		case *ast.SendStmt:
			if cur == p.Value {
				s.keep(bs, cur, "sent on a channel")
				return
			}
		case *ast.BinaryExpr:
			if (p.Op == token.EQL || p.Op == token.NEQ) && (s.isNil(p.X) || s.isNil(p.Y)) {
				return
			}
		}
		s.use(bs, e)
		return
	}
}

// cArg is the fate of a borrowed reference passed to a C function.
func (s *scan) cArg(c *cgocall.Call, i int, arg ast.Expr, bs []*borrow, fromVar bool) {
	f := s.c.cpython(c.Name)
	op := capi.RefOpNone
	if f != nil && i == 0 {
		op = f.RefOp
	}
	switch op {
	case capi.RefOpIncRef:
		s.use(bs, arg)
		if fromVar {
			s.setOwned(arg, true)
		}
	case capi.RefOpDecRef:
		if fromVar && s.releaseOwned(arg) {
			return
		}
		for _, b := range bs {
			b.releases = append(b.releases, release{node: c.Node, name: c.Name})
		}
	default: // Py_NewRef's result is strong; anything else reads it
		s.use(bs, arg)
	}
}

// goArg handles a borrowed reference passed to a Go function: a wrapper of
// Py_IncRef or Py_DecRef, or a new goroutine. It reports whether the fate
// is settled.
func (s *scan) goArg(call *ast.CallExpr, cur ast.Node, arg ast.Expr, bs []*borrow, fromVar bool) bool {
	if g, ok := s.parent(call).(*ast.GoStmt); ok && g.Call == call {
		s.keep(bs, arg, "passed to a goroutine")
		return true
	}
	fn := staticCallee(s.info(), call)
	if fn == nil {
		return false
	}
	r, ok := s.c.refParamOf(s.w, fn)
	if !ok {
		return false
	}
	idx := r.Index
	var at ast.Expr
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && fn.Signature().Recv() != nil {
		if idx == 0 {
			at = sel.X
		} else if idx-1 < len(call.Args) {
			at = call.Args[idx-1]
		}
	} else if idx < len(call.Args) {
		at = call.Args[idx]
	}
	if at == nil || !s.holds(at, cur) {
		return false
	}
	if r.Op == capi.RefOpIncRef {
		s.use(bs, arg)
		if fromVar {
			s.setOwned(arg, true)
		}
		return true
	}
	if fromVar && s.releaseOwned(arg) {
		return true
	}
	for _, b := range bs {
		b.releases = append(b.releases, release{node: call, name: qualified(fn)})
	}
	return true
}

// holds reports whether e is n, after parentheses and conversions.
func (s *scan) holds(e ast.Expr, n ast.Node) bool {
	for {
		if e == n {
			return true
		}
		switch x := ast.Unparen(e).(type) {
		case *ast.CallExpr:
			if a := s.transparentArgs(x); len(a) == 1 {
				e = a[0]
				continue
			}
		}
		return ast.Unparen(e) == n
	}
}

// setOwned marks the variable read at arg as holding a strong reference.
func (s *scan) setOwned(arg ast.Node, owned bool) {
	if id, ok := arg.(*ast.Ident); ok {
		if l := s.vars[s.info().Uses[id]]; l != nil {
			l.owned = owned
		}
	}
}

// releaseOwned reports whether the variable read at arg holds a reference
// taken here, and gives it back.
func (s *scan) releaseOwned(arg ast.Node) bool {
	id, ok := arg.(*ast.Ident)
	if !ok {
		return false
	}
	l := s.vars[s.info().Uses[id]]
	if l == nil || !l.owned {
		return false
	}
	l.owned = false
	return true
}

// captured returns how a closure that outlives the call captures the
// variable obj read at id ("a goroutine", "a returned closure"), or "".
func (s *scan) captured(id *ast.Ident, obj types.Object) string {
	for n := s.parent(id); n != nil && n != s.body; n = s.parent(n) {
		lit, ok := n.(*ast.FuncLit)
		if !ok || s.c.idx.IsWrapper(lit) || (lit.Pos() <= obj.Pos() && obj.Pos() < lit.End()) {
			continue
		}
		p := s.parent(lit)
		if call, ok := p.(*ast.CallExpr); ok && call.Fun == lit {
			if g, ok := s.parent(call).(*ast.GoStmt); ok && g.Call == call {
				return "captured by a goroutine"
			}
			continue
		}
		if _, ok := p.(*ast.ReturnStmt); ok && !s.inClosure(p) {
			return "captured by a returned closure"
		}
	}
	return ""
}

// inClosure reports whether n is inside a function literal of the body
// other than cgo's wrappers.
func (s *scan) inClosure(n ast.Node) bool {
	for p := s.parent(n); p != nil; p = s.parent(p) {
		if lit, ok := p.(*ast.FuncLit); ok && !s.c.idx.IsWrapper(lit) {
			return true
		}
	}
	return false
}

func (s *scan) isNil(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	_, isNil := s.info().Uses[id].(*types.Nil)
	return isNil || id.Name == "nil" && s.info().Uses[id] == nil
}
