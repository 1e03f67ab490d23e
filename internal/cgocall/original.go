package cgocall

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
)

// Fix edits must land in the user's file: drivers drop edits to cooked files
// (they say "Code generated … DO NOT EDIT"). So for a cooked call we parse
// the original file into the same FileSet, as x/tools' cgocall pass does, and
// find the user's C.f(…) there.

type rawFile struct {
	file *ast.File
	err  error
	// calls indexes the file's C.f(…) calls once, by the line and column
	// of "C." and of their first argument, so that finding the original of
	// each cooked call does not walk the file again.
	byPos, byArg0 map[lineCol]*ast.CallExpr
}

type lineCol struct {
	name      string
	line, col int
}

// Original returns the user's file that c was written in and c's call node
// in it, with positions in Fset. For typed and untyped calls that is the
// call itself.
func (x *Index) Original(c *Call) (*ast.File, *ast.CallExpr, error) {
	if c.Form != Cooked {
		for _, f := range x.files {
			if f.Syntax.FileStart <= c.Pos && c.Pos < f.Syntax.FileEnd {
				return f.Syntax, c.Node, nil
			}
		}
		return nil, nil, fmt.Errorf("no file holds %s", x.fset.Position(c.Pos))
	}
	pos := x.fset.Position(c.Pos)
	r := x.parseOriginal(pos.Filename)
	if r.err != nil {
		return nil, nil, r.err
	}
	node := r.byPos[lineCol{c.Name, pos.Line, pos.Column}]
	if node == nil {
		return nil, nil, fmt.Errorf("%s: no call of C.%s in the original file", pos, c.Name)
	}
	return r.file, node, nil
}

func (x *Index) parseOriginal(name string) *rawFile {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.raw == nil {
		x.raw = map[string]*rawFile{}
	}
	if r, ok := x.raw[name]; ok {
		return r
	}
	r := &rawFile{byPos: map[lineCol]*ast.CallExpr{}, byArg0: map[lineCol]*ast.CallExpr{}}
	x.raw[name] = r
	src, err := x.read(name)
	if err == nil {
		r.file, err = parser.ParseFile(x.fset, name, src, parser.ParseComments|parser.SkipObjectResolution)
	}
	if err != nil {
		r.err = err
		return r
	}
	ast.Inspect(r.file, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		if name, ok := Written(call); ok {
			p := x.fset.Position(call.Fun.Pos())
			r.byPos[lineCol{name, p.Line, p.Column}] = call
			if len(call.Args) > 0 {
				a := x.fset.Position(call.Args[0].Pos())
				r.byArg0[lineCol{name, a.Line, a.Column}] = call
			}
		}
		return true
	})
	return r
}

// Written returns f for a call written C.f(…), as the user's file has it
// (the original of a cooked call, or a file of the typed and untyped
// shapes), and whether call is one. Fixes match the user's own calls with
// it; the calls the checks report come from the Index.
func Written(call *ast.CallExpr) (string, bool) { return WrittenName(call.Fun) }

// WrittenName returns N for an expression written C.N (a C function or
// type, as the user's file has it), and whether e is one.
func WrittenName(e ast.Expr) (string, bool) {
	sel, ok := e.(*ast.SelectorExpr)
	if !ok {
		return "", false
	}
	id, ok := sel.X.(*ast.Ident)
	if !ok || id.Name != "C" {
		return "", false
	}
	return sel.Sel.Name, true
}

// Position is a convenience for x.Fset().Position(p).
func (x *Index) Position(p token.Pos) token.Position { return x.fset.Position(p) }
