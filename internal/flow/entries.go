package flow

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// Entries pyvet cannot see called: code that starts on a goroutine of its
// own (tests, t.Run bodies, finalizers, time.AfterFunc, HTTP handlers, a
// func a go statement hands to the function it runs) and funcs stored where
// their callers cannot be seen (a struct field, a global, a registration
// function). Each is checked from the state it starts in: detached and
// unlocked on a goroutine of its own; unknown thread state but unlocked
// when stored, since a thread-state call there needs its own
// runtime.LockOSThread whoever calls it.

// StartKind says how a function is started other than by a visible call.
type StartKind uint8

const (
	StartGo       StartKind = iota // handed to the function a go statement runs: go run(ctx, func(){…})
	StartTest                      // a Test/Benchmark/Fuzz function, a t.Run or b.Run body, the func given to f.Fuzz
	StartCallback                  // the runtime or the standard library calls it on a goroutine of its own
	StartValue                     // stored (field, global, registration function): its callers cannot be seen
)

// A Start is one way a function is started.
type Start struct {
	Kind StartKind
	// Pos is where it is handed over (the t.Run, runtime.SetFinalizer or
	// registration call, the field it is stored in); NoPos for a test
	// function or an HTTP handler method.
	Pos token.Pos
	// Via names what starts it: "t.Run", "runtime.SetFinalizer",
	// "net/http", "field OnStartup", "go run(…)".
	Via string

	callee *types.Func // StartGo: the function the go statement calls
}

// Starts returns how the function is started other than by visible calls:
// empty for an ordinary function.
func (f *Func) Starts() []Start { return f.starts }

// startEntry is the Entry of a function started only as st says.
func startEntry(st Start) Entry {
	switch st.Kind {
	case StartGo:
		return EntryGoroutine
	case StartTest:
		return EntryTest
	case StartCallback:
		return EntryCallback
	}
	return EntryValue
}

// startState is the state a function starts in when started as st says.
func startState(st Start) *State {
	s := &State{}
	s.Attach, s.Lock = Detached, Unlocked
	switch st.Kind {
	case StartGo:
		s.DetachedBy = "the start of the goroutine"
	case StartTest:
		s.DetachedBy = "the start of the test"
	case StartCallback:
		s.DetachedBy = "the start of the " + st.Via + " callback"
	case StartValue:
		s.Attach = Inherited
	}
	return s
}

// isTestFunc reports whether fd is a test, benchmark or fuzz function the
// testing package runs on a goroutine of its own.
func (r *Result) isTestFunc(fd *ast.FuncDecl) bool {
	if fd.Recv != nil || !strings.HasSuffix(r.fset.PositionFor(fd.Pos(), false).Filename, "_test.go") {
		return false
	}
	want := map[string]string{"Test": "T", "Benchmark": "B", "Fuzz": "F"}
	for prefix, typ := range want {
		rest, ok := strings.CutPrefix(fd.Name.Name, prefix)
		if !ok {
			continue
		}
		if c, _ := utf8.DecodeRuneInString(rest); rest != "" && unicode.IsLower(c) {
			return false
		}
		ps := fd.Type.Params.List
		if len(ps) != 1 || len(ps[0].Names) > 1 {
			return false
		}
		star, ok := ps[0].Type.(*ast.StarExpr)
		if !ok {
			return false
		}
		sel, ok := star.X.(*ast.SelectorExpr)
		return ok && sel.Sel.Name == typ && types.ExprString(sel.X) == "testing"
	}
	return false
}

// registrar says how a function hands its argument i to code that runs on
// a goroutine of its own: the runtime's finalizer goroutine, a timer's,
// net/http's per-request goroutines, the testing package's.
func registrar(fn *types.Func, i int) (StartKind, string, bool) {
	if fn == nil {
		return 0, "", false
	}
	type arg struct {
		i    int
		kind StartKind
		via  string
	}
	known := map[string]arg{
		"runtime.SetFinalizer":                   {1, StartCallback, "runtime.SetFinalizer"},
		"runtime.AddCleanup":                     {1, StartCallback, "runtime.AddCleanup"},
		"time.AfterFunc":                         {1, StartCallback, "time.AfterFunc"},
		"context.AfterFunc":                      {1, StartCallback, "context.AfterFunc"},
		"net/http.HandleFunc":                    {1, StartCallback, "http.HandleFunc"},
		"(*net/http.ServeMux).HandleFunc":        {1, StartCallback, "http.HandleFunc"},
		"(*sync.WaitGroup).Go":                   {0, StartCallback, "sync.WaitGroup.Go"},
		"(*golang.org/x/sync/errgroup.Group).Go": {0, StartCallback, "errgroup.Group.Go"},
		"(*testing.T).Run":                       {1, StartTest, "t.Run"},
		"(*testing.B).Run":                       {1, StartTest, "b.Run"},
		"(*testing.F).Fuzz":                      {0, StartTest, "f.Fuzz"},
	}
	a, ok := known[fn.Origin().FullName()]
	if !ok || a.i != i {
		return 0, "", false
	}
	return a.kind, a.via, true
}

// startsOf classifies the func value e (a literal, or a named function or
// method used as a value) by where it goes; stack holds e's ancestors,
// innermost last. ok is false when e is called where pyvet can see it, or
// goes somewhere pyvet does not follow (a local variable, a channel, a
// synchronous callee): its state is then its callers'.
func (r *Result) startsOf(stack []ast.Node, e ast.Expr) (Start, bool) {
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch p := p.(type) {
		case *ast.ParenExpr:
			e = p
			continue
		case *ast.CallExpr:
			st, ok, through := r.startsOfArg(stack, p, e)
			if through {
				e = p
				continue
			}
			return st, ok
		}
		return r.storedBy(stack, p, e)
	}
	return Start{}, false
}

// startsOfArg classifies e passed to call (or converted by it): handed to
// a goroutine, a registrar, or a function that keeps it. through is set
// when e goes on where the call's value goes (a conversion, an append).
func (r *Result) startsOfArg(stack []ast.Node, call *ast.CallExpr, e ast.Expr) (st Start, ok, through bool) {
	i := argIndex(call, e)
	if i < 0 {
		return Start{}, false, false
	}
	if tv, ok := r.info.Types[call.Fun]; ok && tv.IsType() {
		if named, ok := types.Unalias(tv.Type).(*types.Named); ok && named.Obj().Pkg() != nil &&
			named.Obj().Pkg().Path() == "net/http" && named.Obj().Name() == "HandlerFunc" {
			return Start{Kind: StartCallback, Pos: call.Pos(), Via: "http.HandlerFunc"}, true, false
		}
		return Start{}, false, true // a conversion: where it goes
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && id.Name == "append" {
		if _, ok := r.info.Uses[id].(*types.Builtin); ok && i > 0 {
			return Start{}, false, true // stored where the appended slice goes
		}
	}
	callee, _ := typeutil.Callee(r.info, call).(*types.Func)
	if len(stack) > 0 {
		if g, ok := stack[len(stack)-1].(*ast.GoStmt); ok && g.Call == call {
			return Start{Kind: StartGo, Pos: g.Go, Via: "go " + types.ExprString(call.Fun) + "(…)", callee: callee}, true, false
		}
	}
	if kind, via, ok := registrar(callee, i); ok {
		return Start{Kind: kind, Pos: call.Pos(), Via: via}, true, false
	}
	if callee != nil && r.storesParam(callee, i) {
		return Start{Kind: StartValue, Pos: call.Pos(), Via: "registered with " + callee.Name()}, true, false
	}
	return Start{}, false, false
}

// storedBy classifies e stored by its parent p: in a field of a composite
// literal, or assigned to a field or global.
func (r *Result) storedBy(stack []ast.Node, p ast.Node, e ast.Expr) (Start, bool) {
	switch p := p.(type) {
	case *ast.KeyValueExpr:
		if p.Value != e || len(stack) == 0 {
			return Start{}, false
		}
		if _, ok := stack[len(stack)-1].(*ast.CompositeLit); !ok {
			return Start{}, false
		}
		if key, ok := p.Key.(*ast.Ident); ok {
			if fld, ok := r.info.Uses[key].(*types.Var); ok && fld.IsField() {
				return r.stored(fld, p.Value.Pos())
			}
		}
	case *ast.CompositeLit:
		st, ok := typeUnder(r.info, p).(*types.Struct)
		if !ok {
			return Start{}, false
		}
		for i, elt := range p.Elts {
			if elt == e && i < st.NumFields() {
				return r.stored(st.Field(i), e.Pos())
			}
		}
	case *ast.AssignStmt:
		if len(p.Lhs) != len(p.Rhs) {
			return Start{}, false
		}
		for i, rhs := range p.Rhs {
			if rhs == e {
				if obj := r.storeTarget(p.Lhs[i]); obj != nil {
					return r.stored(obj, p.Lhs[i].Pos())
				}
			}
		}
	case *ast.ValueSpec:
		for i, v := range p.Values {
			if v == e && i < len(p.Names) && len(p.Values) == len(p.Names) {
				if obj, ok := r.info.Defs[p.Names[i]].(*types.Var); ok && isGlobal(obj) {
					return r.stored(obj, p.Names[i].Pos())
				}
			}
		}
	}
	return Start{}, false
}

func argIndex(call *ast.CallExpr, e ast.Expr) int {
	for i, a := range call.Args {
		if a == e {
			return i
		}
	}
	return -1
}

func isGlobal(v *types.Var) bool {
	return v.Pkg() != nil && v.Parent() == v.Pkg().Scope()
}

// storeTarget returns what an assignment stores a func value into, when
// that outlives the function: a field, a global, or a map or slice held
// in one of those. nil for a local variable.
func (r *Result) storeTarget(lhs ast.Expr) types.Object {
	switch l := ast.Unparen(lhs).(type) {
	case *ast.SelectorExpr:
		if sel := r.info.Selections[l]; sel != nil && sel.Kind() == types.FieldVal {
			return sel.Obj()
		}
		if v, ok := r.info.Uses[l.Sel].(*types.Var); ok && isGlobal(v) {
			return v // pkg.Var
		}
	case *ast.Ident:
		if v, ok := r.info.Uses[l].(*types.Var); ok && isGlobal(v) {
			return v
		}
	case *ast.IndexExpr:
		return r.storeTarget(l.X)
	}
	return nil
}

// stored is the Start of a func value stored in obj, unless the package
// calls through obj itself: then its callers are in sight.
func (r *Result) stored(obj types.Object, pos token.Pos) (Start, bool) {
	if r.calledThrough[obj] {
		return Start{}, false
	}
	what := "global " + obj.Name()
	if v, ok := obj.(*types.Var); ok && v.IsField() {
		what = "field " + obj.Name()
	}
	return Start{Kind: StartValue, Pos: pos, Via: what}, true
}

// storesParam reports whether the package's own function fn keeps its
// parameter i (a func) for later: stores it in a field, a global or a map
// or slice held in one, or appends it to one. Such a function registers
// callbacks; whoever calls them is out of sight.
func (r *Result) storesParam(fn *types.Func, i int) bool {
	key := paramKey{fn, i}
	if v, ok := r.stores[key]; ok {
		return v
	}
	v := r.findsStore(fn, i)
	r.stores[key] = v
	return v
}

type paramKey struct {
	fn *types.Func
	i  int
}

func (r *Result) findsStore(fn *types.Func, i int) bool {
	fd := r.decls[fn]
	if fd == nil {
		return false
	}
	var param types.Object
	n := 0
	for _, fld := range fd.Type.Params.List {
		for _, name := range fld.Names {
			if n == i {
				param = r.info.Defs[name]
			}
			n++
		}
		if len(fld.Names) == 0 {
			n++
		}
	}
	if param == nil {
		return false
	}
	if _, ok := param.Type().Underlying().(*types.Signature); !ok {
		return false
	}
	found := false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || found || len(as.Lhs) != len(as.Rhs) {
			return !found
		}
		for k, rhs := range as.Rhs {
			if t := r.storeTarget(as.Lhs[k]); t != nil && !r.calledThrough[t] && r.mentions(rhs, param) {
				found = true
			}
		}
		return !found
	})
	return found
}

// mentions reports whether e is obj, or holds it (append(x, obj),
// T{F: obj}, a conversion of it).
func (r *Result) mentions(e ast.Expr, obj types.Object) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if tv, ok := r.info.Types[n.Fun]; !isAppend(r.info, n) && (!ok || !tv.IsType()) {
				return false // passed to a call: not followed
			}
		case *ast.Ident:
			if r.info.Uses[n] == obj {
				found = true
			}
		}
		return !found
	})
	return found
}

func isAppend(info *types.Info, call *ast.CallExpr) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok || id.Name != "append" {
		return false
	}
	_, ok = info.Uses[id].(*types.Builtin)
	return ok
}

// scanCalledThrough records the fields and globals the package calls a
// func through (x.F(…), G(…), m[k](…)): funcs stored there are called
// where pyvet can see.
func (r *Result) scanCalledThrough(files []*ast.File) {
	r.calledThrough = map[types.Object]bool{}
	for _, file := range files {
		ast.Inspect(file, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				if obj := r.storeTarget(call.Fun); obj != nil {
					r.calledThrough[obj] = true
				}
			}
			return true
		})
	}
}

// findNamedStarts records the starts of the package's named functions and
// methods: test functions, HTTP handler methods, and function or method
// values handed where pyvet does not see them called. called collects the
// functions the package calls directly.
func (r *Result) findNamedStarts(files []*ast.File) (called map[*types.Func]bool) {
	called = map[*types.Func]bool{}
	for _, f := range r.funcs {
		if f.Decl == nil || f.Obj == nil {
			continue
		}
		if r.isTestFunc(f.Decl) {
			f.starts = append(f.starts, Start{Kind: StartTest, Via: f.Decl.Name.Name})
		} else if isHTTPHandler(f.Obj) {
			f.starts = append(f.starts, Start{Kind: StartCallback, Via: "net/http"})
		}
	}
	for _, file := range files {
		var stack []ast.Node
		ast.Inspect(file, func(n ast.Node) bool {
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			var fn *types.Func
			switch x := n.(type) {
			case *ast.Ident:
				fn, _ = r.info.Uses[x].(*types.Func)
			case *ast.SelectorExpr:
				fn, _ = r.info.Uses[x.Sel].(*types.Func)
			}
			if f := r.byObj[fn]; f != nil && fn != nil {
				e := n.(ast.Expr)
				if len(stack) > 0 {
					if call, ok := stack[len(stack)-1].(*ast.CallExpr); ok && ast.Unparen(call.Fun) == e {
						called[fn] = true
						return false
					}
				}
				if st, ok := r.startsOf(stack, e); ok {
					f.starts = append(f.starts, st)
				}
				return false
			}
			stack = append(stack, n)
			return true
		})
	}
	return called
}

// isHTTPHandler reports whether fn is a ServeHTTP(http.ResponseWriter,
// *http.Request) method: net/http calls it on a goroutine per request.
func isHTTPHandler(fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil || fn.Name() != "ServeHTTP" || sig.Params().Len() != 2 {
		return false
	}
	return types.TypeString(sig.Params().At(0).Type(), nil) == "net/http.ResponseWriter" &&
		types.TypeString(sig.Params().At(1).Type(), nil) == "*net/http.Request"
}

// settleStarts decides, once every function is scanned, what starts hold:
// a func a go statement hands to a function that locks its goroutine, calls
// C or the package's functions, or has a summary is that function's
// business; a named function only ever started (unexported, no method,
// never called directly) has its start's entry, any other gets its
// starts joined to its callers' state.
func (r *Result) settleStarts(pass *analysis.Pass, called map[*types.Func]bool) {
	for _, f := range r.funcs {
		var keep []Start
		for _, st := range f.starts {
			if st.Kind == StartGo && !r.plainRunner(pass, st.callee) {
				continue
			}
			keep = append(keep, st)
		}
		had := len(f.starts) > 0
		f.starts = keep
		switch {
		case f.Lit != nil && had && len(keep) == 0:
			f.Entry = EntryUnknown
		case f.Lit != nil && len(keep) > 0:
			f.Entry = startEntry(keep[0])
		case f.Obj != nil && len(keep) > 0 && f.Entry == EntryUnknown && onlyStarted(f, called):
			f.Entry = startEntry(keep[0])
		}
	}
}

// onlyStarted reports whether a named function can only be entered through
// its starts: a test function, or an unexported plain function the package
// never calls directly.
func onlyStarted(f *Func, called map[*types.Func]bool) bool {
	if f.starts[0].Kind == StartTest && f.Decl.Recv == nil && f.starts[0].Pos == token.NoPos {
		return true
	}
	return !f.Obj.Exported() && f.Decl.Recv == nil && !called[f.Obj]
}

// plainRunner reports whether fn, the function a go statement runs with a
// func argument, runs that func as the fresh goroutine would: it neither
// locks the goroutine nor touches the thread state first, as far as pyvet
// can see.
func (r *Result) plainRunner(pass *analysis.Pass, fn *types.Func) bool {
	if fn == nil {
		return false
	}
	if f := r.byObj[fn]; f != nil {
		if len(f.scan.lockCalls) > 0 || f.scan.ccalls {
			return false
		}
		for _, c := range f.scan.calls {
			if r.byObj[c] != nil || !r.summaryOf(pass, c).IsZero() {
				return false
			}
		}
		return true
	}
	return r.summaryOf(pass, fn).IsZero()
}
