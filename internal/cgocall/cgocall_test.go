package cgocall_test

import (
	"fmt"
	"go/ast"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/pyvet/pyvet/internal/cgocall"
	"github.com/pyvet/pyvet/internal/cgotest"
)

// want reads the "// call NAME arg; arg" comments of the shapes package: the
// expected calls, each as "line:col NAME(args)", where col is the column of
// "C." for the n-th call on the line.
func want(t *testing.T, file string) []string {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	callRE := regexp.MustCompile(`\bC\.([A-Za-z_0-9]+)\(`)
	for i, line := range strings.Split(string(src), "\n") {
		code, comment, ok := strings.Cut(line, "// call ")
		if !ok {
			continue
		}
		locs := callRE.FindAllStringSubmatchIndex(code, -1)
		cols := map[string][]int{}
		for _, l := range locs {
			name := code[l[2]:l[3]]
			cols[name] = append(cols[name], l[0]+1)
		}
		for _, c := range strings.Split(comment, " ; call ") {
			name, args, _ := strings.Cut(strings.TrimSpace(c), " ")
			var parts []string
			if args != "" {
				parts = strings.Split(args, "; ")
			}
			if len(cols[name]) == 0 {
				t.Fatalf("%s:%d: no C.%s on the line", file, i+1, name)
			}
			col := cols[name][0]
			cols[name] = cols[name][1:]
			out = append(out, fmt.Sprintf("%d:%d %s(%s)", i+1, col, name, strings.Join(parts, ", ")))
		}
	}
	slices.Sort(out)
	return out
}

func got(x *cgocall.Index) []string {
	var out []string
	for _, c := range x.Calls() {
		p := x.Position(c.Pos)
		if filepath.Base(p.Filename) != "shapes.go" {
			continue
		}
		var args []string
		for _, a := range c.Args {
			args = append(args, x.Render(a))
		}
		out = append(out, fmt.Sprintf("%d:%d %s(%s)", p.Line, p.Column, c.Name, strings.Join(args, ", ")))
	}
	slices.Sort(out)
	return out
}

func TestShapes(t *testing.T) {
	pkgs, err := cgotest.Load(filepath.Join("testdata"), "shapes")
	if err != nil {
		t.Fatal(err) // headers missing? install python3-dev and pkg-config
	}
	p := pkgs[0]
	expect := want(t, filepath.Join("testdata", "src", "shapes", "shapes.go"))
	if len(expect) < 15 {
		t.Fatalf("only %d expectations parsed", len(expect))
	}

	typed, err := cgotest.Typed(p)
	if err != nil {
		t.Fatal(err)
	}
	untyped, err := cgotest.Untyped(p)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		pkg  *cgotest.Pkg
		form cgocall.Form
	}{
		{"cooked", cgotest.Cooked(p), cgocall.Cooked},
		{"typed", typed, cgocall.Typed},
		{"untyped", untyped, cgocall.Untyped},
	} {
		t.Run(tc.name, func(t *testing.T) {
			switch {
			case tc.form == cgocall.Untyped && len(tc.pkg.TypeErrors) == 0:
				t.Fatal("untyped package checked without errors: it was not the failed-cgo shape")
			case tc.form != cgocall.Untyped && len(tc.pkg.TypeErrors) > 0:
				t.Fatalf("type errors: %v", tc.pkg.TypeErrors)
			}
			x := cgocall.New(tc.pkg.Fset, tc.pkg.Files, tc.pkg.Info)
			if g := got(x); !slices.Equal(g, expect) {
				t.Errorf("calls differ\n got: %s\nwant: %s", strings.Join(g, "\n      "), strings.Join(expect, "\n      "))
			}
			for _, c := range x.Calls() {
				if c.Form != tc.form {
					t.Errorf("%s: form %v, want %v", c.Name, c.Form, tc.form)
				}
				if x.Lookup(c.Node) != c {
					t.Errorf("%s: Lookup(Node) does not find the call", c.Name)
				}
			}
			if !x.UsesC() {
				t.Error("UsesC = false")
			}
			if pre := x.Preambles(); len(pre) != 1 || !strings.Contains(pre[0], "static PyObject *helper") {
				t.Errorf("preambles = %q", pre)
			}
		})
	}
}

// TestErrnoAndWrappers checks the details only cooked files have.
func TestErrnoAndWrappers(t *testing.T) {
	pkgs, err := cgotest.Load("testdata", "shapes")
	if err != nil {
		t.Fatal(err)
	}
	c := cgotest.Cooked(pkgs[0])
	x := cgocall.New(c.Fset, c.Files, c.Info)
	errno, wrappers := 0, 0
	for _, call := range x.Calls() {
		if call.Errno {
			errno++
		}
	}
	for _, f := range c.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.FuncLit); ok && x.IsWrapper(lit) {
				wrappers++
			}
			return true
		})
	}
	if errno != 1 {
		t.Errorf("%d errno calls, want 1", errno)
	}
	// Calls with pointer arguments are wrapped; the deferred ones twice.
	if wrappers < 10 {
		t.Errorf("%d wrapper closures, want at least 10", wrappers)
	}
}

// TestOriginal maps cooked calls back to the user's file, for fixes.
func TestOriginal(t *testing.T) {
	pkgs, err := cgotest.Load("testdata", "shapes")
	if err != nil {
		t.Fatal(err)
	}
	c := cgotest.Cooked(pkgs[0])
	x := cgocall.New(c.Fset, c.Files, c.Info)
	n := 0
	for _, call := range x.Calls() {
		f, node, err := x.Original(call)
		if err != nil {
			t.Errorf("%s: %v", call.Name, err)
			continue
		}
		if x.Position(f.Package).Filename != x.Position(call.Pos).Filename {
			t.Errorf("%s: original file %s", call.Name, x.Position(f.Package).Filename)
		}
		if np, cp := x.Position(node.Pos()), x.Position(call.Pos); np.Line != cp.Line || np.Column != cp.Column {
			t.Errorf("%s: original node at %s, call at %s", call.Name, x.Position(node.Pos()), x.Position(call.Pos))
		}
		if x.Fset().PositionFor(node.Pos(), false).Filename != x.Position(node.Pos()).Filename {
			t.Errorf("%s: original node is in a cooked file", call.Name)
		}
		n++
	}
	if n == 0 {
		t.Fatal("no calls")
	}
}
