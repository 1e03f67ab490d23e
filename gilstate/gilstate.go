package gilstate

import (
	_ "embed"
	"go/ast"
	"go/token"

	"golang.org/x/tools/go/analysis"

	"github.com/pyvet/pyvet/internal/analysisutil"
	"github.com/pyvet/pyvet/internal/capi"
	"github.com/pyvet/pyvet/internal/cgocall"
	"github.com/pyvet/pyvet/internal/flow"
	"github.com/pyvet/pyvet/internal/pytarget"
)

//go:embed doc.go
var doc string

// Options configure the check.
type Options struct {
	// Python is the version the code is checked for; zero means the
	// version of the headers, else 3.13.
	Python capi.Version
	// SoftDeprecated adds a note at each PyGILState_ call when the target
	// soft-deprecates it (3.15, PEP 788): informational, off by default.
	SoftDeprecated bool
}

// Analyzer is the check with default options.
var Analyzer = New(Options{})

// New returns the check configured by o. Its flags set its own copy of o.
func New(o Options) *analysis.Analyzer {
	a := analysisutil.NewCheck(analysisutil.Spec{
		Name:     "gilstate",
		Doc:      doc,
		Requires: []*analysis.Analyzer{cgocall.Analyzer, flow.Analyzer},
		Run:      func(pass *analysis.Pass) (any, error) { return run(pass, o) },
	})
	a.Flags.Var(&o.Python, "python", "Python version to check for, e.g. 3.15 (default: the headers' version, else 3.13)")
	a.Flags.BoolVar(&o.SoftDeprecated, "softdeprecated", o.SoftDeprecated,
		"note PyGILState_ calls that the target Python soft-deprecates (3.15, PEP 788)")
	return a
}

func run(pass *analysis.Pass, o Options) (any, error) {
	r := pass.ResultOf[flow.Analyzer].(*flow.Result)
	once := flow.Once{}
	c := &checker{o: o}
	c.target, _ = pytarget.Of(o.Python, pass.ResultOf[cgocall.Analyzer].(*cgocall.Index))
	for _, fn := range r.Funcs() {
		x := &exits{leaks: map[token.Pos]*leak{}}
		r.Walk(fn, func(ev *flow.Event, before *flow.State) {
			switch ev.Kind {
			case flow.EvCCall:
				c.checkCCall(pass, r, once, ev, before)
			case flow.EvGoCall:
				checkGoCall(pass, once, ev, before)
			case flow.EvExit:
				if !ev.Panic {
					x.add(pass, once, ev, before)
				}
			}
		})
		x.report(pass, once)
	}
	sharedTokens(pass, r, once)
	return nil, nil
}

// checker holds what a run knows beyond the pass: its options and target.
type checker struct {
	o      Options
	target capi.Version
}

func (c *checker) checkCCall(pass *analysis.Pass, r *flow.Result, once flow.Once, ev *flow.Event, before *flow.State) {
	f, name := ev.Func, ev.Call.Name
	if f == nil {
		return
	}
	defer softDeprecated(pass, once, ev, c.o, c.target)
	if f.Handle == capi.HandleGuardClose || f.Handle == capi.HandleViewClose {
		checkClose(pass, once, ev, before)
		return
	}
	switch f.State {
	case capi.StateEnsure:
		if pkg, creator, ok := r.Subinterpreters(); ok && !ev.Spawn && once.First(ev.Pos) {
			if pkg == pass.Pkg.Path() {
				pkg = "this package"
			}
			analysisutil.ReportRule(pass, ruleSubinterpreterEnsure, ev.Pos, analysisutil.End(pass, ev.Pos, ev.Node), nil,
				"%s with subinterpreters (%s calls %s) attaches to the main one; %s", f.Name, pkg, creator, subinterpAdvice(c.target))
			return
		}
		fallthrough
	case capi.StateEnsure315:
		if ev.Result != nil {
			if t, ok := before.Token(ev.Result); ok && t.Kind == flow.TokGIL && t.Status&flow.Live != 0 && !t.Escapes && once.First(ev.Pos) {
				analysisutil.ReportRule(pass, ruleOverwrittenToken, ev.Pos, analysisutil.End(pass, ev.Pos, ev.Node), analysisutil.Related(t.Site, "the previous Ensure"),
					"%s again while %s holds the previous token%s: that one is lost; call %s first",
					name, ev.Result.Name(), somePath(t.Status), releaseOf(t.From))
			}
		}
		return
	case capi.StateRelease, capi.StateRelease315:
		checkRelease(pass, once, ev, before, name)
		return
	}
	if f.Lib != capi.LibPython || f.NoThreadState || !before.Attach.SurelyDetached() {
		return
	}
	if once.First(ev.Pos) {
		analysisutil.ReportRule(pass, ruleDetachedCall, ev.Pos, analysisutil.End(pass, ev.Pos, ev.Node), detachedHere(before, ev),
			"C.%s with no thread state attached (%s); call it while attached", name, detachedBy(before, ev))
	}
}

func somePath(s flow.Status) string {
	if s != flow.Live && s != flow.Done {
		return " on some path"
	}
	return ""
}

func detachedBy(before *flow.State, ev *flow.Event) string {
	if ev.Spawn {
		return "a new goroutine starts with none"
	}
	if before.DetachedBy == "" {
		return "it was detached"
	}
	return "since " + before.DetachedBy
}

// detachedHere points at what detached the thread state, when it is a call.
func detachedHere(before *flow.State, ev *flow.Event) []analysis.RelatedInformation {
	if ev.Spawn {
		return nil
	}
	return analysisutil.Related(before.DetachedAt, "detached here")
}

func checkRelease(pass *analysis.Pass, once flow.Once, ev *flow.Event, before *flow.State, name string) {
	if ev.ArgConst {
		if once.First(ev.Pos) {
			analysisutil.ReportRule(pass, ruleNotAToken, ev.Pos, analysisutil.End(pass, ev.Pos, ev.Node), nil,
				"%s of a constant, not a token; pass the one %s returned", name, ensureOf(name))
		}
		return
	}
	if ev.Arg == nil {
		return
	}
	t, ok := before.Token(ev.Arg)
	if !ok {
		return
	}
	switch {
	case t.Status == flow.Never:
		if once.First(ev.Pos) {
			analysisutil.ReportRule(pass, ruleNotAToken, ev.Pos, analysisutil.End(pass, ev.Pos, ev.Node), nil,
				"%s(%s), but %s never held a token; pass the one %s returned", name, ev.Arg.Name(), ev.Arg.Name(), ensureOf(name))
		}
	case t.Status&flow.Done != 0:
		if once.First(ev.Pos) {
			analysisutil.ReportRule(pass, ruleReleasedTwice, ev.Pos, analysisutil.End(pass, ev.Pos, ev.Node), analysisutil.Related(t.Site, t.From+" takes it here"),
				"%s(%s) twice%s: the token is already released; release it once", name, ev.Arg.Name(), somePath(t.Status))
		}
	}
}

func checkGoCall(pass *analysis.Pass, once flow.Once, ev *flow.Event, before *flow.State) {
	s := ev.Summary
	if s == nil {
		return
	}
	// A release func called twice.
	if ev.Arg != nil {
		if t, ok := before.Token(ev.Arg); ok && t.Kind == flow.TokClosure && t.Status&flow.Done != 0 && once.First(ev.Pos) {
			analysisutil.ReportRule(pass, ruleReleasedTwice, ev.Pos, analysisutil.End(pass, ev.Pos, ev.Node), analysisutil.Related(t.Site, t.From+" returns it here"),
				"%s() called twice%s: it already gave back what %s took; call it once", ev.Name, somePath(t.Status), t.From)
		}
	}
	// A Go function that releases a token passed to it.
	if call, ok := ev.Node.(*ast.CallExpr); ok && s.ReleasesParams != 0 && !ev.Spawn {
		for i, a := range call.Args {
			if i >= 64 || s.ReleasesParams&(1<<i) == 0 {
				continue
			}
			id, ok := ast.Unparen(a).(*ast.Ident)
			if !ok {
				continue
			}
			obj := pass.TypesInfo.Uses[id]
			if t, ok := before.Token(obj); ok && t.Kind == flow.TokGIL && t.Status&flow.Done != 0 && once.First(ev.Pos) {
				analysisutil.ReportRule(pass, ruleReleasedTwice, ev.Pos, analysisutil.End(pass, ev.Pos, ev.Node), analysisutil.Related(t.Site, t.From+" takes it here"),
					"%s(%s) releases a token already released%s; release it once", ev.Name, id.Name, somePath(t.Status))
			}
		}
	}
	if s.NeedsThreadState && before.Attach.SurelyDetached() && once.First(ev.Pos) {
		analysisutil.ReportRule(pass, ruleDetachedCall, ev.Pos, analysisutil.End(pass, ev.Pos, ev.Node), detachedHere(before, ev),
			"%s calls the C API (%s) with no thread state attached (%s); call it while attached", ev.Name, s.NeedsWhy, detachedBy(before, ev))
	}
}

// leak is a token some exit returns without giving back.
type leak struct {
	tok   flow.Token
	exits int       // exits where it is live
	ret   token.Pos // one of them
}

// exits collects, per function, what each exit leaves behind; leaks are
// reported once the walk has seen every exit.
type exits struct {
	n     int
	leaks map[token.Pos]*leak
	order []token.Pos
}

func (x *exits) add(pass *analysis.Pass, once flow.Once, ev *flow.Event, before *flow.State) {
	x.n++
	// A goroutine locked for its whole life ends with its OS thread: what it
	// keeps attached goes with it, by design.
	lockedForLife := (ev.Fn.Entry == flow.EntryGoroutine || ev.Fn.Entry == flow.EntryTest) && before.LockedHere()
	savedLive := false
	for _, t := range before.Tokens() {
		if t.Status&flow.Live == 0 || t.Escapes || t.Site == token.NoPos {
			continue
		}
		if t.Kind == flow.TokClosure && t.Closure != nil && t.Closure.Attach == flow.EffNone {
			continue // it ends a critical section only: critsecnest's
		}
		if t.Kind == flow.TokSaved {
			savedLive = true
		} else if lockedForLife && t.Kind != flow.TokGuard && t.Kind != flow.TokView {
			continue
		}
		l := x.leaks[t.Site]
		if l == nil {
			l = &leak{tok: t, ret: ev.Pos}
			x.leaks[t.Site] = l
			x.order = append(x.order, t.Site)
		}
		l.exits++
	}
	if ev.Fn.Entry == flow.EntryExport && !savedLive && before.Attach&(flow.Detached|flow.Restored) != 0 && once.First(ev.Pos) {
		analysisutil.ReportRule(pass, ruleExportReturnsDetached, ev.Pos, analysisutil.End(pass, ev.Pos, ev.Node), detachedHere(before, ev),
			"//export %s returns to C with no thread state attached (%s); attach again before it returns", ev.Fn.Name, detachedBy(before, ev))
	}
}

func (x *exits) report(pass *analysis.Pass, once flow.Once) {
	for _, site := range x.order {
		l := x.leaks[site]
		t := l.tok
		if !once.First(site) {
			continue
		}
		where := ""
		var rel []analysis.RelatedInformation
		if l.exits < x.n || t.Status != flow.Live {
			where = " on some path"
			rel = analysisutil.Related(l.ret, "this return does not give it back")
		}
		switch t.Kind {
		case flow.TokGIL:
			if t.Discarded {
				analysisutil.ReportRule(pass, ruleDiscardedToken, site, token.NoPos, nil,
					"the token %s returns is discarded and never released; keep it and defer C.%s(st)", t.From, releaseOf(t.From))
				continue
			}
			analysisutil.ReportRule(pass, ruleUnreleasedEnsure, site, token.NoPos, rel,
				"%s without %s%s; defer C.%s right after it", t.From, releaseOf(t.From), where, releaseOf(t.From))
		case flow.TokGuard, flow.TokView:
			reportHandleLeak(pass, t, where != "", l.ret)
		case flow.TokSaved:
			analysisutil.ReportRule(pass, ruleUnrestoredSave, site, token.NoPos, rel,
				"%s without PyEval_RestoreThread%s; defer C.PyEval_RestoreThread(ts) right after it", t.From, where)
		case flow.TokClosure:
			analysisutil.ReportRule(pass, ruleDroppedReleaseFunc, site, token.NoPos, rel,
				"the release func %s returns is not called%s; defer it: release := %s(); defer release()", t.From, where, shortName(t.From))
		}
	}
}

func shortName(s string) string {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '.' {
			return s[i+1:]
		}
	}
	return s
}
