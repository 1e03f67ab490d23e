package driver_test

import (
	"bytes"
	"runtime"
	"strings"
	"testing"

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
				!strings.Contains(first, "py.go:15:") || !strings.Contains(first, "util_test.go:14:") {
				t.Fatalf("run 1: want the findings in py.go and util_test.go, nothing else; got\n%s", first)
			}
			continue
		}
		if out.String() != first {
			t.Fatalf("run %d differs from run 1:\n%s\n--- run 1:\n%s", i+1, out.String(), first)
		}
	}
}
