// Package rules is the registry of pyvet's rule IDs. A rule ID names one
// kind of finding: "CHECK/rule", the check that reports it, a slash, and the
// rule's name in kebab case (borrowedref/stored-borrow). Checks put it in
// analysis.Diagnostic.Category; it becomes x/tools JSON's "category",
// SARIF's ruleId, the tag at the end of a text line, and a name
// //pyvet:ignore accepts. An ID is never reused for another rule, nor
// removed while a released pyvet reports it.
//
// Each rule is documented in its check's page (docs/CHECK.md; the "pyvet"
// rules, about directives, in docs/suppression.md) under a heading that is
// the rule ID, with a bad and a good example. Adding a rule is one entry in
// table below and that section; the tests name whatever is missing.
package rules

import (
	"slices"
	"strings"
)

// A Rule is one kind of finding.
type Rule struct {
	ID    string // "CHECK/rule"
	Short string // what the finding says is wrong, one line, no period
}

// Directives is the pseudo-check of the findings about //pyvet:ignore
// directives themselves (reported by whichever check the directive names).
const Directives = "pyvet"

// table is every rule, grouped by check, each group in its page's order.
var table = [...]Rule{
	{"borrowedref/borrowed-result", "a borrowed reference used where another thread can free it"},
	{"borrowedref/helper-borrow", "a C helper uses a borrowed reference another thread can free"},
	{"borrowedref/unlocked-iteration", "PyDict_Next or PySequence_Fast_ITEMS outside a critical section on the container"},
	{"borrowedref/stored-borrow", "a borrowed reference kept beyond the call without a reference of its own"},
	{"borrowedref/over-release", "Py_DecRef of a borrowed reference"},

	{"gilstate/unreleased-ensure", "PyGILState_Ensure or PyThreadState_Ensure without its Release on some path"},
	{"gilstate/discarded-token", "the token of an Ensure is thrown away, so it is never released"},
	{"gilstate/dropped-release-func", "the release func of a Go function that attaches is not called on some path"},
	{"gilstate/released-twice", "a thread-state token released twice, or a release func called twice"},
	{"gilstate/not-a-token", "a Release of a constant or of a variable no Ensure gave a token"},
	{"gilstate/overwritten-token", "an Ensure into a variable whose token from the previous Ensure is not yet released"},
	{"gilstate/unrestored-save", "PyEval_SaveThread without PyEval_RestoreThread on some path"},
	{"gilstate/export-returns-detached", "an //export function returns to C with no thread state attached"},
	{"gilstate/detached-call", "a C API call, direct or through a Go function, with no thread state attached"},
	{"gilstate/subinterpreter-ensure", "PyGILState_Ensure in a program with subinterpreters attaches to the main interpreter"},
	{"gilstate/unclosed-guard", "a PEP 788 interpreter guard not closed on some path: its interpreter cannot finalize"},
	{"gilstate/unclosed-view", "a PEP 788 interpreter view not closed on some path"},
	{"gilstate/guard-closed-attached", "an interpreter guard closed while a thread state attached through it is live"},
	{"gilstate/closed-twice", "an interpreter guard or view closed twice"},
	{"gilstate/soft-deprecated", "a note (off by default): PyGILState_Ensure is soft-deprecated on the target Python"},
	{"gilstate/shared-token", "a PyGILState_Ensure token stored where a second Ensure overwrites it before the Release"},

	{"blocking/attached", "a call that can block while a thread state is attached"},
	{"blocking/in-critical-section", "a call that can block while attached and inside a critical section"},
	{"blocking/mutex-lock-order", "a Go mutex locked while attached whose holder elsewhere waits to attach"},

	{"critsecnest/nested-section", "a critical section begun while another is open, which the inner one can suspend"},
	{"critsecnest/unended-section", "a critical section not ended on some path"},
	{"critsecnest/ended-twice", "a critical section ended twice"},
	{"critsecnest/end-without-begin", "an End on a struct with no section begun on it"},
	{"critsecnest/out-of-order-end", "an outer critical section ended while an inner one is still open"},
	{"critsecnest/mismatched-end", "PyCriticalSection_End for a two-object section, or PyCriticalSection2_End for a one-object one"},
	{"critsecnest/reused-struct", "a critical-section struct begun again while its section is open"},
	{"critsecnest/escaping-section", "a critical section ended in a func literal that outlives the function"},
	{"critsecnest/yield-in-section", "an iterator that runs the caller's loop body (yield) inside a critical section"},
	{"critsecnest/dropped-release-func", "the func a lock method returns to end its critical section is not called"},
	{"critsecnest/unpinned-struct", "a critical-section struct in Go memory that C keeps after the Begin, unpinned"},

	{"osthread/unlocked-goroutine", "a thread-state call on a goroutine not locked to its OS thread"},
	{"osthread/late-lock", "a thread-state call before runtime.LockOSThread in the same function"},
	{"osthread/unlocked-main", "Python initialized in main without runtime.LockOSThread in an init function"},
	{"osthread/unlocked-entry", "a thread-state call in a test, callback or stored func that starts on an unlocked goroutine"},

	{"pyvet/bad-directive", "a //pyvet:ignore directive without a reason or with an unknown name suppresses nothing"},
	{"pyvet/unmatched-directive", "a //pyvet:ignore directive matches no finding"},
	{"pyvet/unrecognised-directive", "a comment looks like a pyvet directive but is not one"},
}

// All returns every rule, grouped by check.
func All() []Rule { return slices.Clone(table[:]) }

// Lookup returns the rule with this ID.
func Lookup(id string) (Rule, bool) {
	for _, r := range table {
		if r.ID == id {
			return r, true
		}
	}
	return Rule{}, false
}

// Known reports whether id is a registered rule ID.
func Known(id string) bool {
	_, ok := Lookup(id)
	return ok
}

// Check is the check part of the rule ID.
func (r Rule) Check() string {
	check, _, _ := strings.Cut(r.ID, "/")
	return check
}

// Name is the rule part of the rule ID.
func (r Rule) Name() string {
	_, name, _ := strings.Cut(r.ID, "/")
	return name
}

// Page is the documentation page the rule's section is in, relative to
// the module root.
func (r Rule) Page() string {
	if r.Check() == Directives {
		return "docs/suppression.md"
	}
	return "docs/" + r.Check() + ".md"
}

// Anchor is the fragment of the rule's section in its page: GitHub's
// anchor for the heading "### CHECK/rule".
func (r Rule) Anchor() string { return Anchor(r.ID) }

// URL is where the rule's documentation is published.
func (r Rule) URL() string {
	return "https://github.com/pyvet/pyvet/blob/main/" + r.Page() + "#" + r.Anchor()
}

// Anchor returns the fragment GitHub gives a markdown heading: lower case,
// spaces to hyphens, punctuation other than '-' and '_' dropped.
func Anchor(heading string) string {
	var b strings.Builder
	for _, c := range strings.ToLower(strings.TrimSpace(heading)) {
		switch {
		case c == ' ':
			b.WriteByte('-')
		case c == '-' || c == '_' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			b.WriteRune(c)
		}
	}
	return b.String()
}

// ForCheck returns the rules of one check, in table order.
func ForCheck(check string) []Rule {
	var out []Rule
	for _, r := range table {
		if r.Check() == check {
			out = append(out, r)
		}
	}
	return out
}
