package cgocall

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
)

// Fix edits must land in the user's file: drivers drop edits to cooked files
// (they say "Code generated … DO NOT EDIT"). So for a cooked call we parse
// the original file into the same FileSet, as x/tools' cgocall pass does, and
// find the user's C.f(…) there.

type rawFile struct {
	file *ast.File
	err  error
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
	node, err := x.findOriginal(pos.Filename, c.Name, func(call *ast.CallExpr) bool {
		p := x.fset.Position(call.Pos())
		return p.Line == pos.Line && p.Column == pos.Column
	})
	if err != nil {
		return nil, nil, err
	}
	f, _ := x.parseOriginal(pos.Filename)
	return f, node, nil
}

// findOriginal finds the call C.name(…) in the original file that match
// accepts.
func (x *Index) findOriginal(filename, name string, match func(*ast.CallExpr) bool) (*ast.CallExpr, error) {
	f, err := x.parseOriginal(filename)
	if err != nil {
		return nil, err
	}
	var found *ast.CallExpr
	ast.Inspect(f, func(n ast.Node) bool {
		if found != nil {
			return false
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		if sel, ok := call.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == name {
			if id, ok := sel.X.(*ast.Ident); ok && id.Name == "C" && match(call) {
				found = call
				return false
			}
		}
		return true
	})
	if found == nil {
		return nil, fmt.Errorf("%s: no call of C.%s in the original file", filename, name)
	}
	return found, nil
}

func (x *Index) parseOriginal(name string) (*ast.File, error) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.raw == nil {
		x.raw = map[string]*rawFile{}
	}
	if r, ok := x.raw[name]; ok {
		return r.file, r.err
	}
	src, err := os.ReadFile(name)
	var f *ast.File
	if err == nil {
		f, err = parser.ParseFile(x.fset, name, src, parser.ParseComments|parser.SkipObjectResolution)
	}
	x.raw[name] = &rawFile{f, err}
	return f, err
}

// Position is a convenience for x.Fset().Position(p).
func (x *Index) Position(p token.Pos) token.Position { return x.fset.Position(p) }
