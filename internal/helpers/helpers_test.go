package helpers_test

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/pyvet/pyvet/internal/helpers"
)

// TestPython: the predicate on the gate's testdata (blocking's), and the C
// reader runs only where it says yes: the database's C file is not read.
func TestPython(t *testing.T) {
	tree, err := filepath.Abs(filepath.Join("..", "..", "blocking", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  filepath.Join(tree, "src"),
		Env:  append(os.Environ(), "GOPATH="+tree, "GO111MODULE=off", "GOPROXY=off"),
	}
	pkgs, err := packages.Load(cfg, "glfwlike", "sqlitelike", "pyheader", "pycalls", "chelper")
	if err != nil {
		t.Fatal(err)
	}
	type got struct {
		python  bool
		helpers int
	}
	results := map[string]got{}
	probe := &analysis.Analyzer{
		Name:     "probe",
		Doc:      "probe reports helpers.Python",
		Requires: []*analysis.Analyzer{helpers.Analyzer},
		Run: func(pass *analysis.Pass) (any, error) {
			h := pass.ResultOf[helpers.Analyzer].(*helpers.Helpers)
			results[pass.Pkg.Path()] = got{h.Python(), h.Len()}
			return nil, nil
		},
	}
	if _, err := checker.Analyze([]*analysis.Analyzer{probe}, pkgs, &checker.Options{Sequential: true}); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]got{
		"glfwlike":   {false, 0},
		"sqlitelike": {false, 0}, // five C functions, none read
		"pyheader":   {true, 1},  // binding_none, from its own header
		"pycalls":    {true, 0},  // its preamble defines nothing
		"chelper":    {true, 4},
	} {
		if results[path] != want {
			t.Errorf("%s: Python() = %v with %d helpers, want %v with %d", path, results[path].python, results[path].helpers, want.python, want.helpers)
		}
	}
}
