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

// TestHelp: pyvet help CHECK prints the check's documentation.
func TestHelp(t *testing.T) {
	bin := pyvet(t)
	out, err := exec.Command(bin, "help", "borrowedref").CombinedOutput()
	if err != nil {
		t.Fatalf("pyvet help borrowedref: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "PyList_GetItemRef") {
		t.Errorf("help text lacks the replacement table:\n%s", out)
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
