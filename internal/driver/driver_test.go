package driver_test

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/pyvet/pyvet/analyzers"
	"github.com/pyvet/pyvet/borrowedref"
	"github.com/pyvet/pyvet/internal/driver"
	"github.com/pyvet/pyvet/internal/flow"
)

// panicky panics on package a; it stands for a check with a bug.
var panicky = &analysis.Analyzer{
	Name: "panicky",
	Doc:  "panicky panics on package a (a test hook, not in the suite)",
	Run: func(pass *analysis.Pass) (any, error) {
		if strings.HasSuffix(pass.Pkg.Path(), "/a") {
			panic("deliberate")
		}
		return nil, nil
	},
	RunDespiteErrors: true,
}

// TestPanicIsAnError: a panic in one check of an assembled suite becomes a
// warning for that package; the other checks and packages still report.
func TestPanicIsAnError(t *testing.T) {
	res, err := driver.Run(&driver.Config{
		Analyzers: analyzers.Assemble(borrowedref.Analyzer, panicky),
		Patterns:  []string{"./..."},
		Dir:       "testdata/mod",
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Warnings) != 1 || res.Warnings[0].PkgPath != "example.com/mod/a" ||
		!strings.Contains(res.Warnings[0].Text, "panicky") || !strings.Contains(res.Warnings[0].Text, "deliberate") {
		t.Errorf("want one warning for package a naming the check and the panic, got %v", res.Warnings)
	}
	got := map[string]int{}
	for _, d := range res.Diagnostics {
		got[d.Analyzer.Name+" "+d.PkgID]++
	}
	for _, want := range []string{"borrowedref example.com/mod/a", "borrowedref example.com/mod/b"} {
		if got[want] != 1 {
			t.Errorf("%s: %d findings, want 1 (all: %v)", want, got[want], got)
		}
	}
}

// TestOnlyWhatMatters: a plain-Go package is neither type-checked nor
// analyzed; the floor type-checks every root.
func TestOnlyWhatMatters(t *testing.T) {
	res, err := driver.Run(&driver.Config{Analyzers: []*analysis.Analyzer{borrowedref.Analyzer}, Patterns: []string{"fmt", "./b"}, Dir: "testdata/mod"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Stats.Roots != 2 || res.Stats.Source != 1 || res.Stats.Analyzed != 1 {
		t.Errorf("stats %+v: want 2 roots, 1 type-checked from source, 1 analyzed", res.Stats)
	}
	res, err = driver.Run(&driver.Config{Analyzers: []*analysis.Analyzer{panicky}, Patterns: []string{"fmt", "./b"}, Dir: "testdata/mod", Floor: true})
	if err != nil {
		t.Fatal(err)
	}
	if res.Stats.Source != 2 || res.Stats.Analyzed != 2 {
		t.Errorf("floor stats %+v: want 2 type-checked and analyzed", res.Stats)
	}
}

// TestDebugNotes: what an analyzer notes for -debug=v (here the flow
// engine, on a budget that runs out at once) reaches Result.Debug, named
// by package, file and line, and is no finding.
func TestDebugNotes(t *testing.T) {
	fa := flow.New(flow.Budgets{Visits: 0, Solves: 8})
	check := &analysis.Analyzer{
		Name:     "walker",
		Doc:      "reports every event the flow engine replays (a test hook, not in the suite)",
		Requires: []*analysis.Analyzer{fa},
		Run: func(pass *analysis.Pass) (any, error) {
			r := pass.ResultOf[fa].(*flow.Result)
			for _, fn := range r.Funcs() {
				r.Walk(fn, func(ev *flow.Event, _ *flow.State) { pass.Reportf(ev.Pos, "%s", ev.Kind) })
			}
			return nil, nil
		},
	}
	res, err := driver.Run(&driver.Config{Analyzers: []*analysis.Analyzer{check}, Patterns: []string{"./a"}, Dir: "testdata/mod"})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"example.com/mod/a: a.go:8: flow: Get: its flow did not settle within its budget of block visits; treated as unknown, nothing is reported in it"}
	if !slices.Equal(res.Debug, want) {
		t.Errorf("debug notes:\n got %q\nwant %q", res.Debug, want)
	}
	if len(res.Diagnostics) != 0 {
		t.Errorf("a function cut short is silent; got %v", res.Diagnostics)
	}
}
