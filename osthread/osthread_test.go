package osthread_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/pyvet/pyvet/internal/checktest"
	"github.com/pyvet/pyvet/osthread"
)

func TestOSThread(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), osthread.Analyzer, "a", "mainlock", "mainnolock", "chelper", "entries", "iface",
		"initsave", "initrestore", "initattached", "initlocked")
	checktest.Loaded(t, results)
	checktest.Related(t, results)
}

func TestFix(t *testing.T) {
	results := analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), osthread.Analyzer, "fix")
	checktest.Loaded(t, results)
	checktest.FixesApplied(t, results, 1)
}

// TestInitFix: the lock goes into the init that attaches, with no deferred
// unlock.
func TestInitFix(t *testing.T) {
	results := analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), osthread.Analyzer, "initattached")
	checktest.Loaded(t, results)
	checktest.FixesApplied(t, results, 1)
	checktest.WrongGoldenFails(t, analysistest.TestData(), osthread.Analyzer, "initattached", "main.go.golden",
		"runtime.LockOSThread()\n\tC.Py_Initialize()", "runtime.LockOSThread()\n\tdefer runtime.UnlockOSThread()\n\tC.Py_Initialize()")
}

// TestFixGoldenCompares proves the golden comparison is real.
func TestFixGoldenCompares(t *testing.T) {
	checktest.WrongGoldenFails(t, analysistest.TestData(), osthread.Analyzer, "fix", "fix.go.golden",
		"runtime.LockOSThread()", "runtime.UnlockOSThread()")
}

func TestBinding(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "internal", "flow", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	results := analysistest.Run(t, dir, osthread.Analyzer, "binding/python3", "binding/user")
	checktest.Loaded(t, results)
	for _, p := range []string{"binding/python3", "binding/user"} { // the gopls shape
		if got := checktest.RunTyped(t, dir, osthread.Analyzer, p); len(got) != 0 {
			t.Errorf("%s (gopls shape): %v", p, got)
		}
	}
}

func TestTyped(t *testing.T) {
	files := map[string]string{"mainnolock": "main.go", "fix": "fix.go", "entries": "entries.go", "iface": "iface.go",
		"initsave": "main.go", "initrestore": "main.go", "initattached": "main.go", "initlocked": "main.go"}
	for p, file := range files {
		got := checktest.RunTyped(t, analysistest.TestData(), osthread.Analyzer, p)
		want := checktest.WantLines(t, filepath.Join(analysistest.TestData(), "src", p, file))
		checktest.SameLines(t, got, want)
	}
}

// TestHeaders315: PEP 788's Ensure calls are thread-state calls, checked
// against the real Python 3.15 headers in the cgo and gopls shapes.
func TestHeaders315(t *testing.T) {
	headersData := filepath.Join(analysistest.TestData(), "headers")
	checktest.Headers(t, "3.15")
	checktest.Loaded(t, analysistest.Run(t, headersData, osthread.Analyzer, "pep788"))
	got := checktest.RunTyped(t, headersData, osthread.Analyzer, "pep788")
	checktest.SameLines(t, got, checktest.WantLines(t, filepath.Join(headersData, "src", "pep788", "pep788.go")))
}

// TestRelatedTyped holds the Related positions to the /* related K */
// markers in the gopls shape too (TestTyped compares lines only).
func TestRelatedTyped(t *testing.T) {
	checktest.RelatedTyped(t, analysistest.TestData(), osthread.Analyzer, "a", "initattached")
}

// TestFixIndent: the inserted lock ends with the white space that starts
// the first statement's line, as the file has it, so an editor applying the
// raw edit (no gofmt) leaves the statement where it was.
func TestFixIndent(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), osthread.Analyzer, "fixindent")
	checktest.Loaded(t, results)
	n := 0
	for _, r := range results {
		for _, d := range r.Diagnostics {
			for _, fix := range d.SuggestedFixes {
				for _, e := range fix.TextEdits {
					text := string(e.NewText)
					if !strings.HasPrefix(text, "runtime.LockOSThread()") {
						continue
					}
					pos := r.Pass.Fset.Position(e.Pos)
					src, err := os.ReadFile(pos.Filename)
					if err != nil {
						t.Fatal(err)
					}
					line := src[bytes.LastIndexByte(src[:pos.Offset], '\n')+1 : pos.Offset]
					indent := string(line[:len(line)-len(bytes.TrimLeft(line, " \t"))])
					want := "runtime.LockOSThread()\n" + indent + "defer runtime.UnlockOSThread()\n" + indent
					if text != want {
						t.Errorf("%s: inserted %q, want %q", pos, text, want)
					}
					n++
				}
			}
		}
	}
	if n != 2 {
		t.Errorf("checked %d lock edits, want 2", n)
	}
}
