package borrowedref

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/pyvet/pyvet/internal/capi"
	"github.com/pyvet/pyvet/internal/cgocall"
)

// A private container is a list or dict the function built itself (a new
// object from PyList_New, PyDict_Keys, PyDict_Copy, …) and has not shared:
// no other thread can reach it, so a borrowed read from it cannot race.
// Sharing is any use other than the container's own getters, setters and
// size functions (or a per-call namespace: PyRun_String's locals, kwargs):
// stored, returned, captured, passed to anything else. A setter (or a
// release) between the read and the item's last use may free the item, on
// any build: that read is reported too.
type privates struct {
	s          *scan
	containers map[types.Object]*container
}

type container struct {
	api       string      // the constructor that built it
	shares    []token.Pos // where it was shared (or reassigned), in source order
	mutations []token.Pos // where its own setters changed it (and may have freed an item)
}

func newPrivates(s *scan) *privates {
	return &privates{s: s, containers: map[types.Object]*container{}}
}

// assign records obj = rhs: obj becomes a private container when rhs
// builds a new object; a container assigned anything else is no longer
// private from there on.
func (p *privates) assign(obj types.Object, rhs ast.Expr) {
	if rhs != nil {
		if call, ok := p.s.strip(rhs).(*ast.CallExpr); ok && p.s.isLocal(obj) && !p.s.isParam(obj) {
			if api := p.s.c.newCall(p.s.w, call); api != "" {
				if _, seen := p.containers[obj]; !seen {
					p.containers[obj] = &container{api: api}
					return
				}
			}
		}
	}
	if k := p.containers[obj]; k != nil {
		pos := obj.Pos()
		if rhs != nil {
			pos = rhs.Pos()
		}
		k.shares = append(k.shares, pos)
	}
}

// An access is what a read of a container variable does to it.
type access uint8

const (
	accessRead   access = iota // a getter, a size function, a nil check
	accessMutate               // one of its own setters: items it held may be freed
	accessShare                // anything else: another thread may reach it
)

// use records a read of the container variable obj at id.
func (p *privates) use(id *ast.Ident, obj types.Object) {
	k := p.containers[obj]
	if k == nil {
		return
	}
	switch p.access(id) {
	case accessMutate:
		k.mutations = append(k.mutations, id.Pos())
	case accessShare:
		k.shares = append(k.shares, id.Pos())
	}
}

// access classifies the read id of a container variable.
func (p *privates) access(id *ast.Ident) access {
	s := p.s
	if s.inClosure(id) {
		return accessShare
	}
	var cur ast.Node = id
	for {
		if c, i := s.c.argOf(cur); c != nil {
			return p.cAccess(c, i)
		}
		switch parent := s.parent(cur).(type) {
		case *ast.ParenExpr:
			cur = parent
			continue
		case *ast.CallExpr:
			if a := s.transparentArgs(parent); len(a) == 1 && a[0] == cur {
				cur = parent
				continue
			}
			if parent.Fun != cur {
				return p.goAccess(parent, cur)
			}
		case *ast.SelectorExpr: // a method call on it
			if call, ok := s.parent(parent).(*ast.CallExpr); ok && parent.X == cur && call.Fun == parent {
				return p.goAccess(call, parent)
			}
		case *ast.BinaryExpr:
			if parent.Op == token.EQL || parent.Op == token.NEQ {
				return accessRead
			}
		}
		return accessShare
	}
}

// cAccess classifies the container passed as argument i of c: its own
// getters, setters and size functions (the container first), a reference
// count operation or a per-call namespace keep it private.
func (p *privates) cAccess(c *cgocall.Call, i int) access {
	return containerAccess(p.s.c.cpython(c.Name), i)
}

// containerAccess classifies a container passed as argument i of f.
func containerAccess(f *capi.Func, i int) access {
	switch {
	case f == nil:
		return accessShare
	case f.IsNamespaceParam(i):
		return accessMutate // the code run may change it
	case i != 0:
		return accessShare
	case f.RefOp != 0:
		return accessMutate // a release may free it, and its items
	}
	switch f.Container() {
	case capi.ContainerChanges:
		return accessMutate
	case capi.ContainerReads:
		return accessRead
	}
	return accessShare
}

// exempt reports whether b is read from a private container and used only
// while it is still private.
func (p *privates) exempt(b *borrow) bool {
	from := p.source(b)
	if from == nil {
		return false
	}
	id, ok := p.s.strip(from).(*ast.Ident)
	if !ok {
		return false
	}
	k := p.containers[p.s.info().Uses[id]]
	if k == nil {
		return false
	}
	until := max(b.at, b.lastUse)
	for _, sp := range k.shares {
		if sp < until || p.inLoopWith(b.call.Node, sp) {
			return false
		}
	}
	for _, m := range k.mutations { // the item may be gone before its last use
		if b.at < m && m < until {
			return false
		}
	}
	return true
}

// source returns the container b is read from: the first argument of a
// C getter, or the argument a wrapper passes to its getter; or nil.
func (p *privates) source(b *borrow) ast.Expr {
	switch {
	case b.call != nil && !b.helper && len(b.call.Args) > 0:
		return b.call.Args[0]
	case b.wrapper != nil && b.goCall != nil:
		wc, ok := p.s.c.wrapsOf(p.s.w, b.wrapper)
		if !ok {
			return nil
		}
		i := wc.Index
		if sel := selectorOf(b.goCall); sel != nil {
			if k, ok := p.s.info().Selections[sel]; ok && k.Kind() == types.MethodVal {
				if i == 0 {
					return sel.X
				}
				i--
			}
		}
		if i < len(b.goCall.Args) {
			return b.goCall.Args[i]
		}
	}
	return nil
}

// privateThrough reports whether e names a private container that stays
// private and unchanged through n and the loop around it: iterating it
// (PyDict_Next) needs no critical section, since no other thread can
// reach it.
func (p *privates) privateThrough(e ast.Expr, n ast.Node) bool {
	id, ok := p.s.strip(e).(*ast.Ident)
	if !ok {
		return false
	}
	k := p.containers[p.s.info().Uses[id]]
	if k == nil {
		return false
	}
	from, until := n.Pos(), n.End()
	if loop := p.loopAround(n); loop != nil {
		from, until = loop.Pos(), loop.End()
	}
	for _, sp := range k.shares {
		if sp < until || p.inLoopWith(n, sp) {
			return false
		}
	}
	for _, m := range k.mutations {
		if from <= m && m < until {
			return false
		}
	}
	return true
}

// loopAround returns the innermost loop around n, or nil.
func (p *privates) loopAround(n ast.Node) ast.Node {
	for a := p.s.parent(n); a != nil; a = p.s.parent(a) {
		switch a.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			return a
		case *ast.FuncLit:
			return nil
		}
	}
	return nil
}

// inLoopWith reports whether a loop around n also holds pos: the next
// iteration reads after pos.
func (p *privates) inLoopWith(n ast.Node, pos token.Pos) bool {
	for a := p.s.parent(n); a != nil; a = p.s.parent(a) {
		switch a.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			if a.Pos() <= pos && pos < a.End() {
				return true
			}
		}
	}
	return false
}
