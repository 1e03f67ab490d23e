package house

import (
	"fmt"
	"go/ast"
	"go/token"
	"slices"
	"strings"
	"testing"
)

// maxFuncLines is how long a function of the flow engine may be, from
// its func keyword to its closing brace: what a reader holds in mind.
const maxFuncLines = 80

// shortFuncPkgs are the packages held to maxFuncLines.
var shortFuncPkgs = []string{"internal/flow"}

// TestFlowFunctionsAreShort: no function (declared or literal) of the flow
// engine is longer than maxFuncLines.
func TestFlowFunctionsAreShort(t *testing.T) {
	fset := token.NewFileSet()
	for _, problem := range longFuncs(fset, repoFiles(t, fset), shortFuncPkgs) {
		t.Error(problem)
	}
}

// TestFlowFunctionsAreShortFails feeds the check a flow engine with a
// function too long, one just short enough, and a literal too long (which
// makes its function too long), and another package's long function.
func TestFlowFunctionsAreShortFails(t *testing.T) {
	body := func(n int) string { return strings.Repeat("\tx++\n", n-2) } // n lines with the func line and the brace
	fset := token.NewFileSet()
	files := parseSnippets(t, fset, map[string]string{
		"internal/flow/long.go": "package flow\n\nvar x int\n\n" +
			"func long() {\n" + body(81) + "}\n\n" +
			"func fits() {\n" + body(80) + "}\n\n" +
			"func outer() {\n\tgo func() {\n" + body(81) + "\t}()\n}\n",
		"internal/other/other.go": "package other\n\nvar x int\n\nfunc long() {\n" + body(200) + "}\n",
	})
	got := longFuncs(fset, files, shortFuncPkgs)
	want := []string{
		"internal/flow/long.go:168: outer is 83 lines long: split it (at most 80)", // the literal in it counts
		"internal/flow/long.go:169: a func literal is 81 lines long: split it (at most 80)",
		"internal/flow/long.go:5: long is 81 lines long: split it (at most 80)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("long functions of the bad snippet:\n got %q\nwant %q", got, want)
	}
}

// longFuncs returns, sorted, the functions of pkgs in files longer than
// maxFuncLines.
func longFuncs(fset *token.FileSet, files []goFile, pkgs []string) []string {
	var out []string
	for _, f := range files {
		if !slices.Contains(pkgs, f.pkg) {
			continue
		}
		ast.Inspect(f.ast, func(n ast.Node) bool {
			name := ""
			switch n := n.(type) {
			case *ast.FuncDecl:
				if n.Body == nil {
					return true
				}
				name = n.Name.Name
			case *ast.FuncLit:
				name = "a func literal"
			default:
				return true
			}
			start, end := fset.Position(n.Pos()), fset.Position(n.End())
			if lines := end.Line - start.Line + 1; lines > maxFuncLines {
				out = append(out, fmt.Sprintf("%s/%s:%d: %s is %d lines long: split it (at most %d)", f.pkg, f.name, start.Line, name, lines, maxFuncLines))
			}
			return true
		})
	}
	slices.Sort(out)
	return out
}
