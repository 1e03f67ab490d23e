package gclplugin_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/pyvet/pyvet/analyzers"
	"github.com/pyvet/pyvet/borrowedref"
	_ "github.com/pyvet/pyvet/gclplugin" // registers the plugin
	"github.com/pyvet/pyvet/internal/checktest"
)

// build does what golangci-lint does with a module plugin: look it up by
// name, hand it the raw settings (as decoded from YAML), build analyzers.
func build(t *testing.T, settings any) ([]*analysis.Analyzer, error) {
	t.Helper()
	newPlugin, err := register.GetPlugin("pyvet")
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(settings)
	if err != nil {
		return nil, err
	}
	if p.GetLoadMode() != register.LoadModeTypesInfo {
		t.Errorf("load mode %q, want %q", p.GetLoadMode(), register.LoadModeTypesInfo)
	}
	return p.BuildAnalyzers()
}

// TestPlugin: the registered plugin, with python 3.11 in its settings,
// gives borrowedref's own test expectations (which are written for 3.11),
// and leaves the package-level Analyzer as it was.
func TestPlugin(t *testing.T) {
	as, err := build(t, map[string]any{"checks": []any{"borrowedref"}, "python": "3.11"})
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 1 || as[0].Name != "borrowedref" {
		t.Fatalf("analyzers %v, want [borrowedref]", as)
	}
	if as[0] == borrowedref.Analyzer {
		t.Fatal("settings applied to the package-level Analyzer")
	}
	if v := borrowedref.Analyzer.Flags.Lookup("python").Value.String(); v != "unknown" {
		t.Errorf("package-level borrowedref -python = %s after building the plugin", v)
	}
	testdata, err := filepath.Abs(filepath.Join("..", "borrowedref", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	results := analysistest.Run(t, testdata, as[0], "a", "dictnext", "helper", "user")
	checktest.Loaded(t, results)

	// The same through the generic per-check flags.
	as, err = build(t, map[string]any{"flags": map[string]any{"borrowedref": map[string]any{"python": "3.11"}}})
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(as, func(a *analysis.Analyzer) bool { return a.Name == "borrowedref" })
	if i < 0 {
		t.Fatal("no borrowedref among the default checks")
	}
	analysistest.Run(t, testdata, as[i], "a")
}

// TestDefaults: no settings run the whole suite, unchanged: every check,
// every flag at its default.
func TestDefaults(t *testing.T) {
	var want []string
	for _, a := range analyzers.All() {
		want = append(want, a.Name)
	}
	for _, settings := range []any{nil, map[string]any{}} {
		as, err := build(t, settings)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, a := range as {
			got = append(got, a.Name)
			a.Flags.VisitAll(func(f *flag.Flag) {
				if f.Value.String() != f.DefValue {
					t.Errorf("settings %v: %s.%s = %s, want its default %s", settings, a.Name, f.Name, f.Value, f.DefValue)
				}
			})
		}
		if !slices.Equal(got, want) {
			t.Errorf("settings %v: analyzers %v, want the suite %v", settings, got, want)
		}
	}
}

// TestEveryCheckTakesSettings: the plugin builds a fresh, configurable
// instance of each check of the suite (from the registry, so a new check
// needs nothing in gclplugin).
func TestEveryCheckTakesSettings(t *testing.T) {
	for _, a := range analyzers.All() {
		as, err := build(t, map[string]any{"checks": []any{a.Name}})
		if err != nil {
			t.Fatal(err)
		}
		if len(as) != 1 || as[0] == a || as[0].Name != a.Name {
			t.Errorf("check %s: built %v, want a new instance of it", a.Name, as)
			continue
		}
		a.Flags.VisitAll(func(f *flag.Flag) {
			if as[0].Flags.Lookup(f.Name) == nil {
				t.Errorf("check %s: the plugin's instance has no flag %s", a.Name, f.Name)
			}
		})
	}
}

// TestBadSettings: a bad configuration fails when golangci-lint starts,
// saying what is wrong.
func TestBadSettings(t *testing.T) {
	for _, tc := range []struct {
		settings any
		want     string
	}{
		{map[string]any{"checks": []any{"nosuch"}}, `unknown check "nosuch"`},
		{map[string]any{"python": "3.x"}, `bad Python version "3.x"`},
		{map[string]any{"python": 3.12}, `write the version as a string`},
		{map[string]any{"pythn": "3.12"}, `unknown field "pythn"`},
		{map[string]any{"flags": map[string]any{"nosuch": map[string]any{"x": "y"}}}, `unknown check "nosuch" in flags`},
		{map[string]any{"flags": map[string]any{"borrowedref": map[string]any{"nosuch": "y"}}}, `check borrowedref has no flag "nosuch"`},
		{map[string]any{"flags": map[string]any{"borrowedref": map[string]any{"python": "three"}}}, `borrowedref.python: bad Python version`},
	} {
		_, err := build(t, tc.settings)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("settings %v: error %v, want %q", tc.settings, err, tc.want)
		}
	}
}

// TestBlockingFuncs: blocking-funcs reach a fresh blocking check's -funcs,
// and the package-level one is untouched.
func TestBlockingFuncs(t *testing.T) {
	i := slices.IndexFunc(analyzers.All(), func(a *analysis.Analyzer) bool { return a.Name == "blocking" })
	as, err := build(t, map[string]any{"blocking-funcs": []any{"example.com/q.(*Queue).Pop", "my_wait"}})
	if i < 0 {
		if err == nil || !strings.Contains(err.Error(), "no blocking check") {
			t.Errorf("blocking-funcs without a blocking check: error %v", err)
		}
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	shared := analyzers.All()[i]
	j := slices.IndexFunc(as, func(a *analysis.Analyzer) bool { return a.Name == "blocking" })
	if j < 0 || as[j] == shared {
		t.Fatalf("no fresh blocking analyzer in %v", as)
	}
	if got := as[j].Flags.Lookup("funcs").Value.String(); got != "example.com/q.(*Queue).Pop,my_wait" {
		t.Errorf("blocking -funcs = %q", got)
	}
	if got := shared.Flags.Lookup("funcs").Value.String(); got != "" {
		t.Errorf("package-level blocking -funcs = %q after building the plugin", got)
	}
}

// TestGolangciLint builds a custom golangci-lint v2.15.0 with the plugin,
// as "golangci-lint custom" would (which needs git and GitHub: here the
// module proxy stands in), runs it on a module, and checks its findings,
// //nolint:pyvet and //pyvet:ignore included. It takes minutes, so it runs
// only with PYVET_GOLANGCI=1 (.ci/steps/golangci.sh).
func TestGolangciLint(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: builds golangci-lint")
	}
	if os.Getenv("PYVET_GOLANGCI") == "" {
		t.Skip("set PYVET_GOLANGCI=1 to build golangci-lint with the plugin (.ci/steps/golangci.sh does)")
	}
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	bin := buildCustomGCL(t, root)

	t.Run("testdata", func(t *testing.T) {
		dir := copyTree(t, filepath.Join("testdata", "mod"))
		got := runGCL(t, bin, dir, `{python: "3.13"}`)
		want := marked(t, dir, regexp.MustCompile(`// flagged`))
		if !slices.Equal(got, want) {
			t.Errorf("custom golangci-lint on testdata/mod\n got: %v\nwant: %v", got, want)
		}
	})

	// --fix: golangci-lint v2.15.0 drops fixes whose edits are outside the
	// analyzed file, which for a cgo file is cgo's output (README says so),
	// so the file pyvet -fix would rewrite (Fixable) stays as it is and the
	// findings are all still reported.
	t.Run("fix", func(t *testing.T) {
		dir := copyTree(t, filepath.Join("testdata", "mod"))
		before, err := os.ReadFile(filepath.Join(dir, "py", "py.go"))
		if err != nil {
			t.Fatal(err)
		}
		got := runGCL(t, bin, dir, `{python: "3.13"}`, "--fix")
		if want := marked(t, dir, regexp.MustCompile(`// flagged`)); !slices.Equal(got, want) {
			t.Errorf("custom golangci-lint run --fix on testdata/mod\n got: %v\nwant: %v", got, want)
		}
		after, err := os.ReadFile(filepath.Join(dir, "py", "py.go"))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(before, after) {
			t.Errorf("golangci-lint --fix changed py.go: it applies pyvet's fixes now; say so in the README\n%s", after)
		}
	})

	// The bundled example, as its own module: the same findings as
	// cmd/pyvet's tests expect of pyvet itself.
	t.Run("example", func(t *testing.T) {
		dir := copyTree(t, filepath.Join(root, "example"))
		writeFile(t, filepath.Join(dir, "go.mod"), "module github.com/pyvet/pyvet/example\n\ngo 1.26.0\n")
		got, related := runGCLRelated(t, bin, dir, "")
		want := marked(t, dir, regexp.MustCompile(`// flagged: \w+`))
		if !slices.Equal(got, want) {
			t.Errorf("custom golangci-lint on the example\n got: %v\nwant: %v", got, want)
		}
		// golangci-lint shows each Related position as an issue of its own:
		// the outer Begin of the nested section, the return the Ensure is
		// left open on.
		if want := []string{"py.go:146", "worker.go:23"}; !slices.Equal(related, want) {
			t.Errorf("related positions on the example\n got: %v\nwant: %v", related, want)
		}
	})
}

// buildCustomGCL builds golangci-lint's own main (cmd/golangci-lint: main.go
// as released, plugins.go as "golangci-lint custom" writes it) in a module
// that requires golangci-lint v2.15.0 and replaces pyvet with root.
func buildCustomGCL(t *testing.T, root string) string {
	t.Helper()
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "go.mod"), fmt.Sprintf(`module pyvet.test/custom-gcl

go 1.26.0

require (
	github.com/golangci/golangci-lint/v2 v2.15.0
	github.com/pyvet/pyvet v0.0.0
)

replace github.com/pyvet/pyvet => %s
`, root))
	// golangci-lint's main, from the module cache.
	goCmd(t, dir, "mod", "download", "github.com/golangci/golangci-lint/v2")
	gclDir := strings.TrimSpace(goCmd(t, dir, "list", "-m", "-f", "{{.Dir}}", "github.com/golangci/golangci-lint/v2"))
	src, err := os.ReadFile(filepath.Join(gclDir, "cmd", "golangci-lint", "main.go"))
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "main.go"), string(src))
	// pkg/commands/internal/imports.go's template, for one plugin.
	writeFile(t, filepath.Join(dir, "plugins.go"), "package main\n\nimport (\n\t_ \"github.com/pyvet/pyvet/gclplugin\"\n)\n")
	goCmd(t, dir, "mod", "tidy")
	bin := filepath.Join(dir, "custom-gcl")
	goCmd(t, dir, "build", "-o", bin, ".")
	return bin
}

// runGCL runs the custom binary on the module dir with pyvet enabled, with
// the README's issue settings, and returns "file:line" of its pyvet
// findings.
func runGCL(t *testing.T, bin, dir, settings string, flags ...string) []string {
	got, _ := runGCLRelated(t, bin, dir, settings, flags...)
	return got
}

// runGCLRelated runs golangci-lint like runGCL and also returns the
// positions of the issues golangci-lint makes of each finding's Related
// positions ("pyvet(related information): …").
func runGCLRelated(t *testing.T, bin, dir, settings string, flags ...string) (got, related []string) {
	t.Helper()
	if settings == "" {
		settings = "{}"
	}
	report := filepath.Join(t.TempDir(), "report.json")
	writeFile(t, filepath.Join(dir, ".golangci.yml"), `version: "2"
linters:
  default: none
  enable:
    - pyvet
  settings:
    custom:
      pyvet:
        type: module
        description: CPython C API hazards on free-threaded Python
        settings: `+settings+`
issues:
  max-issues-per-linter: 0
  max-same-issues: 0
  uniq-by-line: false
output:
  show-stats: false
  formats:
    json:
      path: `+report+`
`)
	cmd := exec.Command(bin, append(append([]string{"run"}, flags...), "./...")...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOLANGCI_LINT_CACHE="+t.TempDir(), "GOFLAGS=-mod=mod")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	// Exit code 1 means issues were found.
	if ee, ok := err.(*exec.ExitError); err != nil && (!ok || ee.ExitCode() != 1) {
		t.Fatalf("golangci-lint run: %v\nstdout:\n%s\nstderr:\n%s", err, stdout.String(), stderr.String())
	}
	var out struct {
		Issues []struct {
			FromLinter string
			Text       string
			Pos        struct {
				Filename string
				Line     int
			}
		}
	}
	data, err := os.ReadFile(report)
	if err != nil {
		t.Fatalf("golangci-lint wrote no report: %v\nstdout:\n%s\nstderr:\n%s", err, stdout.String(), stderr.String())
	}
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatalf("golangci-lint JSON: %v\n%s\nstderr:\n%s", err, data, stderr.String())
	}
	for _, is := range out.Issues {
		if is.FromLinter != "pyvet" {
			t.Errorf("issue from %s: %s", is.FromLinter, is.Text)
			continue
		}
		posn := fmt.Sprintf("%s:%d", filepath.Base(is.Pos.Filename), is.Pos.Line)
		if strings.Contains(is.Text, "(related information)") {
			related = append(related, posn)
			continue
		}
		got = append(got, posn)
	}
	slices.Sort(got)
	slices.Sort(related)
	if len(got) == 0 {
		t.Logf("stderr:\n%s", stderr.String())
	}
	return got, related
}

// marked returns "file:line" for every match of re in the .go files of dir.
func marked(t *testing.T, dir string, re *regexp.Regexp) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for i, line := range strings.Split(string(src), "\n") {
			for range re.FindAllString(line, -1) {
				out = append(out, fmt.Sprintf("%s:%d", filepath.Base(path), i+1))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) == 0 {
		t.Fatalf("no marked lines in %s", dir)
	}
	slices.Sort(out)
	return out
}

func goCmd(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return stdout.String()
}

func copyTree(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

func writeFile(t *testing.T, name, content string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
