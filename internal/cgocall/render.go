package cgocall

import (
	"go/ast"
	"go/types"
	"strings"
)

// cgoPrefixes are the name prefixes cmd/cgo gives C entities in cooked
// files (go/types knows the same list, in call.go).
var cgoPrefixes = [...]string{"_Cfunc_", "_C2func_", "_Ctype_", "_Cmacro_", "_Cvar_", "_Ciconst_", "_Cfconst_", "_Csconst_", "_Cfpvar_fp_"}

// Render prints e as the user wrote it: cooked C calls print as C.f(…) with
// their user arguments, and cgo's _Ctype_long as C.long. Messages quote user
// code with it, never cooked code.
func (x *Index) Render(e ast.Expr) string {
	var b strings.Builder
	x.render(&b, e)
	return b.String()
}

func (x *Index) render(b *strings.Builder, e ast.Expr) {
	switch e := e.(type) {
	case *ast.Ident:
		b.WriteString(userName(e.Name))
	case *ast.CallExpr:
		if c := x.byNode[e]; c != nil {
			b.WriteString("C." + c.Name)
			x.renderList(b, c.Args)
			return
		}
		x.render(b, e.Fun)
		x.renderList(b, e.Args)
	case *ast.ParenExpr:
		b.WriteByte('(')
		x.render(b, e.X)
		b.WriteByte(')')
	case *ast.StarExpr:
		b.WriteByte('*')
		x.render(b, e.X)
	case *ast.UnaryExpr:
		b.WriteString(e.Op.String())
		x.render(b, e.X)
	case *ast.BinaryExpr:
		x.render(b, e.X)
		b.WriteString(" " + e.Op.String() + " ")
		x.render(b, e.Y)
	case *ast.SelectorExpr:
		x.render(b, e.X)
		b.WriteByte('.')
		b.WriteString(e.Sel.Name)
	case *ast.IndexExpr:
		x.render(b, e.X)
		b.WriteByte('[')
		x.render(b, e.Index)
		b.WriteByte(']')
	case *ast.SliceExpr:
		x.render(b, e.X)
		b.WriteByte('[')
		if e.Low != nil {
			x.render(b, e.Low)
		}
		b.WriteByte(':')
		if e.High != nil {
			x.render(b, e.High)
		}
		if e.Max != nil {
			b.WriteByte(':')
			x.render(b, e.Max)
		}
		b.WriteByte(']')
	case *ast.TypeAssertExpr:
		x.render(b, e.X)
		b.WriteString(".(")
		x.render(b, e.Type)
		b.WriteByte(')')
	default:
		b.WriteString(types.ExprString(e))
	}
}

func (x *Index) renderList(b *strings.Builder, args []ast.Expr) {
	b.WriteByte('(')
	for i, a := range args {
		if i > 0 {
			b.WriteString(", ")
		}
		x.render(b, a)
	}
	b.WriteByte(')')
}

func userName(name string) string {
	if !strings.HasPrefix(name, "_C") {
		return name
	}
	for _, p := range cgoPrefixes {
		if s, ok := strings.CutPrefix(name, p); ok && s != "" {
			return "C." + s
		}
	}
	return name
}
