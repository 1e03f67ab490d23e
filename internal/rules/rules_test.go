package rules_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/pyvet/pyvet/analyzers"
	"github.com/pyvet/pyvet/internal/rules"
)

var idRE = regexp.MustCompile(`^[a-z0-9]+/[a-z0-9]+(-[a-z0-9]+)*$`)

// TestTable: every rule ID has the form CHECK/kebab-rule, names a check of
// the suite (or "pyvet", for directives), is listed once, with its check's
// other rules, and has a short description.
func TestTable(t *testing.T) {
	var names []string
	for _, a := range analyzers.All() {
		names = append(names, a.Name)
	}
	seen := map[string]bool{}
	var order []string
	for _, r := range rules.All() {
		if !idRE.MatchString(r.ID) {
			t.Errorf("%q is not CHECK/kebab-rule", r.ID)
		}
		if c := r.Check(); c != rules.Directives && !slices.Contains(names, c) {
			t.Errorf("%s: no check named %q in analyzers.All()", r.ID, c)
		}
		if seen[r.ID] {
			t.Errorf("%s is listed twice", r.ID)
		}
		seen[r.ID] = true
		if n := len(order); n == 0 || order[n-1] != r.Check() {
			if slices.Contains(order, r.Check()) {
				t.Errorf("%s: the rules of %s are not listed together", r.ID, r.Check())
			}
			order = append(order, r.Check())
		}
		if r.Short == "" || strings.HasSuffix(r.Short, ".") || len(r.Short) > 110 || strings.Contains(r.Short, "\n") {
			t.Errorf("%s: short description %q: want one line of at most 110 bytes, no period", r.ID, r.Short)
		}
		if got, ok := rules.Lookup(r.ID); !ok || got != r || !rules.Known(r.ID) {
			t.Errorf("Lookup(%q) = %v, %v", r.ID, got, ok)
		}
		if !slices.Contains(rules.ForCheck(r.Check()), r) {
			t.Errorf("ForCheck(%q) lacks %s", r.Check(), r.ID)
		}
	}
	if rules.Known("borrowedref") || rules.Known("") {
		t.Error("a check name or the empty string is a rule ID")
	}
}

func TestURL(t *testing.T) {
	r, _ := rules.Lookup("borrowedref/stored-borrow")
	if got, want := r.URL(), "https://github.com/pyvet/pyvet/blob/main/docs/borrowedref.md#borrowedrefstored-borrow"; got != want {
		t.Errorf("URL = %s, want %s", got, want)
	}
	r, _ = rules.Lookup("pyvet/bad-directive")
	if got := r.Page(); got != "docs/suppression.md" {
		t.Errorf("Page of %s = %s", r.ID, got)
	}
	if got := rules.Anchor("Why it breaks, `really`"); got != "why-it-breaks-really" {
		t.Errorf("Anchor = %q", got)
	}
}
