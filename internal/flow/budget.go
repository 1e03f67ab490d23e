package flow

import (
	"golang.org/x/tools/go/analysis"
)

// Budgets bound the engine's work on code whose flow is slow to settle.
// A function whose analysis a budget cuts short is treated as unknown: its
// events are not replayed, so no check reports in it, and its summary
// (unknownSummary) gives its callers nothing to report; -debug=v names it.
type Budgets struct {
	// Visits bounds one function's fixpoint: Visits × (blocks+1) visits
	// of its blocks, literals called in place each on their own.
	Visits int
	// Solves bounds the package's fixpoint over its call graph:
	// Solves × (functions+2) solves of a function.
	Solves int
}

// DefaultBudgets are Analyzer's: far above what real code needs (a block
// is visited a few times, a function solved once or twice).
func DefaultBudgets() Budgets { return Budgets{Visits: 30, Solves: 8} }

// DebugCategory is the Category of the diagnostics the flow engine reports
// for -debug=v: they are no findings, and the driver prints them only
// there.
const DebugCategory = "debug"

// unsettled treats the functions still queued when the package's fixpoint
// ran out of its budget, and their callers, as unknown: their summaries
// did not settle, nor did those computed from them.
func (r *Result) unsettled(queue []*Func, budget int) {
	stale := map[*Func]bool{}
	var mark func(f *Func)
	mark = func(f *Func) {
		if stale[f] {
			return
		}
		stale[f] = true
		for _, c := range f.callers {
			mark(c)
		}
	}
	for _, f := range queue {
		mark(f)
	}
	for _, f := range r.funcs {
		if stale[f] {
			f.Summary, f.in, f.exit = unknownSummary(), nil, nil
			f.cut = "the package's summaries did not settle within its budget of " + itoa(budget) + " solves"
		}
	}
}

// unknownSummary is the summary of a function a budget cut short: it
// needs, blocks and holds nothing (no finding of its own, at its callers
// either), and may change its caller's thread state either way, so that
// nothing is reported on the caller's thread state after the call.
func unknownSummary() *Summary { return &Summary{Attach: EffMayChange} }

// reportCuts tells -debug=v which functions a budget cut short.
func (r *Result) reportCuts(pass *analysis.Pass) {
	for _, f := range r.funcs {
		if f.cut != "" {
			pass.Report(analysis.Diagnostic{Pos: f.Pos(), Category: DebugCategory,
				Message: "flow: " + f.Name + ": " + f.cut + "; treated as unknown, nothing is reported in it"})
		}
	}
}
