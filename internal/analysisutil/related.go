package analysisutil

import (
	"fmt"
	"go/ast"
	"go/token"

	"golang.org/x/tools/go/analysis"
)

// Related returns the Related list of a finding about two places: the
// other place, with a short message saying what happens there. A missing
// position gives none.
func Related(pos token.Pos, msg string) []analysis.RelatedInformation {
	if !pos.IsValid() {
		return nil
	}
	return []analysis.RelatedInformation{{Pos: pos, Message: msg}}
}

// ReportRule reports a finding of rule (its registered ID, the
// Diagnostic's Category) at pos, up to end when it is valid, with the
// Related list rel.
func ReportRule(pass *analysis.Pass, rule string, pos, end token.Pos, rel []analysis.RelatedInformation, format string, args ...any) {
	pass.Report(analysis.Diagnostic{Pos: pos, End: end, Category: rule, Message: fmt.Sprintf(format, args...), Related: rel})
}

// End is the end of node n for a finding at pos: n.End() when it lies
// after pos in the same user file (in a cgo-processed file a node's end
// can map elsewhere), else NoPos, which leaves the finding a point.
func End(pass *analysis.Pass, pos token.Pos, n ast.Node) token.Pos {
	if n == nil || !pos.IsValid() {
		return token.NoPos
	}
	end := n.End()
	if pass.Fset.File(end) != pass.Fset.File(pos) || end <= pos {
		return token.NoPos
	}
	p, e := pass.Fset.Position(pos), pass.Fset.Position(end)
	if p.Filename != e.Filename || e.Line < p.Line || e.Line == p.Line && e.Column <= p.Column {
		return token.NoPos
	}
	return end
}
