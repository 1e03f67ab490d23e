package borrowedref

import (
	"go/ast"

	"golang.org/x/tools/go/analysis"

	"github.com/pyvet/pyvet/internal/capi"
	"github.com/pyvet/pyvet/internal/cgocall"
	"github.com/pyvet/pyvet/internal/textedit"
)

// The fix is offered only where ownership is taken at once, so that the
// strong replacement keeps the same ownership with no window:
//
//	x := C.Py_NewRef(C.PyList_GetItem(l, i))   →  x := C.PyList_GetItemRef(l, i)
//	x := C.PyList_GetItem(l, i); C.Py_IncRef(x) →  x := C.PyList_GetItemRef(l, i)
//
// Edits go to the user's original file: drivers drop edits to cgo's files.

// refOp returns what the C function name does to its argument's count.
func (c *checker) refOp(name string) capi.RefOp {
	if f := c.cpython(name); f != nil {
		return f.RefOp
	}
	return capi.RefOpNone
}

func (c *checker) fixes(call *cgocall.Call, f *capi.Func) []analysis.SuggestedFix {
	r := f.Replacement
	if !r.DropIn || (c.target.Less(r.Added) && !c.compat) {
		return nil // the replacement would not compile for the target
	}
	outer, wrapped := c.increfWrapping(call)
	inc, _, next := c.increfNext(call)
	if !wrapped && !next {
		return nil // ownership is not taken at once: no mechanical fix
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
	if wrapped {
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
	_, oinc, err := c.idx.Original(inc)
	if err != nil {
		return nil
	}
	tf := c.pass.Fset.File(oinc.Pos())
	src, err := c.idx.ReadFile(tf.Name())
	if err != nil {
		return nil
	}
	return []analysis.SuggestedFix{{
		Message:   "Call " + r.Name + " and drop the " + inc.Name,
		TextEdits: []analysis.TextEdit{rename, textedit.DeleteLine(src, tf, oinc)},
	}}
}

// increfWrapping returns the Py_NewRef(…) call whose sole argument is call.
func (c *checker) increfWrapping(call *cgocall.Call) (*cgocall.Call, bool) {
	if c.parents == nil {
		c.parents = map[*ast.CallExpr]*cgocall.Call{}
		for _, outer := range c.idx.Calls() {
			for _, a := range outer.Args {
				if ce, ok := a.(*ast.CallExpr); ok && c.idx.Lookup(ce) != nil {
					c.parents[ce] = outer
				}
			}
		}
	}
	outer := c.parents[call.Node]
	if outer != nil && c.refOp(outer.Name) == capi.RefOpNewRef && len(outer.Args) == 1 {
		return outer, true
	}
	return nil, false
}

// An assignment is x := call (or x = call) at index i of a block.
type assignment struct {
	stmt  *ast.AssignStmt
	block *ast.BlockStmt
	i     int
}

// increfNext matches x := call (or x = call) directly followed by
// C.Py_IncRef(x), and returns that incref.
func (c *checker) increfNext(call *cgocall.Call) (*cgocall.Call, *ast.AssignStmt, bool) {
	if c.assigns == nil {
		c.assigns = map[*ast.CallExpr]assignment{}
		for _, f := range c.pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				if b, ok := n.(*ast.BlockStmt); ok {
					for i, s := range b.List {
						if as, ok := s.(*ast.AssignStmt); ok && len(as.Lhs) == 1 && len(as.Rhs) == 1 {
							if ce, ok := as.Rhs[0].(*ast.CallExpr); ok {
								c.assigns[ce] = assignment{as, b, i}
							}
						}
					}
				}
				return true
			})
		}
	}
	a, ok := c.assigns[call.Node]
	if !ok || a.i+1 == len(a.block.List) {
		return nil, nil, false
	}
	lhs, ok := a.stmt.Lhs[0].(*ast.Ident)
	if !ok {
		return nil, nil, false
	}
	es, ok := a.block.List[a.i+1].(*ast.ExprStmt)
	if !ok {
		return nil, nil, false
	}
	ce, ok := es.X.(*ast.CallExpr)
	if !ok {
		return nil, nil, false
	}
	inc := c.idx.Lookup(ce)
	if inc == nil || c.refOp(inc.Name) != capi.RefOpIncRef || len(inc.Args) != 1 {
		return nil, nil, false
	}
	if id, ok := ast.Unparen(inc.Args[0]).(*ast.Ident); ok && id.Name == lhs.Name &&
		c.pass.TypesInfo.ObjectOf(id) == c.pass.TypesInfo.ObjectOf(lhs) {
		return inc, a.stmt, true
	}
	return nil, nil, false
}
