package main

import (
	"strings"
	"testing"
	"time"
)

// TestTargets: the goals are checked against the medians, met at the limit
// and missed above it, and a module without vettool has no vet target.
func TestTargets(t *testing.T) {
	meds := map[[2]string]measure{
		{"binding", "pyvet"}:   {wall: 110 * time.Millisecond, rss: 130},
		{"binding", "floor"}:   {wall: 100 * time.Millisecond, rss: 100},
		{"binding", vetPyvet}:  {wall: 150 * time.Millisecond},
		{"binding", vetNoop}:   {wall: 100 * time.Millisecond},
		{"binding×4", "pyvet"}: {wall: 500 * time.Millisecond, rss: 100},
		{"binding×4", "floor"}: {wall: 500 * time.Millisecond, rss: 100},
		{"embed", "pyvet"}:     {wall: 130 * time.Millisecond, rss: 100},
		{"embed", "floor"}:     {wall: 100 * time.Millisecond, rss: 100},
	}
	med := func(module, tool string) measure { return meds[[2]string{module, tool}] }
	mods := []benchModule{{name: "binding", vettool: true}, {name: "binding×4"}, {name: "embed"}}
	var b strings.Builder
	reportTargets(&b, targets(med, mods))
	for _, want := range []string{
		"| binding | wall ÷ floor | 1.10× | 1.10× | met |",
		"| binding | peak RSS ÷ floor | 1.30× | 1.20× | missed |",
		"| binding | go vet -vettool wall ÷ no-op vet tool | 1.50× | 1.10× | missed |",
		"| embed | start-up: wall − floor | +30 ms | +40 ms | met |",
		"| binding×4 | linearity: wall ÷ binding's | 4.55× | 4.40× | missed |",
		"5 of 9 targets met.",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("the targets lack %q:\n%s", want, b.String())
		}
	}
	if strings.Contains(b.String(), "| embed | go vet") {
		t.Errorf("embed has no vettool run, yet a vet target:\n%s", b.String())
	}
}
