package analysisutil

import "golang.org/x/tools/go/analysis"

// RunFunc is an analyzer's Run.
type RunFunc = func(*analysis.Pass) (any, error)

// A Middleware wraps the Run of one analyzer of a graph. root says whether
// a is one of the analyzers Wrap was given, rather than one they require.
// The pass the wrapped Run receives is its own copy: it may set its fields
// (Report, ReadFile) before calling run.
type Middleware func(a *analysis.Analyzer, root bool, run RunFunc) RunFunc

// Wrap returns copies of roots, in their order, whose Run and that of every
// analyzer they require, directly or not, go through mw. The originals are
// left as they are (packages, tests and drivers share them). Each analyzer
// of the graph is copied once, and a copy's Run sees the pass its original
// would: its own Analyzer, and ResultOf keyed by the originals.
//
// Call it once per run with all of the run's analyzers: two calls make two
// copies of a requirement they share, and one driver cannot run both (their
// fact types clash).
func Wrap(roots []*analysis.Analyzer, mw Middleware) []*analysis.Analyzer {
	isRoot := map[*analysis.Analyzer]bool{}
	for _, a := range roots {
		isRoot[a] = true
	}
	copies := map[*analysis.Analyzer]*analysis.Analyzer{}   // original → copy
	original := map[*analysis.Analyzer]*analysis.Analyzer{} // copy → original
	var copyOf func(a *analysis.Analyzer) *analysis.Analyzer
	copyOf = func(a *analysis.Analyzer) *analysis.Analyzer {
		if c, ok := copies[a]; ok {
			return c
		}
		c := new(analysis.Analyzer)
		*c = *a
		copies[a], original[c] = c, a
		c.Requires = make([]*analysis.Analyzer, len(a.Requires))
		for i, r := range a.Requires {
			c.Requires[i] = copyOf(r)
		}
		run := mw(a, isRoot[a], a.Run)
		c.Run = func(pass *analysis.Pass) (any, error) {
			p := *pass
			p.Analyzer = a
			p.ResultOf = make(map[*analysis.Analyzer]any, len(pass.ResultOf))
			for k, v := range pass.ResultOf {
				if o, ok := original[k]; ok {
					k = o
				}
				p.ResultOf[k] = v
			}
			return run(&p)
		}
		return c
	}
	out := make([]*analysis.Analyzer, len(roots))
	for i, a := range roots {
		out[i] = copyOf(a)
	}
	return out
}
