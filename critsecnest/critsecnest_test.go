package critsecnest_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/pyvet/pyvet/critsecnest"
	"github.com/pyvet/pyvet/internal/checktest"
)

func TestCritSecNest(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), critsecnest.Analyzer, "a", "lib", "user", "chelper")
	checktest.Loaded(t, results)
}

func TestFix(t *testing.T) {
	results := analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), critsecnest.Analyzer, "fix")
	checktest.Loaded(t, results)
	checktest.FixesApplied(t, results, 2)
}

// TestFixGoldenCompares proves the golden comparison is real: a wrong
// golden file must fail the test (drivers silently drop fixes to cgo's
// files, and then nothing is compared).
func TestFixGoldenCompares(t *testing.T) {
	dir := checktest.CopyTestdata(t, analysistest.TestData(), "fix")
	golden := filepath.Join(dir, "src", "fix", "fix.go.golden")
	b, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	wrong := strings.Replace(string(b), "C.PyCriticalSection2_Begin(&ca, a, b)", "C.PyCriticalSection2_Begin(&ca, b, a)", 1)
	if wrong == string(b) {
		t.Fatal("golden file has no merged Begin to spoil")
	}
	if err := os.WriteFile(golden, []byte(wrong), 0o644); err != nil {
		t.Fatal(err)
	}
	rec := &checktest.Recorder{TB: t}
	analysistest.RunWithSuggestedFixes(rec, dir, critsecnest.Analyzer, "fix")
	if !rec.Failed() {
		t.Fatal("a wrong golden file did not fail the fix test")
	}
}
