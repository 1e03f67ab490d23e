package flow_test

import (
	"fmt"
	"go/types"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/pyvet/pyvet/internal/cgotest"
	"github.com/pyvet/pyvet/internal/flow"
)

// TestBudgets: when a work budget runs out, the functions it cut short
// are unknown, silently (no events replayed; a summary that needs, blocks
// and holds nothing and leaves the caller's thread state unknown), and
// the engine notes each, by name, for -debug=v.
func TestBudgets(t *testing.T) {
	pkgs, err := cgotest.Load(analysistest.TestData(), "budget")
	if err != nil {
		t.Fatal(err)
	}
	const unknown = "; treated as unknown, nothing is reported in it"
	for _, tc := range []struct {
		name    string
		budgets flow.Budgets
		events  bool
		unknown []string // the functions whose summary is the unknown one
		notes   []string
	}{
		{"default", flow.DefaultBudgets(), true, nil, nil},
		{"visits", flow.Budgets{Visits: 0, Solves: 8}, false, []string{"Caller", "Loop"}, []string{
			"flow: Loop: its flow did not settle within its budget of block visits" + unknown,
			"flow: Caller: its flow did not settle within its budget of block visits" + unknown,
		}},
		{"solves", flow.Budgets{Visits: 30, Solves: 0}, false, []string{"Caller", "Loop", "Plain"}, []string{
			"flow: Loop: the package's summaries did not settle within its budget of 0 solves" + unknown,
			"flow: Caller: the package's summaries did not settle within its budget of 0 solves" + unknown,
			"flow: Plain: the package's summaries did not settle within its budget of 0 solves" + unknown,
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			events, unknown, notes := probe(t, pkgs, flow.New(tc.budgets))
			if (len(events) > 0) != tc.events {
				t.Errorf("events replayed: %q, want some: %v", events, tc.events)
			}
			if !slices.Equal(unknown, tc.unknown) {
				t.Errorf("functions with the unknown summary: got %q, want %q", unknown, tc.unknown)
			}
			if !slices.Equal(notes, tc.notes) {
				t.Errorf("notes for -debug=v:\n got %q\nwant %q", notes, tc.notes)
			}
		})
	}
}

// probe runs a check that reports every event the flow analyzer fa gives
// it, and returns those, the functions whose summary is the unknown one
// (changes-some and nothing else), and fa's notes.
func probe(t *testing.T, pkgs []*packages.Package, fa *analysis.Analyzer) (events, unknown, notes []string) {
	t.Helper()
	check := &analysis.Analyzer{
		Name:     "probe",
		Doc:      "reports what the flow engine hands a check",
		Requires: []*analysis.Analyzer{fa},
		Run: func(pass *analysis.Pass) (any, error) {
			r := pass.ResultOf[fa].(*flow.Result)
			for _, fn := range r.Funcs() {
				r.Walk(fn, func(ev *flow.Event, _ *flow.State) { pass.Reportf(ev.Pos, "%s in %s", ev.Kind, fn.Name) })
			}
			for _, name := range pass.Pkg.Scope().Names() {
				if fn, ok := pass.Pkg.Scope().Lookup(name).(*types.Func); ok && r.Summary(fn).String() == "{changes-some}" {
					unknown = append(unknown, name)
				}
			}
			return nil, nil
		},
	}
	g, err := checker.Analyze([]*analysis.Analyzer{check}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	for act := range g.All() {
		if act.Err != nil {
			t.Fatal(act.Err)
		}
		for _, d := range act.Diagnostics {
			switch {
			case act.Analyzer == check:
				events = append(events, fmt.Sprint(d.Message))
			case d.Category == flow.DebugCategory:
				notes = append(notes, d.Message)
			default:
				t.Errorf("%s: %s", act.Analyzer.Name, d.Message)
			}
		}
	}
	return events, unknown, notes
}
