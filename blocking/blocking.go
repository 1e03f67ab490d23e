package blocking

import (
	_ "embed"
	"fmt"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/pyvet/pyvet/internal/analysisutil"
	"github.com/pyvet/pyvet/internal/cgocall"
	"github.com/pyvet/pyvet/internal/flow"
)

//go:embed doc.go
var doc string

// Options configure the check.
type Options struct {
	// Funcs are project functions that block, besides pyvet's lists:
	// "example.com/q.Wait", "example.com/q.(*Queue).Pop", or a C function's
	// name ("my_wait").
	Funcs Funcs
}

// Funcs is a comma-separated list of functions, as a flag.Value.
type Funcs []string

func (f *Funcs) String() string { return strings.Join(*f, ",") }

// Set appends the comma-separated names in s.
func (f *Funcs) Set(s string) error {
	for _, n := range strings.Split(s, ",") {
		if n = strings.TrimSpace(n); n != "" {
			*f = append(*f, n)
		}
	}
	return nil
}

func (f Funcs) has(name string) bool {
	for _, n := range f {
		if n == name {
			return true
		}
	}
	return false
}

// Analyzer is the check with default options.
var Analyzer = New(Options{})

// New returns the check configured by o. Its flags set its own copy of o.
func New(o Options) *analysis.Analyzer {
	o.Funcs = append(Funcs(nil), o.Funcs...)
	a := analysisutil.NewCheck(analysisutil.Spec{
		Name:     "blocking",
		Doc:      doc,
		Requires: []*analysis.Analyzer{cgocall.Analyzer, flow.Analyzer},
		Run:      func(pass *analysis.Pass) (any, error) { return run(pass, &o) },
	})
	a.Flags.Var(&o.Funcs, "funcs", "comma-separated project functions that block: pkg.Func, pkg.(*T).Method, or a C function name")
	return a
}

// The check's rules, as diagnostic categories (docs/blocking.md).
const (
	ruleAttached  = "blocking/attached"
	ruleInSection = "blocking/in-critical-section"
)

func run(pass *analysis.Pass, o *Options) (any, error) {
	r := pass.ResultOf[flow.Analyzer].(*flow.Result)
	once := flow.Once{}
	for _, fn := range r.Funcs() {
		r.Walk(fn, func(ev *flow.Event, before *flow.State) {
			if ev.Spawn || !before.Attach.SurelyAttached() {
				return
			}
			what := blocks(ev, o)
			if what == "" || ev.Mutex != nil && !r.MutexHazard(ev.Mutex) || !once.First(ev.Pos) {
				return // a Go mutex whose holders never wait for a thread state cannot deadlock with this one
			}
			if held, ok := r.MutexHeldWhileAttaching(keyOf(ev.Mutex)); ok && !ev.Mutex.Open {
				reportLockOrder(pass, ev, held)
				return
			}
			d := analysis.Diagnostic{Pos: ev.Pos, Category: ruleAttached,
				Message: what + " while a thread state is attached; detach around it with PyEval_SaveThread/RestoreThread"}
			if ev.Node != nil {
				d.End = ev.Node.End()
			}
			if at := blockedAt(ev); at.IsValid() {
				d.Related = analysisutil.Related(at, "it blocks here")
			}
			if n := len(before.Sections); n > 0 {
				inSection(&d, what, before.Sections[n-1])
			}
			pass.Report(d)
		})
	}
	return nil, nil
}

// inSection makes d a blocking/in-critical-section finding about sec; a
// section a Go callee left open (release := d.Lock()) also points at the
// callee's Begin.
func inSection(d *analysis.Diagnostic, what string, sec flow.Section) {
	on := "on " + strings.TrimPrefix(sec.Key, "&")
	if sec.Call == nil {
		on = sec.Key + " opened"
	}
	d.Category = ruleInSection
	d.Message = fmt.Sprintf("%s while a thread state is attached, inside the critical section %s; end the section and detach first", what, on)
	d.Related = append(d.Related, analysis.RelatedInformation{Pos: sec.Site, Message: "the critical section " + on + " begins here (" + sec.Func + ")"})
	if sec.BeginAt.IsValid() {
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: sec.BeginAt, Message: sec.Key + " begins it here"})
	}
}

func keyOf(m *flow.Mutex) string {
	if m == nil {
		return ""
	}
	return m.Key
}

// reportLockOrder reports a lock of a Go mutex while attached when a region
// holding the same mutex waits to attach: each thread waits for the other.
func reportLockOrder(pass *analysis.Pass, ev *flow.Event, held flow.MutexHeld) {
	m := ev.Mutex
	pass.Report(analysis.Diagnostic{
		Pos:      ev.Pos,
		Category: "blocking/mutex-lock-order",
		Message: fmt.Sprintf("%s of %s while attached; %s is held elsewhere while attaching: deadlock; detach around this lock",
			ev.Name, m.Name, m.Name),
		Related: analysisutil.Related(held.Pos, m.Name+" is held here while attaching ("+held.What+")"),
	})
}

// blockedAt is where a Go callee that blocks waits, when the callee is
// in this package; NoPos otherwise.
func blockedAt(ev *flow.Event) token.Pos {
	if ev.Kind != flow.EvGoCall || ev.Summary == nil || !ev.Summary.Blocks {
		return token.NoPos
	}
	return ev.Summary.BlockAt()
}

// blocks says what blocks at ev, or "".
func blocks(ev *flow.Event, o *Options) string {
	switch ev.Kind {
	case flow.EvBlock:
		return ev.Name
	case flow.EvCCall:
		if ev.Func != nil && ev.Func.Blocks || o.Funcs.has(ev.Call.Name) {
			return "C." + ev.Call.Name
		}
		if root, ok := flow.HelperBlocks(ev.Helper); ok {
			return fmt.Sprintf("C.%s (which blocks in %s)", ev.Call.Name, root)
		}
	case flow.EvGoCall:
		if ev.Callee != nil && o.Funcs.has(flow.FullName(ev.Callee)) {
			return ev.Name
		}
		if s := ev.Summary; s != nil && s.Blocks {
			return fmt.Sprintf("%s (which blocks in %s)", ev.Name, flow.LastStep(s.BlockWhy))
		}
	}
	return ""
}
