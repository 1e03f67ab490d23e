package textedit

import (
	"go/ast"
	"go/parser"
	"go/token"
	"testing"
)

func TestDeleteLine(t *testing.T) {
	src := "package p\n\nfunc f() {\n\tg()\n\th(); g()\n}\n\nfunc g() {}\nfunc h() {}\n"
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	var calls []*ast.CallExpr
	ast.Inspect(f, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok {
			calls = append(calls, c)
		}
		return true
	})
	tf := fset.File(f.Pos())
	apply := func(e struct{ Pos, End token.Pos }) string {
		return src[:tf.Offset(e.Pos)] + src[tf.Offset(e.End):]
	}
	alone := DeleteLine([]byte(src), tf, calls[0])
	if got, want := apply(struct{ Pos, End token.Pos }{alone.Pos, alone.End}), "package p\n\nfunc f() {\n\th(); g()\n}\n\nfunc g() {}\nfunc h() {}\n"; got != want {
		t.Errorf("alone on its line:\n%s\nwant:\n%s", got, want)
	}
	shared := DeleteLine([]byte(src), tf, calls[1])
	if got, want := apply(struct{ Pos, End token.Pos }{shared.Pos, shared.End}), "package p\n\nfunc f() {\n\tg()\n\t; g()\n}\n\nfunc g() {}\nfunc h() {}\n"; got != want {
		t.Errorf("sharing its line:\n%s\nwant:\n%s", got, want)
	}
}
