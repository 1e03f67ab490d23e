package analysisutil

import (
	"fmt"
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

// ReportRelatedf reports a finding at pos with the Related list rel.
func ReportRelatedf(pass *analysis.Pass, pos token.Pos, rel []analysis.RelatedInformation, format string, args ...any) {
	pass.Report(analysis.Diagnostic{Pos: pos, Message: fmt.Sprintf(format, args...), Related: rel})
}
