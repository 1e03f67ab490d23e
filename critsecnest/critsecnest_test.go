package critsecnest_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/pyvet/pyvet/critsecnest"
	"github.com/pyvet/pyvet/internal/checktest"
)

func TestCritSecNest(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), critsecnest.Analyzer, "a", "lib", "user", "chelper", "closure", "helpersec", "helperc", "pointer")
	checktest.Loaded(t, results)
	checktest.Related(t, results)
}

func TestFix(t *testing.T) {
	results := analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), critsecnest.Analyzer, "fix")
	checktest.Loaded(t, results)
	checktest.FixesApplied(t, results, 2)
}

// TestFixGoldenCompares proves the golden comparison is real.
func TestFixGoldenCompares(t *testing.T) {
	checktest.WrongGoldenFails(t, analysistest.TestData(), critsecnest.Analyzer, "fix", "fix.go.golden",
		"C.PyCriticalSection2_Begin(&ca, a, b)", "C.PyCriticalSection2_Begin(&ca, b, a)")
}

// TestHeaders314 checks the 3.14 mutex forms against the real Python 3.14
// headers, in the cgo and gopls shapes.
func TestHeaders314(t *testing.T) {
	headersData := filepath.Join(analysistest.TestData(), "headers")
	checktest.Headers(t, "3.14")
	results := analysistest.Run(t, headersData, critsecnest.Analyzer, "mutex314")
	checktest.Loaded(t, results)
	got := checktest.RunTyped(t, headersData, critsecnest.Analyzer, "mutex314")
	checktest.SameLines(t, got, checktest.WantLines(t, filepath.Join(headersData, "src", "mutex314", "mutex314.go")))
}

// TestIdiomatic: gopy, a module shaped like the idiomatic bindings (a Lock
// type, an object registry guarded by a sync.Mutex, a module cache whose
// holder attaches, an object lock returning the func that ends it, a
// borrowed getter), is silent; its user sectionuser gets the flagged and silent
// twins. In the cgo and gopls shapes.
func TestIdiomatic(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "internal", "flow", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	checktest.BindingAndUser(t, dir, critsecnest.Analyzer, "gopy/gopy", "gopy/sectionuser", true)
}
