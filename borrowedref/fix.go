package borrowedref

import (
	"bytes"
	"go/ast"
	"go/token"
	"os"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"

	"github.com/pyvet/pyvet/internal/capi"
	"github.com/pyvet/pyvet/internal/cgocall"
)

// The fix is offered only where ownership is taken at once, so that the
// strong replacement keeps the same ownership with no window:
//
//	x := C.Py_NewRef(C.PyList_GetItem(l, i))   →  x := C.PyList_GetItemRef(l, i)
//	x := C.PyList_GetItem(l, i); C.Py_IncRef(x) →  x := C.PyList_GetItemRef(l, i)
//
// Edits go to the user's original file: drivers drop edits to cgo's files.

// newRefs return a new reference to their argument.
var newRefs = map[string]bool{"Py_NewRef": true, "Py_XNewRef": true}

// increfs take a new reference to their argument.
var increfs = map[string]bool{"Py_IncRef": true, "Py_INCREF": true, "Py_XINCREF": true, "Py_XIncRef": true}

func (c *checker) fixes(call *cgocall.Call, f *capi.Func) []analysis.SuggestedFix {
	r := f.Replacement
	if !r.DropIn || (c.target.Less(r.Added) && !c.compat) {
		return nil // the replacement would not compile for the target
	}
	_, ocall, err := c.idx.Original(call)
	if err != nil {
		return nil
	}
	sel, ok := ocall.Fun.(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	rename := analysis.TextEdit{Pos: sel.Sel.Pos(), End: sel.Sel.End(), NewText: []byte(r.Name)}
	if outer, ok := c.increfWrapping(call); ok {
		_, oouter, err := c.idx.Original(outer)
		if err != nil {
			return nil
		}
		return []analysis.SuggestedFix{{
			Message: "Call " + r.Name + " instead of " + outer.Name + "(" + f.Name + "(…))",
			TextEdits: []analysis.TextEdit{
				{Pos: oouter.Pos(), End: ocall.Pos()},
				rename,
				{Pos: ocall.End(), End: oouter.End()},
			},
		}}
	}
	if inc, _, ok := c.increfNext(call); ok {
		_, oinc, err := c.idx.Original(inc)
		if err != nil {
			return nil
		}
		return []analysis.SuggestedFix{{
			Message:   "Call " + r.Name + " and drop the " + inc.Name,
			TextEdits: []analysis.TextEdit{rename, c.deleteLine(oinc)},
		}}
	}
	return nil
}

// increfWrapping returns the Py_NewRef(…) call whose sole argument is call.
func (c *checker) increfWrapping(call *cgocall.Call) (*cgocall.Call, bool) {
	for _, outer := range c.idx.Calls() {
		if newRefs[outer.Name] && len(outer.Args) == 1 && outer.Args[0] == ast.Expr(call.Node) {
			return outer, true
		}
	}
	return nil, false
}

// increfNext matches x := call (or x = call) directly followed by
// C.Py_IncRef(x), and returns that incref.
func (c *checker) increfNext(call *cgocall.Call) (*cgocall.Call, *ast.AssignStmt, bool) {
	for _, f := range c.pass.Files {
		if f.FileStart > call.Node.Pos() || call.Node.Pos() >= f.FileEnd {
			continue
		}
		path, _ := astutil.PathEnclosingInterval(f, call.Node.Pos(), call.Node.End())
		if len(path) < 3 {
			return nil, nil, false
		}
		assign, ok := path[1].(*ast.AssignStmt)
		if !ok || len(assign.Lhs) != 1 || len(assign.Rhs) != 1 || assign.Rhs[0] != ast.Expr(call.Node) {
			return nil, nil, false
		}
		lhs, ok := assign.Lhs[0].(*ast.Ident)
		block, ok2 := path[2].(*ast.BlockStmt)
		if !ok || !ok2 {
			return nil, nil, false
		}
		for i, s := range block.List {
			if s != ast.Stmt(assign) || i+1 == len(block.List) {
				continue
			}
			es, ok := block.List[i+1].(*ast.ExprStmt)
			if !ok {
				return nil, nil, false
			}
			ce, ok := es.X.(*ast.CallExpr)
			if !ok {
				return nil, nil, false
			}
			inc := c.idx.Lookup(ce)
			if inc == nil || !increfs[inc.Name] || len(inc.Args) != 1 {
				return nil, nil, false
			}
			if id, ok := ast.Unparen(inc.Args[0]).(*ast.Ident); ok && id.Name == lhs.Name &&
				c.pass.TypesInfo.ObjectOf(id) == c.pass.TypesInfo.ObjectOf(lhs) {
				return inc, assign, true
			}
		}
	}
	return nil, nil, false
}

// deleteLine deletes n with its line when nothing else stands on it, else
// just n.
func (c *checker) deleteLine(n ast.Node) analysis.TextEdit {
	edit := analysis.TextEdit{Pos: n.Pos(), End: n.End()}
	tf := c.pass.Fset.File(n.Pos())
	src, err := os.ReadFile(tf.Name())
	if err != nil || tf.Size() != len(src) {
		return edit
	}
	line := tf.Line(n.Pos())
	start := tf.LineStart(line)
	end := token.Pos(tf.Base() + tf.Size())
	if line < tf.LineCount() {
		end = tf.LineStart(line + 1)
	}
	before := src[tf.Offset(start):tf.Offset(n.Pos())]
	after := src[tf.Offset(n.End()):tf.Offset(end)]
	if len(bytes.TrimSpace(before)) == 0 && len(bytes.TrimSpace(after)) == 0 {
		edit.Pos, edit.End = start, end
	}
	return edit
}
