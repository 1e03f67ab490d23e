package driver

import (
	"os"

	"golang.org/x/tools/go/analysis"

	"github.com/pyvet/pyvet/internal/analysisutil"
)

// read reads name as the run saw it: from its overlay, else from disk.
func (res *Result) read(name string) ([]byte, error) {
	if b, ok := res.overlay[name]; ok {
		return b, nil
	}
	return os.ReadFile(name)
}

// withOverlay returns the analyzers to run for as and, for each, the one of
// as it stands for. With an overlay they are copies of as whose passes (and
// those of every analyzer they require) read the overlay's files through
// pass.ReadFile: x/tools' checker reads only the disk. The overlay serves
// every file it holds, the user's original of a cgo-processed file
// included, which the checker's ReadFile refuses.
func withOverlay(as []*analysis.Analyzer, overlay map[string][]byte) ([]*analysis.Analyzer, func(*analysis.Analyzer) *analysis.Analyzer) {
	if len(overlay) == 0 {
		return as, func(a *analysis.Analyzer) *analysis.Analyzer { return a }
	}
	wrapped := analysisutil.Wrap(as, func(_ *analysis.Analyzer, _ bool, run analysisutil.RunFunc) analysisutil.RunFunc {
		return func(pass *analysis.Pass) (any, error) {
			disk := pass.ReadFile
			pass.ReadFile = func(name string) ([]byte, error) {
				if b, ok := overlay[name]; ok {
					return b, nil
				}
				return disk(name)
			}
			return run(pass)
		}
	})
	given := map[*analysis.Analyzer]*analysis.Analyzer{}
	for i, a := range wrapped {
		given[a] = as[i]
	}
	return wrapped, func(a *analysis.Analyzer) *analysis.Analyzer {
		if g, ok := given[a]; ok {
			return g
		}
		return a
	}
}
