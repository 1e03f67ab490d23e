package borrowedref

import (
	"fmt"
	"go/ast"
	"go/token"

	"golang.org/x/tools/go/analysis"

	"github.com/pyvet/pyvet/internal/capi"
)

// The check's rules, as diagnostic categories.
const (
	// A borrowed result (of a C API, a C helper or a Go wrapper) used where
	// another thread can free it on free-threaded Python.
	ruleBorrowedResult = "borrowedref/borrowed-result"
	// A C helper that uses a borrowed reference inside.
	ruleHelperBorrow = "borrowedref/helper-borrow"
	// PyDict_Next or PySequence_Fast_ITEMS outside a critical section.
	ruleUnlockedIteration = "borrowedref/unlocked-iteration"
	// A borrowed reference kept beyond the call without a reference of its own.
	ruleStoredBorrow = "borrowedref/stored-borrow"
	// Py_DecRef of a borrowed reference.
	ruleOverRelease = "borrowedref/over-release"
)

// report reports the scanned function's borrowed references: those used
// where another thread can free them, those kept and those released.
func (s *scan) report() {
	seen := map[ast.Node]bool{}
	for _, b := range s.borrows {
		if b.race && b.used && !s.priv.exempt(b) && !s.lockedRead(b) {
			s.c.reportUse(b)
		}
		for _, st := range b.stores {
			if !seen[st.node] {
				seen[st.node] = true
				s.c.reportStore(b, st)
			}
		}
		for _, r := range b.releases {
			if !seen[r.node] {
				seen[r.node] = true
				s.c.reportRelease(b, r)
			}
		}
	}
}

// reportUse reports a borrowed result used where another thread can free it.
func (c *checker) reportUse(b *borrow) {
	switch {
	case b.wrapper != nil:
		msg := fmt.Sprintf("%s returns a borrowed reference (the result of C.%s) another thread can free", qualified(b.wrapper), b.api)
		if f, _ := capi.Lookup(b.api); f != nil && f.Replacement != nil {
			msg += fmt.Sprintf("; use a wrapper of %s", c.replacement(f.Replacement))
		}
		c.pass.Report(analysis.Diagnostic{Pos: b.pos, End: b.end, Category: ruleBorrowedResult, Message: msg})
	case b.helper:
		root, through := c.h.Lookup(b.call.Name).Cause("ReturnsBorrowed")
		msg := fmt.Sprintf("C helper %s returns a borrowed reference (from %s%s) another thread can free", b.call.Name, root, viaText(through))
		if f, ok := capi.Lookup(root); ok && f.Replacement != nil {
			msg += fmt.Sprintf("; return one from %s", c.replacement(f.Replacement))
		}
		c.report(b.call, ruleBorrowedResult, msg)
	default:
		c.reportBorrowed(b.call, c.cpython(b.call.Name))
	}
}

// reportStore reports a borrowed reference kept beyond the call with no
// reference of its own: once its owner drops it, it dangles, with or
// without the GIL.
func (c *checker) reportStore(b *borrow, st store) {
	msg := fmt.Sprintf("borrowed %s %s without Py_NewRef: it dangles once its owner drops it, on every Python build", b.what, st.where)
	d := analysis.Diagnostic{Pos: st.node.Pos(), End: st.node.End(), Category: ruleStoredBorrow, Message: msg}
	switch {
	case b.call != nil && st.node == ast.Node(b.call.Node):
		d.Pos, d.End = b.pos, b.end
		d.SuggestedFixes = c.newRefFix(b)
	case c.line(b.pos) != c.line(st.node.Pos()):
		d.Related = []analysis.RelatedInformation{{Pos: b.pos, End: b.end, Message: "borrowed here"}}
	}
	c.pass.Report(d)
}

// reportRelease reports a Py_DecRef of a borrowed reference: it frees the
// object under its owner, with or without the GIL.
func (c *checker) reportRelease(b *borrow, r release) {
	d := analysis.Diagnostic{
		Pos: r.node.Pos(), End: r.node.End(), Category: ruleOverRelease,
		Message: fmt.Sprintf("%s releases the borrowed %s, which this code does not own: it frees it under its owner on every build; drop it",
			r.name, b.what),
	}
	if cc := c.idx.Lookup(r.node.(*ast.CallExpr)); cc != nil {
		d.Pos, d.End = cc.Pos, c.endOf(cc)
	}
	if c.line(b.pos) != c.line(d.Pos) {
		d.Related = []analysis.RelatedInformation{{Pos: b.pos, End: b.end, Message: "borrowed here"}}
	}
	c.pass.Report(d)
}

// newRefFix wraps a C call whose borrowed result is stored as it is in
// C.Py_NewRef(…), in the user's file.
func (c *checker) newRefFix(b *borrow) []analysis.SuggestedFix {
	if b.call == nil || b.helper || (!c.target.IsZero() && c.target.Less(capi.V(3, 10))) {
		return nil // Py_NewRef is 3.10+
	}
	_, o, err := c.idx.Original(b.call)
	if err != nil {
		return nil
	}
	return []analysis.SuggestedFix{{
		Message: "Store C.Py_NewRef(…), a reference of its own (release it with Py_DecRef)",
		TextEdits: []analysis.TextEdit{
			{Pos: o.Pos(), End: o.Pos(), NewText: []byte("C.Py_NewRef(")},
			{Pos: o.End(), End: o.End(), NewText: []byte(")")},
		},
	}}
}

// line returns the line of pos in the user's file.
func (c *checker) line(pos token.Pos) int { return c.pass.Fset.Position(pos).Line }
