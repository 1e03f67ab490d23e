// Package checktest holds the test helpers every pyvet check shares: proof
// that testdata was really cgo-processed against real headers, a run on the
// gopls shape, and checks that fix tests really compare.
package checktest

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/pyvet/pyvet/internal/cgotest"
)

// Loaded fails t unless every result's package type-checked without errors
// and its cgo files arrived cgo-processed. A package whose cgo failed (no
// Python.h) arrives as written, with C.f untyped, and a check that copes with
// that shape would otherwise pass its tests silently. It also holds the
// findings to the rules (see Rules).
func Loaded(t testing.TB, results []*analysistest.Result) {
	t.Helper()
	if len(results) == 0 {
		t.Fatal("no packages analyzed")
	}
	Rules(t, results)
	for _, r := range results {
		path := r.Pass.Pkg.Path()
		if len(r.Pass.TypeErrors) > 0 {
			t.Errorf("%s: type errors (are python3-dev and pkg-config installed?): %v", path, r.Pass.TypeErrors)
		}
		for _, f := range r.Pass.Files {
			for _, imp := range f.Imports {
				if imp.Path.Value == `"C"` {
					t.Errorf("%s: %s was not cgo-processed (cgo failed?)", path, r.Pass.Fset.Position(f.Package).Filename)
				}
			}
		}
	}
}

// FixesApplied fails t unless the results hold at least n suggested fixes,
// each editing a user's file, never a cgo-generated one (drivers drop those,
// and the golden comparison would then pass vacuously).
func FixesApplied(t testing.TB, results []*analysistest.Result, n int) {
	t.Helper()
	got := 0
	for _, r := range results {
		for _, d := range r.Diagnostics {
			for _, fix := range d.SuggestedFixes {
				got++
				for _, e := range fix.TextEdits {
					raw := r.Pass.Fset.PositionFor(e.Pos, false).Filename
					if !strings.HasSuffix(raw, ".go") || !strings.Contains(raw, string(filepath.Separator)+"testdata"+string(filepath.Separator)) {
						t.Errorf("fix %q edits %s, not a testdata file", fix.Message, raw)
					}
				}
			}
		}
	}
	if got < n {
		t.Errorf("%d suggested fixes, want at least %d", got, n)
	}
}

// CopyTestdata copies the packages pkgs of testdata/src into a new GOPATH
// tree and returns its root.
func CopyTestdata(t testing.TB, testdata string, pkgs ...string) string {
	t.Helper()
	dir := t.TempDir()
	for _, p := range pkgs {
		src := filepath.Join(testdata, "src", p)
		err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(src, path)
			dst := filepath.Join(dir, "src", p, rel)
			if d.IsDir() {
				return os.MkdirAll(dst, 0o755)
			}
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			return os.WriteFile(dst, b, 0o644)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// Recorder is an analysistest.Testing that records failures instead of
// failing, for tests that a wrong expectation must fail.
type Recorder struct {
	testing.TB
	mu     sync.Mutex
	errors []string
}

func (r *Recorder) Errorf(format string, args ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}

// Failed reports whether anything was recorded.
func (r *Recorder) Failed() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.errors) > 0
}

// RunTyped runs a on package pkg of the GOPATH tree testdata in the shape
// gopls gives analyzers: the user's files type-checked in cgo mode, C.f
// resolving to _Cfunc_f. It returns the diagnostics as "file:line" strings.
func RunTyped(t testing.TB, testdata string, a *analysis.Analyzer, pkg string) []string {
	t.Helper()
	f := runTyped(t, testdata, a, pkg)
	var out []string
	for _, d := range f.diags {
		pos := f.fset.Position(d.Pos)
		out = append(out, filepath.Base(pos.Filename)+":"+strconv.Itoa(pos.Line))
	}
	return out
}

// runTyped runs a on pkg in the gopls shape (see RunTyped) and returns its
// findings.
func runTyped(t testing.TB, testdata string, a *analysis.Analyzer, pkg string) findings {
	t.Helper()
	pkgs, err := cgotest.Load(testdata, pkg)
	if err != nil {
		t.Fatal(err)
	}
	p := pkgs[0]
	typed, err := cgotest.Typed(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(typed.TypeErrors) > 0 {
		t.Fatalf("typed shape: type errors: %v", typed.TypeErrors)
	}
	gp := *p // the same package, seen as gopls sees it
	gp.Fset, gp.Syntax, gp.TypesInfo, gp.Types, gp.TypeErrors = typed.Fset, typed.Files, typed.Info, typed.Types, nil
	var names []string
	for _, f := range typed.Files {
		names = append(names, typed.Fset.Position(f.Package).Filename)
	}
	gp.CompiledGoFiles = names
	g, err := checker.Analyze([]*analysis.Analyzer{a}, []*packages.Package{&gp}, nil)
	if err != nil {
		t.Fatal(err)
	}
	out := findings{fset: typed.Fset, files: names}
	for _, act := range g.Roots {
		if act.Err != nil {
			t.Fatalf("%s: %v", act, act.Err)
		}
		out.diags = append(out.diags, act.Diagnostics...)
	}
	return out
}

// WantLines returns "file:line" for every diagnostic a // want comment of
// file expects (one per quoted pattern), ignoring fact expectations.
func WantLines(t testing.TB, file string) []string {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for i, line := range strings.Split(string(src), "\n") {
		_, want, ok := strings.Cut(line, "// want ")
		if !ok {
			continue
		}
		for _, m := range regexp.MustCompile("(\\w+:)?(`[^`]*`|\"[^\"]*\")").FindAllStringSubmatch(want, -1) {
			if m[1] == "" {
				out = append(out, filepath.Base(file)+":"+strconv.Itoa(i+1))
			}
		}
	}
	return out
}

// SameLines fails t unless got and want hold the same "file:line" strings.
func SameLines(t testing.TB, got, want []string) {
	t.Helper()
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics differ\n got: %v\nwant: %v", got, want)
	}
}

// Shape names a way drivers hand a cgo package to analyzers.
type Shape int

const (
	// Gopls: the user's files type-checked in cgo mode, C.f resolving to
	// _Cfunc_f (what gopls gives analyzers).
	Gopls Shape = iota
	// Untyped: the user's files as they are when cgo failed (no Python.h):
	// import "C" unresolved, C.f untyped, the package ill-typed.
	Untyped
)

// Packages loads the packages pkgs of the GOPATH tree testdata and returns
// them in shape s, ready for checker.Analyze: each a copy of the loaded
// package (whose imports stay as loaded) with the syntax and types of the
// shape. It fails t if loading fails.
func Packages(t testing.TB, testdata string, s Shape, pkgs ...string) []*packages.Package {
	t.Helper()
	out, failed, err := LoadShape(testdata, s, pkgs...)
	if err != nil {
		t.Fatal(err)
	}
	for path, err := range failed {
		t.Errorf("%s: %v", path, err)
	}
	return out
}

// LoadShape is Packages without a testing.TB: err is a loading error, and
// failed holds the packages that could not be put in shape s, by path.
func LoadShape(testdata string, s Shape, pkgs ...string) (out []*packages.Package, failed map[string]error, err error) {
	loaded, err := cgotest.Load(testdata, pkgs...)
	if err != nil {
		return nil, nil, err
	}
	failed = map[string]error{}
	for _, p := range loaded {
		var sp *cgotest.Pkg
		var err error
		switch s {
		case Gopls:
			sp, err = cgotest.Typed(p)
			if err == nil && len(sp.TypeErrors) > 0 {
				err = fmt.Errorf("typed shape: type errors: %v", sp.TypeErrors)
			}
		case Untyped:
			sp, err = cgotest.Untyped(p)
		}
		if err != nil {
			failed[p.PkgPath] = err
			continue
		}
		cp := *p
		cp.Fset, cp.Syntax, cp.TypesInfo, cp.Types, cp.TypeErrors = sp.Fset, sp.Files, sp.Info, sp.Types, sp.TypeErrors
		cp.IllTyped = len(sp.TypeErrors) > 0
		cp.CompiledGoFiles = nil
		for _, f := range sp.Files {
			cp.CompiledGoFiles = append(cp.CompiledGoFiles, sp.Fset.Position(f.Package).Filename)
		}
		out = append(out, &cp)
	}
	return out, failed, nil
}

// WrongGoldenFails proves that a fix test really compares: it copies package
// pkg of the GOPATH tree testdata, spoils its golden file golden (a file name
// in the package) by replacing old with new, and fails t unless
// analysistest.RunWithSuggestedFixes then fails. Drivers silently drop fix
// edits to cgo's generated files, and then no golden file is compared.
func WrongGoldenFails(t testing.TB, testdata string, a *analysis.Analyzer, pkg, golden, old, new string) {
	t.Helper()
	dir := CopyTestdata(t, testdata, pkg)
	path := filepath.Join(dir, "src", filepath.FromSlash(pkg), golden)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	wrong := strings.Replace(string(b), old, new, 1)
	if wrong == string(b) {
		t.Fatalf("%s has no %q to spoil", golden, old)
	}
	if err := os.WriteFile(path, []byte(wrong), 0o644); err != nil {
		t.Fatal(err)
	}
	rec := &Recorder{TB: t}
	analysistest.RunWithSuggestedFixes(rec, dir, a, pkg)
	if !rec.Failed() {
		t.Fatal("a wrong golden file did not fail the fix test")
	}
}

// Headers points cgo at the real C headers of Python v ("3.14", "3.15") for
// the rest of t: it sets CGO_CFLAGS to the -I flags of the copy
// proof/headers.sh fetched from Debian unstable, and returns them. cgo puts
// a preamble's pkg-config flags before CGO_CFLAGS, so testdata for these
// headers includes <Python.h> with no #cgo pkg-config line, and lives in a
// GOPATH tree of its own (CHECK/testdata/headers) that the suite's other
// tests, run without these flags, do not walk.
// Headers only: those builds need a newer glibc, so nothing is linked or run
// against them. Without the download t is skipped with the reason, or fails
// when PYVET_HEADERS_REQUIRE is set (CI fetches them first).
func Headers(t testing.TB, v string) string {
	t.Helper()
	cache := os.Getenv("PYVET_CACHE")
	if cache == "" {
		cache = "/var/cache/pyvet"
	}
	dir := filepath.Join(cache, "headers-"+v)
	if _, err := os.Stat(filepath.Join(dir, ".pyvet-fetched")); err != nil {
		msg := fmt.Sprintf("Python %s headers not fetched (%v): run bash proof/headers.sh %s", v, err, v)
		if os.Getenv("PYVET_HEADERS_REQUIRE") != "" {
			t.Fatal(msg)
		}
		t.Skip("SKIP: " + msg)
	}
	inc := filepath.Join(dir, "usr", "include")
	flags := "-I" + filepath.Join(inc, "python"+v) + " -I" + inc
	t.Setenv("CGO_CFLAGS", flags)
	return flags
}

// BindingAndUser runs a on a binding package and a package that uses it,
// of the GOPATH tree testdata, in the cgo and gopls shapes: the user's
// findings must be its // want lines, and the binding must have none in the
// gopls shape. bindingRoot makes the binding a root of the cgo run too, so
// its // want facts are compared and its silence is held in that shape; a
// check whose facts on a binding shared with other checks' tests would be
// unexpected there leaves it false.
func BindingAndUser(t *testing.T, testdata string, a *analysis.Analyzer, binding, user string, bindingRoot bool) {
	t.Helper()
	roots := []string{user}
	if bindingRoot {
		roots = append(roots, binding)
	}
	Loaded(t, analysistest.Run(t, testdata, a, roots...))
	for _, p := range []string{binding, user} {
		var want []string
		if p == user {
			files, _ := filepath.Glob(filepath.Join(testdata, "src", p, "*.go"))
			for _, f := range files {
				want = append(want, WantLines(t, f)...)
			}
		}
		SameLines(t, RunTyped(t, testdata, a, p), want)
	}
}
