package analysisutil

import "golang.org/x/tools/go/analysis"

// A Spec is what sets one check of the suite apart; NewCheck adds what
// they all share.
type Spec struct {
	Name      string // the check's name, as flags and //pyvet:ignore spell it
	Doc       string // the check's doc.go, embedded: its "# Analyzer NAME" section
	Requires  []*analysis.Analyzer
	FactTypes []analysis.Fact
	Run       func(*analysis.Pass) (any, error)
}

// NewCheck returns the analyzer of a check of the suite: documented by its
// doc.go, linked to its page under docs/, and run despite type errors
// (every check is safe without types: C calls are known by name, and what
// needs types, variables and callees, is skipped where it is missing).
// A check requires no inspect.Analyzer: under go vet a check with facts
// runs on every dependency, and an inspector for each would be pure cost.
// Panic recovery and //pyvet:ignore are not the check's: package analyzers
// adds them where the suite is assembled.
func NewCheck(s Spec) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:             s.Name,
		Doc:              MustExtractDoc(s.Doc, s.Name),
		URL:              "https://github.com/pyvet/pyvet/blob/main/docs/" + s.Name + ".md",
		Requires:         s.Requires,
		FactTypes:        s.FactTypes,
		Run:              s.Run,
		RunDespiteErrors: true,
	}
}
