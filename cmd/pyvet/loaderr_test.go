package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeTree writes files (path → content) under a new directory.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, src := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// borrowing is a cgo file with one borrowedref finding.
const borrowing = `package main

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

func first(list *C.PyObject) C.long {
	item := C.PyList_GetItem(list, 0)
	return C.PyLong_AsLong(item)
}
`

// TestLoadErrors: whatever go list reports about a package or one of its
// dependencies is printed with go's own text, whole, and pyvet exits 1 in
// every output mode, even with findings: go build would fail, so the run
// checked less than it was asked to.
func TestLoadErrors(t *testing.T) {
	cases := []struct {
		name  string
		files map[string]string
		dir   string // under the tree
		env   []string
		want  []string // in stderr
	}{{
		name: "missing go.sum entry",
		files: map[string]string{
			"go.mod":  "module example.com/app\n\ngo 1.22\n\nrequire example.com/binding v1.0.0\n",
			"main.go": "package main\n\nimport \"example.com/binding\"\n\nfunc main() { binding.Init() }\n",
		},
		want: []string{"main.go:3:8: missing go.sum entry for module providing package example.com/binding (imported by example.com/app); to add:\n\tgo get example.com/app\n"},
	}, {
		name: "unresolvable import, with a finding",
		files: map[string]string{
			"go.mod":  "module example.com/app\n\ngo 1.22\n",
			"main.go": "package main\n\nimport \"example.com/nothere/pkg\"\n\nfunc main() { pkg.F() }\n",
			"py.go":   borrowing,
		},
		want: []string{
			"main.go:3:8: no required module provides package example.com/nothere/pkg; to add it:\n\tgo get example.com/nothere/pkg\n",
			"py.go:10:10: ",
		},
	}, {
		name: "newer go directive under GOTOOLCHAIN=local",
		files: map[string]string{
			"go.mod":  "module example.com/app\n\ngo 1.99\n",
			"main.go": "package main\n\nfunc main() {}\n",
		},
		env:  []string{"GOTOOLCHAIN=local"},
		want: []string{"pyvet: go.mod requires go >= 1.99 (running go "},
	}, {
		name: "GOWORK=off in a workspace",
		files: map[string]string{
			"go.work":      "go 1.22\n\nuse (\n\t./app\n\t./lib\n)\n",
			"lib/go.mod":   "module example.com/lib\n\ngo 1.22\n",
			"lib/lib.go":   "package lib\n\nfunc F() {}\n",
			"app/go.mod":   "module example.com/app\n\ngo 1.22\n",
			"app/main.go":  "package main\n\nimport \"example.com/lib\"\n\nfunc main() { lib.F() }\n",
			"app/other.go": "package main\n",
		},
		dir:  "app",
		env:  []string{"GOWORK=off"},
		want: []string{"main.go:3:8: no required module provides package example.com/lib; to add it:\n\tgo get example.com/lib\n"},
	}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := filepath.Join(writeTree(t, c.files), c.dir)
			env := append([]string{"GOPROXY=off", "GOFLAGS=-buildvcs=false"}, c.env...)
			for _, mode := range [][]string{nil, {"-json"}, {"-sarif"}} {
				r := runPyvet(t, dir, env, append(mode, "./...")...)
				if r.code != 1 {
					t.Errorf("pyvet %v: exit %d, want 1\n%s", mode, r.code, r.stderr)
				}
				for _, w := range c.want {
					if strings.HasPrefix(w, "py.go") && mode != nil {
						continue // the finding is in the -json or -sarif output
					}
					if !strings.Contains(r.stderr, w) {
						t.Errorf("pyvet %v: stderr lacks %q:\n%s", mode, w, r.stderr)
					}
				}
				// A SARIF log even when go list failed outright (go 1.99):
				// code scanning uploads whatever the step wrote.
				if len(mode) > 0 && mode[0] == "-sarif" && !strings.Contains(r.stdout, `"executionSuccessful": false`) {
					t.Errorf("pyvet -sarif: no log marking the invocation unsuccessful:\n%s", r.stdout)
				}
			}
		})
	}
}
