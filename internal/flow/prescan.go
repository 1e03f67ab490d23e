package flow

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/pyvet/pyvet/internal/capi"
)

// prescan is what one syntactic pass over a function finds before its flow
// runs: whether it needs a flow, its callees, and facts about its local
// variables that the flow consults.
type prescan struct {
	direct       bool // C calls, LockOSThread, blocking operations or go statements
	ccalls       bool // C calls
	calls        []*types.Func
	closureCalls []*ast.FuncLit
	returnedLits []*ast.FuncLit
	closureVars  map[types.Object]*ast.FuncLit // f := func(){…}, never reassigned
	escapes      map[types.Object]bool         // local variables used other than as call arguments or assignment targets
	params       map[types.Object]int          // parameter → index (receiver excluded)
	comms        map[ast.Stmt]*ast.SelectStmt  // a select's case communications → the select
	firstComm    map[ast.Stmt]bool
	lockCalls    []token.Pos
	locksMutex   bool         // it locks a sync.Mutex or RWMutex itself
	yield        types.Object // the yield parameter of a range-over-func iterator
}

func (r *Result) prescan(f *Func) *prescan {
	p := &prescan{
		closureVars: map[types.Object]*ast.FuncLit{},
		escapes:     map[types.Object]bool{},
		params:      map[types.Object]int{},
		comms:       map[ast.Stmt]*ast.SelectStmt{},
		firstComm:   map[ast.Stmt]bool{},
	}
	var ftype *ast.FuncType
	if f.Decl != nil {
		ftype = f.Decl.Type
	} else {
		ftype = f.Lit.Type
	}
	r.scanParams(p, ftype)
	p.yield = r.yieldParam(ftype)
	sc := &scanner{
		r: r, p: p, body: f.body,
		allowed:  map[*ast.Ident]bool{},
		seenCall: map[*types.Func]bool{},
		assigned: map[types.Object]int{},
		chans:    map[types.Object]*chanInfo{},
	}
	ast.Inspect(f.body, sc.visit)
	sc.finish()
	return p
}

// scanParams numbers the parameters (the receiver excluded).
func (r *Result) scanParams(p *prescan, ftype *ast.FuncType) {
	if ftype.Params == nil {
		return
	}
	i := 0
	for _, fld := range ftype.Params.List {
		if len(fld.Names) == 0 {
			i++
			continue
		}
		for _, n := range fld.Names {
			if obj := r.info.Defs[n]; obj != nil {
				p.params[obj] = i
			}
			i++
		}
	}
}

// A scanner is one prescan's walk over a function's body.
type scanner struct {
	r    *Result
	p    *prescan
	body *ast.BlockStmt

	allowed  map[*ast.Ident]bool // uses that hand a variable nowhere: call arguments, assignment targets, nil tests
	seenCall map[*types.Func]bool
	assigned map[types.Object]int       // how many times a variable is assigned
	chans    map[types.Object]*chanInfo // channels made with a constant capacity

	stack    []ast.Node
	captured int // depth inside literals that are not part of this function
}

// chanInfo is what the prescan knows of a buffered channel variable.
type chanInfo struct {
	cap int64
	bad bool // reassigned
}

// local reports whether obj is a local variable of the function.
func (sc *scanner) local(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	return ok && !v.IsField() && obj.Pos() >= sc.body.Pos() && obj.Pos() < sc.body.End()
}

// visit is ast.Inspect's callback.
func (sc *scanner) visit(n ast.Node) bool {
	if n == nil {
		top := sc.stack[len(sc.stack)-1]
		sc.stack = sc.stack[:len(sc.stack)-1]
		if lit, ok := top.(*ast.FuncLit); ok && sc.ownFunc(lit) {
			sc.captured--
		}
		return true
	}
	var parent ast.Node
	if len(sc.stack) > 0 {
		parent = sc.stack[len(sc.stack)-1]
	}
	sc.stack = append(sc.stack, n)
	if lit, ok := n.(*ast.FuncLit); ok && sc.ownFunc(lit) {
		sc.enterLit(lit, parent)
	}
	if sc.captured > 0 {
		// Inside a closure analyzed on its own: only captured uses matter.
		if id, ok := n.(*ast.Ident); ok {
			if obj := sc.r.info.Uses[id]; obj != nil && sc.local(obj) {
				sc.p.escapes[obj] = true
			}
		}
		return true
	}
	sc.node(n)
	return true
}

// ownFunc reports whether lit is analyzed as a function of its own.
func (sc *scanner) ownFunc(lit *ast.FuncLit) bool {
	return !sc.r.inline[lit] && !sc.r.idx.IsWrapper(lit)
}

// enterLit notes a literal analyzed on its own, and whether the function
// returns it.
func (sc *scanner) enterLit(lit *ast.FuncLit, parent ast.Node) {
	sc.captured++
	if ret, ok := parent.(*ast.ReturnStmt); ok && sc.captured == 1 {
		for _, res := range ret.Results {
			if ast.Unparen(res) == lit {
				sc.p.returnedLits = append(sc.p.returnedLits, lit)
			}
		}
	}
}

// node records what one node of the function's own body says.
func (sc *scanner) node(n ast.Node) {
	p, info := sc.p, sc.r.info
	switch n := n.(type) {
	case *ast.CallExpr:
		sc.call(n)
	case *ast.GoStmt, *ast.SendStmt:
		p.direct = true
	case *ast.UnaryExpr:
		p.direct = p.direct || n.Op == token.ARROW
	case *ast.SelectStmt:
		sc.selectStmt(n)
	case *ast.RangeStmt:
		if _, ok := typeUnder(info, n.X).(*types.Chan); ok {
			p.direct = true
		}
	case *ast.BinaryExpr:
		if id := nilTested(n); id != nil {
			sc.allowed[id] = true // x == nil reads x; it does not hand it anywhere
		}
	case *ast.AssignStmt:
		sc.assign(n)
	case *ast.Ident:
		// Any other use of a local (x.f included: a method call on the
		// variable or a field of it) may hand it elsewhere.
		if obj := info.Uses[n]; obj != nil && sc.local(obj) && !sc.allowed[n] {
			p.escapes[obj] = true
		}
	}
}

// call records a call: a C call, a runtime lock, a blocking call, a callee
// whose summary the function needs, the arguments it hands on.
func (sc *scanner) call(n *ast.CallExpr) {
	p, r := sc.p, sc.r
	if c := r.idx.Lookup(n); c != nil {
		p.direct, p.ccalls = true, true
		sc.allowArgs(c.Args)
		return
	}
	sc.allowArgs(n.Args)
	if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok {
		sc.allowed[id] = true
		if lit := p.closureVars[r.info.Uses[id]]; lit != nil {
			p.closureCalls = append(p.closureCalls, lit)
		}
	}
	if r.isRuntime(n, "LockOSThread") {
		p.lockCalls = append(p.lockCalls, n.Pos())
		p.direct = true
	} else if r.isRuntime(n, "UnlockOSThread") {
		p.direct = true
	}
	fn := r.calleeOf(n)
	if fn == nil {
		return
	}
	if _, ok := blockingName(fn); ok {
		p.direct = true
		if recv := recvName(fn); fn.Pkg().Path() == "sync" && (recv == "Mutex" || recv == "RWMutex") {
			r.locksMutex, p.locksMutex = true, true
		}
	} else if !sc.seenCall[fn] {
		sc.seenCall[fn] = true
		p.calls = append(p.calls, fn)
	}
}

// allowArgs marks the variables passed to a call: a callee that keeps one
// says so in its summary.
func (sc *scanner) allowArgs(args []ast.Expr) {
	for _, a := range args {
		if id := stripIdent(sc.r.info, a); id != nil {
			sc.allowed[id] = true
		}
	}
}

// selectStmt maps a select's communications to it.
func (sc *scanner) selectStmt(n *ast.SelectStmt) {
	sc.p.direct = true
	first := true
	for _, cc := range n.Body.List {
		if comm := cc.(*ast.CommClause).Comm; comm != nil {
			sc.p.comms[comm] = n
			if first {
				sc.p.firstComm[comm] = true
				first = false
			}
		}
	}
}

// assign records assignments to variables: closures bound once, buffered
// channels made, and how often each is assigned.
func (sc *scanner) assign(n *ast.AssignStmt) {
	for i, lhs := range n.Lhs {
		id, ok := lhs.(*ast.Ident)
		if !ok {
			continue
		}
		sc.allowed[id] = true
		obj := sc.r.info.Defs[id]
		if obj == nil {
			obj = sc.r.info.Uses[id]
		}
		if obj == nil {
			continue
		}
		sc.assigned[obj]++
		if ci := sc.chans[obj]; ci != nil {
			ci.bad = true // reassigned
		}
		if len(n.Lhs) != len(n.Rhs) || n.Tok != token.DEFINE {
			continue
		}
		rhs := ast.Unparen(n.Rhs[i])
		if lit, ok := rhs.(*ast.FuncLit); ok {
			sc.p.closureVars[obj] = lit
		}
		if c := makeChanCap(sc.r.info, rhs); c > 0 {
			sc.chans[obj] = &chanInfo{cap: c}
		}
	}
}

// finish drops the closure variables assigned more than once, and marks
// the sends on a channel whose buffer holds them all as roomy.
func (sc *scanner) finish() {
	for obj, n := range sc.assigned {
		if n > 1 {
			delete(sc.p.closureVars, obj)
		}
	}
	for obj, ci := range sc.chans {
		if ci.bad || int64(maxSends(sc.r.info, obj, sc.body)) > ci.cap {
			continue
		}
		for _, s := range sendsOn(sc.r.info, obj, sc.body) {
			sc.r.roomy[s] = true
		}
	}
}

// stripIdent returns the variable under parentheses and conversions, or nil.
func stripIdent(info *types.Info, e ast.Expr) *ast.Ident {
	for {
		e = ast.Unparen(e)
		if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 1 {
			if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
				e = call.Args[0]
				continue
			}
		}
		break
	}
	id, _ := e.(*ast.Ident)
	return id
}

// makeChanCap returns N for make(chan T, N) with a constant N, else 0.
func makeChanCap(info *types.Info, e ast.Expr) int64 {
	call, ok := e.(*ast.CallExpr)
	if !ok || len(call.Args) != 2 {
		return 0
	}
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok || id.Name != "make" {
		return 0
	}
	if _, ok := info.Uses[id].(*types.Builtin); !ok {
		return 0
	}
	if _, ok := call.Args[0].(*ast.ChanType); !ok {
		return 0
	}
	tv, ok := info.Types[call.Args[1]]
	if !ok || tv.Value == nil {
		return 0
	}
	n, ok := constant.Int64Val(constant.ToInt(tv.Value))
	if !ok {
		return 0
	}
	return n
}

func typeUnder(info *types.Info, e ast.Expr) types.Type {
	t := info.TypeOf(e)
	if t == nil {
		return nil
	}
	return t.Underlying()
}

// startsThreadState reports whether f attaches or detaches a thread state
// on the calling OS thread: the calls osthread wants locked.
func startsThreadState(f *capi.Func) bool {
	switch f.State {
	case capi.StateEnsure, capi.StateEnsure315, capi.StateSave, capi.StateRestore, capi.StateAcquire,
		capi.StateSwap, capi.StateInit, capi.StateNewInterp:
		return true
	}
	return false
}

// StartsThreadState is startsThreadState for the checks.
func StartsThreadState(f *capi.Func) bool { return f != nil && startsThreadState(f) }

// yieldParam returns the yield parameter of a function shaped like a
// range-over-func iterator (iter.Seq, iter.Seq2 and the zero-value form:
// one parameter, a func of up to two values returning bool, and no
// results), or nil.
func (r *Result) yieldParam(ftype *ast.FuncType) types.Object {
	if ftype.Results != nil && len(ftype.Results.List) > 0 || ftype.Params == nil || len(ftype.Params.List) != 1 ||
		len(ftype.Params.List[0].Names) != 1 {
		return nil
	}
	obj := r.info.Defs[ftype.Params.List[0].Names[0]]
	if obj == nil {
		return nil
	}
	sig, ok := obj.Type().Underlying().(*types.Signature)
	if !ok || sig.Params().Len() > 2 || sig.Variadic() || sig.Results().Len() != 1 {
		return nil
	}
	b, ok := sig.Results().At(0).Type().Underlying().(*types.Basic)
	if !ok || b.Kind() != types.Bool {
		return nil
	}
	return obj
}
