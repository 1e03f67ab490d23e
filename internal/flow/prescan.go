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
	if ftype.Params != nil {
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
	p.yield = r.yieldParam(ftype)
	body := f.body
	local := func(obj types.Object) bool {
		v, ok := obj.(*types.Var)
		return ok && !v.IsField() && obj.Pos() >= body.Pos() && obj.Pos() < body.End()
	}
	allowed := map[*ast.Ident]bool{}
	seenCall := map[*types.Func]bool{}
	assigned := map[types.Object]int{}
	type chanInfo struct {
		cap int64
		bad bool // reassigned
	}
	chans := map[types.Object]*chanInfo{}

	var stack []ast.Node
	captured := 0 // depth inside literals that are not part of this function
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		if n == nil {
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			switch top := top.(type) {
			case *ast.FuncLit:
				if !r.inline[top] && !r.idx.IsWrapper(top) {
					captured--
				}
			}
			return true
		}
		var parent ast.Node
		if len(stack) > 0 {
			parent = stack[len(stack)-1]
		}
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.FuncLit:
			if !r.inline[n] && !r.idx.IsWrapper(n) {
				captured++
				if ret, ok := parent.(*ast.ReturnStmt); ok && captured == 1 {
					for _, res := range ret.Results {
						if ast.Unparen(res) == n {
							p.returnedLits = append(p.returnedLits, n)
						}
					}
				}
			}
		}
		if captured > 0 {
			// Inside a closure analyzed on its own: only captured uses matter.
			if id, ok := n.(*ast.Ident); ok {
				if obj := r.info.Uses[id]; obj != nil && local(obj) {
					p.escapes[obj] = true
				}
			}
			return true
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			if c := r.idx.Lookup(n); c != nil {
				p.direct, p.ccalls = true, true
				for _, a := range c.Args {
					if id := stripIdent(r.info, a); id != nil {
						allowed[id] = true
					}
				}
				return true
			}
			for _, a := range n.Args {
				if id := stripIdent(r.info, a); id != nil {
					allowed[id] = true
				}
			}
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok {
				allowed[id] = true
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
			if fn := r.calleeOf(n); fn != nil {
				if _, ok := blockingName(fn); ok {
					p.direct = true
					if recv := recvName(fn); fn.Pkg().Path() == "sync" && (recv == "Mutex" || recv == "RWMutex") {
						r.locksMutex = true
					}
				} else if !seenCall[fn] {
					seenCall[fn] = true
					p.calls = append(p.calls, fn)
				}
			}
		case *ast.GoStmt:
			p.direct = true
		case *ast.SendStmt:
			p.direct = true
		case *ast.UnaryExpr:
			if n.Op == token.ARROW {
				p.direct = true
			}
		case *ast.SelectStmt:
			p.direct = true
			first := true
			for _, cc := range n.Body.List {
				if comm := cc.(*ast.CommClause).Comm; comm != nil {
					p.comms[comm] = n
					if first {
						p.firstComm[comm] = true
						first = false
					}
				}
			}
		case *ast.RangeStmt:
			if _, ok := typeUnder(r.info, n.X).(*types.Chan); ok {
				p.direct = true
			}
		case *ast.BinaryExpr:
			if id := nilTested(n); id != nil {
				allowed[id] = true // x == nil reads x; it does not hand it anywhere
			}
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				id, ok := lhs.(*ast.Ident)
				if !ok {
					continue
				}
				allowed[id] = true
				obj := r.info.Defs[id]
				if obj == nil {
					obj = r.info.Uses[id]
				}
				if obj == nil {
					continue
				}
				assigned[obj]++
				if ci := chans[obj]; ci != nil {
					ci.bad = true // reassigned
				}
				if len(n.Lhs) != len(n.Rhs) {
					continue
				}
				rhs := ast.Unparen(n.Rhs[i])
				if lit, ok := rhs.(*ast.FuncLit); ok && n.Tok == token.DEFINE {
					p.closureVars[obj] = lit
				}
				if n.Tok == token.DEFINE {
					if c := makeChanCap(r.info, rhs); c > 0 {
						chans[obj] = &chanInfo{cap: c}
					}
				}
			}
		case *ast.Ident:
			obj := r.info.Uses[n]
			if obj == nil || !local(obj) || allowed[n] {
				return true
			}
			if _, ok := parent.(*ast.SelectorExpr); ok {
				// x.f: a method call on the variable or a field of it.
				p.escapes[obj] = true
				return true
			}
			p.escapes[obj] = true
		}
		return true
	}
	ast.Inspect(body, visit)
	for obj, n := range assigned {
		if n > 1 {
			delete(p.closureVars, obj)
		}
	}
	for obj, ci := range chans {
		if ci.bad || int64(maxSends(r.info, obj, body)) > ci.cap {
			continue
		}
		for _, s := range sendsOn(r.info, obj, body) {
			r.roomy[s] = true
		}
	}
	return p
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
