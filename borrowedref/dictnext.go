package borrowedref

import (
	"fmt"
	"go/ast"
	"go/token"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/pyvet/pyvet/internal/capi"
	"github.com/pyvet/pyvet/internal/cgocall"
)

// checkDictNext reports a PyDict_Next call that does not run inside a
// critical section on the same dict in the same function: Begin(&cs, d)
// before it in an enclosing block, and End(&cs) after it or deferred.
func (c *checker) checkDictNext(call *cgocall.Call) {
	if len(call.Args) == 0 {
		return
	}
	dict := c.idx.Render(call.Args[0])
	body := c.enclosingBody(call.Node)
	if body != nil && c.lockedIn(body, call.Node, dict) {
		return
	}
	c.pass.Report(analysis.Diagnostic{
		Pos:      call.Pos,
		Category: "borrowedref",
		Message: fmt.Sprintf("PyDict_Next outside a critical section on %s: it does not lock the dict, so another thread can change it "+
			"and free the borrowed key and value mid-loop on free-threaded Python; run the loop between "+
			"C.PyCriticalSection_Begin(&cs, %s) and C.PyCriticalSection_End(&cs) in this function", dict, dict),
	})
}

// enclosingBody returns the body of the user function (not a cgo wrapper)
// around n. It finds the declaration by binary search and walks only the
// branches that hold n: it runs for every PyDict_Next call.
func (c *checker) enclosingBody(n ast.Node) *ast.BlockStmt {
	for _, f := range c.pass.Files {
		if f.FileStart > n.Pos() || n.Pos() >= f.FileEnd {
			continue
		}
		i := sort.Search(len(f.Decls), func(i int) bool { return f.Decls[i].End() > n.Pos() })
		if i == len(f.Decls) {
			return nil
		}
		d, ok := f.Decls[i].(*ast.FuncDecl)
		if !ok || d.Body == nil || d.Pos() > n.Pos() {
			return nil
		}
		body := d.Body
		ast.Inspect(d.Body, func(m ast.Node) bool {
			if m == nil || m.End() <= n.Pos() || m.Pos() > n.Pos() {
				return false // n is not in here
			}
			if lit, ok := m.(*ast.FuncLit); ok && !c.idx.IsWrapper(lit) {
				body = lit.Body
			}
			return true
		})
		return body
	}
	return nil
}

// lockedIn reports whether body opens a critical section on dict before at,
// in a block that encloses at, and closes it after at or by defer.
func (c *checker) lockedIn(body *ast.BlockStmt, at ast.Node, dict string) bool {
	type section struct {
		cs    string
		begin token.Pos
		block *ast.BlockStmt
	}
	var (
		open     []section
		deferred = map[string]bool{}
		ends     = map[string][]token.Pos{}
		blocks   []*ast.BlockStmt
	)
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case nil:
			return false
		case *ast.FuncLit:
			if !c.idx.IsWrapper(n) {
				return false // another function
			}
		case *ast.BlockStmt:
			blocks = append(blocks, n)
		case *ast.DeferStmt:
			if call := c.idx.Lookup(n.Call); call != nil {
				if f := c.cpython(call.Name); f != nil && f.CritSec.IsEnd() && len(call.Args) > 0 {
					deferred[c.structName(call.Args[0])] = true
				}
			}
		case *ast.CallExpr:
			call := c.idx.Lookup(n)
			if call == nil {
				return true
			}
			f := c.cpython(call.Name)
			if f == nil || len(call.Args) == 0 {
				return true
			}
			cs := c.structName(call.Args[0])
			switch {
			case f.CritSec == capi.CritSecBegin || f.CritSec == capi.CritSecBegin2:
				for _, obj := range call.Args[1:] {
					if c.idx.Render(obj) == dict {
						open = append(open, section{cs, n.Pos(), innermost(blocks, n)})
					}
				}
			case f.CritSec.IsEnd():
				ends[cs] = append(ends[cs], n.Pos())
			}
		}
		return true
	})
	for _, s := range open {
		if s.begin >= at.Pos() || s.block == nil || !(s.block.Pos() <= at.Pos() && at.End() <= s.block.End()) {
			continue
		}
		if deferred[s.cs] {
			return true
		}
		for _, e := range ends[s.cs] {
			if e > at.End() {
				return true
			}
		}
	}
	return false
}

// innermost returns the innermost of blocks (collected in preorder) that
// contains n.
func innermost(blocks []*ast.BlockStmt, n ast.Node) *ast.BlockStmt {
	for i := len(blocks) - 1; i >= 0; i-- {
		if b := blocks[i]; b.Pos() <= n.Pos() && n.End() <= b.End() {
			return b
		}
	}
	return nil
}

// structName names a critical-section struct argument: &cs and cs are the
// same section.
func (c *checker) structName(e ast.Expr) string {
	return strings.TrimPrefix(c.idx.Render(e), "&")
}
