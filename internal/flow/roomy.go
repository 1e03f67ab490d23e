package flow

import (
	"go/ast"
	"go/token"
	"go/types"
)

// A send cannot block when its channel has room for it: a local variable
// made with make(chan T, N), N a constant, never reassigned, with at most
// N sends on any path through the function that made it. A goroutine that
// function starts with go func(){…}() outside any loop counts as part of
// that path (its sends add up), so the common
//
//	done := make(chan error, 1)
//	go func() { …; if err != nil { done <- err; return }; done <- nil }()
//
// sends without blocking. A send in a loop, in a closure called any other
// way, or in a function with goto counts without bound.

// unbounded stands for "any number of sends".
const unbounded = 1 << 30

// sendCount counts the sends on one channel along the paths of a body.
type sendCount struct {
	info *types.Info
	ch   types.Object
}

// paths is what a statement (list) does: the most sends on a path that
// goes on after it (cont, when goesOn), and on one that returns in it.
type paths struct {
	cont, ended int
	goesOn      bool
}

func addSends(a, b int) int { return min(a+b, unbounded) }

// maxSends returns the most sends on ch along any path through body.
func maxSends(info *types.Info, ch types.Object, body *ast.BlockStmt) int {
	if hasGoto(body) {
		return unbounded
	}
	p := sendCount{info, ch}.list(body.List)
	if p.goesOn {
		return max(p.cont, p.ended)
	}
	return p.ended
}

func (c sendCount) list(stmts []ast.Stmt) paths {
	out := paths{goesOn: true}
	for _, s := range stmts {
		p := c.stmt(s)
		out.ended = max(out.ended, addSends(out.cont, p.ended))
		if !p.goesOn {
			return paths{ended: out.ended}
		}
		out.cont = addSends(out.cont, p.cont)
	}
	return out
}

func (c sendCount) stmt(s ast.Stmt) paths {
	switch s := s.(type) {
	case *ast.SendStmt:
		return paths{cont: c.on(s) + c.inside(s.Value), goesOn: true}
	case *ast.ReturnStmt:
		n := 0
		for _, r := range s.Results {
			n = addSends(n, c.inside(r))
		}
		return paths{ended: n}
	case *ast.BlockStmt:
		return c.list(s.List)
	case *ast.LabeledStmt:
		return c.stmt(s.Stmt)
	case *ast.IfStmt:
		pre := c.inside(s.Init) + c.inside(s.Cond)
		then := c.list(s.Body.List)
		other := paths{goesOn: true}
		if s.Else != nil {
			other = c.stmt(s.Else)
		}
		return seq(pre, either(then, other))
	case *ast.SwitchStmt:
		return seq(c.inside(s.Init)+c.inside(s.Tag), c.clauses(s.Body, nil))
	case *ast.TypeSwitchStmt:
		return seq(c.inside(s.Init)+c.inside(s.Assign), c.clauses(s.Body, nil))
	case *ast.SelectStmt:
		return c.clauses(s.Body, func(cc ast.Stmt) int { return c.comm(cc) })
	case *ast.ForStmt, *ast.RangeStmt:
		if c.inside(s) > 0 {
			return paths{cont: unbounded, goesOn: true}
		}
		return paths{goesOn: true}
	case *ast.GoStmt:
		return paths{cont: c.started(s.Call), goesOn: true}
	case *ast.DeferStmt:
		return paths{cont: c.started(s.Call), goesOn: true}
	}
	return paths{cont: c.inside(s), goesOn: true}
}

// clauses joins the cases of a switch or select: one of them runs (none,
// in a switch without default).
func (c sendCount) clauses(body *ast.BlockStmt, comm func(ast.Stmt) int) paths {
	out := paths{}
	hasDefault := false
	for _, cl := range body.List {
		var p paths
		switch cl := cl.(type) {
		case *ast.CaseClause:
			hasDefault = hasDefault || cl.List == nil
			n := 0
			for _, e := range cl.List {
				n = addSends(n, c.inside(e))
			}
			p = seq(n, c.list(cl.Body))
		case *ast.CommClause:
			hasDefault = hasDefault || cl.Comm == nil
			p = seq(comm(cl.Comm), c.list(cl.Body))
		}
		out = either(out, p)
	}
	if !hasDefault && comm == nil {
		out = either(out, paths{goesOn: true})
	}
	return out
}

// comm counts a select case's communication.
func (c sendCount) comm(s ast.Stmt) int {
	if send, ok := s.(*ast.SendStmt); ok {
		return c.on(send) + c.inside(send.Value)
	}
	return c.inside(s)
}

// started counts the sends of a call a go or defer statement starts: the
// body of a func literal, on its own paths; any other call's arguments.
func (c sendCount) started(call *ast.CallExpr) int {
	n := 0
	for _, a := range call.Args {
		n = addSends(n, c.inside(a))
	}
	if lit, ok := ast.Unparen(call.Fun).(*ast.FuncLit); ok {
		return addSends(n, maxSends(c.info, c.ch, lit.Body))
	}
	return addSends(n, c.inside(call.Fun))
}

// on is 1 for a send on the channel.
func (c sendCount) on(s *ast.SendStmt) int {
	if id := stripIdent(c.info, s.Chan); id != nil && c.info.Uses[id] == c.ch {
		return 1
	}
	return 0
}

// inside is unbounded when n holds a send on the channel the paths above
// do not see (in a closure, a loop), else 0.
func (c sendCount) inside(n ast.Node) int {
	if n == nil {
		return 0
	}
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if s, ok := m.(*ast.SendStmt); ok && c.on(s) == 1 {
			found = true
		}
		return !found
	})
	if found {
		return unbounded
	}
	return 0
}

// seq is n sends, then p.
func seq(n int, p paths) paths {
	return paths{cont: addSends(n, p.cont), ended: addSends(n, p.ended), goesOn: p.goesOn}
}

// either is one of a and b.
func either(a, b paths) paths {
	out := paths{ended: max(a.ended, b.ended), goesOn: a.goesOn || b.goesOn}
	if a.goesOn {
		out.cont = a.cont
	}
	if b.goesOn {
		out.cont = max(out.cont, b.cont)
	}
	return out
}

func hasGoto(body ast.Node) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if b, ok := n.(*ast.BranchStmt); ok && b.Tok == token.GOTO {
			found = true
		}
		return !found
	})
	return found
}

// sendsOn collects the sends on ch in body, closures included.
func sendsOn(info *types.Info, ch types.Object, body ast.Node) []*ast.SendStmt {
	var out []*ast.SendStmt
	c := sendCount{info, ch}
	ast.Inspect(body, func(n ast.Node) bool {
		if s, ok := n.(*ast.SendStmt); ok && c.on(s) == 1 {
			out = append(out, s)
		}
		return true
	})
	return out
}
