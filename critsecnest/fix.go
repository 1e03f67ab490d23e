package critsecnest

import (
	"go/ast"
	"go/token"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"

	"github.com/pyvet/pyvet/internal/capi"
	"github.com/pyvet/pyvet/internal/cgocall"
	"github.com/pyvet/pyvet/internal/flow"
	"github.com/pyvet/pyvet/internal/textedit"
)

// The fix merges two nested one-object sections into one two-object
// section, in the simple adjacent shapes only:
//
//	var cs1 C.PyCriticalSection            var cs1 C.PyCriticalSection2
//	var cs2 C.PyCriticalSection
//	C.PyCriticalSection_Begin(&cs1, a)     C.PyCriticalSection2_Begin(&cs1, a, b)
//	C.PyCriticalSection_Begin(&cs2, b)
//	…                                  →   …
//	C.PyCriticalSection_End(&cs2)
//	C.PyCriticalSection_End(&cs1)          C.PyCriticalSection2_End(&cs1)
//
// and the deferred form (Begin(&cs1, a); defer End(&cs1); Begin(&cs2, b);
// defer End(&cs2)). var cs1, cs2 C.PyCriticalSection is one declaration
// too. The struct changes type, so the fix is offered only when each
// struct is a local variable of the function declared with
// var x C.PyCriticalSection and used nowhere but in its declaration, its
// Begin, its End and p.Pin(&x) statements (the second struct's go with
// it): a struct reused by another section or passed elsewhere gets the
// message's advice and no fix. The second object must be a variable or a
// field path, since the merged Begin evaluates it before the first lock
// instead of after. The _BeginMutex pair
// becomes PyCriticalSection2_BeginMutex the same way. Edits go to the
// user's original file: drivers drop edits to cgo's files.

func (c *checker) mergeFix(ev *flow.Event, outer flow.Section) *analysis.SuggestedFix {
	inner := ev.Call
	outerC := c.idx.Lookup(outer.Call)
	if outerC == nil || outerC.Name != inner.Name || ev.Func == nil || !ev.Func.CritSec.IsBegin() || ev.Func.CritSec.TwoObject() == capi.CritSecNone {
		return nil
	}
	two := ev.Func.CritSec.TwoObject() // Begin2 or Begin2Mutex
	file, oInner, err := c.idx.Original(inner)
	if err != nil {
		return nil
	}
	file2, oOuter, err := c.idx.Original(outerC)
	if err != nil || file2 != file || len(oInner.Args) != 2 || len(oOuter.Args) != 2 {
		return nil
	}
	name1, name2 := addrName(oOuter.Args[0]), addrName(oInner.Args[0])
	if name1 == "" || name2 == "" || name1 == name2 || !simple(oInner.Args[1]) {
		return nil
	}
	path, _ := astutil.PathEnclosingInterval(file, oInner.Pos(), oInner.End())
	var body *ast.BlockStmt
	var block *ast.BlockStmt
	for _, n := range path {
		if b, ok := n.(*ast.BlockStmt); ok && block == nil {
			block = b
		}
		if body != nil {
			break
		}
		switch f := n.(type) {
		case *ast.FuncDecl:
			body = f.Body
		case *ast.FuncLit:
			body = f.Body
		}
	}
	if block == nil || body == nil {
		return nil
	}
	k := -1
	for i, st := range block.List {
		if callOf(st) == oOuter {
			k = i
		}
	}
	if k < 0 {
		return nil
	}
	list := block.List
	var end1 *ast.CallExpr
	var delInner, delEnd2 ast.Stmt
	switch {
	case k+1 < len(list) && callOf(list[k+1]) == oInner:
		// Begin(&cs1, a); Begin(&cs2, b); …; End(&cs2); End(&cs1)
		delInner = list[k+1]
		for m := k + 2; m+1 < len(list); m++ {
			e2, e1 := callOf(list[m]), callOf(list[m+1])
			if isCEnd(e2, name2) && isCEnd(e1, name1) {
				end1, delEnd2 = e1, list[m]
				break
			}
		}
	case k+3 < len(list) && callOf(list[k+2]) == oInner && deferredOf(list[k+1]) != nil && deferredOf(list[k+3]) != nil:
		// Begin(&cs1, a); defer End(&cs1); Begin(&cs2, b); defer End(&cs2)
		if isCEnd(deferredOf(list[k+1]), name1) && isCEnd(deferredOf(list[k+3]), name2) {
			end1, delInner, delEnd2 = deferredOf(list[k+1]), list[k+2], list[k+3]
		}
	}
	if end1 == nil {
		return nil
	}
	// Each struct: declared once as var x C.PyCriticalSection in the
	// function, used only by its Begin and End.
	// Pinning them is fine: the second struct's Pin goes with it.
	pins1, pins2 := pinStmts(body, name1), pinStmts(body, name2)
	if countIdent(body, name1) != 3+len(pins1) || countIdent(body, name2) != 3+len(pins2) {
		return nil
	}
	decl1, spec1 := varDecl(body, name1)
	decl2, spec2 := varDecl(body, name2)
	if decl1 == nil || decl2 == nil {
		return nil
	}
	src, tf := c.source(file)
	if src == nil {
		return nil
	}
	text := func(n ast.Node) string { return string(src[tf.Offset(n.Pos()):tf.Offset(n.End())]) }
	var edits []analysis.TextEdit
	if spec1 == spec2 {
		// var cs1, cs2 C.PyCriticalSection
		if len(spec1.Names) != 2 {
			return nil
		}
		edits = append(edits, analysis.TextEdit{Pos: spec1.Names[0].Pos(), End: spec1.Type.End(),
			NewText: []byte(name1 + " C." + two.Struct())})
	} else {
		if len(spec1.Names) != 1 || len(spec2.Names) != 1 {
			return nil
		}
		sel := spec1.Type.(*ast.SelectorExpr)
		edits = append(edits, analysis.TextEdit{Pos: sel.Sel.Pos(), End: sel.Sel.End(), NewText: []byte(two.Struct())},
			textedit.DeleteLine(src, tf, decl2))
	}
	edits = append(edits,
		rename(oOuter, two.Name()),
		analysis.TextEdit{Pos: oOuter.Rparen, End: oOuter.Rparen, NewText: []byte(", " + text(oInner.Args[1]))},
		textedit.DeleteLine(src, tf, delInner),
		textedit.DeleteLine(src, tf, delEnd2),
		rename(end1, two.Closer().Name()),
	)
	for _, st := range pins2 {
		edits = append(edits, textedit.DeleteLine(src, tf, st))
	}
	return &analysis.SuggestedFix{
		Message:   "Lock both objects with one " + two.Name(),
		TextEdits: edits,
	}
}

// simple reports whether e is a variable or a field path (x, x.f.g): the
// merged Begin evaluates it before locking the first object rather than
// after, which only such expressions may not care about.
func simple(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return true
	case *ast.SelectorExpr:
		return simple(e.X)
	}
	return false
}

// addrName returns x for &x, else "".
func addrName(e ast.Expr) string {
	u, ok := ast.Unparen(e).(*ast.UnaryExpr)
	if !ok || u.Op != token.AND {
		return ""
	}
	id, ok := ast.Unparen(u.X).(*ast.Ident)
	if !ok {
		return ""
	}
	return id.Name
}

// callOf returns the call of an expression statement.
func callOf(st ast.Stmt) *ast.CallExpr {
	es, ok := st.(*ast.ExprStmt)
	if !ok {
		return nil
	}
	call, _ := es.X.(*ast.CallExpr)
	return call
}

func deferredOf(st ast.Stmt) *ast.CallExpr {
	d, ok := st.(*ast.DeferStmt)
	if !ok {
		return nil
	}
	return d.Call
}

// isCEnd matches the one-object End of the section in struct name,
// C.PyCriticalSection_End(&name), in the original file.
func isCEnd(call *ast.CallExpr, name string) bool {
	if call == nil || len(call.Args) != 1 || addrName(call.Args[0]) != name {
		return false
	}
	f, ok := cgocall.Written(call)
	if !ok {
		return false
	}
	fn, ok := capi.Lookup(f)
	return ok && fn.CritSec == capi.CritSecEnd
}

func rename(call *ast.CallExpr, name string) analysis.TextEdit {
	sel := call.Fun.(*ast.SelectorExpr)
	return analysis.TextEdit{Pos: sel.Sel.Pos(), End: sel.Sel.End(), NewText: []byte(name)}
}

// pinStmts returns the statements p.Pin(&name) in body.
func pinStmts(body ast.Node, name string) []ast.Stmt {
	var out []ast.Stmt
	ast.Inspect(body, func(n ast.Node) bool {
		es, ok := n.(*ast.ExprStmt)
		if !ok {
			return true
		}
		call, ok := es.X.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || addrName(call.Args[0]) != name {
			return true
		}
		if sel, ok := call.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "Pin" {
			if _, ok := sel.X.(*ast.Ident); ok {
				out = append(out, es)
			}
		}
		return true
	})
	return out
}

// countIdent counts the identifiers spelled name in body.
func countIdent(body ast.Node, name string) int {
	n := 0
	ast.Inspect(body, func(x ast.Node) bool {
		if id, ok := x.(*ast.Ident); ok && id.Name == name {
			n++
		}
		return true
	})
	return n
}

// varDecl finds the statement var name C.PyCriticalSection (possibly with
// other names of the same type) in body.
func varDecl(body *ast.BlockStmt, name string) (ast.Stmt, *ast.ValueSpec) {
	var stmt ast.Stmt
	var spec *ast.ValueSpec
	ast.Inspect(body, func(n ast.Node) bool {
		ds, ok := n.(*ast.DeclStmt)
		if !ok || stmt != nil {
			return stmt == nil
		}
		gd, ok := ds.Decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR || len(gd.Specs) != 1 {
			return true
		}
		vs := gd.Specs[0].(*ast.ValueSpec)
		if t, ok := cgocall.WrittenName(vs.Type); len(vs.Values) != 0 || !ok || t != capi.CritSecBegin.Struct() {
			return true
		}
		for _, id := range vs.Names {
			if id.Name == name {
				stmt, spec = ds, vs
			}
		}
		return true
	})
	return stmt, spec
}

// source returns the bytes of the original file f and its token.File,
// or nil when they do not agree.
func (c *checker) source(f *ast.File) ([]byte, *token.File) {
	tf := c.pass.Fset.File(f.Pos())
	if tf == nil {
		return nil, nil
	}
	src, err := c.idx.ReadFile(tf.Name())
	if err != nil || tf.Size() != len(src) {
		return nil, nil
	}
	return src, tf
}
