package main_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// modules returns the example and every testdata module of the repository.
func modules(t *testing.T) []string {
	t.Helper()
	dirs := []string{filepath.Join(root, "example")}
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Name() == "go.mod" && strings.Contains(filepath.ToSlash(path), "/testdata/") {
			dirs = append(dirs, filepath.Dir(path))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return dirs
}

// findingSet decodes x/tools JSON trees (pyvet -json prints one, go vet
// -json one per package) into "file:line check: message" relative to
// base, leaving out the packages in skip.
func findingSet(t *testing.T, data []byte, base string, skip map[string]bool) []string {
	t.Helper()
	var out []string
	dec := json.NewDecoder(bytes.NewReader(data))
	for dec.More() {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); err != nil {
			t.Fatalf("bad JSON: %v\n%s", err, data)
		}
		for id, checks := range tree {
			if path, _, _ := strings.Cut(id, " "); skip[strings.TrimSuffix(path, "_test")] {
				continue
			}
			for check, raw := range checks {
				var diags []struct {
					Posn    string `json:"posn"`
					Message string `json:"message"`
				}
				if json.Unmarshal(raw, &diags) != nil {
					continue // an error object: the package did not type-check under go vet
				}
				for _, d := range diags {
					parts := strings.Split(d.Posn, ":")
					if len(parts) < 3 {
						t.Fatalf("bad position %q", d.Posn)
					}
					file, line := strings.Join(parts[:len(parts)-2], ":"), parts[len(parts)-2]
					if rel, err := filepath.Rel(base, file); err == nil {
						file = rel
					}
					out = append(out, fmt.Sprintf("%s:%s %s: %s", file, line, check, d.Message))
				}
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// TestVetSameFindings: go vet -vettool=pyvet and pyvet find the same things
// (file, line, check, message) in the example and in every testdata
// module: under go vet too, the package's C helpers are read and findings
// in generated files are dropped. Packages pyvet cannot fully analyze (a
// warning names them: syntax or type errors, cgo failed) are left out:
// go vet does not analyze them at all.
func TestVetSameFindings(t *testing.T) {
	bin := pyvet(t)
	for _, dir := range modules(t) {
		abs, err := filepath.Abs(dir)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(filepath.Base(dir), func(t *testing.T) {
			r := runPyvet(t, abs, nil, "-json", "./...")
			skip := map[string]bool{}
			for pkg := range warnings(r.stderr) {
				skip[pkg] = true
			}
			standalone := findingSet(t, []byte(r.stdout), abs, skip)

			cmd := exec.Command("go", "vet", "-vettool="+bin, "-json", "./...")
			cmd.Dir = abs
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			cmd.Run() // go vet fails on the packages left out
			vet := findingSet(t, stdout.Bytes(), abs, skip)
			if !slices.Equal(standalone, vet) {
				t.Errorf("pyvet and go vet disagree in %s\npyvet only:\n\t%s\ngo vet only:\n\t%s\ngo vet's stderr:\n%s", dir,
					strings.Join(minus(standalone, vet), "\n\t"), strings.Join(minus(vet, standalone), "\n\t"), stderr.String())
			}
		})
	}
}

// minus returns the elements of a that are not in b.
func minus(a, b []string) []string {
	var out []string
	for _, s := range a {
		if !slices.Contains(b, s) {
			out = append(out, s)
		}
	}
	return out
}
