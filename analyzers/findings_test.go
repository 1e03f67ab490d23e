package analyzers_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/pyvet/pyvet/analyzers"
	"github.com/pyvet/pyvet/internal/cgotest"
	"github.com/pyvet/pyvet/internal/checktest"
	"github.com/pyvet/pyvet/internal/rules"
)

// A finding is one diagnostic of the suite on the corpus.
type finding struct {
	posn  string
	check string
	analysis.Diagnostic
}

// modules are the Go modules among the testdata, and the bundled example
// (in pyvet's own module), by the directory to load them from.
var modules = map[string]string{
	"..":                              "github.com/pyvet/pyvet/example/...",
	"../cmd/pyvet/testdata/odd":       "./...",
	"../gclplugin/testdata/mod":       "./...",
	"../internal/driver/testdata/mod": "./...",
}

// findings runs the suite, cgo-processed, on every check's testdata, on the
// testdata modules and on the example, and returns what it reports.
func findings(t *testing.T) []finding {
	t.Helper()
	var all []*packages.Package
	for tree, pkgs := range corpus(t) {
		loaded, err := cgotest.Load(tree, pkgs...)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, loaded...)
	}
	for dir, pattern := range modules {
		cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: dir, Tests: true}
		loaded, err := packages.Load(cfg, pattern)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, loaded...) // packages with errors too: the checks run despite them
	}
	g, err := checker.Analyze(analyzers.All(), all, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []finding
	for act := range g.All() {
		if !act.IsRoot || act.Err != nil {
			continue
		}
		for _, d := range act.Diagnostics {
			p := act.Package.Fset.Position(d.Pos)
			out = append(out, finding{fmt.Sprintf("%s:%d:%d", filepath.Base(p.Filename), p.Line, p.Column), act.Analyzer.Name, d})
		}
	}
	if len(out) == 0 {
		t.Fatal("no findings on the corpus")
	}
	return out
}

// TestFindings holds every finding on the corpus to the rules of
// docs/design.md: a registered rule ID of the check that reports it, and
// a short message (none over 180 characters, the median at most 110).
func TestFindings(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the suite on all testdata")
	}
	seen := map[string]bool{}
	var lengths []int
	for _, f := range findings(t) {
		id := f.Category
		n := utf8.RuneCountInString(f.Message)
		lengths = append(lengths, n)
		if n > maxMessage {
			t.Errorf("%s: %s: a %d-character message (at most %d; the why belongs in the rule's docs): %s", f.posn, f.check, n, maxMessage, f.Message)
		}
		r, ok := rules.Lookup(id)
		switch {
		case id == "":
			t.Errorf("%s: %s: a finding without a rule ID (set Diagnostic.Category to CHECK/rule): %s", f.posn, f.check, f.Message)
		case !ok:
			if !seen[id] {
				t.Errorf("%s: %s: rule ID %q is not registered: add {%q, \"what it finds\"} to the table in internal/rules", f.posn, f.check, id, id)
			}
		case r.Check() != f.check && r.Check() != rules.Directives:
			t.Errorf("%s: %s reports rule %s, another check's", f.posn, f.check, id)
		}
		seen[id] = true
	}
	slices.Sort(lengths)
	if len(lengths) > 0 && lengths[len(lengths)/2] > medianMessage {
		t.Errorf("the median message is %d characters long, want at most %d: say what is wrong and what to do, and leave the why to the docs", lengths[len(lengths)/2], medianMessage)
	}
}

// The limits on messages: one line a CI log or an editor shows whole.
const (
	maxMessage    = checktest.MaxMessage
	medianMessage = 110
)
