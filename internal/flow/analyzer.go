package flow

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/cfg"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/pyvet/pyvet/internal/cgocall"
	"github.com/pyvet/pyvet/internal/helpers"
)

// Analyzer computes the thread-state flow of a package's functions, once,
// for every check that requires it. It exports function summaries and the
// subinterpreter package fact.
var Analyzer = New(DefaultBudgets())

// New returns a flow analyzer that works within the budgets b. The checks
// require Analyzer; New is for tests that force a budget to run out.
func New(b Budgets) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:             "pyvetflow",
		Doc:              "thread-state flow of a cgo package's functions (internal to pyvet)",
		URL:              "https://github.com/pyvet/pyvet",
		Requires:         []*analysis.Analyzer{cgocall.Analyzer, helpers.Analyzer},
		FactTypes:        []analysis.Fact{new(summaryFact), new(subinterpFact), new(interpWrapperFact), new(interpWrappersFact)},
		ResultType:       reflect.TypeFor[*Result](),
		RunDespiteErrors: true,
		Run:              func(pass *analysis.Pass) (any, error) { return run(pass, b) },
	}
}

// Entry says how a function starts.
type Entry uint8

const (
	EntryUnknown   Entry = iota // its callers' state: Inherited, lock inherited
	EntryExport                 // //export: C called it, attached and on its own OS thread
	EntryGoroutine              // the body of go func(){…}(): detached and unlocked
	EntryMain                   // main.main: detached; locked if an init of the package locks
	EntryInit                   // init: detached, locked (the runtime locks the main goroutine while inits run)
	EntryTest                   // a test, a t.Run body, an f.Fuzz target: detached and unlocked (entries.go)
	EntryCallback               // called by the runtime or std on a goroutine of its own: detached and unlocked
	EntryValue                  // stored where its callers cannot be seen: their thread state, but unlocked
)

func (e Entry) String() string {
	return [...]string{"unknown", "export", "goroutine", "main", "init", "test", "callback", "value"}[e]
}

// A Func is one function the engine analyzed: a declaration or a function
// literal that is not called in place (literals called in place, directly
// or by defer, are part of their enclosing function).
type Func struct {
	Name    string        // "F", "(*T).M", "F.func1"
	Decl    *ast.FuncDecl // or nil
	Lit     *ast.FuncLit  // or nil
	Obj     *types.Func   // nil for literals
	Entry   Entry
	Summary *Summary // never nil after Run

	body    *ast.BlockStmt
	parent  *Func
	scan    *prescan
	g       *cfg.CFG
	in      []*State // per block, after the fixpoint; nil when the function needs no flow
	callees []*Func
	extern  []*types.Func
	callers []*Func
	nlits   int
	starts  []Start // how it is started other than by visible calls (entries.go)

	replayed sync.Once  // Walk's replay, shared by every check
	events   []recorded // what it recorded

	exit *State // the state at its returns, after the fixpoint (init: what the next init and main start with)
	cut  string // why a work budget cut its analysis short (budget.go); "" when it did not
}

// Body returns the function's body.
func (f *Func) Body() *ast.BlockStmt { return f.body }

// Pos returns the function's position.
func (f *Func) Pos() token.Pos {
	if f.Decl != nil {
		return f.Decl.Pos()
	}
	return f.Lit.Pos()
}

// LockCalls returns the positions of the runtime.LockOSThread calls in the
// function's own body (literals called in place included).
func (f *Func) LockCalls() []token.Pos { return f.scan.lockCalls }

// Result is the flow engine's answer for one package.
type Result struct {
	fset     *token.FileSet
	info     *types.Info
	pkg      *types.Package
	idx      *cgocall.Index
	helpers  *helpers.Helpers // the package's C helpers: their critical sections count
	funcs    []*Func          // in source order
	byObj    map[*types.Func]*Func
	byLit    map[*ast.FuncLit]*Func
	inline   map[*ast.FuncLit]bool // literals called in place (directly or by defer)
	imported map[*types.Func]*Summary
	sub      *subinterpFact
	initLock bool // an init function of the package calls runtime.LockOSThread

	locksMutex    bool                          // some function locks a sync.Mutex or RWMutex
	mutexHeld     map[string]MutexHeld          // Go mutexes held while attaching, by key (mutex.go)
	decls         map[*types.Func]*ast.FuncDecl // the package's function declarations
	impls         map[*types.Func][]*types.Func // interface method → implementations in sight (iface.go)
	calledThrough map[types.Object]bool         // fields and globals the package calls a func through
	stores        map[paramKey]bool             // whether a function keeps its func parameter (entries.go)
	roomy         map[*ast.SendStmt]bool        // sends that cannot block (roomy.go)
	budgets       Budgets
}

// Funcs returns the functions that have a flow (those that touch the thread
// state, critical sections, locks, blocking operations, goroutines, or call
// functions with summaries), in source order. Walk works on these only.
func (r *Result) Funcs() []*Func {
	var out []*Func
	for _, f := range r.funcs {
		if f.in != nil {
			out = append(out, f)
		}
	}
	return out
}

// Index returns the package's C call index.
func (r *Result) Index() *cgocall.Index { return r.idx }

// Helpers returns the summaries of the package's C helpers.
func (r *Result) Helpers() *helpers.Helpers { return r.helpers }

// SectionKey is how the engine names the critical-section struct e (the
// first argument of a Begin or End): the user's text after parentheses
// and conversions, so that C.PyCriticalSection_End(&cs) and
// C.PyCriticalSection2_End((*C.PyCriticalSection2)(unsafe.Pointer(&cs)))
// name the same struct.
func (r *Result) SectionKey(e ast.Expr) string { return r.idx.Render(r.stripConv(e)) }

// stripConv removes parentheses and conversions around e.
func (r *Result) stripConv(e ast.Expr) ast.Expr { return StripConversions(r.info, e) }

// StripConversions removes parentheses and conversions (to a type, or to
// unsafe.Pointer, also when types are missing) around e.
func StripConversions(info *types.Info, e ast.Expr) ast.Expr {
	for {
		e = ast.Unparen(e)
		call, ok := e.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return e
		}
		fun := ast.Unparen(call.Fun)
		var conv bool
		if tv, ok := info.Types[fun]; ok {
			conv = tv.IsType()
		} else {
			// Without types: (*T)(x) and unsafe.Pointer(x).
			switch f := fun.(type) {
			case *ast.StarExpr:
				conv = true
			case *ast.SelectorExpr:
				id, ok := f.X.(*ast.Ident)
				conv = ok && id.Name == "unsafe" && f.Sel.Name == "Pointer"
			}
		}
		if !conv {
			return e
		}
		e = call.Args[0]
	}
}

// LastStep returns the last step of a summary's chain ("a → b → C.f"
// gives "C.f"): what a message names as the cause.
func LastStep(why string) string {
	if i := strings.LastIndex(why, "→ "); i >= 0 {
		return why[i+len("→ "):]
	}
	return why
}

// Summary returns the summary of fn, from this package or from a fact; nil
// when there is nothing to say.
func (r *Result) Summary(fn *types.Func) *Summary {
	if fn == nil {
		return nil
	}
	if f := r.byObj[fn]; f != nil {
		return f.Summary
	}
	if _, ok := r.impls[fn]; ok {
		return r.ifaceSummary(fn)
	}
	return r.imported[fn]
}

// Subinterpreters reports whether the package creates subinterpreters or
// imports a package that does: the package that calls fn (e.g.
// "Py_NewInterpreter"). ok is false when neither.
func (r *Result) Subinterpreters() (pkg, fn string, ok bool) {
	if r.sub == nil {
		return "", "", false
	}
	return r.sub.Pkg, r.sub.Func, true
}

func run(pass *analysis.Pass, b Budgets) (any, error) {
	idx := pass.ResultOf[cgocall.Analyzer].(*cgocall.Index)
	r := &Result{
		budgets:  b,
		helpers:  pass.ResultOf[helpers.Analyzer].(*helpers.Helpers),
		fset:     pass.Fset,
		info:     pass.TypesInfo,
		pkg:      pass.Pkg,
		idx:      idx,
		byObj:    map[*types.Func]*Func{},
		byLit:    map[*ast.FuncLit]*Func{},
		inline:   map[*ast.FuncLit]bool{},
		imported: map[*types.Func]*Summary{},
		impls:    map[*types.Func][]*types.Func{},
	}
	if !idx.UsesC() && len(pass.AllObjectFacts()) == 0 && len(pass.AllPackageFacts()) == 0 {
		return r, nil // nothing here can touch Python: no CFG, no walk
	}
	r.subinterpreters(pass)
	r.collect(pass)
	r.settleStarts(pass, r.findNamedStarts(r.syntax()))
	r.solveAll(pass)
	r.settleMutexes()
	r.reportCuts(pass)
	for _, f := range r.funcs {
		// Only exported functions and methods can be called from another
		// package; facts on the others would only be copied from package
		// to package (under go vet, into every importer's facts file).
		if f.Obj != nil && f.Obj.Exported() && !f.Summary.IsZero() {
			pass.ExportObjectFact(f.Obj, &summaryFact{S: f.Summary.portable()})
		}
	}
	return r, nil
}

// collect finds the package's functions and literals and classifies them.
func (r *Result) collect(pass *analysis.Pass) {
	r.decls = map[*types.Func]*ast.FuncDecl{}
	r.stores = map[paramKey]bool{}
	r.roomy = map[*ast.SendStmt]bool{}
	for _, file := range r.syntax() {
		for _, d := range file.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				if obj, ok := r.info.Defs[fd.Name].(*types.Func); ok {
					r.decls[obj] = fd
				}
			}
		}
	}
	r.scanCalledThrough(r.syntax())
	for _, file := range r.idx.Files() {
		if file.Generated {
			continue
		}
		for _, d := range file.Syntax.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			f := &Func{Name: declName(fd), Decl: fd, body: fd.Body, Entry: r.declEntry(pass.Pkg, fd)}
			if obj, ok := r.info.Defs[fd.Name].(*types.Func); ok {
				f.Obj = obj
				r.byObj[obj] = f
			}
			r.funcs = append(r.funcs, f)
			r.collectLits(f, fd.Body)
		}
	}
	for _, f := range r.funcs {
		if f.Entry == EntryInit {
			ast.Inspect(f.body, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok && r.isRuntime(call, "LockOSThread") {
					r.initLock = true
				}
				return true
			})
		}
	}
	for _, f := range r.funcs {
		f.scan = r.prescan(f)
	}
}

// collectLits records the function literals under body: those called in
// place stay part of their function; the others become Funcs.
func (r *Result) collectLits(parent *Func, body ast.Node) {
	var stack []ast.Node
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		if lit, ok := n.(*ast.FuncLit); ok && !r.idx.IsWrapper(lit) {
			var p ast.Node
			if len(stack) > 0 {
				p = stack[len(stack)-1]
			}
			var gp ast.Node
			if len(stack) > 1 {
				gp = stack[len(stack)-2]
			}
			call, isCall := p.(*ast.CallExpr)
			switch {
			case isCall && ast.Unparen(call.Fun) == lit && isGoCall(gp, call):
				r.addLit(parent, lit, EntryGoroutine)
				return false
			case isCall && ast.Unparen(call.Fun) == lit:
				r.inline[lit] = true // called in place or deferred: part of the parent
			default:
				f := r.addLit(parent, lit, EntryUnknown)
				if st, ok := r.startsOf(stack, lit); ok {
					f.starts = append(f.starts, st)
				}
				return false
			}
		}
		stack = append(stack, n)
		return true
	})
}

func isGoCall(gp ast.Node, call *ast.CallExpr) bool {
	g, ok := gp.(*ast.GoStmt)
	return ok && g.Call == call
}

func (r *Result) addLit(parent *Func, lit *ast.FuncLit, e Entry) *Func {
	root := parent
	for root.parent != nil {
		root = root.parent
	}
	root.nlits++
	f := &Func{Name: root.Name + ".func" + itoa(root.nlits), Lit: lit, body: lit.Body, Entry: e, parent: parent}
	r.byLit[lit] = f
	r.funcs = append(r.funcs, f)
	r.collectLits(f, lit.Body)
	return f
}

// syntax returns the package's files that are not generated.
func (r *Result) syntax() []*ast.File {
	var out []*ast.File
	for _, file := range r.idx.Files() {
		if !file.Generated {
			out = append(out, file.Syntax)
		}
	}
	return out
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func declName(fd *ast.FuncDecl) string {
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return fd.Name.Name
	}
	t := fd.Recv.List[0].Type
	if ix, ok := t.(*ast.IndexExpr); ok {
		t = ix.X
	}
	if ix, ok := t.(*ast.IndexListExpr); ok {
		t = ix.X
	}
	if s, ok := t.(*ast.StarExpr); ok {
		if id, ok := s.X.(*ast.Ident); ok {
			return "(*" + id.Name + ")." + fd.Name.Name
		}
	}
	if id, ok := t.(*ast.Ident); ok {
		return id.Name + "." + fd.Name.Name
	}
	return fd.Name.Name
}

// declEntry says how a declared function starts. An //export function
// starts attached only in a package that uses Python (helpers.Python): in
// any other, its C caller is not Python, and it starts in its callers' state.
func (r *Result) declEntry(pkg *types.Package, fd *ast.FuncDecl) Entry {
	if fd.Doc != nil && r.helpers.Python() {
		for _, c := range fd.Doc.List {
			if strings.HasPrefix(c.Text, "//export ") {
				return EntryExport
			}
		}
	}
	if fd.Recv == nil {
		switch fd.Name.Name {
		case "init":
			return EntryInit
		case "main":
			if pkg != nil && pkg.Name() == "main" {
				return EntryMain
			}
		}
	}
	return EntryUnknown
}

// isRuntime reports whether call calls runtime.name.
func (r *Result) isRuntime(call *ast.CallExpr, name string) bool {
	fn, ok := typeutil.Callee(r.info, call).(*types.Func)
	if ok {
		return fn.Pkg() != nil && fn.Pkg().Path() == "runtime" && fn.Name() == name
	}
	// Without types: runtime.Name spelled out.
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == name {
		if id, ok := sel.X.(*ast.Ident); ok && id.Name == "runtime" && r.info.Uses[id] == nil {
			return true
		}
	}
	return false
}

// calleeOf returns the Go function a call calls, if static (or an
// interface method, for the blocking table).
func (r *Result) calleeOf(call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(r.info, call).(*types.Func)
	if fn != nil && (strings.HasPrefix(fn.Name(), "_C") || strings.HasPrefix(fn.Name(), "_cgo")) {
		return nil
	}
	return fn
}

// summaryOf returns the summary of a callee, local or imported.
func (r *Result) summaryOf(pass *analysis.Pass, fn *types.Func) *Summary {
	if f := r.byObj[fn]; f != nil {
		return f.Summary
	}
	if s, ok := r.imported[fn]; ok || pass == nil {
		return s
	}
	var s *Summary
	if pass != nil && fn.Pkg() != nil && fn.Pkg() != r.pkg {
		var fact summaryFact
		if pass.ImportObjectFact(fn.Origin(), &fact) {
			s = &fact.S
		}
	}
	r.imported[fn] = s
	return s
}

// solveAll computes every function's summary bottom-up to a fixpoint,
// building flows only for the functions that need one.
func (r *Result) solveAll(pass *analysis.Pass) {
	r.linkCallees(pass)
	order := r.callOrder()
	queued := map[*Func]bool{}
	queue := append([]*Func(nil), order...)
	for _, f := range queue {
		queued[f] = true
	}
	total := r.budgets.Solves * (len(order) + 2)
	for budget := total; len(queue) > 0 && budget > 0; budget-- {
		f := queue[0]
		queue = queue[1:]
		queued[f] = false
		exit := f.exit
		s := r.solve(f)
		if !s.equal(f.Summary) || f.Entry == EntryInit && !sameEntry(exit, f.exit) {
			f.Summary = s
			for _, c := range f.callers {
				if !queued[c] {
					queued[c] = true
					queue = append(queue, c)
				}
			}
		}
	}
	if len(queue) > 0 {
		r.unsettled(queue, total)
	}
}

// linkCallees finds each function's callees in the package (and the
// summaries of those outside it), and its callers.
func (r *Result) linkCallees(pass *analysis.Pass) {
	for _, f := range r.funcs {
		f.Summary = &Summary{}
		for _, fn := range f.scan.calls {
			if cf := r.byObj[fn]; cf != nil {
				f.callees = append(f.callees, cf)
			} else if _, ok := r.ifaceMethod(fn); ok {
				r.ifaceCallees(pass, f, fn)
			} else {
				r.summaryOf(pass, fn)
				f.extern = append(f.extern, fn)
			}
		}
		for _, lits := range [][]*ast.FuncLit{f.scan.closureCalls, f.scan.returnedLits} {
			for _, lit := range lits {
				if cf := r.byLit[lit]; cf != nil {
					f.callees = append(f.callees, cf)
				}
			}
		}
	}
	r.orderInits()
	for _, f := range r.funcs {
		for _, c := range f.callees {
			c.callers = append(c.callers, f)
		}
	}
}

// callOrder returns the functions callees first: a post-order walk of the
// static call graph.
func (r *Result) callOrder() []*Func {
	var order []*Func
	seen := map[*Func]bool{}
	var visit func(f *Func)
	visit = func(f *Func) {
		if seen[f] {
			return
		}
		seen[f] = true
		for _, c := range f.callees {
			visit(c)
		}
		order = append(order, f)
	}
	for _, f := range r.funcs {
		visit(f)
	}
	return order
}

// needsFlow reports whether f touches anything the engine tracks.
func (r *Result) needsFlow(f *Func) bool {
	if f.scan.direct {
		return true
	}
	for _, c := range f.callees {
		if c.Summary.asksFlow() {
			return true
		}
	}
	for _, fn := range f.extern {
		if r.imported[fn].asksFlow() {
			return true
		}
	}
	return false
}

// solve runs f's flow (if it needs one) and returns its summary.
func (r *Result) solve(f *Func) *Summary {
	if !r.needsFlow(f) {
		f.in, f.exit, f.cut = nil, nil, ""
		return &Summary{}
	}
	if f.g == nil {
		f.g = cfg.New(f.body, r.mayReturn)
	}
	w := r.newWalker(f, nil)
	f.in, f.cut = w.solve(f.g, r.entryState(f)), ""
	var sum *Summary
	if !w.cut {
		sum = w.summarize(f.g, f.in) // a literal called in place may run out
	}
	if w.cut {
		f.in, f.exit = nil, nil
		f.cut = "its flow did not settle within its budget of block visits"
		return unknownSummary()
	}
	return sum
}

// entryState is the state at f's entry (see Entry).
func (r *Result) entryState(f *Func) *State {
	if len(f.starts) == 0 {
		return r.baseEntry(f)
	}
	var s *State
	if f.Entry == EntryUnknown {
		s = r.baseEntry(f) // callers in sight too
	}
	for _, st := range f.starts {
		s = join(s, startState(st))
	}
	return s
}

// baseEntry is the state at f's entry by its Entry alone.
func (r *Result) baseEntry(f *Func) *State {
	s := &State{}
	switch f.Entry {
	case EntryExport:
		s.Attach, s.Lock = Attached, Locked
	case EntryGoroutine:
		s.Attach, s.Lock = Detached, Unlocked
		s.DetachedBy = "the start of the goroutine"
	case EntryMain:
		s.Attach, s.Lock = Detached, Unlocked
		if r.initLock {
			s.Lock = Locked
		}
		s.DetachedBy = "the start of the program"
		r.afterInits(f, s)
	case EntryInit:
		// runtime.main locks the main goroutine to the main OS thread
		// while the inits run (runtime/proc.go), and unlocks it before main.
		s.Attach, s.Lock = Detached, Locked
		s.DetachedBy = "the start of the program"
		r.afterInits(f, s)
	default:
		s.Attach, s.Lock = Inherited, LockInherited
		if len(f.scan.lockCalls) > 0 {
			// A function that locks its goroutine itself does not rely on
			// its callers for it.
			s.Lock = Unlocked
		}
	}
	return s
}

// Walk replays fn's flow and calls visit for each event with the state
// just before it, in block order. Deferred calls are replayed at every
// exit they run at, so an event may come more than once (with Deferred
// set); checks report each position once.
//
// The replay runs once per function, however many checks walk it: the
// events and states are recorded the first time and handed out again.
// Checks must not modify them.
func (r *Result) Walk(fn *Func, visit func(ev *Event, before *State)) {
	if fn.in == nil {
		return
	}
	fn.replayed.Do(func() {
		var last *State
		w := r.newWalker(fn, func(ev *Event, before *State) {
			// Events mostly come in runs with the same state: record
			// it once per run. (The walker makes a new Event per emit.)
			if last == nil || !before.sameAs(last) {
				last = before.clone()
			}
			fn.events = append(fn.events, recorded{ev, last})
		})
		w.replay(fn.g, fn.in)
	})
	for _, rec := range fn.events {
		visit(rec.ev, rec.before)
	}
}

// recorded is one event of a replay, with the state just before it.
type recorded struct {
	ev     *Event
	before *State
}

// mayReturn tells the CFG builder which calls never return.
func (r *Result) mayReturn(call *ast.CallExpr) bool {
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && id.Name == "panic" {
		if _, ok := r.info.Uses[id].(*types.Builtin); ok || r.info.Uses[id] == nil {
			return false
		}
	}
	if fn := r.calleeOf(call); fn != nil && fn.Pkg() != nil {
		switch fn.Pkg().Path() + "." + fn.Name() {
		case "os.Exit", "log.Fatal", "log.Fatalf", "log.Fatalln", "runtime.Goexit":
			return false
		}
	}
	return true
}
