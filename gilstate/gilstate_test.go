package gilstate_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/pyvet/pyvet/gilstate"
	"github.com/pyvet/pyvet/internal/checktest"
)

var pkgs = []string{"a", "export", "subinterp", "subuser", "chelper", "chelpersub"}

func TestGilstate(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), gilstate.Analyzer, pkgs...)
	checktest.Loaded(t, results)
}

// TestBinding: a python3-style wrapper package and its users raise no
// false alarms.
func TestBinding(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "internal", "flow", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	results := analysistest.Run(t, dir, gilstate.Analyzer, "binding/python3", "binding/user")
	checktest.Loaded(t, results)
}

// TestTyped runs the check on the gopls shape: the user's own files.
// (Not "export": cgotest.Typed cannot yet load a package with //export, whose
// _cgo_gotypes.go carries //line directives.)
func TestTyped(t *testing.T) {
	for _, p := range []string{"a", "subinterp"} {
		got := checktest.RunTyped(t, analysistest.TestData(), gilstate.Analyzer, p)
		want := checktest.WantLines(t, filepath.Join(analysistest.TestData(), "src", p, p+".go"))
		checktest.SameLines(t, got, want)
	}
}
