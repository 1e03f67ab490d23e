package suppress_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/pyvet/pyvet/analyzers"
	"github.com/pyvet/pyvet/borrowedref"
	"github.com/pyvet/pyvet/internal/checktest"
)

// check is borrowedref as the suite runs it: assembled, so with suppression.
func check() *analysis.Analyzer { return analyzers.Assemble(borrowedref.Analyzer)[0] }

// TestCooked runs a real check on the cgo-processed shape (pyvet, go vet,
// golangci-lint, analysistest): findings map to the user's file through
// //line, and the directives are read from there.
func TestCooked(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), check(), "ignore", "fileignore")
	checktest.Loaded(t, results)
}

// TestTyped runs it on the gopls shape: the user's files themselves.
func TestTyped(t *testing.T) {
	var got []string
	a := check()
	for _, pkg := range []string{"ignore", "fileignore"} {
		got = append(got, checktest.RunTyped(t, analysistest.TestData(), a, pkg)...)
	}
	var want []string
	for _, f := range []string{"ignore/ignore.go", "ignore/plain.go", "fileignore/fileignore.go", "fileignore/other.go", "fileignore/quiet.go"} {
		want = append(want, checktest.WantLines(t, filepath.Join(analysistest.TestData(), "src", f))...)
	}
	checktest.SameLines(t, got, want)
}
