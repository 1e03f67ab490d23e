package house

import (
	"fmt"
	"go/ast"
	"go/token"
	"slices"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/pyvet/pyvet/"

// machinery are the packages that model and analyze code; policy are
// those that decide what the suite does with findings and failures.
var (
	machinery = []string{"internal/cgocall", "internal/flow", "internal/helpers", "internal/capi"}
	policy    = []string{"internal/suppress", "internal/registry", "analyzers", "gclplugin"}
)

// TestMachineryKnowsNoPolicy: the machinery imports no policy package,
// directly or not, and recovers no panic: analyzers.Assemble does both,
// once, for the whole suite.
func TestMachineryKnowsNoPolicy(t *testing.T) {
	fset := token.NewFileSet()
	for _, problem := range policyLeaks(fset, repoFiles(t, fset)) {
		t.Error(problem)
	}
}

// TestMachineryKnowsNoPolicyFails feeds the check a flow engine that
// reaches suppression through a helper package, and a call model that
// recovers panics itself.
func TestMachineryKnowsNoPolicyFails(t *testing.T) {
	fset := token.NewFileSet()
	files := parseSnippets(t, fset, map[string]string{
		"internal/flow/flow.go":       "package flow\n\nimport _ \"" + module + "internal/guard\"\n",
		"internal/guard/guard.go":     "package guard\n\nimport _ \"" + module + "internal/suppress\"\n",
		"internal/suppress/s.go":      "package suppress\n",
		"internal/cgocall/cgocall.go": "package cgocall\n\nfunc run() { defer func() { recover() }() }\n",
		"internal/capi/capi.go":       "package capi\n\nimport _ \"fmt\"\n",
	})
	got := policyLeaks(fset, files)
	want := []string{
		"internal/cgocall/cgocall.go:3: internal/cgocall recovers a panic: that is the suite's policy (analyzers.Assemble)",
		"internal/flow imports internal/suppress (through internal/flow → internal/guard → internal/suppress): machinery knows no policy",
	}
	if !slices.Equal(got, want) {
		t.Errorf("policy leaks of the bad snippets:\n got %q\nwant %q", got, want)
	}
}

// policyLeaks returns, sorted, how the machinery in files reaches a
// policy package or recovers a panic.
func policyLeaks(fset *token.FileSet, files []goFile) []string {
	imports := map[string][]string{} // dir → the module's packages it imports
	var out []string
	for _, f := range files {
		for _, imp := range f.ast.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			if dep, ok := strings.CutPrefix(path, module); ok && !slices.Contains(imports[f.pkg], dep) {
				imports[f.pkg] = append(imports[f.pkg], dep)
			}
		}
		if slices.Contains(machinery, f.pkg) {
			ast.Inspect(f.ast, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok {
					if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "recover" && len(call.Args) == 0 {
						p := fset.Position(call.Pos())
						out = append(out, fmt.Sprintf("%s/%s:%d: %s recovers a panic: that is the suite's policy (analyzers.Assemble)", f.pkg, f.name, p.Line, f.pkg))
					}
				}
				return true
			})
		}
	}
	for _, m := range machinery {
		// Breadth first, so the path reported is a shortest one.
		via := map[string]string{m: ""}
		queue := []string{m}
		for len(queue) > 0 {
			p := queue[0]
			queue = queue[1:]
			if slices.Contains(policy, p) {
				path := []string{p}
				for q := via[p]; q != ""; q = via[q] {
					path = append([]string{q}, path...)
				}
				out = append(out, fmt.Sprintf("%s imports %s (through %s): machinery knows no policy", m, p, strings.Join(path, " → ")))
				continue
			}
			for _, dep := range imports[p] {
				if _, seen := via[dep]; !seen {
					via[dep] = p
					queue = append(queue, dep)
				}
			}
		}
	}
	slices.Sort(out)
	return out
}
