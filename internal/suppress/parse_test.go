package suppress

import (
	"slices"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		text     string
		names    []string
		problem  string // substring; "" for a valid directive
		reporter string
	}{
		{" borrowedref -- private list", []string{"borrowedref"}, "", "borrowedref"},
		{"\tborrowedref,gilstate --private", []string{"borrowedref", "gilstate"}, "", "borrowedref"},
		{" gilstate,borrowedref -- r // note", []string{"gilstate", "borrowedref"}, "", "gilstate"},
		{" osthread/late-lock -- r", []string{"osthread/late-lock"}, "", "osthread"},
		{" borrowedref", []string{"borrowedref"}, "no reason, so it suppresses nothing; write //pyvet:ignore CHECK -- reason", "borrowedref"},
		{" borrowedref --", []string{"borrowedref"}, "an empty reason", "borrowedref"},
		{" borrowedref --   // only a comment", []string{"borrowedref"}, "an empty reason", "borrowedref"},
		{" borrowedref because", []string{"borrowedref"}, "no reason", "borrowedref"},
		{" osthred -- r", []string{"osthred"}, `pyvet:ignore has unknown check "osthred" (did you mean osthread?), so it suppresses nothing`, "osthread"},
		{" osthread/late-lok -- r", []string{"osthread/late-lok"}, `unknown rule "osthread/late-lok" (did you mean osthread/late-lock?)`, "osthread"},
		{" pyvet/bad-directive -- r", []string{"pyvet/bad-directive"}, `unknown rule "pyvet/bad-directive"`, ""},
		{" nosuch,critsecnest -- r", []string{"nosuch", "critsecnest"}, `unknown check "nosuch"`, "critsecnest"},
		{" blockin", []string{"blockin"}, "unknown check \"blockin\" (did you mean blocking?) and no reason", "blocking"},
		{"", nil, "names no check", "borrowedref"},
		{" -- r", nil, "names no check", "borrowedref"},
	} {
		d := parse(tc.text, Prefix)
		if tc.reporter == "" {
			tc.reporter = d.reporter // whichever check is nearest
		}
		if !slices.Equal(d.names, tc.names) || d.reporter != tc.reporter || d.reporter == "" ||
			(tc.problem == "") != (d.problem == "") || !strings.Contains(d.problem, tc.problem) {
			t.Errorf("parse(%q) = names %q, reporter %q, problem %q; want %q, %q, %q",
				tc.text, d.names, d.reporter, d.problem, tc.names, tc.reporter, tc.problem)
		}
		if d.problem != "" && d.category != BadDirective {
			t.Errorf("parse(%q): category %q, want %s", tc.text, d.category, BadDirective)
		}
	}
}

// TestParseComment: which comments are directives, which are reported as
// look-alikes, and which are ordinary comments.
func TestParseComment(t *testing.T) {
	for text, want := range map[string]string{
		"//pyvet:ignore borrowedref -- r":      "directive",
		"//pyvet:file-ignore gilstate -- r":    "file",
		"//pyvet:ignorefoo borrowedref -- r":   "none",
		"// pyvet:ignore borrowedref -- r":     UnrecognisedDirective,
		"//\tpyvet:file-ignore gilstate -- r":  UnrecognisedDirective,
		"// pyvet:ignore":                      UnrecognisedDirective,
		"// pyvet:borrowedref":                 "none", // proof/ markers
		"// want `pyvet:ignore has no reason`": "none",
		"//\t//pyvet:ignore CHECK -- reason":   "none", // a directive quoted in a doc comment
		"/* pyvet:ignore borrowedref -- r */":  "none",
	} {
		d := parseComment(text)
		got := "none"
		switch {
		case d == nil:
		case d.category == UnrecognisedDirective && d.problem != "":
			got = UnrecognisedDirective
			if !strings.Contains(d.problem, "is not a directive") || !strings.Contains(d.problem, "no space") {
				t.Errorf("%q: problem %q", text, d.problem)
			}
		case d.wholeFile:
			got = "file"
		default:
			got = "directive"
		}
		if got != want {
			t.Errorf("parseComment(%q) = %s, want %s", text, got, want)
		}
	}
	if d := parseComment("// pyvet:ignore gilstate -- r"); d.reporter != "gilstate" {
		t.Errorf("a look-alike naming gilstate is reported by %s", d.reporter)
	}
}

func TestCovers(t *testing.T) {
	d := &directive{line: 10, alone: true, names: []string{"borrowedref"}}
	covers := func(check, rule string, line int) bool {
		_, ok := d.covers(check, rule, line)
		return ok
	}
	for line, want := range map[int]bool{9: false, 10: true, 11: true, 12: false} {
		if got := covers("borrowedref", "borrowedref/stored-borrow", line); got != want {
			t.Errorf("alone directive on line 10 covers line %d: %v, want %v", line, got, want)
		}
	}
	if covers("gilstate", "", 10) {
		t.Error("covers a check it does not name")
	}
	d.alone = false
	if covers("borrowedref", "", 11) {
		t.Error("trailing directive covers the next line")
	}
	d.fn = [2]int{20, 30}
	if !covers("borrowedref", "", 25) || covers("borrowedref", "", 31) {
		t.Error("function directive: wrong range")
	}
	d.wholeFile = true
	if !covers("borrowedref", "", 500) {
		t.Error("file directive does not cover the whole file")
	}
	d.wholeFile = false
	d.problem = "no reason"
	if covers("borrowedref", "", 10) || covers("borrowedref", "", 25) {
		t.Error("a bad directive suppresses")
	}

	// By rule ID: only that rule's findings, of its own check.
	d = &directive{line: 10, names: []string{"borrowedref/stored-borrow"}}
	if n, ok := d.covers("borrowedref", "borrowedref/stored-borrow", 10); !ok || n != "borrowedref/stored-borrow" {
		t.Error("a rule ID does not cover its rule's finding")
	}
	if covers("borrowedref", "borrowedref/over-release", 10) || covers("borrowedref", "", 10) {
		t.Error("a rule ID covers another rule's finding")
	}
}

// TestUnmatched: a valid directive is stale for a check when a name of that
// check suppressed nothing; the message names it.
func TestUnmatched(t *testing.T) {
	d := &directive{names: []string{"borrowedref", "gilstate/x", "osthread/late-lock"}}
	if msg := d.unmatched("borrowedref"); msg != "this //pyvet:ignore matches no borrowedref finding; remove borrowedref from it" {
		t.Errorf("unmatched: %q", msg)
	}
	if msg := d.unmatched("gilstate"); msg != "" {
		t.Errorf("an unknown rule is the bad directive's problem, not stale: %q", msg)
	}
	d.used = map[string]bool{"borrowedref": true}
	if msg := d.unmatched("borrowedref"); msg != "" {
		t.Errorf("used, yet %q", msg)
	}
	if msg := d.unmatched("osthread"); !strings.Contains(msg, "no osthread/late-lock finding") {
		t.Errorf("unmatched rule: %q", msg)
	}
	d = &directive{names: []string{"gilstate"}, wholeFile: true}
	if msg := d.unmatched("gilstate"); msg != "this //pyvet:file-ignore matches no gilstate finding; remove it" {
		t.Errorf("file directive: %q", msg)
	}
	d.problem = "no reason"
	if msg := d.unmatched("gilstate"); msg != "" {
		t.Errorf("a bad directive is reported as bad, not stale: %q", msg)
	}
}
