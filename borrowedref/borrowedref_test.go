package borrowedref_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/pyvet/pyvet/borrowedref"
	"github.com/pyvet/pyvet/internal/capi"
	"github.com/pyvet/pyvet/internal/checktest"
)

func TestBorrowedRef(t *testing.T) {
	// Checked for 3.11, so that messages say how to get the 3.13 API.
	a := borrowedref.New(borrowedref.Options{Python: capi.V(3, 11)})
	results := analysistest.Run(t, analysistest.TestData(), a, "a", "dictnext", "helper", "wrap", "user", "chelper", "shim", "oddc", "own", "private", "py3", "py3user", "lockeditem")
	checktest.Loaded(t, results)
}

func TestFix(t *testing.T) {
	a := borrowedref.New(borrowedref.Options{Python: capi.V(3, 13)})
	results := analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), a, "fix")
	checktest.Loaded(t, results)
	checktest.FixesApplied(t, results, 3)
}

// TestFixGoldenCompares proves the golden comparison is real.
func TestFixGoldenCompares(t *testing.T) {
	a := borrowedref.New(borrowedref.Options{Python: capi.V(3, 13)})
	checktest.WrongGoldenFails(t, analysistest.TestData(), a, "fix", "fix.go.golden", "PyList_GetItemRef(l, 0)", "PyList_GetItemRef(l, 99)")
}

// TestNoFixForOldTarget: on 3.11 without pythoncapi_compat.h the replacement
// would not compile, so no fix is offered.
func TestNoFixForOldTarget(t *testing.T) {
	a := borrowedref.New(borrowedref.Options{Python: capi.V(3, 11)})
	results := analysistest.Run(t, analysistest.TestData(), a, "fix")
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if len(d.SuggestedFixes) > 0 {
				t.Errorf("%s: fix offered for Python 3.11: %v", r.Pass.Fset.Position(d.Pos), d.SuggestedFixes[0].Message)
			}
		}
	}
}

// TestTyped runs the check on the gopls shape: the user's files type-checked
// in cgo mode.
func TestTyped(t *testing.T) {
	for _, pkg := range []string{"a", "wrap", "user", "own", "private", "py3", "py3user", "lockeditem"} {
		t.Run(pkg, func(t *testing.T) {
			diags := checktest.RunTyped(t, analysistest.TestData(), borrowedref.Analyzer, pkg)
			files, _ := filepath.Glob(filepath.Join(analysistest.TestData(), "src", pkg, "*.go"))
			var want []string
			for _, f := range files {
				want = append(want, checktest.WantLines(t, f)...)
			}
			checktest.SameLines(t, diags, want)
		})
	}
}

// TestNewRefFix: a borrowed C call stored as it is gets wrapped in
// C.Py_NewRef.
func TestNewRefFix(t *testing.T) {
	a := borrowedref.New(borrowedref.Options{Python: capi.V(3, 11)})
	results := analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), a, "ownfix")
	checktest.Loaded(t, results)
	checktest.FixesApplied(t, results, 3)
}

// TestNewRefFixGoldenCompares proves the golden comparison is real.
func TestNewRefFixGoldenCompares(t *testing.T) {
	a := borrowedref.New(borrowedref.Options{Python: capi.V(3, 11)})
	checktest.WrongGoldenFails(t, analysistest.TestData(), a, "ownfix", "ownfix.go.golden",
		"C.Py_NewRef(C.PyModule_GetDict(mod))", "C.Py_NewRef(C.PyModule_GetDict(nil))")
}

// TestHeaders314: C helpers using the HOWTO's borrowed macros, against the
// real Python 3.14 headers, in the cgo and gopls shapes.
func TestHeaders314(t *testing.T) {
	checktest.Headers(t, "3.14")
	checkReal(t, "macros314")
}

// TestHeaders315: PyWeakref_GetObject is reported as removed when the
// target (here from the real Python 3.15 headers) is 3.15.
func TestHeaders315(t *testing.T) {
	checktest.Headers(t, "3.15")
	checkReal(t, "removed315")
}

func checkReal(t *testing.T, pkg string) {
	headersData := filepath.Join(analysistest.TestData(), "headers")
	checktest.Loaded(t, analysistest.Run(t, headersData, borrowedref.Analyzer, pkg))
	got := checktest.RunTyped(t, headersData, borrowedref.Analyzer, pkg)
	checktest.SameLines(t, got, checktest.WantLines(t, filepath.Join(headersData, "src", pkg, pkg+".go")))
}

// TestDlsym: C helpers calling the API through pointers dlsym filled in
// are that API; a pointer loaded from a computed name is unknown. In the
// cgo and gopls shapes.
func TestDlsym(t *testing.T) {
	checktest.Loaded(t, analysistest.Run(t, analysistest.TestData(), borrowedref.Analyzer, "dlsym"))
	got := checktest.RunTyped(t, analysistest.TestData(), borrowedref.Analyzer, "dlsym")
	checktest.SameLines(t, got, checktest.WantLines(t, filepath.Join(analysistest.TestData(), "src", "dlsym", "dlsym.go")))
	checktest.Loaded(t, analysistest.Run(t, analysistest.TestData(), borrowedref.Analyzer, "dlsymonly"))
}

// TestIdiomatic: gopy, a module shaped like the idiomatic bindings (a Lock
// type, an object registry guarded by a sync.Mutex, a module cache whose
// holder attaches, an object lock returning the func that ends it, a
// borrowed getter), is silent; its user itemuser gets the flagged and silent
// twins. In the cgo and gopls shapes.
func TestIdiomatic(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "internal", "flow", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	checktest.BindingAndUser(t, dir, borrowedref.Analyzer, "gopy/gopy", "gopy/itemuser", false)
}
