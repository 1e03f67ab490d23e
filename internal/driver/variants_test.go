package driver_test

import (
	"bytes"
	"runtime"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/pyvet/pyvet/analyzers"
	"github.com/pyvet/pyvet/internal/driver"
)

// TestTestVariantsNeverCollide: a package, its test variant (with an
// export_test.go) and its external test package, which also imports a cgo
// package, are kept apart by every cache of the driver. The driver runs 50
// times at GOMAXPROCS=8 on one go list answer (go test -race checks its
// concurrency too): byte-identical output, the findings, no warning
// (a collision showed as "undefined: util.Internal").
func TestTestVariantsNeverCollide(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(8))
	cfg := &driver.Config{Analyzers: analyzers.All(), Patterns: []string{"./..."}, Tests: true, Dir: "testdata/xtest"}
	l, err := driver.List(cfg)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Listing = l
	var first string
	for i := range 50 {
		res, err := driver.Run(cfg)
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		res.PrintWarnings(&out, "pyvet")
		res.PrintLoadErrors(&out, "pyvet")
		res.PrintText(&out, -1)
		if i == 0 {
			first = out.String()
			if len(res.Diagnostics) != 2 || len(res.Warnings) > 0 || len(res.LoadErrors) > 0 ||
				!strings.Contains(first, "py.go:15:") || !strings.Contains(first, "util_test.go:17:") {
				t.Fatalf("run 1: want the findings in py.go (borrowedref) and util_test.go (gilstate), nothing else; got\n%s", first)
			}
			continue
		}
		if out.String() != first {
			t.Fatalf("run %d differs from run 1:\n%s\n--- run 1:\n%s", i+1, out.String(), first)
		}
	}
}

// TestFloorTypeChecks: the benchmark's floor type-checks every root from
// source and reads every dependency from export data, test variants
// included; a dependency rebuilt against a root's test variant (wrap, for
// util's tests) refers to the root as type-checked from source, without a
// single error ("util.T as util.T" when it did not).
func TestFloorTypeChecks(t *testing.T) {
	noop := &analysis.Analyzer{Name: "noop", Doc: "noop does nothing", Run: func(*analysis.Pass) (any, error) { return nil, nil }}
	res, err := driver.Run(&driver.Config{Analyzers: []*analysis.Analyzer{noop}, Patterns: []string{"./util"}, Tests: true, Floor: true, Dir: "testdata/xtest"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Stats.Source < 3 {
		t.Errorf("%d packages type-checked from source, want util, its test variant and its external test", res.Stats.Source)
	}
	for _, w := range res.Warnings {
		t.Error(w)
	}
}
