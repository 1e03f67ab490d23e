package gilstate_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/pyvet/pyvet/gilstate"
	"github.com/pyvet/pyvet/internal/capi"
	"github.com/pyvet/pyvet/internal/checktest"
)

var pkgs = []string{"a", "export", "subinterp", "subuser", "chelper", "chelpersub", "idiom", "saveinit", "embedattached", "entries", "sharedtoken", "subbinding", "subbindinguser", "subbindingidle"}

func TestGilstate(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), gilstate.Analyzer, pkgs...)
	checktest.Loaded(t, results)
	checktest.Related(t, results)
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
	for _, p := range []string{"binding/python3", "binding/user"} { // the gopls shape
		if got := checktest.RunTyped(t, dir, gilstate.Analyzer, p); len(got) != 0 {
			t.Errorf("%s (gopls shape): %v", p, got)
		}
	}
}

// TestTyped runs the check on the gopls shape: the user's own files.
func TestTyped(t *testing.T) {
	for _, p := range []string{"a", "export", "subinterp", "idiom", "saveinit", "embedattached", "entries", "sharedtoken", "subbinding", "subbindinguser", "subbindingidle"} {
		got := checktest.RunTyped(t, analysistest.TestData(), gilstate.Analyzer, p)
		want := checktest.WantLines(t, filepath.Join(analysistest.TestData(), "src", p, p+".go"))
		checktest.SameLines(t, got, want)
	}
}

// TestHeaders315 checks the PEP 788 rules against the real Python 3.15
// headers (the target comes from them), in the cgo and gopls shapes.
func TestHeaders315(t *testing.T) {
	headersData := filepath.Join(analysistest.TestData(), "headers")
	checktest.Headers(t, "3.15")
	results := analysistest.Run(t, headersData, gilstate.Analyzer, "pep788", "pep788sub")
	checktest.Loaded(t, results)
	checktest.Related(t, results)
	for _, p := range []string{"pep788", "pep788sub"} {
		got := checktest.RunTyped(t, headersData, gilstate.Analyzer, p)
		checktest.SameLines(t, got, checktest.WantLines(t, filepath.Join(headersData, "src", p, p+".go")))
	}
}

// TestHeadersSoftDeprecated: the soft-deprecation note is off by default,
// on with the flag for target 3.15, and never below 3.15.
func TestHeadersSoftDeprecated(t *testing.T) {
	headersData := filepath.Join(analysistest.TestData(), "headers")
	checktest.Headers(t, "3.15")
	on := gilstate.New(gilstate.Options{SoftDeprecated: true})
	checktest.Loaded(t, analysistest.Run(t, headersData, on, "softdep"))
	if got := checktest.RunTyped(t, headersData, gilstate.Analyzer, "softdep"); len(got) != 0 {
		t.Errorf("default options: %v, want no note", got)
	}
	old := gilstate.New(gilstate.Options{SoftDeprecated: true, Python: capi.V(3, 14)})
	if got := checktest.RunTyped(t, headersData, old, "softdep"); len(got) != 0 {
		t.Errorf("target 3.14: %v, want no note", got)
	}
}

// TestRelatedTyped holds the Related positions to the /* related K */
// markers in the gopls shape too (TestTyped compares lines only).
func TestRelatedTyped(t *testing.T) {
	checktest.RelatedTyped(t, analysistest.TestData(), gilstate.Analyzer, "a", "export", "idiom", "saveinit")
}

// TestIdiomatic: gopy, a module shaped like the idiomatic bindings (a Lock
// type, an object registry guarded by a sync.Mutex, a module cache whose
// holder attaches, an object lock returning the func that ends it, a
// borrowed getter), is silent; its user lockuser gets the flagged and silent
// twins. In the cgo and gopls shapes.
func TestIdiomatic(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "internal", "flow", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	checktest.BindingAndUser(t, dir, gilstate.Analyzer, "gopy/gopy", "gopy/lockuser", true)
}
