package analyzers_test

import (
	"bufio"
	"bytes"
	"encoding/gob"
	"fmt"
	"go/types"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/pyvet/pyvet/analyzers"
	"github.com/pyvet/pyvet/internal/cgotest"
	"github.com/pyvet/pyvet/internal/checktest"
	"github.com/pyvet/pyvet/internal/suppress"
)

// The gopls contract (x/tools go/analysis/doc.go and gopls' cache/analysis.go):
// gopls shares analyzer values everywhere, type-checks the user's cgo files
// itself, runs analyzers on ill-typed packages only when they say they can,
// serializes facts with gob and compares them across runs, and talks
// JSON-RPC on stdout. These tests hold every check of the suite to it, so a
// check added to analyzers.All() is covered without changing them.

// corpus is the testdata every check of the suite is run on: each check's
// own testdata (../CHECK/testdata/src/...) and suppress's, as GOPATH trees
// and their packages, but for those written against other headers.
func corpus(t *testing.T) map[string][]string {
	t.Helper()
	trees := map[string][]string{}
	dirs := []string{filepath.Join("..", "internal", "suppress", "testdata")}
	for _, a := range analyzers.All() {
		dirs = append(dirs, filepath.Join("..", a.Name, "testdata"))
	}
	for _, dir := range dirs {
		abs, err := filepath.Abs(dir)
		if err != nil {
			t.Fatal(err)
		}
		src := filepath.Join(abs, "src")
		var pkgs []string
		filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
			if err != nil || !d.IsDir() {
				return nil
			}
			if m, _ := filepath.Glob(filepath.Join(path, "*.go")); len(m) > 0 && !otherHeaders(m) {
				rel, _ := filepath.Rel(src, path)
				pkgs = append(pkgs, filepath.ToSlash(rel))
			}
			return nil
		})
		if len(pkgs) > 0 {
			trees[abs] = pkgs
		}
	}
	if len(trees) == 0 {
		t.Fatal("no testdata found")
	}
	return trees
}

// otherHeaders reports whether a package needs the headers of another
// Python (it says checktest.Headers): its check's own test loads it so.
func otherHeaders(files []string) bool {
	for _, f := range files {
		if src, err := os.ReadFile(f); err == nil && bytes.Contains(src, []byte("checktest.Headers")) {
			return true
		}
	}
	return false
}

// outcome is what one run produced, as comparable text.
type outcome struct {
	diags []string
	facts []string
}

// analyze runs the suite on pkgs with stdout and stderr captured, and
// fails t on any error, any output, an undecodable fact or a fix gopls
// cannot show.
func analyze(t *testing.T, pkgs []*packages.Package, illTyped bool) outcome {
	t.Helper()
	suite := analyzers.All()
	var g *checker.Graph
	var err error
	out := capture(t, func() {
		g, err = checker.Analyze(suite, pkgs, &checker.Options{SanityCheck: true})
	})
	if err != nil {
		t.Fatal(err)
	}
	if out != "" {
		t.Errorf("the checks wrote to stdout/stderr (gopls talks JSON-RPC on stdout):\n%s", out)
	}
	var o outcome
	for act := range g.All() {
		if act.Err != nil {
			// On an ill-typed package, an analyzer that does not claim
			// RunDespiteErrors is skipped (gopls does the same), and so is
			// whatever requires it.
			if illTyped && (strings.Contains(act.Err.Error(), "analysis skipped due to errors") ||
				strings.Contains(act.Err.Error(), "failed prerequisites")) {
				continue
			}
			t.Errorf("%s: %v", act, act.Err)
			continue
		}
		for _, d := range act.Diagnostics {
			posn := act.Package.Fset.Position(d.Pos)
			o.diags = append(o.diags, fmt.Sprintf("%s:%d:%d %s %s: %s",
				filepath.Base(posn.Filename), posn.Line, posn.Column, act.Analyzer.Name, d.Category, d.Message))
			for _, fix := range d.SuggestedFixes {
				if len(fix.TextEdits) == 0 && d.Category == "" {
					t.Errorf("%s: %s: a fix without edits (%q) needs a Category: gopls resolves it by category", posn, act.Analyzer.Name, fix.Message)
				}
			}
		}
		for _, f := range act.AllObjectFacts() {
			roundTrip(t, f.Fact)
			o.facts = append(o.facts, fmt.Sprintf("%s %s: %T %s", act.Analyzer.Name, objString(f.Object), f.Fact, f.Fact))
		}
		for _, f := range act.AllPackageFacts() {
			roundTrip(t, f.Fact)
			o.facts = append(o.facts, fmt.Sprintf("%s %s: %T %s", act.Analyzer.Name, f.Package.Path(), f.Fact, f.Fact))
		}
	}
	slices.Sort(o.diags)
	slices.Sort(o.facts)
	o.facts = slices.Compact(o.facts) // a dependency's facts are inherited by each importer
	return o
}

func objString(obj types.Object) string {
	if obj.Pkg() == nil {
		return obj.Name()
	}
	return obj.Pkg().Path() + "." + types.ObjectString(obj, types.RelativeTo(obj.Pkg()))
}

// roundTrip fails t unless fact survives encoding/gob unchanged, as facts
// do between gopls' (and go vet's) separate analyses of each package.
func roundTrip(t *testing.T, fact analysis.Fact) {
	t.Helper()
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(fact); err != nil {
		t.Errorf("fact %T %v does not gob-encode: %v", fact, fact, err)
		return
	}
	back := reflect.New(reflect.TypeOf(fact).Elem()).Interface()
	if err := gob.NewDecoder(&buf).Decode(back); err != nil {
		t.Errorf("fact %T does not gob-decode: %v", fact, err)
		return
	}
	if !reflect.DeepEqual(back, fact) {
		t.Errorf("fact %T changes through gob: %v became %v", fact, fact, back)
	}
}

// TestGoplsShape runs the whole suite on every check's testdata in the shape
// gopls gives analyzers, twice: no error or panic, no output, facts that
// gob-encode, and identical diagnostics and facts both times.
func TestGoplsShape(t *testing.T) {
	for tree, pkgs := range corpus(t) {
		t.Run(filepath.Base(filepath.Dir(tree)), func(t *testing.T) {
			first := analyze(t, goplsShape(t, tree, pkgs), false)
			second := analyze(t, goplsShape(t, tree, pkgs), false)
			if !slices.Equal(first.diags, second.diags) {
				t.Errorf("diagnostics differ between two runs\nfirst:  %q\nsecond: %q", first.diags, second.diags)
			}
			if !slices.Equal(first.facts, second.facts) {
				t.Errorf("facts differ between two runs\nfirst:  %q\nsecond: %q", first.facts, second.facts)
			}
			if len(first.diags) == 0 {
				t.Errorf("no diagnostics on %s: the corpus exercises nothing", tree)
			}
		})
	}
}

// goplsShape loads pkgs in the gopls shape.
func goplsShape(t *testing.T, tree string, pkgs []string) []*packages.Package {
	t.Helper()
	out, failed, err := checktest.LoadShape(tree, checktest.Gopls, pkgs...)
	if err != nil {
		t.Fatal(err)
	}
	for path, err := range failed {
		t.Errorf("%s: %v", path, err)
	}
	return out
}

// TestUntypedShape runs the suite on the shape left when cgo fails (no
// Python.h): the checks that run despite errors must not fail or panic, and
// the others are skipped.
func TestUntypedShape(t *testing.T) {
	for tree, pkgs := range corpus(t) {
		t.Run(filepath.Base(filepath.Dir(tree)), func(t *testing.T) {
			analyze(t, checktest.Packages(t, tree, checktest.Untyped, pkgs...), true)
		})
	}
}

// TestAnalyzers checks each analyzer's declaration: valid, named once,
// documented with a title line, with a URL, and known to //pyvet:ignore.
func TestAnalyzers(t *testing.T) {
	suite := analyzers.All()
	if err := analysis.Validate(suite); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, a := range suite {
		if seen[a.Name] {
			t.Errorf("two checks named %s", a.Name)
		}
		seen[a.Name] = true
		if a.URL == "" {
			t.Errorf("%s: no URL", a.Name)
		}
		title, rest, _ := strings.Cut(a.Doc, "\n")
		if !strings.HasPrefix(title, a.Name+": ") || strings.HasSuffix(title, ".") {
			t.Errorf("%s: Doc's first line %q is not a title (\"%s: what it reports\", no period)", a.Name, title, a.Name)
		}
		if rest != "" && !strings.HasPrefix(rest, "\n") {
			t.Errorf("%s: Doc's title %q runs on to a second line (analysisutil.ExtractDoc wraps at 80 columns): shorten the title line of doc.go", a.Name, title)
		}
		if !suppress.Known(a.Name) {
			t.Errorf("%s: //pyvet:ignore does not know the check: add it to internal/registry", a.Name)
		}
		if !a.RunDespiteErrors {
			t.Logf("%s: not RunDespiteErrors: gopls will not run it on a package with errors", a.Name)
		}
	}
}

// capture runs f with os.Stdout, os.Stderr and the log package's output
// redirected (at the file descriptor level where the platform allows) and
// returns what was written.
func capture(t *testing.T, f func()) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan string)
	go func() {
		var b strings.Builder
		sc := bufio.NewScanner(r)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			b.WriteString(sc.Text() + "\n")
		}
		done <- b.String()
	}()
	restore := redirect(t, w)
	func() {
		defer restore()
		f()
	}()
	w.Close()
	return <-done
}

// TestSuppressionEveryCheck: //pyvet:ignore works for every check of the
// suite without the check doing anything (analyzers.Assemble applies it). For
// each check, every line of its testdata that it flags gets a directive on
// the line above, in a copy; the check then reports nothing there.
func TestSuppressionEveryCheck(t *testing.T) {
	trees := corpus(t)
	for _, a := range analyzers.All() {
		t.Run(a.Name, func(t *testing.T) {
			tree, _ := filepath.Abs(filepath.Join("..", a.Name, "testdata"))
			pkgs := trees[tree]
			if len(pkgs) == 0 {
				t.Skipf("%s has no testdata", a.Name)
			}
			before := flaggedLines(t, a, tree, pkgs)
			if len(before) == 0 {
				t.Fatalf("%s flags nothing in its testdata", a.Name)
			}
			cp := checktest.CopyTestdata(t, tree, pkgs...)
			for file, lines := range before {
				rel, err := filepath.Rel(tree, file)
				if err != nil || strings.HasPrefix(rel, "..") {
					continue // not a testdata file
				}
				target := filepath.Join(cp, rel)
				src, err := os.ReadFile(target)
				if err != nil {
					t.Fatal(err)
				}
				var out []string
				for i, line := range strings.Split(string(src), "\n") {
					if slices.Contains(lines, i+1) {
						indent := line[:len(line)-len(strings.TrimLeft(line, " \t"))]
						out = append(out, indent+"//pyvet:ignore "+a.Name+" -- suppression test")
					}
					out = append(out, line)
				}
				if err := os.WriteFile(target, []byte(strings.Join(out, "\n")), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if after := flaggedLines(t, a, cp, pkgs); len(after) > 0 {
				t.Errorf("%s still reports with //pyvet:ignore above each finding: %v", a.Name, after)
			}
		})
	}
}

// flaggedLines runs a alone on the cgo-processed packages pkgs of tree and
// returns the lines it reports, by file. A bad-directive report fails t.
func flaggedLines(t *testing.T, a *analysis.Analyzer, tree string, pkgs []string) map[string][]int {
	t.Helper()
	loaded, err := cgotest.Load(tree, pkgs...)
	if err != nil {
		t.Fatal(err)
	}
	g, err := checker.Analyze([]*analysis.Analyzer{a}, loaded, nil)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]int{}
	for _, act := range g.Roots {
		if act.Err != nil {
			t.Fatalf("%s: %v", act, act.Err)
		}
		for _, d := range act.Diagnostics {
			p := act.Package.Fset.Position(d.Pos)
			if suppress.IsDirective(d.Category) {
				t.Errorf("%s: bad directive: %s", p, d.Message)
			}
			out[p.Filename] = append(out[p.Filename], p.Line)
		}
	}
	return out
}
