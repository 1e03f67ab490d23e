package blocking_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/pyvet/pyvet/blocking"
	"github.com/pyvet/pyvet/internal/checktest"
)

func TestBlocking(t *testing.T) {
	a := blocking.New(blocking.Options{})
	if err := a.Flags.Set("funcs", "a.(*Queue).Pop,my_wait"); err != nil {
		t.Fatal(err)
	}
	results := analysistest.Run(t, analysistest.TestData(), a, "a", "lib", "user", "chelper", "iface", "release", "roomy", "idiom", "idiomuser")
	checktest.Loaded(t, results)
	checktest.Related(t, results)
}

// TestOptionsAreCopies: the flag of one analyzer does not leak into
// another's options.
func TestOptionsAreCopies(t *testing.T) {
	a := blocking.New(blocking.Options{})
	if err := a.Flags.Set("funcs", "x.Y"); err != nil {
		t.Fatal(err)
	}
	if got := blocking.Analyzer.Flags.Lookup("funcs").Value.String(); got != "" {
		t.Errorf("default analyzer's funcs = %q after setting another's", got)
	}
}

func TestBinding(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "internal", "flow", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	results := analysistest.Run(t, dir, blocking.Analyzer, "binding/python3", "binding/user")
	checktest.Loaded(t, results)
	for _, p := range []string{"binding/python3", "binding/user"} { // the gopls shape
		if got := checktest.RunTyped(t, dir, blocking.Analyzer, p); len(got) != 0 {
			t.Errorf("%s (gopls shape): %v", p, got)
		}
	}
}

func TestTyped(t *testing.T) {
	for _, p := range []string{"user", "idiom", "idiomuser", "iface", "release", "roomy"} {
		got := checktest.RunTyped(t, analysistest.TestData(), blocking.Analyzer, p)
		want := checktest.WantLines(t, filepath.Join(analysistest.TestData(), "src", p, p+".go"))
		checktest.SameLines(t, got, want)
	}
}

// TestPythonGate: //export callbacks start attached only in packages that
// use Python (helpers.Python): through their own header, or by calling
// the C API. A windowing library's callbacks and an embedded database's
// busy handler, which take locks and block, are not Python's business.
func TestPythonGate(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), blocking.Analyzer, "glfwlike", "sqlitelike", "pyheader", "pycalls")
	checktest.Loaded(t, results)
}

// TestRelatedTyped holds the Related positions to the /* related K */
// markers in the gopls shape too (TestTyped compares lines only).
func TestRelatedTyped(t *testing.T) {
	checktest.RelatedTyped(t, analysistest.TestData(), blocking.Analyzer, "a", "idiom", "release")
}

// TestIdiomatic: gopy, a module shaped like the idiomatic bindings (a Lock
// type, an object registry guarded by a sync.Mutex, a module cache whose
// holder attaches, an object lock returning the func that ends it, a
// borrowed getter), is silent; its user mutexuser gets the flagged and silent
// twins. In the cgo and gopls shapes.
func TestIdiomatic(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "internal", "flow", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	checktest.BindingAndUser(t, dir, blocking.Analyzer, "gopy/gopy", "gopy/mutexuser", true)
}
