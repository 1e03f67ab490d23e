// Package analyzers is the pyvet suite: every check, for the command and
// for integrations (go vet, golangci-lint, nogo).
package analyzers

import (
	"golang.org/x/tools/go/analysis"

	"github.com/pyvet/pyvet/blocking"
	"github.com/pyvet/pyvet/borrowedref"
	"github.com/pyvet/pyvet/critsecnest"
	"github.com/pyvet/pyvet/gilstate"
	"github.com/pyvet/pyvet/osthread"
)

// All returns the suite's checks with their default options, in the order
// their documentation lists them.
func All() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		borrowedref.Analyzer,
		gilstate.Analyzer,
		osthread.Analyzer,
		blocking.Analyzer,
		critsecnest.Analyzer,
	}
}
