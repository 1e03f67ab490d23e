package critsecnest_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/pyvet/pyvet/blocking"
	"github.com/pyvet/pyvet/critsecnest"
	"github.com/pyvet/pyvet/internal/cgotest"
	"github.com/pyvet/pyvet/internal/checktest"
)

// TestBlockingReportedOnce runs blocking and critsecnest together on a
// package that blocks inside a critical section: each blocking line gets
// exactly one diagnostic, from blocking, in the cgo and gopls shapes.
func TestBlockingReportedOnce(t *testing.T) {
	testdata := analysistest.TestData()
	src, err := os.ReadFile(filepath.Join(testdata, "src", "both", "both.go"))
	if err != nil {
		t.Fatal(err)
	}
	var lines []int
	for i, l := range strings.Split(string(src), "\n") {
		if strings.Contains(l, "// blocks inside the section") {
			lines = append(lines, i+1)
		}
	}
	if len(lines) != 2 {
		t.Fatalf("found %d marked lines in both.go, want 2", len(lines))
	}
	cooked, err := cgotest.Load(testdata, "both")
	if err != nil {
		t.Fatal(err)
	}
	shapes := map[string][]*packages.Package{
		"cgo":   cooked,
		"gopls": checktest.Packages(t, testdata, checktest.Gopls, "both"),
	}
	for shape, pkgs := range shapes {
		g, err := checker.Analyze([]*analysis.Analyzer{blocking.Analyzer, critsecnest.Analyzer}, pkgs, nil)
		if err != nil {
			t.Fatal(err)
		}
		byLine := map[int][]string{}
		for _, act := range g.Roots {
			if act.Err != nil {
				t.Fatalf("%s: %s: %v", shape, act, act.Err)
			}
			for _, d := range act.Diagnostics {
				posn := act.Package.Fset.Position(d.Pos)
				if filepath.Base(posn.Filename) == "both.go" {
					byLine[posn.Line] = append(byLine[posn.Line], fmt.Sprintf("%s: %s", act.Analyzer.Name, d.Message))
				}
			}
		}
		for _, l := range lines {
			got := byLine[l]
			if len(got) != 1 || !strings.HasPrefix(got[0], "blocking: ") || !strings.Contains(got[0], "inside the critical section on cs") {
				t.Errorf("%s shape: both.go:%d: want one blocking diagnostic naming the section, got %q", shape, l, got)
			}
		}
		for l, got := range byLine {
			if !containsInt(lines, l) {
				t.Errorf("%s shape: both.go:%d: unexpected %q", shape, l, got)
			}
		}
	}
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// TestTyped runs the check on the gopls shape: the user's own files.
func TestTyped(t *testing.T) {
	for _, p := range []string{"a", "chelper", "fix", "user", "closure", "helpersec", "helperc", "pointer"} {
		got := checktest.RunTyped(t, analysistest.TestData(), critsecnest.Analyzer, p)
		want := checktest.WantLines(t, filepath.Join(analysistest.TestData(), "src", p, p+".go"))
		checktest.SameLines(t, got, want)
	}
}

// TestRelatedTyped holds the Related positions to the /* related K */
// markers in the gopls shape too (TestTyped compares lines only).
func TestRelatedTyped(t *testing.T) {
	checktest.RelatedTyped(t, analysistest.TestData(), critsecnest.Analyzer, "a", "closure", "helpersec", "helperc")
}
