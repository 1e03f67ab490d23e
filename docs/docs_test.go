// Package docs_test keeps the check pages honest: every check of the suite
// has a page, the page says what the check's doc.go says, and its examples
// are compiled and analyzed, so that a "bad" example is flagged by the check
// and a "good" one is not.
package docs_test

import (
	"bytes"
	"cmp"
	"flag"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/pyvet/pyvet/analyzers"
	"github.com/pyvet/pyvet/docs"
	"github.com/pyvet/pyvet/internal/cgotest"
	"github.com/pyvet/pyvet/internal/checktest"
	"github.com/pyvet/pyvet/internal/rules"
)

// pages returns each check of the suite with its page, failing t for a
// check without one.
func pages(t *testing.T) map[*analysis.Analyzer]string {
	t.Helper()
	out := map[*analysis.Analyzer]string{}
	for _, a := range analyzers.All() {
		file := a.Name + ".md"
		if _, err := os.Stat(file); err != nil {
			t.Errorf("check %s has no page docs/%s (its URL is %s)", a.Name, file, a.URL)
			continue
		}
		if !strings.HasSuffix(a.URL, "/docs/"+file) {
			t.Errorf("check %s: URL %s is not its page docs/%s", a.Name, a.URL, file)
		}
		out[a] = file
	}
	return out
}

// TestExamples compiles every example of every page and of every check's
// doc.go (what pyvet help prints) and runs the whole suite on it, in the
// cgo-processed shape (pyvet, go vet, golangci-lint) and in the shape gopls
// gives analyzers: a bad example is flagged by its check, with its
// section's rule ID when it is in one; a good one is flagged by nothing.
func TestExamples(t *testing.T) {
	tree := t.TempDir()
	all := examples(t, "suppression", "suppression.md")
	for a, file := range pages(t) {
		for src, exs := range map[string][]*example{"docs/" + file: examples(t, a.Name, file), a.Name + "/doc.go": docExamples(t, a.Name)} {
			nbad := 0
			for _, ex := range exs {
				if ex.bad {
					nbad++
				}
			}
			if nbad == 0 || nbad == len(exs) {
				t.Errorf("%s: want at least one bad and one good example, have %d and %d", src, nbad, len(exs)-nbad)
			}
			all = append(all, exs...)
		}
	}
	if len(all) == 0 {
		t.Fatal("no examples")
	}
	var paths []string
	for i, ex := range all {
		ex.write(t, tree, i)
		paths = append(paths, ex.pkg)
	}

	cooked, err := cgotest.Load(tree, paths...)
	if err != nil {
		t.Fatalf("the examples do not compile: %v", err)
	}
	typed, failed, err := checktest.LoadShape(tree, checktest.Gopls, paths...)
	if err != nil {
		t.Fatal(err)
	}
	for _, ex := range all {
		if failed[ex.pkg] != nil && !strings.Contains(ex.code, "//export ") {
			t.Errorf("%s: gopls shape: %v", ex.where(), failed[ex.pkg])
		}
	}
	for shape, pkgs := range map[string][]*packages.Package{"cgo-processed": cooked, "gopls": typed} {
		for _, p := range pkgs {
			ex := all[slices.IndexFunc(all, func(ex *example) bool { return ex.pkg == p.PkgPath })]
			checkExample(t, shape, ex, p)
		}
	}
}

// checkExample runs the suite on the example's package p.
func checkExample(t *testing.T, shape string, ex *example, p *packages.Package) {
	t.Helper()
	g, err := checker.Analyze(ex.suite(t), []*packages.Package{p}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	flagged := false
	for _, act := range g.Roots {
		if act.Err != nil {
			t.Errorf("%s (%s): %v", ex.where(), shape, act.Err)
		}
		for _, d := range act.Diagnostics {
			line := ex.line + p.Fset.Position(d.Pos).Line - ex.offset
			got = append(got, fmt.Sprintf("%s:%d: %s: %s (%s)", ex.file, line, act.Analyzer.Name, d.Message, d.Category))
			if ex.rule != "" && d.Category == ex.rule || ex.rule == "" && act.Analyzer.Name == ex.check {
				flagged = true
			}
		}
	}
	want := cmp.Or(ex.rule, ex.check)
	switch {
	case ex.bad && !flagged:
		t.Errorf("%s (%s): the bad example is not flagged by %s:\n%s", ex.where(), shape, want, strings.Join(got, "\n"))
	case !ex.bad && len(got) > 0:
		t.Errorf("%s (%s): the good example is flagged:\n%s", ex.where(), shape, strings.Join(got, "\n"))
	}
}

var apiRE = regexp.MustCompile(`\bPy[A-Za-z]*_[A-Za-z_]+\b`)

// TestPagesAgreeWithDoc: a page is the long form of its check's doc.go (which
// pyvet help CHECK prints): it repeats the title, every C API name the doc
// names, and every flag of the check.
func TestPagesAgreeWithDoc(t *testing.T) {
	for a, file := range pages(t) {
		page, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		title, _, _ := strings.Cut(a.Doc, "\n")
		title = strings.TrimPrefix(title, a.Name+": ")
		if !bytes.Contains(page, []byte(title)) {
			t.Errorf("docs/%s does not state the check's title %q", file, title)
		}
		for _, name := range slices.Compact(slices.Sorted(slices.Values(apiRE.FindAllString(a.Doc, -1)))) {
			if !bytes.Contains(page, []byte(name)) {
				t.Errorf("docs/%s does not mention %s, which %s's doc.go does", file, name, a.Name)
			}
		}
		a.Flags.VisitAll(func(f *flag.Flag) {
			if !bytes.Contains(page, []byte("-"+a.Name+"."+f.Name)) {
				t.Errorf("docs/%s does not document the flag -%s.%s", file, a.Name, f.Name)
			}
		})
		for _, want := range []string{"## Since", "## Options", "docs.python.org"} {
			if !bytes.Contains(page, []byte(want)) {
				t.Errorf("docs/%s lacks %q", file, want)
			}
		}
	}
}

// TestRuleSections: every rule ID has a section in its page, headed by the
// ID, with at least one bad and one good example (TestExamples runs them).
func TestRuleSections(t *testing.T) {
	for _, r := range rules.All() {
		page := strings.TrimPrefix(r.Page(), "docs/")
		exs := examples(t, strings.TrimSuffix(page, ".md"), page)
		bad, good := 0, 0
		for _, ex := range exs {
			if ex.rule == r.ID && ex.bad {
				bad++
			} else if ex.rule == r.ID {
				good++
			}
		}
		if _, ok := docs.Section(page, r.ID); !ok {
			t.Errorf("%s has no section \"### %s\" in %s", r.ID, r.ID, r.Page())
		} else if bad == 0 || good == 0 {
			t.Errorf("%s: its section in %s has %d bad and %d good examples, want at least one of each", r.ID, r.Page(), bad, good)
		}
	}
}
