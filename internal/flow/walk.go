package flow

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/cfg"

	"github.com/pyvet/pyvet/internal/capi"
	"github.com/pyvet/pyvet/internal/cgocall"
	"github.com/pyvet/pyvet/internal/creader"
)

// EventKind says what happened at an Event.
type EventKind uint8

const (
	EvCCall  EventKind = iota // a call of a C function (Call, Func)
	EvGoCall                  // a call of a Go function or closure (Callee, Summary)
	EvBlock                   // a Go operation that can block (What)
	EvLock                    // runtime.LockOSThread
	EvUnlock                  // runtime.UnlockOSThread
	EvDefer                   // a defer statement registers a call (Node is the *ast.DeferStmt)
	EvExit                    // the function returns (Return) or panics (Panic); before is the state after its deferred calls ran
	EvYield                   // a range-over-func iterator calls its yield func: the caller's loop body runs here
)

func (k EventKind) String() string {
	return [...]string{"ccall", "gocall", "block", "lock", "unlock", "defer", "exit", "yield"}[k]
}

// An Event is one thing a function does that the checks care about.
type Event struct {
	Kind EventKind
	Pos  token.Pos // where to report: "C." of a C call, the call, the operation
	Node ast.Node  // the user-level node (*ast.CallExpr, *ast.SendStmt, *ast.SelectStmt, …)

	Call *cgocall.Call // EvCCall
	Func *capi.Func    // EvCCall: nil when the table does not know the function (a preamble helper)
	// Helper is the summary of the package's own C helper an EvCCall
	// calls, or nil.
	Helper *creader.Summary

	Mutex *Mutex // EvBlock: the Go mutex a Lock or RLock locks

	Callee  *types.Func // EvGoCall: nil when a closure variable is called
	Name    string      // EvGoCall: how to name the callee in a message; EvBlock: the operation
	Summary *Summary    // EvGoCall: the callee's summary, nil if none

	Deferred bool // the call was registered by defer and runs at this exit
	Spawn    bool // the call starts a goroutine: before is that goroutine's fresh state

	// Arg is the variable passed to a releasing call (PyGILState_Release,
	// PyEval_RestoreThread, a Go function that releases its parameter, a
	// release func); ArgConst is set when a constant is passed instead.
	Arg      types.Object
	ArgConst bool
	// Result is the variable an Ensure or SaveThread result is assigned to.
	Result types.Object

	Return *ast.ReturnStmt // EvExit: the return (the CFG materializes the implicit one at the closing brace); nil at a panic
	Panic  bool            // EvExit: the path ends in a panic (deferred calls are not replayed)
	Fn     *Func           // the function being walked
}

type valKind uint8

const (
	vNone valKind = iota
	vToken
	vSaved
	vRelease
	vLit
	vHandle // a PEP 788 guard or view (pep788.go)
)

type value struct {
	kind valKind
	site token.Pos
	from string
	pre  Attach
	sum  *Summary
	lit  *ast.FuncLit
	pep  pep788Value
	// balanced marks a saved state that is not this function's to restore
	// (see lifecycle.go).
	balanced bool
}

// walker runs one function's flow. It is used once: for the fixpoint (visit
// nil), or for a replay that reports events.
type walker struct {
	r      *Result
	fn     *Func
	scan   *prescan
	visit  func(*Event, *State)
	inline int // depth inside literals called in place
	defers int // depth inside deferred calls run at exit
	result types.Object

	// summary bookkeeping, filled during a replay
	exits          []*State
	retToken       bool
	retSaved       bool
	retClosure     *Summary
	foreignRelease bool
	foreignUnlock  bool
	foreignEnds    int
	sum            Summary

	// cut is set when a fixpoint ran out of its budget (its own or that of
	// a literal called in place): the function is then unknown.
	cut bool
}

func (r *Result) newWalker(f *Func, visit func(*Event, *State)) *walker {
	return &walker{r: r, fn: f, scan: f.scan, visit: visit}
}

func (w *walker) emit(ev *Event, s *State) {
	ev.Fn = w.fn
	ev.Deferred = ev.Deferred || w.defers > 0
	if w.visit != nil {
		w.visit(ev, s)
	}
}

// solve computes the in-state of every block of g from entry.
func (w *walker) solve(g *cfg.CFG, entry *State) []*State {
	in := make([]*State, len(g.Blocks))
	if len(g.Blocks) == 0 {
		return in
	}
	in[0] = entry
	queued := make([]bool, len(g.Blocks))
	work := []int32{0}
	queued[0] = true
	saved := w.visit
	w.visit = nil
	defer func() { w.visit = saved }()
	budget := w.r.budgets.Visits * (len(g.Blocks) + 1)
	for len(work) > 0 && budget > 0 {
		budget--
		i := work[0]
		work = work[1:]
		queued[i] = false
		b := g.Blocks[i]
		out := w.block(b, in[i].clone(), false)
		if out == nil {
			continue
		}
		for k, succ := range b.Succs {
			nj := join(in[succ.Index], w.refineNil(b, k, out))
			if !equal(nj, in[succ.Index]) {
				in[succ.Index] = nj
				if !queued[succ.Index] {
					queued[succ.Index] = true
					work = append(work, succ.Index)
				}
			}
		}
	}
	w.cut = w.cut || len(work) > 0
	return in
}

// replay walks every reachable block once with its in-state, emitting.
// It returns the join of the states at the (non-panic) exits.
func (w *walker) replay(g *cfg.CFG, in []*State) *State {
	var exit *State
	for i, b := range g.Blocks {
		if in[i] == nil || !b.Live {
			continue
		}
		w.block(b, in[i].clone(), true)
	}
	for _, s := range w.exits {
		exit = join(exit, s)
	}
	return exit
}

// block runs b's nodes over s and returns the out-state (nil at an exit).
func (w *walker) block(b *cfg.Block, s *State, replay bool) *State {
	if b.Kind == cfg.KindRangeLoop {
		if rs, ok := b.Stmt.(*ast.RangeStmt); ok {
			if _, ok := typeUnder(w.r.info, rs.X).(*types.Chan); ok {
				w.emit(&Event{Kind: EvBlock, Pos: rs.For, Node: rs, Name: "range over a channel"}, s)
			}
		}
	}
	for _, n := range b.Nodes {
		if ret, ok := n.(*ast.ReturnStmt); ok {
			w.ret(ret, s, replay)
			return nil
		}
		w.node(n, s)
	}
	if len(b.Succs) == 0 {
		// A call that does not return: a panic, os.Exit, log.Fatal.
		if replay && w.inline == 0 {
			w.emit(&Event{Kind: EvExit, Pos: lastPos(b), Panic: true}, s)
		}
		return nil
	}
	return s
}

// node applies one CFG node.
func (w *walker) node(n ast.Node, s *State) {
	if st, ok := n.(ast.Stmt); ok {
		if sel := w.scan.comms[st]; sel != nil {
			w.comm(st, sel, s)
			return
		}
	}
	switch n := n.(type) {
	case *ast.AssignStmt:
		w.assign(n.Lhs, n.Rhs, n.Tok, s)
	case *ast.ValueSpec:
		lhs := make([]ast.Expr, len(n.Names))
		for i, id := range n.Names {
			lhs[i] = id
		}
		if len(n.Values) == 0 {
			for _, id := range n.Names {
				if obj := w.r.info.Defs[id]; obj != nil && n.Type != nil && isTokenType(n.Type) {
					s.setToken(obj, Token{Kind: TokGIL, Status: Never, Escapes: w.scan.escapes[obj]})
				}
			}
			return
		}
		w.assign(lhs, n.Values, token.DEFINE, s)
	case *ast.ExprStmt:
		v := w.expr(n.X, s)
		w.discard(v, n.X, s)
	case *ast.SendStmt:
		w.expr(n.Chan, s)
		w.expr(n.Value, s)
		if !w.r.roomy[n] {
			w.emit(&Event{Kind: EvBlock, Pos: n.Arrow, Node: n, Name: "channel send"}, s)
		}
	case *ast.IncDecStmt:
		w.expr(n.X, s)
	case *ast.GoStmt:
		w.spawn(n, s)
	case *ast.DeferStmt:
		w.deferStmt(n, s)
	case *ast.LabeledStmt, *ast.EmptyStmt, *ast.BranchStmt:
	case ast.Expr:
		w.expr(n, s)
	default:
		w.children(n, s)
	}
}

// isTokenType reports whether a declared type is PyGILState_STATE.
func isTokenType(t ast.Expr) bool {
	switch t := t.(type) {
	case *ast.SelectorExpr:
		return t.Sel.Name == "PyGILState_STATE"
	case *ast.Ident:
		return t.Name == "_Ctype_PyGILState_STATE"
	}
	return false
}

// comm evaluates one communication of a select: its channel operation is
// not blocking by itself; the select as a whole is, without a default.
func (w *walker) comm(st ast.Stmt, sel *ast.SelectStmt, s *State) {
	if w.scan.firstComm[st] && !hasDefault(sel) {
		w.emit(&Event{Kind: EvBlock, Pos: sel.Select, Node: sel, Name: "select without a default case"}, s)
	}
	recv := func(e ast.Expr) {
		if u, ok := ast.Unparen(e).(*ast.UnaryExpr); ok && u.Op == token.ARROW {
			w.expr(u.X, s)
			return
		}
		w.expr(e, s)
	}
	switch st := st.(type) {
	case *ast.SendStmt:
		w.expr(st.Chan, s)
		w.expr(st.Value, s)
	case *ast.ExprStmt:
		recv(st.X)
	case *ast.AssignStmt:
		for _, e := range st.Rhs {
			recv(e)
		}
		for _, l := range st.Lhs {
			w.bind(l, value{}, nil, s)
		}
	}
}

func hasDefault(sel *ast.SelectStmt) bool {
	for _, cc := range sel.Body.List {
		if cc.(*ast.CommClause).Comm == nil {
			return true
		}
	}
	return false
}

// assign evaluates right-hand sides, then binds.
func (w *walker) assign(lhs, rhs []ast.Expr, tok token.Token, s *State) {
	for _, l := range lhs {
		if _, ok := l.(*ast.Ident); !ok {
			w.expr(l, s) // index and selector operands may call
		}
	}
	vals := make([]value, len(rhs))
	for i, e := range rhs {
		w.result = nil
		if len(lhs) == len(rhs) || i == 0 {
			if id, ok := lhs[i].(*ast.Ident); ok {
				w.result = w.objOf(id)
			}
		}
		vals[i] = w.expr(e, s)
		w.result = nil
	}
	if len(lhs) == len(rhs) {
		for i := range lhs {
			w.bind(lhs[i], vals[i], rhs[i], s)
		}
		return
	}
	for i, l := range lhs {
		v := value{}
		if i == 0 && len(vals) == 1 {
			v = vals[0]
		}
		w.bind(l, v, nil, s)
	}
}

func (w *walker) objOf(id *ast.Ident) types.Object {
	if obj := w.r.info.Defs[id]; obj != nil {
		return obj
	}
	return w.r.info.Uses[id]
}

func (w *walker) local(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	return ok && !v.IsField() && obj.Pos() >= w.fn.body.Pos() && obj.Pos() < w.fn.body.End()
}

// bind records what a variable now holds.
func (w *walker) bind(l ast.Expr, v value, rhs ast.Expr, s *State) {
	id, ok := ast.Unparen(l).(*ast.Ident)
	if !ok {
		return // stored in a field or element: someone else gives it back
	}
	if id.Name == "_" {
		if rhs != nil {
			w.discard(v, rhs, s)
		}
		return
	}
	obj := w.objOf(id)
	if obj == nil {
		return
	}
	if !w.local(obj) {
		return // a global or captured variable: not this function's to give back
	}
	switch v.kind {
	case vToken, vSaved, vRelease, vHandle:
		t := Token{Kind: TokGIL, Status: Live, Site: v.site, From: v.from, Pre: v.pre, Escapes: w.scan.escapes[obj] || v.balanced, Closure: v.sum}
		if v.kind == vSaved {
			t.Kind = TokSaved
		} else if v.kind == vRelease {
			t.Kind = TokClosure
		}
		v.pep.apply(&t)
		s.setToken(obj, t)
	default:
		if t, ok := s.tokens[obj]; ok {
			if rhs != nil && isConst(w.r.info, rhs) {
				t.Status = Never
				s.setToken(obj, t)
			} else {
				s.dropToken(obj)
			}
		}
	}
}

// discard handles a value thrown away: an Ensure or SaveThread whose
// result is never kept cannot be given back.
func (w *walker) discard(v value, e ast.Expr, s *State) {
	if v.kind != vToken && v.kind != vSaved && v.kind != vRelease && v.kind != vHandle || v.balanced {
		return
	}
	t := Token{Kind: TokGIL, Status: Live, Site: v.site, From: v.from, Pre: v.pre, Discarded: true, Closure: v.sum}
	switch v.kind {
	case vSaved:
		t.Kind = TokSaved
	case vRelease:
		t.Kind = TokClosure
	}
	v.pep.apply(&t)
	s.setToken(e, t)
}

func isConst(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	if ok && tv.Value != nil {
		return true
	}
	if id, ok := ast.Unparen(e).(*ast.Ident); ok && id.Name == "nil" {
		return true
	}
	return false
}

// children evaluates the calls and receives under n in source order.
func (w *walker) children(n ast.Node, s *State) {
	ast.Inspect(n, func(m ast.Node) bool {
		if m == n || m == nil {
			return true
		}
		switch m := m.(type) {
		case *ast.CallExpr, *ast.FuncLit:
			w.expr(m.(ast.Expr), s)
			return false
		case *ast.UnaryExpr:
			if m.Op == token.ARROW {
				w.expr(m, s)
				return false
			}
		}
		return true
	})
}

// expr evaluates e and returns what it yields.
func (w *walker) expr(e ast.Expr, s *State) value {
	switch e := e.(type) {
	case nil:
		return value{}
	case *ast.ParenExpr:
		return w.expr(e.X, s)
	case *ast.CallExpr:
		return w.call(e, s, false)
	case *ast.UnaryExpr:
		if e.Op == token.ARROW {
			w.expr(e.X, s)
			w.emit(&Event{Kind: EvBlock, Pos: e.OpPos, Node: e, Name: "channel receive"}, s)
			return value{}
		}
		w.expr(e.X, s)
		return value{}
	case *ast.FuncLit:
		if w.r.inline[e] || w.r.idx.IsWrapper(e) {
			return value{}
		}
		return value{kind: vLit, lit: e}
	case *ast.Ident, *ast.BasicLit:
		return value{}
	}
	w.children(e, s)
	return value{}
}

// call evaluates a call. With deferred set, the arguments were evaluated
// when the defer statement ran.
func (w *walker) call(call *ast.CallExpr, s *State, deferred bool) value {
	if c := w.r.idx.Lookup(call); c != nil {
		if !deferred {
			for _, a := range c.Args {
				w.expr(a, s)
			}
		}
		return w.ccall(c, s)
	}
	fun := ast.Unparen(call.Fun)
	if lit, ok := fun.(*ast.FuncLit); ok && w.r.inline[lit] {
		if !deferred {
			for _, a := range call.Args {
				w.expr(a, s)
			}
		}
		w.inlineLit(lit, s)
		return value{}
	}
	if tv, ok := w.r.info.Types[fun]; ok && tv.IsType() {
		if len(call.Args) == 1 {
			return w.expr(call.Args[0], s)
		}
		return value{}
	}
	if id, ok := fun.(*ast.Ident); ok {
		if _, ok := w.r.info.Uses[id].(*types.Builtin); ok {
			if !deferred {
				for _, a := range call.Args {
					w.expr(a, s)
				}
			}
			return value{}
		}
	}
	if inner, ok := fun.(*ast.CallExpr); ok && w.r.idx.Lookup(inner) == nil {
		if !deferred {
			w.returnedFunc(inner, call, s)
		}
		return value{}
	}
	if !deferred {
		if sel, ok := fun.(*ast.SelectorExpr); ok {
			w.expr(sel.X, s)
		} else if _, ok := fun.(*ast.Ident); !ok {
			w.expr(fun, s)
		}
		for _, a := range call.Args {
			w.expr(a, s)
		}
	}
	switch {
	case w.r.isRuntime(call, "LockOSThread"):
		w.emit(&Event{Kind: EvLock, Pos: call.Pos(), Node: call}, s)
		lock(s)
		return value{}
	case w.r.isRuntime(call, "UnlockOSThread"):
		w.emit(&Event{Kind: EvUnlock, Pos: call.Pos(), Node: call}, s)
		w.unlock(s)
		return value{}
	}
	callee := w.r.calleeOf(call)
	if m, method := w.r.mutexOf(call, callee); m != nil {
		switch method {
		case "Lock", "RLock":
			w.emit(&Event{Kind: EvBlock, Pos: call.Pos(), Node: call, Name: displayName(callee), Mutex: m}, s)
			holdMutex(s, m.Key)
			return value{}
		case "Unlock", "RUnlock":
			releaseMutex(s, m.Key)
			return value{}
		}
	}
	if callee != nil {
		if name, ok := blockingName(callee); ok {
			w.emit(&Event{Kind: EvBlock, Pos: call.Pos(), Node: call, Name: name}, s)
			return value{}
		}
	}
	// A closure variable: a release func, or a literal with a summary.
	if id, ok := fun.(*ast.Ident); ok {
		if obj := w.r.info.Uses[id]; obj != nil {
			if obj == w.scan.yield {
				w.emit(&Event{Kind: EvYield, Pos: call.Pos(), Node: call, Name: id.Name}, s)
				return value{}
			}
			if t, ok := s.tokens[obj]; ok && t.Kind == TokClosure {
				ev := &Event{Kind: EvGoCall, Pos: call.Pos(), Node: call, Name: id.Name, Summary: t.Closure, Arg: obj}
				w.emit(ev, s)
				w.releaseToken(obj, call.Pos(), id.Name+"()", s)
				if t.Closure != nil {
					w.applyLockSections(t.Closure, call, s)
				}
				return value{}
			}
			if lit := w.scan.closureVars[obj]; lit != nil {
				if f := w.r.byLit[lit]; f != nil {
					w.emit(&Event{Kind: EvGoCall, Pos: call.Pos(), Node: call, Name: id.Name, Summary: f.Summary}, s)
					return w.apply(f.Summary, call, id.Name, s)
				}
			}
		}
	}
	if callee == nil {
		return value{}
	}
	sum := w.r.Summary(callee)
	name := displayName(callee)
	w.emit(&Event{Kind: EvGoCall, Pos: call.Pos(), Node: call, Callee: callee, Name: name, Summary: sum}, s)
	if sum == nil && s.Attach.SurelyDetached() && w.r.outOfSight(callee) {
		s.Attach |= Inherited // an implementation out of sight may attach
	}
	return w.apply(sum, call, name, s)
}

func lock(s *State) {
	if s.depth < 3 {
		s.depth++
	}
	s.Lock = Locked
}

func (w *walker) unlock(s *State) {
	switch {
	case s.depth > 1:
		s.depth--
	case s.depth == 1:
		s.depth = 0
		s.Lock = w.r.entryState(w.fn).Lock
		if w.fn.Entry == EntryUnknown && len(w.scan.lockCalls) > 0 {
			s.Lock = Unlocked
		}
	case w.fn.Entry == EntryInit:
		// The runtime's own lock holds until every init has returned.
	default:
		s.Lock = Unlocked
		w.foreignUnlock = true
	}
}

// apply applies a Go callee's summary at a call.
func (w *walker) apply(sum *Summary, call *ast.CallExpr, name string, s *State) value {
	if sum == nil {
		w.escapeArgs(call, 0, 0, s)
		return value{}
	}
	w.escapeArgs(call, sum.ReleasesParams, sum.RestoresParams, s)
	for i, a := range call.Args {
		if i < 64 && sum.ReleasesParams&(1<<i) != 0 {
			if id := stripIdent(w.r.info, a); id != nil {
				if obj := w.r.info.Uses[id]; obj != nil {
					w.releaseToken(obj, call.Pos(), name, s)
				}
			}
		}
		if i < 64 && sum.RestoresParams&(1<<i) != 0 {
			var obj types.Object
			if id := stripIdent(w.r.info, a); id != nil {
				obj = w.r.info.Uses[id]
			}
			if t, ok := s.tokens[obj]; !ok || t.Kind != TokSaved {
				s.given = s.Attach // a given state: a save after it gives it back
			}
			if obj != nil {
				w.restoreToken(obj, s)
			}
			s.Attach = Attached
		}
	}
	pre, mainTS := s.Attach, s.mainTS
	if sum.ReturnsSaved {
		v := w.save(name, call.Pos(), pre, mainTS, s)
		w.applyLockSections(sum, call, s)
		if sum.Finalizes {
			finalize(s)
		}
		return v
	}
	if sum.Attach != EffNone && sum.RestoresParams == 0 {
		s.mainTS, s.given = sum.Inits && sum.Attach == EffAttaches, 0
	}
	if sum.Finalizes {
		finalize(s)
	}
	switch sum.Attach {
	case EffAttaches:
		if !sum.ReturnsToken && sum.ReleaseClosure == nil {
			s.held = append(s.held, s.Attach)
		}
		s.Attach = Attached
	case EffDetaches:
		s.Attach = Detached
		s.detachedBy(name, call.Pos())
	case EffReleases:
		if n := len(s.held); n > 0 {
			s.Attach = restoredFrom(s.held[n-1])
			s.held = s.held[:n-1]
		} else {
			s.Attach = Restored
			w.foreignRelease = true
		}
		if s.Attach&Detached != 0 || s.Attach&Restored != 0 {
			s.detachedBy(name, call.Pos())
		}
	case EffMayAttach:
		s.Attach |= Attached
	case EffMayChange:
		s.Attach |= Attached | Unknown
	case EffMayDetach:
		s.Attach |= Unknown
	case EffMayRelease:
		s.Attach |= Unknown
		if len(s.held) == 0 {
			w.foreignRelease = true
		}
	}
	w.applyLockSections(sum, call, s)
	switch {
	case sum.ReturnsToken:
		return value{kind: vToken, site: call.Pos(), from: name, pre: pre}
	case sum.ReturnsSaved:
		return value{kind: vSaved, site: call.Pos(), from: name, pre: pre}
	case sum.ReleaseClosure != nil:
		return value{kind: vRelease, site: call.Pos(), from: name, pre: pre, sum: sum.ReleaseClosure}
	}
	return value{}
}

func (w *walker) applyLockSections(sum *Summary, call *ast.CallExpr, s *State) {
	if sum.Lock > 0 {
		lock(s)
	} else if sum.Lock < 0 {
		w.unlock(s)
	}
	for i := int8(0); i < sum.Sections; i++ {
		s.Sections = append(s.Sections, Section{Site: call.Pos(), Key: w.r.idx.Render(call), Func: sum.SectionWhy, BeginAt: sum.sectionAt})
	}
	for i := sum.Sections; i < 0; i++ {
		if n := len(s.Sections); n > 0 {
			s.Sections = s.Sections[:n-1]
		} else {
			w.endForeign(s)
		}
	}
}

// escapeArgs marks the tokens passed to a call that does not give them
// back as escaping: the callee keeps them.
func (w *walker) escapeArgs(call *ast.CallExpr, rel, res uint64, s *State) {
	for i, a := range call.Args {
		if i < 64 && (rel|res)&(1<<i) != 0 {
			continue
		}
		if id := stripIdent(w.r.info, a); id != nil {
			if obj := w.r.info.Uses[id]; obj != nil {
				if t, ok := s.tokens[obj]; ok && !t.Escapes {
					t.Escapes = true
					s.setToken(obj, t)
				}
			}
		}
	}
}

// restoredFrom maps the state before a take to the state after its give
// back: the caller's own state stays the caller's, marked Restored.
func restoredFrom(pre Attach) Attach {
	if pre&Inherited != 0 {
		pre = pre&^Inherited | Restored
	}
	return pre
}

// argKey returns the tracked variable a releasing call is given.
func (w *walker) argKey(e ast.Expr) (types.Object, bool) {
	if isConst(w.r.info, e) {
		return nil, true
	}
	if id := stripIdent(w.r.info, e); id != nil {
		return w.r.info.Uses[id], false
	}
	return nil, false
}

// releaseToken gives back the token in obj (PyGILState_Release or a
// release func, named by) and restores the state before it was taken.
func (w *walker) releaseToken(obj types.Object, at token.Pos, by string, s *State) {
	t, ok := s.tokens[obj]
	if !ok {
		if obj != nil {
			if _, isParam := w.scan.params[obj]; isParam {
				s.Attach = restoredFrom(Inherited)
				s.detachedBy(by, at)
				return
			}
		}
		if n := len(s.held); n > 0 {
			s.Attach = restoredFrom(s.held[n-1])
			s.held = s.held[:n-1]
		} else {
			s.Attach = Restored
			w.foreignRelease = true
		}
		s.detachedBy(by, at)
		return
	}
	if t.Status&Live != 0 {
		s.Attach = restoredFrom(t.Pre)
		if s.Attach&(Detached|Restored) != 0 {
			s.detachedBy(by, at)
		}
	}
	t.Status = Done
	s.setToken(obj, t)
}

func (w *walker) restoreToken(obj types.Object, s *State) {
	if t, ok := s.tokens[obj]; ok && t.Kind == TokSaved {
		t.Status = Done
		s.setToken(obj, t)
		return
	}
	// Restoring a thread state obtained another way (PyThreadState_Get
	// before a discarded SaveThread, a subinterpreter's): it gives back what
	// a discarded SaveThread took.
	for k, t := range s.tokens {
		if t.Kind == TokSaved && t.Discarded && t.Status&Live != 0 {
			t.Status = Done
			s.setToken(k, t)
		}
	}
}

// ccall applies a C call.
func (w *walker) ccall(c *cgocall.Call, s *State) value {
	// The package's own helper is judged by its body, even when it shares a
	// name with a C function the table knows.
	var f *capi.Func
	helper := w.r.helpers.Lookup(c.Name)
	if helper == nil {
		f, _ = capi.Lookup(c.Name)
	}
	ev := &Event{Kind: EvCCall, Pos: c.Pos, Node: c.Node, Call: c, Func: f, Helper: helper, Result: w.result}
	if f != nil && (f.State == capi.StateRelease || f.State == capi.StateRelease315 || f.State == capi.StateRestore ||
		f.Handle == capi.HandleGuardClose || f.Handle == capi.HandleViewClose) && len(c.Args) > 0 {
		ev.Arg, ev.ArgConst = w.argKey(c.Args[0])
	}
	w.emit(ev, s)
	if v, ok := w.pep788Call(c, f, ev, s); ok {
		return v
	}
	if f == nil {
		w.escapeArgsC(c, s)
		if h := ev.Helper; h != nil {
			// A C helper that ends its caller's section or leaves one open.
			if h.ClosesCritSec {
				if n := len(s.Sections); n > 0 {
					s.Sections = s.Sections[:n-1]
				} else {
					w.endForeign(s)
				}
			}
			if h.OpensCritSec {
				s.Sections = append(s.Sections, Section{Site: c.Pos, Call: c.Node, Key: w.r.idx.Render(c.Node), Func: c.Name, Helper: true})
			}
			w.helperState(c, h, s)
		}
		return value{}
	}
	pre, mainTS := s.Attach, s.mainTS
	if f.State != capi.StateNone {
		w.lifecycleCCall(f, ev.Arg, pre, s)
	}
	switch f.State {
	case capi.StateEnsure:
		s.Attach = Attached
		return value{kind: vToken, site: c.Pos, from: c.Name, pre: pre}
	case capi.StateRelease, capi.StateRelease315:
		if len(c.Args) > 0 {
			w.releaseToken(ev.Arg, c.Pos, c.Name, s)
		}
	case capi.StateSave:
		return w.save(c.Name, c.Pos, pre, mainTS, s)
	case capi.StateRestore:
		w.restoreToken(ev.Arg, s)
		s.Attach = Attached
	case capi.StateAcquire, capi.StateInit, capi.StateNewInterp:
		s.Attach = Attached
	case capi.StateReleaseThread, capi.StateFinalize, capi.StateEndInterp:
		s.Attach = Detached
		s.detachedBy(c.Name, c.Pos)
	case capi.StateSwap:
		if len(c.Args) > 0 && isConst(w.r.info, c.Args[0]) {
			s.Attach = Detached
			s.detachedBy("PyThreadState_Swap(nil)", c.Pos)
		} else {
			s.Attach = Attached
		}
	default:
		w.escapeArgsC(c, s)
	}
	switch {
	case f.CritSec.IsBegin() && len(c.Args) > 0:
		sec := Section{Site: c.Pos, Call: c.Node, Key: w.r.SectionKey(c.Args[0]), Func: c.Name, Two: f.CritSec.Two(),
			Args: c.Args[1:], Mutex: f.CritSec == capi.CritSecBeginMutex || f.CritSec == capi.CritSecBegin2Mutex}
		if u, ok := w.r.stripConv(c.Args[0]).(*ast.UnaryExpr); ok && u.Op == token.AND {
			if id, ok := ast.Unparen(u.X).(*ast.Ident); ok {
				sec.Obj = w.r.info.Uses[id]
			}
		}
		s.Sections = append(s.Sections, sec)
		s.Ended = dropEnded(s.Ended, sec.Key)
	case f.CritSec.IsEnd() && len(c.Args) > 0:
		key := w.r.SectionKey(c.Args[0])
		for i := len(s.Sections) - 1; i >= 0; i-- {
			if s.Sections[i].Key == key {
				e := s.Sections[i]
				e.EndSite = c.Pos
				s.Sections = append(s.Sections[:i:i], s.Sections[i+1:]...)
				s.Ended = joinEnded(dropEnded(s.Ended, key), []Section{e})
				return value{}
			}
		}
		w.endForeign(s)
	}
	return value{}
}

// endForeign records an End of a section the caller began.
func (w *walker) endForeign(s *State) {
	w.foreignEnds++
	if s.endsForeign < 4 {
		s.endsForeign++
	}
}

// dropEnded returns ended without the struct key.
func dropEnded(ended []Section, key string) []Section {
	out := ended[:0:0]
	for _, e := range ended {
		if e.Key != key {
			out = append(out, e)
		}
	}
	return out
}

// helperState applies what a C helper does to the thread state, from its
// summary: one that returns holding an Ensure or a restored thread state
// attaches, one that returns detached detaches, and one that releases an
// Ensure it did not take gives back what a sibling helper took (the
// caller's state before it). Helper pairs are not matched token by token.
func (w *walker) helperState(c *cgocall.Call, h *creader.Summary, s *State) {
	var a Attach
	if h.Ensures || h.NetAttach {
		a |= Attached
	}
	if h.NetDetach {
		a |= Detached
		s.detachedBy("C helper "+c.Name, c.Pos)
	}
	if h.Releases && a == 0 {
		a = Restored
	}
	if a != 0 {
		s.Attach = a
	}
}

// HelperStartsThreadState reports whether a C helper leaves the calling OS
// thread with a thread state it attached or detached: from Go, its caller
// must be locked to the thread, as for PyGILState_Ensure.
func HelperStartsThreadState(h *creader.Summary) bool {
	return h != nil && (h.Ensures || h.NetAttach || h.NetDetach)
}

// HelperBlocks reports whether a C helper blocks while attached (it does not
// detach around the wait itself), and in which C function.
func HelperBlocks(h *creader.Summary) (string, bool) {
	if h == nil || !h.Blocks || h.BlocksDetached {
		return "", false
	}
	root, _ := h.Cause("Blocks")
	return root, true
}

func (w *walker) escapeArgsC(c *cgocall.Call, s *State) {
	for _, a := range c.Args {
		if id := stripIdent(w.r.info, a); id != nil {
			if obj := w.r.info.Uses[id]; obj != nil {
				if t, ok := s.tokens[obj]; ok && !t.Escapes {
					t.Escapes = true
					s.setToken(obj, t)
				}
			}
		}
	}
}

// inlineLit runs a literal called in place with the current state: its
// events are the enclosing function's, its deferred calls run at its own
// exits.
func (w *walker) inlineLit(lit *ast.FuncLit, s *State) {
	if w.inline > 8 {
		return
	}
	g := cfg.New(lit.Body, w.r.mayReturn)
	sub := &walker{r: w.r, fn: w.fn, scan: w.scan, visit: w.visit, inline: w.inline + 1, defers: w.defers}
	entry := s.clone()
	entry.defers = nil
	in := sub.solve(g, entry)
	exit := sub.replay(g, in)
	w.foreignRelease = w.foreignRelease || sub.foreignRelease
	w.foreignUnlock = w.foreignUnlock || sub.foreignUnlock
	w.foreignEnds += sub.foreignEnds
	w.cut = w.cut || sub.cut
	if exit == nil {
		return // never returns
	}
	defers := s.defers
	*s = *exit.clone()
	s.defers = defers
}

// spawn handles a go statement: the call runs on a fresh goroutine.
func (w *walker) spawn(g *ast.GoStmt, s *State) {
	call := g.Call
	fresh := &State{Attach: Detached, Lock: Unlocked, DetachedBy: "the start of the goroutine", tokens: map[any]Token{}}
	if c := w.r.idx.Lookup(call); c != nil {
		for _, a := range c.Args {
			w.expr(a, s)
		}
		f, _ := capi.Lookup(c.Name)
		w.emit(&Event{Kind: EvCCall, Pos: c.Pos, Node: c.Node, Call: c, Func: f, Spawn: true}, fresh)
		w.escapeArgsC(c, s)
		return
	}
	fun := ast.Unparen(call.Fun)
	for _, a := range call.Args {
		w.expr(a, s)
	}
	if _, ok := fun.(*ast.FuncLit); ok {
		return // analyzed on its own, from a fresh state
	}
	if sel, ok := fun.(*ast.SelectorExpr); ok {
		w.expr(sel.X, s)
	}
	w.escapeArgs(call, 0, 0, s)
	callee := w.r.calleeOf(call)
	var sum *Summary
	name := types.ExprString(fun)
	if callee != nil {
		sum = w.r.Summary(callee)
		name = displayName(callee)
	} else if id, ok := fun.(*ast.Ident); ok {
		if lit := w.scan.closureVars[w.r.info.Uses[id]]; lit != nil && w.r.byLit[lit] != nil {
			sum = w.r.byLit[lit].Summary
		}
	}
	w.emit(&Event{Kind: EvGoCall, Pos: call.Pos(), Node: call, Callee: callee, Name: name, Summary: sum, Spawn: true}, fresh)
}

// deferStmt registers a deferred call; its arguments are evaluated now.
func (w *walker) deferStmt(d *ast.DeferStmt, s *State) {
	call := d.Call
	var rel value
	if c := w.r.idx.Lookup(call); c != nil {
		for _, a := range c.Args {
			w.expr(a, s)
		}
	} else {
		fun := ast.Unparen(call.Fun)
		if sel, ok := fun.(*ast.SelectorExpr); ok {
			w.expr(sel.X, s)
		} else if inner, ok := fun.(*ast.CallExpr); ok && w.r.idx.Lookup(inner) == nil {
			rel = w.expr(inner, s) // defer x.Lock()(): Lock runs now, its func at exit
		}
		for _, a := range call.Args {
			w.expr(a, s)
		}
	}
	w.emit(&Event{Kind: EvDefer, Pos: d.Defer, Node: d}, s)
	for _, x := range s.defers {
		if x.stmt == d {
			return // a defer in a loop: once is enough for the state
		}
	}
	s.defers = append(s.defers, deferred{stmt: d, rel: rel})
}

// ret handles a return: results, then deferred calls, then the exit.
func (w *walker) ret(ret *ast.ReturnStmt, s *State, replay bool) {
	for _, res := range ret.Results {
		v := w.expr(res, s)
		switch v.kind {
		case vToken:
			w.retToken = true
		case vSaved:
			w.retSaved = true
		case vLit:
			if f := w.r.byLit[v.lit]; f != nil && undoes(f.Summary) {
				w.retClosure = f.Summary
			}
		}
		if id := stripIdent(w.r.info, res); id != nil {
			if obj := w.r.info.Uses[id]; obj != nil {
				if t, ok := s.tokens[obj]; ok {
					switch t.Kind {
					case TokGIL:
						w.retToken = true
					case TokSaved:
						w.retSaved = true
					case TokClosure:
						w.retClosure = t.Closure
					}
					t.Escapes = true
					s.setToken(obj, t)
				}
				if lit := w.scan.closureVars[obj]; lit != nil {
					if f := w.r.byLit[lit]; f != nil && undoes(f.Summary) {
						w.retClosure = f.Summary
					}
				}
			}
		}
	}
	w.runDefers(s)
	if !replay {
		return
	}
	if w.inline == 0 {
		w.emit(&Event{Kind: EvExit, Pos: ret.Pos(), Node: ret, Return: ret}, s)
	}
	w.exits = append(w.exits, s.clone())
}

// undoes reports whether a closure's summary gives something back.
func undoes(s *Summary) bool {
	return s != nil && (s.Attach == EffReleases || s.Attach == EffDetaches || s.Lock < 0 || s.Sections < 0)
}

// runDefers runs the registered deferred calls, last first.
func (w *walker) runDefers(s *State) {
	defers := s.defers
	s.defers = nil
	w.defers++
	defer func() { w.defers-- }()
	for i := len(defers) - 1; i >= 0; i-- {
		call := defers[i].stmt.Call
		if defers[i].rel.kind == vRelease {
			w.callRelease(defers[i].rel, call, s)
			continue
		}
		w.call(call, s, true)
	}
}

// summarize replays the flow and derives the function's summary.
func (w *walker) summarize(g *cfg.CFG, in []*State) *Summary {
	w.visit = w.observe
	exit := w.replay(g, in)
	w.visit = nil
	w.fn.exit = exit
	sum := w.sum
	if w.fn.Entry != EntryUnknown {
		// Entries are not called from Go in the usual way; what they need
		// is checked inside them.
		sum = Summary{}
	}
	if exit != nil {
		sum.Attach = w.attachEffect(exit.Attach)
		if exit.depth > 0 && w.fn.Entry == EntryUnknown {
			sum.Lock = 1
		} else if w.foreignUnlock {
			sum.Lock = -1
		}
		open := 0
		for _, sec := range exit.Sections {
			if !sec.Maybe {
				open++
			}
		}
		if open > 0 {
			top := exit.Sections[len(exit.Sections)-1]
			sum.Sections = int8(min(open, 4))
			sum.SectionWhy, sum.sectionAt = top.Func, top.Site
			if top.BeginAt.IsValid() {
				sum.sectionAt = top.BeginAt
			}
		} else if w.foreignEnds > 0 {
			sum.Sections = -1
			sum.EndsSome = exit.endsForeign == 0
		}
	}
	sum.ReturnsToken = w.retToken
	sum.ReturnsSaved = w.retSaved
	sum.ReleaseClosure = w.retClosure
	if w.fn.Entry != EntryUnknown {
		sum.ReturnsToken, sum.ReturnsSaved, sum.ReleaseClosure = false, false, nil
	}
	return &sum
}

// attachEffect is the function's net effect on its caller's thread state,
// from the state at its exits: a change on every path is an effect, a
// change on some paths only a "may" effect, which leaves callers unknown.
func (w *walker) attachEffect(a Attach) Effect {
	own := w.fn.Entry == EntryUnknown
	switch {
	case own && a == Attached:
		return EffAttaches
	case own && a == Detached:
		return EffDetaches
	case w.foreignRelease && a&(Attached|Inherited|Unknown) == 0:
		return EffReleases
	case !own:
		return EffNone
	case a&(Detached|Unknown) != 0 || w.foreignRelease && a&Restored != 0:
		switch {
		case a&Attached != 0:
			return EffMayChange
		case w.foreignRelease:
			return EffMayRelease
		}
		return EffMayDetach
	case a&Attached != 0:
		return EffMayAttach
	}
	return EffNone
}

// observe builds the summary's "needs" and "blocks" parts from events that
// happen in the caller's state.
func (w *walker) observe(ev *Event, s *State) {
	if ev.Spawn || w.fn.Entry != EntryUnknown {
		return
	}
	if what, ok := mayAttach(ev); ok && !w.sum.MayAttach {
		w.sum.MayAttach, w.sum.MayAttachWhy = true, what
	}
	inherited := s.Attach&Inherited != 0
	lockInherited := s.Lock&LockInherited != 0 && s.Lock&Unlocked == 0
	sum := &w.sum
	switch ev.Kind {
	case EvCCall:
		f := ev.Func
		if f == nil {
			if h := ev.Helper; h != nil && (h.UsesCritSec || h.OpensCritSec) && !sum.Begins {
				why := h.Via["UsesCritSec"]
				if !h.UsesCritSec {
					why = h.Via["OpensCritSec"]
				}
				sum.Begins, sum.BeginsWhy = true, "C."+ev.Call.Name+" → "+why
			}
			h := ev.Helper
			if HelperStartsThreadState(h) && lockInherited && !sum.RequiresLocked {
				sum.RequiresLocked, sum.LockWhy = true, "C."+ev.Call.Name
			}
			if root, ok := HelperBlocks(h); ok && inherited && !sum.Blocks {
				sum.Blocks, sum.BlockWhy, sum.blockAt = true, "C."+ev.Call.Name+" → "+root, ev.Pos
			}
			return
		}
		if f.CritSec.IsBegin() && !sum.Begins {
			sum.Begins, sum.BeginsWhy = true, ev.Call.Name
		}
		sum.Inits = sum.Inits || f.State == capi.StateInit
		sum.Finalizes = sum.Finalizes || f.State == capi.StateFinalize
		if startsThreadState(f) && lockInherited && !sum.RequiresLocked {
			sum.RequiresLocked, sum.LockWhy = true, ev.Call.Name
		}
		if inherited && f.Lib == capi.LibPython && !f.NoThreadState && f.State == capi.StateNone && !sum.NeedsThreadState {
			sum.NeedsThreadState, sum.NeedsWhy = true, ev.Call.Name
		}
		if inherited && f.Blocks && !sum.Blocks {
			sum.Blocks, sum.BlockWhy, sum.blockAt = true, "C."+ev.Call.Name, ev.Pos
		}
		if ev.Arg != nil {
			if i, ok := w.scan.params[ev.Arg]; ok && i < 64 {
				switch f.State {
				case capi.StateRelease, capi.StateRelease315:
					sum.ReleasesParams |= 1 << i
				case capi.StateRestore:
					sum.RestoresParams |= 1 << i
				}
			}
		}
	case EvGoCall:
		cs := ev.Summary
		if cs == nil {
			return
		}
		if cs.RequiresLocked && lockInherited && !sum.RequiresLocked {
			sum.RequiresLocked, sum.LockWhy = true, ev.Name+" → "+cs.LockWhy
		}
		if cs.NeedsThreadState && inherited && !sum.NeedsThreadState {
			sum.NeedsThreadState, sum.NeedsWhy = true, ev.Name+" → "+cs.NeedsWhy
		}
		if cs.Blocks && inherited && !sum.Blocks {
			sum.Blocks, sum.BlockWhy, sum.blockAt = true, ev.Name+" → "+cs.BlockWhy, cs.blockAt
			if !sum.blockAt.IsValid() {
				sum.blockAt = ev.Pos
			}
		}
		if cs.Begins && !sum.Begins {
			sum.Begins, sum.BeginsWhy = true, ev.Name+" → "+cs.BeginsWhy
		}
		if cs.Mutex != nil && !cs.Blocks && inherited && sum.Mutex == nil {
			sum.Mutex, sum.MutexWhy, sum.mutexAt = cs.Mutex, ev.Name+" → "+cs.MutexWhy, cs.mutexAt
			if !sum.mutexAt.IsValid() {
				sum.mutexAt = ev.Pos
			}
		}
		sum.Inits = sum.Inits || cs.Inits
		sum.Finalizes = sum.Finalizes || cs.Finalizes
		if call, ok := ev.Node.(*ast.CallExpr); ok {
			for i, a := range call.Args {
				if i >= 64 {
					break
				}
				id := stripIdent(w.r.info, a)
				if id == nil {
					continue
				}
				j, ok := w.scan.params[w.r.info.Uses[id]]
				if !ok || j >= 64 {
					continue
				}
				if cs.ReleasesParams&(1<<i) != 0 {
					sum.ReleasesParams |= 1 << j
				}
				if cs.RestoresParams&(1<<i) != 0 {
					sum.RestoresParams |= 1 << j
				}
			}
		}
	case EvBlock:
		switch {
		case ev.Mutex != nil:
			if inherited && sum.Mutex == nil {
				sum.Mutex, sum.MutexWhy, sum.mutexAt = ev.Mutex, ev.Name, ev.Pos
			}
		case inherited && !sum.Blocks:
			sum.Blocks, sum.BlockWhy, sum.blockAt = true, ev.Name, ev.Pos
		}
	}
}

// lastPos returns the position of a block's last node.
func lastPos(b *cfg.Block) token.Pos {
	if n := len(b.Nodes); n > 0 {
		return b.Nodes[n-1].Pos()
	}
	if b.Stmt != nil {
		return b.Stmt.Pos()
	}
	return token.NoPos
}

// Once remembers which positions a check has reported, since deferred calls
// are replayed at every exit and a check must report each position once.
type Once map[token.Pos]bool

// First reports whether p is new, and records it.
func (o Once) First(p token.Pos) bool {
	if o[p] {
		return false
	}
	o[p] = true
	return true
}
