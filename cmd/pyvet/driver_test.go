package main_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

var full = flag.Bool("pyvet.full", false, "run the silence test over all of std and golang.org/x/tools (minutes)")

var (
	binOnce sync.Once
	binPath string
	binErr  error
)

// pyvet builds the command once for the tests of this file.
func pyvet(t *testing.T) string {
	t.Helper()
	binOnce.Do(func() {
		dir, err := os.MkdirTemp("", "pyvet-test")
		if err != nil {
			binErr = err
			return
		}
		binPath = filepath.Join(dir, "pyvet")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

func TestMain(m *testing.M) {
	flag.Parse()
	code := m.Run()
	if binPath != "" {
		os.RemoveAll(filepath.Dir(binPath))
	}
	os.Exit(code)
}

type run struct {
	stdout, stderr string
	code           int
}

// runPyvet runs the command in dir with extra environment variables.
func runPyvet(t *testing.T, dir string, env []string, args ...string) run {
	t.Helper()
	cmd := exec.Command(pyvet(t), args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		code = exit.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return run{stdout.String(), stderr.String(), code}
}

const odd = "testdata/odd"

// marked returns "file:line check" for every "// finding: CHECK" comment
// under dir.
func marked(t *testing.T, dir string) []string { return marks(t, dir, "finding") }

// marks returns "file:line check" for every "// WORD: CHECK" comment in the
// Go files under dir, sorted.
func marks(t *testing.T, dir, word string) []string {
	t.Helper()
	var out []string
	re := regexp.MustCompile(`// ` + word + `: (\w+)`)
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for i, line := range strings.Split(string(src), "\n") {
			for _, m := range re.FindAllStringSubmatch(line, -1) {
				out = append(out, fmt.Sprintf("%s:%d %s", filepath.Base(path), i+1, m[1]))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

// warnings returns the "pyvet: PKG: …" lines of stderr by package.
func warnings(stderr string) map[string][]string {
	out := map[string][]string{}
	for _, line := range strings.Split(stderr, "\n") {
		rest, ok := strings.CutPrefix(line, "pyvet: ")
		if !ok {
			continue
		}
		pkg, text, _ := strings.Cut(rest, ": ")
		out[pkg] = append(out[pkg], text)
	}
	return out
}

// TestOddInputs: a package whose cgo step fails (a header that does not
// exist), one with a syntax error and one with a type error each get one
// warning line and are still analyzed as written; the other packages get
// their findings; a generated file gets none; the exit code says
// "findings with warnings".
func TestOddInputs(t *testing.T) {
	r := runPyvet(t, odd, nil, "-json", "./...")
	if got, want := jsonDiags(t, []byte(r.stdout)), marked(t, odd); !slices.Equal(got, want) {
		t.Errorf("pyvet -json ./...\n got: %v\nwant: %v\nstderr:\n%s", got, want, r.stderr)
	}
	if r.code != 1 {
		t.Errorf("-json with warnings: exit %d, want 1", r.code)
	}

	r = runPyvet(t, odd, nil, "./...")
	if r.code != 4 {
		t.Errorf("exit %d, want 4 (findings with warnings)\n%s", r.code, r.stderr)
	}
	w := warnings(r.stderr)
	wantWarn := map[string][]string{
		// Not Python's header: no python3-dev advice (internal/driver's
		// TestCgoFailure has Python.h's).
		"example.com/odd/noheader":  {"cgo failed", "pyvet_no_such_header.h", "noheader.go:5", "CGO_CFLAGS", "as written"},
		"example.com/odd/syntaxerr": {"syntax error", "syntaxerr.go:14:7"},
		"example.com/odd/typeerr":   {"type error", "typeerr.go:14:9", "undefinedName"},
	}
	for pkg, words := range wantWarn {
		lines := w[pkg]
		if len(lines) != 1 {
			t.Errorf("%s: %d warning lines, want 1: %q", pkg, len(lines), lines)
			continue
		}
		for _, word := range words {
			if !strings.Contains(lines[0], word) {
				t.Errorf("%s: warning lacks %q: %s", pkg, word, lines[0])
			}
		}
	}
	for pkg := range w {
		if wantWarn[pkg] == nil {
			t.Errorf("unexpected warning for %s: %q", pkg, w[pkg])
		}
	}
	if strings.Contains(r.stderr, "gen/gen.go") {
		t.Errorf("a finding in a generated file:\n%s", r.stderr)
	}
	if n := len(lineRE.FindAllString(r.stderr, -1)); n != len(marked(t, odd)) {
		t.Errorf("%d findings in text, want %d:\n%s", n, len(marked(t, odd)), r.stderr)
	}
}

// TestCgoDisabled: with CGO_ENABLED=0 the example's cgo files are analyzed
// as written (one line per package says so) and their findings are still
// there; packages made only of cgo files, which go list then cannot see,
// are named as skipped (one line each).
func TestCgoDisabled(t *testing.T) {
	r := runPyvet(t, root, []string{"CGO_ENABLED=0"}, "-json", "./example/...")
	w := warnings(r.stderr)
	if l := w["github.com/pyvet/pyvet/example/pyexample"]; len(l) != 1 || !strings.Contains(l[0], "CGO_ENABLED=0") || !strings.Contains(l[0], "as written") {
		t.Errorf("pyexample: want one line about CGO_ENABLED=0, got %q", l)
	}
	skipped := map[string]bool{}
	for pkg, l := range w {
		if len(l) != 1 {
			t.Errorf("%s: %d lines, want 1: %q", pkg, len(l), l)
		}
		if strings.HasPrefix(l[0], "skipped: cgo is disabled") {
			skipped[strings.TrimPrefix(pkg, "github.com/pyvet/pyvet/")] = true
		}
	}
	var want []string
	for _, f := range flaggedPaths(t) {
		if !skipped[f.dir] {
			want = append(want, f.key)
		}
	}
	slices.Sort(want)
	if got := jsonDiags(t, []byte(r.stdout)); !slices.Equal(got, want) {
		t.Errorf("CGO_ENABLED=0 pyvet -json ./example/...\n got: %v\nwant: %v\n%s", got, want, r.stderr)
	}

	r = runPyvet(t, odd, []string{"CGO_ENABLED=0"}, "./...")
	if r.code != 4 {
		t.Errorf("exit %d, want 4\n%s", r.code, r.stderr)
	}
	w = warnings(r.stderr)
	for _, pkg := range []string{"gen", "noheader", "syntaxerr", "typeerr"} {
		if l := w["example.com/odd/"+pkg]; len(l) != 1 || !strings.HasPrefix(l[0], "skipped: cgo is disabled") {
			t.Errorf("%s: want one line saying it was skipped, got %q", pkg, l)
		}
	}
	if l := w["example.com/odd/good"]; len(l) != 1 || !strings.Contains(l[0], "as written") {
		t.Errorf("good (imported by user): want one line saying it is analyzed as written, got %q", l)
	}
}

type flaggedLine struct{ dir, key string }

// flaggedPaths is flagged with each line's package directory (relative to
// the repository root).
func flaggedPaths(t *testing.T) []flaggedLine {
	t.Helper()
	var out []flaggedLine
	re := regexp.MustCompile(`// flagged: (\w+)`)
	err := filepath.WalkDir(filepath.Join(root, "example"), func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, filepath.Dir(path))
		for i, line := range strings.Split(string(src), "\n") {
			for _, m := range re.FindAllStringSubmatch(line, -1) {
				out = append(out, flaggedLine{filepath.ToSlash(rel), fmt.Sprintf("%s:%d %s", filepath.Base(path), i+1, m[1])})
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestDeterminism: the output is byte-identical across runs and across
// GOMAXPROCS=1 and 2, in every format.
func TestDeterminism(t *testing.T) {
	cases := []struct {
		dir  string
		args []string
	}{
		{root, []string{"./example/..."}},
		{root, []string{"-json", "./example/..."}},
		{root, []string{"-sarif", "./example/..."}},
		{odd, []string{"./..."}},
		{odd, []string{"-json", "./..."}},
		{odd, []string{"-sarif", "./..."}},
	}
	for _, c := range cases {
		var first run
		for i, procs := range []string{"1", "2", "1", "2"} {
			r := runPyvet(t, c.dir, []string{"GOMAXPROCS=" + procs}, c.args...)
			if i == 0 {
				first = r
				if r.stdout+r.stderr == "" {
					t.Errorf("%s %v: no output", c.dir, c.args)
				}
				continue
			}
			if r != first {
				t.Errorf("%s %v: run %d (GOMAXPROCS=%s) differs from the first:\n--- first\n%s%s\n--- this\n%s%s",
					c.dir, c.args, i+1, procs, first.stdout, first.stderr, r.stdout, r.stderr)
			}
		}
	}
}

// TestSARIF: -sarif output validates against the SARIF 2.1.0 schema, has
// rules with help text and URI, and locates each finding in the user's
// file relative to the module root, under a rule of the check that found
// it (internal/driver's TestSARIFLog checks the fields one by one).
func TestSARIF(t *testing.T) {
	r := runPyvet(t, root, nil, "-sarif", "./example/...")
	if r.code != 0 {
		t.Fatalf("pyvet -sarif: exit %d\n%s", r.code, r.stderr)
	}
	c := jsonschema.NewCompiler()
	schema, err := c.Compile("testdata/sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(r.stdout))
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(inst); err != nil {
		t.Fatalf("SARIF output does not validate: %v\n%s", err, r.stdout)
	}

	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID      string
						Help    struct{ Text string }
						HelpURI string
					}
				}
			}
			OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
			Results            []struct {
				RuleID    string
				Level     string
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI       string
							URIBaseID string `json:"uriBaseId"`
						}
						Region struct{ StartLine int }
					}
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &log); err != nil {
		t.Fatal(err)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("%d runs", len(log.Runs))
	}
	run := log.Runs[0]
	if len(run.Tool.Driver.Rules) == 0 {
		t.Error("no rules")
	}
	for _, rule := range run.Tool.Driver.Rules {
		if rule.Help.Text == "" || !strings.HasPrefix(rule.HelpURI, "https://") {
			t.Errorf("rule %s: help %q, helpUri %q", rule.ID, rule.Help.Text, rule.HelpURI)
		}
	}
	abs, _ := filepath.Abs(root)
	if got, want := run.OriginalURIBaseIDs["SRCROOT"].URI, "file://"+filepath.ToSlash(abs)+"/"; got != want {
		t.Errorf("SRCROOT = %q, want %q", got, want)
	}
	var got []string
	for _, res := range run.Results {
		loc := res.Locations[0].PhysicalLocation
		if loc.ArtifactLocation.URIBaseID != "SRCROOT" || !strings.HasPrefix(loc.ArtifactLocation.URI, "example/") {
			t.Errorf("location %+v is not relative to the module root", loc.ArtifactLocation)
		}
		if res.Level != "warning" {
			t.Errorf("level %q", res.Level)
		}
		check, _, _ := strings.Cut(res.RuleID, "/")
		got = append(got, fmt.Sprintf("%s:%d %s", filepath.Base(loc.ArtifactLocation.URI), loc.Region.StartLine, check))
	}
	slices.Sort(got)
	if want := flagged(t); !slices.Equal(got, want) {
		t.Errorf("SARIF results\n got: %v\nwant: %v", got, want)
	}
}

// fixTree copies borrowedref's fix testdata into a new GOPATH and returns
// the package directory.
func fixTree(t *testing.T) (gopath, dir string) {
	t.Helper()
	gopath = t.TempDir()
	dir = filepath.Join(gopath, "src", "fix")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"fix.go", "fix.go.golden"} {
		b, err := os.ReadFile(filepath.Join(root, "borrowedref", "testdata", "src", "fix", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return gopath, dir
}

// TestFix: -fix rewrites the user's original file (not cgo's output) into
// exactly the golden file.
func TestFix(t *testing.T) {
	gopath, dir := fixTree(t)
	env := []string{"GO111MODULE=off", "GOPATH=" + gopath, "GOFLAGS="}
	r := runPyvet(t, dir, env, "-fix", "-borrowedref.python=3.13", ".")
	if r.code != 0 {
		t.Fatalf("pyvet -fix: exit %d\n%s", r.code, r.stderr)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "fix.go"))
	want, _ := os.ReadFile(filepath.Join(dir, "fix.go.golden"))
	if !bytes.Equal(got, want) {
		t.Errorf("fixed file differs from the golden file:\n%s", got)
	}
}

// TestDiff: -diff prints the fixes as a unified diff and writes nothing.
func TestDiff(t *testing.T) {
	gopath, dir := fixTree(t)
	env := []string{"GO111MODULE=off", "GOPATH=" + gopath, "GOFLAGS="}
	before, _ := os.ReadFile(filepath.Join(dir, "fix.go"))
	r := runPyvet(t, dir, env, "-diff", "-borrowedref.python=3.13", ".")
	if r.code != 0 {
		t.Fatalf("pyvet -diff: exit %d\n%s", r.code, r.stderr)
	}
	after, _ := os.ReadFile(filepath.Join(dir, "fix.go"))
	if !bytes.Equal(before, after) {
		t.Error("-diff changed the file")
	}
	if !strings.HasPrefix(r.stdout, "--- ") || !strings.Contains(r.stdout, "\n@@ -") {
		t.Fatalf("not a unified diff:\n%s", r.stdout)
	}
	// Applying the diff gives the golden file: check it with patch(1) when
	// there is one.
	if _, err := exec.LookPath("patch"); err != nil {
		t.Skip("no patch command")
	}
	cmd := exec.Command("patch", "-s", "-o", "-", filepath.Join(dir, "fix.go"))
	cmd.Stdin = strings.NewReader(r.stdout)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("patch: %v", err)
	}
	want, _ := os.ReadFile(filepath.Join(dir, "fix.go.golden"))
	if !bytes.Equal(out, want) {
		t.Errorf("the diff applied does not give the golden file:\n%s\ndiff:\n%s", out, r.stdout)
	}
}

// TestExitCodes: 0 for a clean package, 3 for findings.
func TestExitCodes(t *testing.T) {
	if r := runPyvet(t, odd, nil, "./plain", "./good"); r.code != 3 {
		t.Errorf("findings: exit %d, want 3\n%s", r.code, r.stderr)
	}
	if r := runPyvet(t, odd, nil, "./plain"); r.code != 0 || r.stderr != "" {
		t.Errorf("plain Go: exit %d, want 0\n%s", r.code, r.stderr)
	}
	if r := runPyvet(t, odd, nil, "./nosuchpackage"); r.code != 1 {
		t.Errorf("no such package: exit %d, want 1\n%s", r.code, r.stderr)
	}
	if r := runPyvet(t, odd, nil, "-nosuchflag", "./..."); r.code != 2 {
		t.Errorf("bad flag: exit %d, want 2\n%s", r.code, r.stderr)
	}
}

// TestSilence: no diagnostic and no error on plain Go. The short form runs
// every check on a fixed slice of the standard library type-checked from
// source (-analyze-all: as if every package could matter) and the normal
// mode on all of std; -pyvet.full runs every check on all of std and on
// golang.org/x/tools from the module cache:
//
//	go test ./cmd/pyvet -run Silence -pyvet.full -timeout 60m
func TestSilence(t *testing.T) {
	type sweep struct {
		dir  string
		args []string
	}
	sweeps := []sweep{
		{root, []string{"-test=false", "std"}},
		{root, []string{"-test=false", "-analyze-all", "net/...", "go/...", "encoding/...", "os/user", "runtime/cgo"}},
	}
	if *full {
		out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "golang.org/x/tools").Output()
		if err != nil {
			t.Fatal(err)
		}
		sweeps = append(sweeps,
			sweep{root, []string{"-analyze-all", "std"}},
			sweep{strings.TrimSpace(string(out)), []string{"-analyze-all", "./..."}},
		)
	} else if testing.Short() {
		sweeps = sweeps[:1]
	}
	for _, s := range sweeps {
		r := runPyvet(t, s.dir, nil, s.args...)
		if r.code != 0 || r.stderr != "" {
			t.Errorf("pyvet %v in %s: exit %d\n%s", s.args, s.dir, r.code, r.stderr)
		}
	}
}

// TestCgoDisabledLocks: with CGO_ENABLED=0 a cgo file analyzed as written
// may import what no other file does (runtime, for LockOSThread); the
// goroutines that lock their thread are still seen to, in both modes. The
// package has a test variant, which x/tools JSON lists the findings under
// again; the text output names each once.
func TestCgoDisabledLocks(t *testing.T) {
	dir := filepath.Join("testdata", "cgooff")
	want := marked(t, dir)
	var wantLines []string
	for _, w := range want {
		wantLines = append(wantLines, strings.Fields(w)[0])
	}
	for _, env := range []string{"CGO_ENABLED=0", "CGO_ENABLED=1"} {
		r := runPyvet(t, dir, []string{env}, "-json", "./...")
		if got := slices.Compact(jsonDiags(t, []byte(r.stdout))); !slices.Equal(got, want) {
			t.Errorf("%s pyvet -json ./...\n got: %v\nwant: %v\n%s", env, got, want, r.stderr)
		}
		r = runPyvet(t, dir, []string{env}, "./...")
		if got := textDiags(r.stderr); !slices.Equal(got, wantLines) {
			t.Errorf("%s pyvet ./...\n got: %v\nwant: %v, each once\n%s", env, got, wantLines, r.stderr)
		}
	}
}
