package cgocall_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"github.com/pyvet/pyvet/internal/cgocall"
)

// FuzzIndex feeds the call model arbitrary Go files, in the three shapes a
// driver can hand over: as written (untyped C.f), type-checked the way
// gopls does it without cgo's declarations (FakeImportC), and cgo's own
// output (the seed corpus holds shapes.go cooked by go tool cgo). The
// model must never panic, and every call it finds must have a name and a
// node. Seeds: testdata/fuzz/FuzzIndex. Run it with
//
//	go test -run='^$' -fuzz='^FuzzIndex$' -fuzztime=20s ./internal/cgocall
func FuzzIndex(f *testing.F) {
	f.Add("package p\n\n// #include <Python.h>\nimport \"C\"\n\nfunc F(l *C.PyObject) { _ = C.PyList_GetItem(l, 0) }\n")
	f.Add("package p\n\nimport _ \"unsafe\"\n\nfunc F() { _ = (_Cfunc_PyList_GetItem)(nil, 0) }\n")
	f.Add("package p\n\nfunc F() { defer func() func() { _cgo0 := l; return func() { _cgoCheckPointer(_cgo0, nil); _Cfunc_Py_DecRef(_cgo0) }}()() }\n")
	f.Fuzz(func(t *testing.T, src string) {
		fset := token.NewFileSet()
		file, _ := parser.ParseFile(fset, "fuzz.go", src, parser.ParseComments|parser.SkipObjectResolution)
		if file == nil {
			return
		}
		check := func(x *cgocall.Index) {
			for _, c := range x.Calls() {
				if c.Name == "" || c.Node == nil {
					t.Fatalf("call without a name or node: %+v", c)
				}
				if x.Lookup(c.Node) == nil {
					t.Fatalf("Lookup(%v) = nil for an indexed call", c.Name)
				}
				_, _, _ = x.Original(c)
			}
			_ = x.UsesC()
			_ = x.Preambles()
		}
		check(cgocall.New(fset, []*ast.File{file}, nil))

		info := &types.Info{
			Types: map[ast.Expr]types.TypeAndValue{},
			Defs:  map[*ast.Ident]types.Object{},
			Uses:  map[*ast.Ident]types.Object{},
		}
		conf := types.Config{FakeImportC: true, Error: func(error) {}}
		_, _ = conf.Check("p", fset, []*ast.File{file}, info)
		check(cgocall.New(fset, []*ast.File{file}, info))
	})
}
