package main_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/pyvet/pyvet/analyzers"
	"github.com/pyvet/pyvet/internal/rules"
)

// root is the repository root, where the bundled example lives.
const root = "../.."

// flagged returns "file:line check" for every "// flagged: CHECK" comment in
// the example.
func flagged(t *testing.T) []string {
	t.Helper()
	out := marks(t, filepath.Join(root, "example"), "flagged")
	if len(out) == 0 {
		t.Fatal("no flagged lines in the example")
	}
	return out
}

// jsonDiags decodes the x/tools JSON output: package → check → diagnostics.
func jsonDiags(t *testing.T, data []byte) []string {
	t.Helper()
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal(data, &tree); err != nil {
		t.Fatalf("bad JSON: %v\n%s", err, data)
	}
	var out []string
	for _, checks := range tree {
		for check, raw := range checks {
			var diags []struct {
				Posn    string `json:"posn"`
				Message string `json:"message"`
			}
			if err := json.Unmarshal(raw, &diags); err != nil {
				t.Fatalf("%s: %s", check, raw) // an error object: the check failed
			}
			for _, d := range diags {
				file, line := posn(d.Posn)
				out = append(out, fmt.Sprintf("%s:%s %s", file, line, check))
			}
		}
	}
	slices.Sort(out)
	return out
}

// posn splits "path/file.go:12:3" into "file.go" and "12".
func posn(p string) (string, string) {
	parts := strings.Split(p, ":")
	if len(parts) < 3 {
		return p, ""
	}
	return filepath.Base(strings.Join(parts[:len(parts)-2], ":")), parts[len(parts)-2]
}

// TestExampleJSON: pyvet -json on the bundled example reports exactly the
// flagged lines, each by the check named there.
func TestExampleJSON(t *testing.T) {
	bin := pyvet(t)
	cmd := exec.Command(bin, "-json", "./example/...")
	cmd.Dir = root
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("pyvet -json: %v\n%s", err, stderr(err))
	}
	if got, want := jsonDiags(t, out), flagged(t); !slices.Equal(got, want) {
		t.Errorf("pyvet -json ./example/...\n got: %v\nwant: %v", got, want)
	}
}

var lineRE = regexp.MustCompile(`(?m)^(\S+\.go):(\d+):\d+: (.*)$`)

// TestExampleText: plain pyvet prints the same findings and exits 3, the
// x/tools code for "diagnostics reported".
func TestExampleText(t *testing.T) {
	bin := pyvet(t)
	cmd := exec.Command(bin, "./example/...")
	cmd.Dir = root
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 3 {
		t.Fatalf("pyvet ./example/...: %v (want exit status 3)\n%s", err, stderr.String())
	}
	n := len(lineRE.FindAllString(stderr.String(), -1))
	if want := len(flagged(t)); n != want {
		t.Errorf("%d findings, want %d:\n%s", n, want, stderr.String())
	}
}

// TestGoVet runs pyvet through go vet's protocol. go vet caches a tool's
// results keyed by the tool's build ID, so a freshly built pyvet never sees
// another's cache; the cached output would be the same anyway.
func TestGoVet(t *testing.T) {
	bin := pyvet(t)
	cmd := exec.Command("go", "vet", "-vettool="+bin, "-json", "./example/...")
	cmd.Dir = root
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("go vet: %v\n%s", err, stderr.String())
	}
	// go vet -json prints one JSON object per package.
	var got []string
	dec := json.NewDecoder(&stdout)
	for dec.More() {
		var obj json.RawMessage
		if err := dec.Decode(&obj); err != nil {
			t.Fatalf("go vet -json: %v\n%s", err, stdout.String())
		}
		got = append(got, jsonDiags(t, obj)...)
	}
	slices.Sort(got)
	if want := flagged(t); !slices.Equal(got, want) {
		t.Errorf("go vet -vettool=pyvet ./example/...\n got: %v\nwant: %v\nstderr:\n%s", got, want, stderr.String())
	}
}

var flagRE = regexp.MustCompile(`(?m)(?:^|[\s(])-([a-z][a-z0-9]*(?:\.[a-z0-9-]+)?)(?:=|\b)`)

// TestHelp: pyvet help CHECK prints the check's documentation, its name
// once, only flags pyvet has, and its rules; pyvet help RULE-ID prints the
// rule's section; an unknown name lists the valid ones; -h shows defaults.
func TestHelp(t *testing.T) {
	bin := pyvet(t)
	usage, err := exec.Command(bin, "-h").CombinedOutput()
	if err != nil {
		t.Fatalf("pyvet -h: %v\n%s", err, usage)
	}
	if !regexp.MustCompile(`-test\n\s+analyze test files too \(default true\)`).Match(usage) {
		t.Errorf("pyvet -h does not show -test's default:\n%s", usage)
	}
	real := map[string]bool{}
	for _, m := range regexp.MustCompile(`(?m)^  -(\S+)$`).FindAllSubmatch(usage, -1) {
		real[string(m[1])] = true
	}
	for _, a := range analyzers.All() {
		out, err := exec.Command(bin, "help", a.Name).CombinedOutput()
		if err != nil {
			t.Fatalf("pyvet help %s: %v\n%s", a.Name, err, out)
		}
		title, _, _ := strings.Cut(string(out), "\n")
		if n := len(regexp.MustCompile(`(?m)^`+a.Name+`: `).FindAll(out, -1)); n != 1 || !strings.HasPrefix(title, a.Name+": ") || strings.HasPrefix(title, a.Name+": "+a.Name+":") {
			t.Errorf("pyvet help %s: want the name once, heading the first line:\n%.300s", a.Name, out)
		}
		for _, m := range flagRE.FindAllSubmatch(out, -1) {
			if !real[string(m[1])] {
				t.Errorf("pyvet help %s mentions -%s, which is not a flag of pyvet", a.Name, m[1])
			}
		}
		for _, r := range rules.ForCheck(a.Name) {
			if !strings.Contains(string(out), r.ID) {
				t.Errorf("pyvet help %s does not list its rule %s", a.Name, r.ID)
			}
		}
	}
	if out, err := exec.Command(bin, "help", "borrowedref").CombinedOutput(); err != nil || !strings.Contains(string(out), "PyList_GetItemRef") {
		t.Errorf("help text lacks the replacement table (%v):\n%s", err, out)
	}
	if out, err := exec.Command(bin, "help", "pyvet/unmatched-directive").CombinedOutput(); err != nil || !strings.Contains(string(out), "```go bad") {
		t.Errorf("pyvet help RULE-ID does not print the rule's section (%v):\n%s", err, out)
	}
	out, err := exec.Command(bin, "help", "nosuch").CombinedOutput()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 2 {
		t.Errorf("pyvet help nosuch: %v, want exit status 2", err)
	}
	for _, a := range analyzers.All() {
		if !strings.Contains(string(out), a.Name) {
			t.Errorf("pyvet help nosuch does not list %s:\n%s", a.Name, out)
		}
	}
}

func stderr(err error) string {
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return string(exit.Stderr)
	}
	return ""
}

// TestModTidy: go mod tidy leaves go.mod and go.sum as they are (each
// requirement direct or indirect as the code uses it).
func TestModTidy(t *testing.T) {
	cmd := exec.Command("go", "mod", "tidy", "-diff")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("go mod tidy would change the module files (%v):\n%s", err, out)
	}
}
