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
		{" borrowedref", []string{"borrowedref"}, "no reason", "borrowedref"},
		{" borrowedref --", []string{"borrowedref"}, "an empty reason", "borrowedref"},
		{" borrowedref --   // only a comment", []string{"borrowedref"}, "an empty reason", "borrowedref"},
		{" borrowedref because", []string{"borrowedref"}, "no reason", "borrowedref"},
		{" osthred -- r", []string{"osthred"}, `unknown check "osthred" (did you mean osthread?)`, "osthread"},
		{" nosuch,critsecnest -- r", []string{"nosuch", "critsecnest"}, `unknown check "nosuch"`, "critsecnest"},
		{" blockin", []string{"blockin"}, "unknown check \"blockin\" (did you mean blocking?) and no reason", "blocking"},
		{"", nil, "names no check", "borrowedref"},
		{" -- r", nil, "names no check", "borrowedref"},
	} {
		d := parse(tc.text)
		if !slices.Equal(d.names, tc.names) || d.reporter != tc.reporter ||
			(tc.problem == "") != (d.problem == "") || !strings.Contains(d.problem, tc.problem) {
			t.Errorf("parse(%q) = names %q, reporter %q, problem %q; want %q, %q, %q",
				tc.text, d.names, d.reporter, d.problem, tc.names, tc.reporter, tc.problem)
		}
	}
}

func TestCovers(t *testing.T) {
	d := &directive{line: 10, alone: true, names: []string{"borrowedref"}}
	for line, want := range map[int]bool{9: false, 10: true, 11: true, 12: false} {
		if got := d.covers("borrowedref", line); got != want {
			t.Errorf("alone directive on line 10 covers line %d: %v, want %v", line, got, want)
		}
	}
	if d.covers("gilstate", 10) {
		t.Error("covers a check it does not name")
	}
	d.alone = false
	if d.covers("borrowedref", 11) {
		t.Error("trailing directive covers the next line")
	}
	d.fn = [2]int{20, 30}
	if !d.covers("borrowedref", 25) || d.covers("borrowedref", 31) {
		t.Error("function directive: wrong range")
	}
	d.problem = "no reason"
	if d.covers("borrowedref", 10) || d.covers("borrowedref", 25) {
		t.Error("a bad directive suppresses")
	}
}
