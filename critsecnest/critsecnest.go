package critsecnest

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/pyvet/pyvet/internal/analysisutil"
	"github.com/pyvet/pyvet/internal/capi"
	"github.com/pyvet/pyvet/internal/cgocall"
	"github.com/pyvet/pyvet/internal/flow"
)

//go:embed doc.go
var doc string

// Analyzer is the check. It has no options.
var Analyzer = New()

// New returns a fresh instance of the check.
func New() *analysis.Analyzer {
	return analysisutil.NewCheck(analysisutil.Spec{
		Name:     "critsecnest",
		Doc:      doc,
		Requires: []*analysis.Analyzer{cgocall.Analyzer, flow.Analyzer},
		Run:      run,
	})
}

type checker struct {
	pass *analysis.Pass
	r    *flow.Result
	idx  *cgocall.Index
	once flow.Once
	// onceMem and onceOpen: the Go-memory and left-open reports may share
	// their Begin with another report.
	onceMem  flow.Once
	onceOpen flow.Once
	// escaped: Begins reported as escaping, not to be reported as left open.
	escaped map[token.Pos]bool
}

func run(pass *analysis.Pass) (any, error) {
	r := pass.ResultOf[flow.Analyzer].(*flow.Result)
	c := &checker{pass: pass, r: r, idx: r.Index(), once: flow.Once{}, onceMem: flow.Once{}, onceOpen: flow.Once{}, escaped: map[token.Pos]bool{}}
	funcs := r.Funcs()
	// Escaping sections first: their Begin is then not also reported as
	// left open.
	for _, fn := range funcs {
		c.escaping(fn, funcs)
	}
	for _, fn := range funcs {
		c.function(fn)
	}
	return nil, nil
}

// exitInfo collects, per section site, the exits it is still open at.
type exitInfo struct {
	sec   flow.Section
	at    token.Pos // the first such exit
	n     int       // how many exits
	maybe bool      // open on some paths only at one of them
	sure  bool      // open on every path at one of them
}

// function checks one function's flow.
func (c *checker) function(fn *flow.Func) {
	body := fn.Body()
	exits := 0
	open := map[token.Pos]*exitInfo{}
	ended := map[string]bool{} // structs this function ends somewhere
	closes := false            // it calls a Go function or C helper that ends a section
	rel := &unreleased{open: map[token.Pos]*openRelease{}}
	c.r.Walk(fn, func(ev *flow.Event, before *flow.State) {
		if ev.Spawn {
			return
		}
		switch ev.Kind {
		case flow.EvCCall:
			switch f := ev.Func; {
			case f != nil && f.CritSec.IsBegin():
				c.begin(fn, ev, before)
			case f != nil && f.CritSec.IsEnd():
				c.end(fn, ev, before)
				if len(ev.Call.Args) > 0 {
					ended[c.r.SectionKey(ev.Call.Args[0])] = true
				}
			case ev.Helper != nil && ev.Helper.ClosesCritSec:
				closes = true
			case ev.Helper != nil && (ev.Helper.UsesCritSec || ev.Helper.OpensCritSec):
				if op, ok := c.sectionOp(ev.Call); ok && op.begin {
					c.goMemory(fn, ev, op, c.r.SectionKey(op.arg))
				}
				why := ev.Helper.Via["UsesCritSec"]
				if !ev.Helper.UsesCritSec {
					why = ev.Helper.Via["OpensCritSec"]
				}
				c.nestedCall(ev, before, "C helper "+ev.Call.Name, why)
			}
		case flow.EvGoCall:
			if s := ev.Summary; s != nil && s.Begins {
				c.nestedCall(ev, before, ev.Name, flow.LastStep(s.BeginsWhy))
			}
			if s := ev.Summary; s != nil && s.Sections < 0 {
				closes = true
			}
		case flow.EvYield:
			c.yieldInSection(ev, before)
		case flow.EvExit:
			if ev.Panic {
				return
			}
			exits++
			rel.add(ev, before)
			for _, sec := range before.Sections {
				if sec.Site < body.Pos() || sec.Site >= body.End() {
					continue // not this function's
				}
				x := open[sec.Site]
				if x == nil {
					x = &exitInfo{sec: sec, at: ev.Pos}
					open[sec.Site] = x
				}
				x.n++
				x.maybe = x.maybe || sec.Maybe
				x.sure = x.sure || !sec.Maybe
			}
		}
	})
	rel.report(c)
	sites := make([]token.Pos, 0, len(open))
	for p := range open {
		sites = append(sites, p)
	}
	sort.Slice(sites, func(i, j int) bool { return sites[i] < sites[j] })
	for _, p := range sites {
		x := open[p]
		if !x.sure {
			// Open only as "maybe" at the exits that have it: either
			// begun on some paths and never ended there, or begun and
			// ended under the same condition (if lock {Begin} … if lock
			// {End}), which the flow cannot tell apart. Report only when
			// nothing in the function ends it.
			if x.sec.Call != nil && !x.sec.Helper && ended[x.sec.Key] || (x.sec.Call == nil || x.sec.Helper) && closes {
				continue
			}
		}
		c.leftOpen(fn, x, exits)
	}
}

// begin checks a Begin call: the same struct begun again, nesting, and
// Go memory kept by C.
func (c *checker) begin(fn *flow.Func, ev *flow.Event, before *flow.State) {
	if len(ev.Call.Args) == 0 {
		return
	}
	key := c.r.SectionKey(ev.Call.Args[0])
	for i := len(before.Sections) - 1; i >= 0; i-- {
		sec := before.Sections[i]
		if sec.Key != key || sec.Helper || sec.Call == nil {
			continue
		}
		if c.once.First(ev.Pos) {
			again := "while its section is still open" + somePath(sec.Maybe)
			var rel []analysis.RelatedInformation
			if sec.Site == ev.Pos {
				again = "again while the previous pass's section on it is open" + somePath(sec.Maybe)
			} else {
				rel = analysisutil.Related(sec.Site, "the section on it begins here")
			}
			analysisutil.ReportRule(c.pass, ruleReusedStruct, ev.Pos, c.endOf(ev), rel,
				"C.%s on %s %s; end that section first, or use a second struct", ev.Call.Name, key, again)
		}
		return
	}
	c.nestedBegin(ev, before)
	if op, ok := c.sectionOp(ev.Call); ok {
		c.goMemory(fn, ev, op, key)
	}
}

// nestedBegin reports a Begin inside another open section.
func (c *checker) nestedBegin(ev *flow.Event, before *flow.State) {
	n := len(before.Sections)
	if n == 0 {
		return
	}
	f := ev.Func
	inner := ev.Call.Args[1:]
	if covers(c.idx, inner, before.Sections) {
		return // the inner section locks every outer object itself
	}
	outer := before.Sections[n-1]
	if !c.once.First(ev.Pos) {
		return
	}
	what := "C." + ev.Call.Name + " on " + c.objects(inner)
	msg := c.nestMessage(what, outer)
	var fixes []analysis.SuggestedFix
	if s := suggest(c.idx, outer, inner, f.CritSec == capi.CritSecBeginMutex, len(before.Sections)); s != "" {
		msg += "; " + s
		if fix := c.mergeFix(ev, outer); fix != nil {
			fixes = append(fixes, *fix)
		}
	} else {
		msg += "; " + c.restructure(outer, inner)
	}
	c.pass.Report(analysis.Diagnostic{Pos: ev.Pos, End: c.endOf(ev), Category: ruleNestedSection, Message: msg,
		SuggestedFixes: fixes, Related: outerHere(outer)})
}

// nestedCall reports a call, inside an open section, of a Go function or
// C helper that begins a section of its own.
func (c *checker) nestedCall(ev *flow.Event, before *flow.State, callee, why string) {
	n := len(before.Sections)
	if n == 0 || !c.once.First(ev.Pos) {
		return
	}
	outer := before.Sections[n-1]
	analysisutil.ReportRule(c.pass, ruleNestedSection, ev.Pos, c.endOf(ev), outerHere(outer),
		"%s; end that section before the call", c.nestMessage(callee+" begins a critical section", outer))
}

// nestMessage is the common part of the nesting reports: what begins a
// section inside the outer one, which it can suspend.
func (c *checker) nestMessage(what string, outer flow.Section) string {
	maybe := ""
	if outer.Maybe {
		maybe = " (open on some path)"
	}
	return fmt.Sprintf("%s inside %s%s, which it can suspend", what, c.describe(outer), maybe)
}

// outerHere points at the Begin of the outer section of a nesting.
// A section a Go callee left open (defer d.Lock()()) also points at the
// Begin in the callee.
func outerHere(outer flow.Section) []analysis.RelatedInformation {
	rel := analysisutil.Related(outer.Site, "the outer section begins here")
	if outer.BeginAt.IsValid() {
		rel = append(rel, analysisutil.Related(outer.BeginAt, outer.Key+" begins it here")...)
	}
	return rel
}

// describe names an open section for a message (its Begin is the
// finding's Related position).
func (c *checker) describe(sec flow.Section) string {
	switch {
	case sec.Helper:
		return fmt.Sprintf("the section C helper %s left open", sec.Func)
	case sec.Call == nil:
		return fmt.Sprintf("the section %s opened", sec.Key)
	}
	return fmt.Sprintf("the section on %s", c.objects(sec.Args))
}

// endOf is the end of the event's call, for the finding's range.
func (c *checker) endOf(ev *flow.Event) token.Pos { return analysisutil.End(c.pass, ev.Pos, ev.Node) }

// objects renders the locked objects "a" or "a and b".
func (c *checker) objects(args []ast.Expr) string {
	var parts []string
	for _, a := range args {
		parts = append(parts, c.idx.Render(a))
	}
	return strings.Join(parts, " and ")
}

// covers reports whether the inner section's objects include every object
// of every open section: nesting on the same object keeps it locked
// (the top-most section is the one resumed).
func covers(idx *cgocall.Index, inner []ast.Expr, open []flow.Section) bool {
	have := map[string]bool{}
	for _, a := range inner {
		have[idx.Render(a)] = true
	}
	for _, sec := range open {
		if sec.Call == nil || sec.Helper || len(sec.Args) == 0 {
			return false
		}
		for _, a := range sec.Args {
			if !have[idx.Render(a)] {
				return false
			}
		}
	}
	return true
}

// suggest returns the one-call replacement when both objects are known
// and two in all, else "".
func suggest(idx *cgocall.Index, outer flow.Section, inner []ast.Expr, innerMutex bool, open int) string {
	if open != 1 || outer.Call == nil || outer.Helper || len(outer.Args) != 1 || len(inner) != 1 || outer.Mutex != innerMutex {
		return ""
	}
	a, b := idx.Render(outer.Args[0]), idx.Render(inner[0])
	if outer.Mutex {
		return fmt.Sprintf("lock both with C.PyCriticalSection2_BeginMutex(&cs, %s, %s)", a, b)
	}
	return fmt.Sprintf("lock both with C.PyCriticalSection2_Begin(&cs, %s, %s)", a, b)
}

// restructure is the advice when no single call locks everything.
func (c *checker) restructure(outer flow.Section, inner []ast.Expr) string {
	if outer.Call != nil && !outer.Helper && len(outer.Args)+len(inner) > 2 {
		return "no call locks three objects: end the outer section first"
	}
	return "end the outer section first"
}

// end checks an End call: twice, out of order, the wrong kind.
func (c *checker) end(fn *flow.Func, ev *flow.Event, before *flow.State) {
	if len(ev.Call.Args) == 0 {
		return
	}
	f := ev.Func
	key := c.r.SectionKey(ev.Call.Args[0])
	i := len(before.Sections) - 1
	for ; i >= 0; i-- {
		if before.Sections[i].Key == key {
			break
		}
	}
	if i < 0 {
		if e, ok := before.EndedOn(key); ok {
			if c.once.First(ev.Pos) {
				analysisutil.ReportRule(c.pass, ruleEndedTwice, ev.Pos, c.endOf(ev), analysisutil.Related(e.EndSite, "ended first here"),
					"C.%s(%s) ends a section already ended on a path to here; end each section once", ev.Call.Name, key)
			}
			return
		}
		if c.localStruct(fn, ev.Call.Args[0]) && c.once.First(ev.Pos) {
			analysisutil.ReportRule(c.pass, ruleEndWithoutBegin, ev.Pos, c.endOf(ev), nil,
				"C.%s(%s) with no section begun on %s on this path; end only a section this code began", ev.Call.Name, key, key)
		}
		return
	}
	sec := before.Sections[i]
	if sec.Maybe {
		if e, ok := before.EndedOn(key); ok && c.once.First(ev.Pos) {
			analysisutil.ReportRule(c.pass, ruleEndedTwice, ev.Pos, c.endOf(ev), analysisutil.Related(e.EndSite, "ended first here"),
				"C.%s(%s) may end its section twice: it was already ended on some path to here; end it once on every path", ev.Call.Name, key)
			return
		}
	}
	if i < len(before.Sections)-1 {
		inner := before.Sections[len(before.Sections)-1]
		if c.once.First(ev.Pos) {
			analysisutil.ReportRule(c.pass, ruleOutOfOrderEnd, ev.Pos, c.endOf(ev), analysisutil.Related(inner.Site, "the inner section begins here"),
				"C.%s(%s) while %s, begun after it, is still open%s: sections end innermost first; end %s first",
				ev.Call.Name, key, c.describe(inner), somePath(inner.Maybe), innerName(inner))
		}
		return
	}
	if sec.Call != nil && !sec.Helper && sec.Two != f.CritSec.Two() && c.once.First(ev.Pos) {
		want, kind := capi.CritSecEnd.Name(), "one-object"
		if sec.Two {
			want, kind = capi.CritSecEnd2.Name(), "two-object"
		}
		analysisutil.ReportRule(c.pass, ruleMismatchedEnd, ev.Pos, c.endOf(ev), analysisutil.Related(sec.Site, "the section begins here"),
			"C.%s ends the %s section begun with %s; call C.%s", ev.Call.Name, kind, sec.Func, want)
	}
}

func innerName(sec flow.Section) string {
	if sec.Call == nil || sec.Helper {
		return "it"
	}
	return sec.Key
}

// leftOpen reports a section still open at an exit, unless the function
// is a lock helper: it leaves it open on every path, on a struct its
// callers can reach, for them to end (they are checked in turn).
func (c *checker) leftOpen(fn *flow.Func, x *exitInfo, exits int) {
	sec := x.sec
	if c.escaped[sec.Site] || !c.onceOpen.First(sec.Site) {
		return
	}
	every := x.n == exits && !x.maybe
	local := sec.Call != nil && !sec.Helper && len(sec.Call.Args) > 0 && c.localStruct(fn, c.firstArg(sec))
	if every && (fn.Entry == flow.EntryUnknown || fn.Entry == flow.EntryValue) && !local {
		return
	}
	var what string
	switch {
	case sec.Helper:
		what = fmt.Sprintf("C helper %s leaves a critical section open that", sec.Func)
	case sec.Call == nil:
		what = fmt.Sprintf("%s opens a critical section that", sec.Key)
	default:
		what = fmt.Sprintf("C.%s on %s", sec.Func, c.objects(sec.Args))
	}
	where := "is not ended on some path"
	rel := analysisutil.Related(x.at, "this return leaves it open")
	switch {
	case every && fn.Entry == flow.EntryExport:
		where, rel = "is still open when the //export function returns to C", nil
	case every && (fn.Entry == flow.EntryGoroutine || fn.Entry == flow.EntryTest || fn.Entry == flow.EntryCallback):
		where, rel = "is still open when the goroutine ends", nil
	case every && (fn.Entry == flow.EntryMain || fn.Entry == flow.EntryInit):
		where, rel = "is never ended", nil
	case every && local:
		where = "is still open at the return, on a local struct no caller can end"
	}
	advice, end := "defer its End right after the Begin", token.NoPos
	if sec.Call == nil || sec.Helper {
		advice = "defer the call that ends it right after this one"
	} else {
		end = analysisutil.End(c.pass, sec.Site, sec.Call)
	}
	analysisutil.ReportRule(c.pass, ruleUnendedSection, sec.Site, end, rel, "%s %s; %s", what, where, advice)
}

func (c *checker) firstArg(sec flow.Section) ast.Expr {
	if call := c.idx.Lookup(sec.Call); call != nil && len(call.Args) > 0 {
		return call.Args[0]
	}
	return nil
}

// localStruct reports whether e is &v for a variable v declared in fn's
// body (not a parameter, global or field): nobody else can end a section
// on it.
func (c *checker) localStruct(fn *flow.Func, e ast.Expr) bool {
	if e == nil {
		return false
	}
	u, ok := flow.StripConversions(c.pass.TypesInfo, e).(*ast.UnaryExpr)
	if !ok || u.Op != token.AND {
		return false
	}
	id, ok := ast.Unparen(u.X).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	body := fn.Body()
	return ok && !v.IsField() && v.Pos() >= body.Pos() && v.Pos() < body.End()
}

func somePath(maybe bool) string {
	if maybe {
		return " on some path"
	}
	return ""
}
