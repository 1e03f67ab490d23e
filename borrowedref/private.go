package borrowedref

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/pyvet/pyvet/internal/cgocall"
)

// A private container is a list or dict the function built itself (a new
// object from PyList_New, PyDict_Keys, PyDict_Copy, …) and has not shared:
// no other thread can reach it, so a borrowed read from it cannot race.
// Sharing is any use other than the container's own getters, setters and
// size functions (or a per-call namespace: PyRun_String's locals, kwargs):
// stored, returned, captured, passed to anything else.
type privates struct {
	s          *scan
	containers map[types.Object]*container
}

type container struct {
	shares []token.Pos // where it was shared (or reassigned), in source order
}

func newPrivates(s *scan) *privates {
	return &privates{s: s, containers: map[types.Object]*container{}}
}

// assign records obj = rhs: obj becomes a private container when rhs
// builds a new object; a container assigned anything else is no longer
// private from there on.
func (p *privates) assign(obj types.Object, rhs ast.Expr) {
	if rhs != nil {
		if call, ok := p.s.strip(rhs).(*ast.CallExpr); ok {
			if c := p.s.c.idx.Lookup(call); c != nil {
				if f := p.s.c.cpython(c.Name); f != nil && f.NewObject && p.s.isLocal(obj) && !p.s.isParam(obj) {
					if _, seen := p.containers[obj]; !seen {
						p.containers[obj] = &container{}
						return
					}
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

// use records a read of the variable obj at id that shares the container.
func (p *privates) use(id *ast.Ident, obj types.Object) {
	k := p.containers[obj]
	if k == nil || !p.shares(id) {
		return
	}
	k.shares = append(k.shares, id.Pos())
}

// shares reports whether the read id hands the container to someone.
func (p *privates) shares(id *ast.Ident) bool {
	s := p.s
	if s.inClosure(id) {
		return true
	}
	var cur ast.Node = id
	for {
		if c, i := s.c.argOf(cur); c != nil {
			return !p.ownAccess(c, i)
		}
		switch parent := s.parents[cur].(type) {
		case *ast.ParenExpr:
			cur = parent
			continue
		case *ast.CallExpr:
			if a := s.transparentArgs(parent); len(a) == 1 && a[0] == cur {
				cur = parent
				continue
			}
		case *ast.BinaryExpr:
			return !(parent.Op == token.EQL || parent.Op == token.NEQ)
		}
		return true
	}
}

// ownAccess reports whether passing the container as argument i of c keeps
// it private: one of its own getters, setters or size functions (the
// container first), a reference count operation, or a per-call namespace.
func (p *privates) ownAccess(c *cgocall.Call, i int) bool {
	f := p.s.c.cpython(c.Name)
	if f == nil {
		return false
	}
	if f.IsNamespaceParam(i) {
		return true
	}
	if i != 0 {
		return false
	}
	if f.RefOp != 0 {
		return true
	}
	for _, prefix := range containerAPIs {
		if strings.HasPrefix(f.Name, prefix) {
			return true
		}
	}
	return false
}

// containerAPIs are the prefixes of the C API's list, dict, set, tuple,
// sequence and mapping functions, which take the container first.
var containerAPIs = [...]string{"PyList_", "PyDict_", "PyTuple_", "PySet_", "PySequence_", "PyMapping_",
	"PyObject_GetItem", "PyObject_SetItem", "PyObject_DelItem", "PyObject_Size", "PyObject_Length"}

// exempt reports whether b is read from a private container and used only
// while it is still private.
func (p *privates) exempt(b *borrow) bool {
	if b.call == nil || b.helper || len(b.call.Args) == 0 {
		return false
	}
	id, ok := p.s.strip(b.call.Args[0]).(*ast.Ident)
	if !ok {
		return false
	}
	k := p.containers[p.s.info().Uses[id]]
	if k == nil {
		return false
	}
	until := max(b.end, b.lastUse)
	for _, sp := range k.shares {
		if sp < until || p.inLoopWith(b.call.Node, sp) {
			return false
		}
	}
	return true
}

// inLoopWith reports whether a loop around n also holds pos: the next
// iteration reads after pos.
func (p *privates) inLoopWith(n ast.Node, pos token.Pos) bool {
	for a := p.s.parents[n]; a != nil; a = p.s.parents[a] {
		switch a.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			if a.Pos() <= pos && pos < a.End() {
				return true
			}
		}
	}
	return false
}
