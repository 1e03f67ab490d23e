package house

import (
	"fmt"
	"go/ast"
	"go/token"
	"slices"
	"testing"
)

// allowedGlobals are the package-level variables of pointer, map or slice
// type (or of a type the syntax does not show) that may stay, by
// "dir.Name", each with why it is no mutable state. Nothing changes them
// after initialisation.
var allowedGlobals = map[string]string{
	// The x/tools convention: a check package exports its Analyzer, and
	// drivers and Requires lists identify analyzers by pointer. Nothing
	// changes them: the command and the plugin build fresh instances from
	// internal/registry, and analyzers.Assemble wraps copies.
	"borrowedref.Analyzer":      "the check with default options (x/tools convention); never changed",
	"gilstate.Analyzer":         "the check with default options (x/tools convention); never changed",
	"osthread.Analyzer":         "the check (x/tools convention); never changed",
	"blocking.Analyzer":         "the check with default options (x/tools convention); never changed",
	"critsecnest.Analyzer":      "the check (x/tools convention); never changed",
	"internal/cgocall.Analyzer": "the call model's analyzer: checks require it by identity; never changed",
	"internal/helpers.Analyzer": "the C helpers' analyzer: checks require it by identity; never changed",
	"internal/flow.Analyzer":    "the flow engine's analyzer: checks require it by identity; never changed",

	// Constant tables.
	"internal/capi.loaded":                    "the C API table, built once on first use from the constant tables, read-only after",
	"internal/capi.replListGetItem":           "a row of the constant overlay table (Func.Replacement is a pointer)",
	"internal/capi.replListGETITEM":           "a row of the constant overlay table (Func.Replacement is a pointer)",
	"internal/capi.replDictGetItem":           "a row of the constant overlay table (Func.Replacement is a pointer)",
	"internal/capi.replDictGetItemWithError":  "a row of the constant overlay table (Func.Replacement is a pointer)",
	"internal/capi.replDictGetItemString":     "a row of the constant overlay table (Func.Replacement is a pointer)",
	"internal/capi.replDictSetDefault":        "a row of the constant overlay table (Func.Replacement is a pointer)",
	"internal/capi.replWeakrefGetObject":      "a row of the constant overlay table (Func.Replacement is a pointer)",
	"internal/capi.replImportAddModule":       "a row of the constant overlay table (Func.Replacement is a pointer)",
	"internal/capi.replImportAddModuleObject": "a row of the constant overlay table (Func.Replacement is a pointer)",
	"internal/capi.replCellGET":               "a row of the constant overlay table (Func.Replacement is a pointer)",
	"internal/flow.goBlocking":                "constant table of the standard library's blocking functions, only read",
}

// valueConstructors are the functions whose result, though the syntax does
// not show its type, holds no mutable state, each with why.
var valueConstructors = map[string]string{
	"regexp.MustCompile": "a compiled pattern is immutable and safe for concurrent use",
	"errors.New":         "a sentinel error, compared by identity and never changed",
	"capi.V":             "a capi.Version, a value of two ints",
}

// TestNoMutableGlobals: outside main packages, no package-level variable
// holds mutable state (a map, slice, pointer, channel or sync value) but
// those allowedGlobals lists; and every entry there still names one.
func TestNoMutableGlobals(t *testing.T) {
	fset := token.NewFileSet()
	found := map[string]bool{}
	for _, g := range mutableGlobals(fset, repoFiles(t, fset)) {
		found[g.key] = true
		if _, ok := allowedGlobals[g.key]; !ok {
			t.Errorf("%s: package-level %s is %s: pass it as a value (see docs/design.md), or add it to allowedGlobals with the reason it is a constant", g.pos, g.key, g.why)
		}
	}
	for key := range allowedGlobals {
		if !found[key] {
			t.Errorf("allowedGlobals lists %s, which is no longer a package-level variable of that kind: remove the entry", key)
		}
	}
}

// TestNoMutableGlobalsFails feeds the check a package with every kind of
// mutable global, and their constant look-alikes, as a new file would.
func TestNoMutableGlobalsFails(t *testing.T) {
	fset := token.NewFileSet()
	files := parseSnippets(t, fset, map[string]string{
		"internal/bad/bad.go": `package bad

import (
	"regexp"
	"sync"
)

type table map[string]int
type row struct{ a, b int }

var cache = map[string]int{}
var seen = make(map[string]bool)
var names []string
var list = []string{"a"}
var last *row
var current = &row{}
var fresh = new(row)
var mu sync.Mutex
var once sync.Once
var events chan int
var byName table
var computed = build()
var (
	ok1 = [...]string{"a", "b"}
	ok2 = row{1, 2}
	ok3 = regexp.MustCompile("x")
	ok4 string
	ok5 = "const-like"
	ok6 [3]int
)

func build() map[string]int { return nil }
`,
		"cmd/tool/main.go": `package main

var flags = map[string]bool{}
`,
	})
	var got []string
	for _, g := range mutableGlobals(fset, files) {
		got = append(got, g.key)
	}
	slices.Sort(got)
	want := []string{"internal/bad.byName", "internal/bad.cache", "internal/bad.computed", "internal/bad.current",
		"internal/bad.events", "internal/bad.fresh", "internal/bad.last", "internal/bad.list", "internal/bad.mu",
		"internal/bad.names", "internal/bad.once", "internal/bad.seen"}
	if !slices.Equal(got, want) {
		t.Errorf("mutable globals of the bad snippet:\n got %v\nwant %v", got, want)
	}
}

// A global is a package-level variable that may hold mutable state.
type global struct {
	key string // "dir.Name"
	why string // what kind it is
	pos token.Position
}

// mutableGlobals returns the package-level variables of files, but in main
// packages, whose type is a map, slice, pointer, channel or a sync type as
// far as the syntax shows, or whose value is a call of a function not in
// valueConstructors (its type does not show).
func mutableGlobals(fset *token.FileSet, files []goFile) []global {
	types := map[string]map[string]ast.Expr{} // dir → local type name → its definition
	for _, f := range files {
		for _, d := range f.ast.Decls {
			if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.TYPE {
				for _, s := range gd.Specs {
					ts := s.(*ast.TypeSpec)
					if types[f.pkg] == nil {
						types[f.pkg] = map[string]ast.Expr{}
					}
					types[f.pkg][ts.Name.Name] = ts.Type
				}
			}
		}
	}
	var out []global
	for _, f := range files {
		if f.ast.Name.Name == "main" {
			continue
		}
		for _, d := range f.ast.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, s := range gd.Specs {
				vs := s.(*ast.ValueSpec)
				for i, name := range vs.Names {
					why := typeKind(vs.Type, types[f.pkg], 0)
					if why == "" && i < len(vs.Values) {
						why = valueKind(vs.Values[i], types[f.pkg])
					}
					if why != "" {
						out = append(out, global{key: f.pkg + "." + name.Name, why: why, pos: fset.Position(name.Pos())})
					}
				}
			}
		}
	}
	return out
}

// typeKind says which mutable kind the type expression e is ("a map", …),
// or "" for none or nil; local holds the package's own type definitions.
func typeKind(e ast.Expr, local map[string]ast.Expr, depth int) string {
	switch e := e.(type) {
	case *ast.MapType:
		return "a map"
	case *ast.ArrayType:
		if e.Len == nil {
			return "a slice"
		}
	case *ast.StarExpr:
		return "a pointer"
	case *ast.ChanType:
		return "a channel"
	case *ast.SelectorExpr:
		if id, ok := e.X.(*ast.Ident); ok && (id.Name == "sync" || id.Name == "atomic") {
			return fmt.Sprintf("a %s.%s", id.Name, e.Sel.Name)
		}
	case *ast.Ident:
		if def, ok := local[e.Name]; ok && depth < 10 {
			return typeKind(def, local, depth+1)
		}
	case *ast.ParenExpr:
		return typeKind(e.X, local, depth)
	}
	return ""
}

// valueKind says which mutable kind the initial value e has, as far as
// its syntax shows.
func valueKind(e ast.Expr, local map[string]ast.Expr) string {
	switch e := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		return typeKind(e.Type, local, 0)
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return "a pointer"
		}
	case *ast.CallExpr:
		fun := exprString(e.Fun)
		switch fun {
		case "make":
			if len(e.Args) > 0 {
				return typeKind(e.Args[0], local, 0)
			}
		case "new":
			return "a pointer"
		}
		if _, ok := valueConstructors[fun]; ok {
			return ""
		}
		return "the result of " + fun + "(…), whose type the syntax does not show"
	}
	return ""
}

// exprString spells a function expression: f, pkg.f, or "a function".
func exprString(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		if id, ok := e.X.(*ast.Ident); ok {
			return id.Name + "." + e.Sel.Name
		}
	}
	return "a function"
}
