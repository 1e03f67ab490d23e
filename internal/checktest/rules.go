package checktest

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/pyvet/pyvet/internal/rules"
)

// MaxMessage is the longest a finding's message may be, in characters: one
// line a CI log or an editor shows whole (the why is in the rule's docs).
const MaxMessage = 180

// Rules fails t unless every finding in results carries a registered rule
// ID of the check that reports it (or of the directives, "pyvet/…") and a
// one-line message of at most MaxMessage characters. It covers the testdata
// that the suite-wide analyzers.TestFindings does not load (other headers,
// _test.go files).
func Rules(t testing.TB, results []*analysistest.Result) {
	t.Helper()
	for _, res := range results {
		check := res.Pass.Analyzer.Name
		for _, d := range res.Diagnostics {
			posn := res.Pass.Fset.Position(d.Pos)
			r, ok := rules.Lookup(d.Category)
			switch {
			case !ok:
				t.Errorf("%s: %s: rule ID %q is not registered in internal/rules: %s", posn, check, d.Category, d.Message)
			case r.Check() != check && r.Check() != rules.Directives:
				t.Errorf("%s: %s reports rule %s, another check's", posn, check, d.Category)
			}
			if n := utf8.RuneCountInString(d.Message); n > MaxMessage || strings.Contains(d.Message, "\n") {
				t.Errorf("%s: %s: a %d-character message, want one line of at most %d: %s", posn, check, n, MaxMessage, d.Message)
			}
		}
	}
}
