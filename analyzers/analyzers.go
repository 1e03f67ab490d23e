// Package analyzers is the pyvet suite: every check of the registry
// (internal/registry), for the command and for integrations (go vet,
// golangci-lint, gopls, nogo), assembled with the suite's one policy
// wrapper (Assemble).
package analyzers

import (
	"fmt"
	"runtime/debug"

	"golang.org/x/tools/go/analysis"

	"github.com/pyvet/pyvet/internal/analysisutil"
	"github.com/pyvet/pyvet/internal/registry"
	"github.com/pyvet/pyvet/internal/suppress"
)

// All returns the suite: a fresh instance of every check with its default
// options, in the order their documentation lists them, assembled. Each
// call builds new instances, so setting one's flags changes no other; call
// it once per run.
func All() []*analysis.Analyzer {
	var checks []*analysis.Analyzer
	for _, c := range registry.All() {
		checks = append(checks, c.New(nil))
	}
	return Assemble(checks...)
}

// Assemble returns the checks ready to run, as copies (the checks and the
// analyzers they require are left as they are): a panic in any analyzer of
// their graph becomes an error for that package, with the stack for a bug
// report, so one bad input never crashes a whole run; and each check's
// findings pass through //pyvet:ignore (package suppress), which also
// reports the bad and the unmatched directives that name it. No check's
// code knows about either. Assemble all the checks of one run in one call
// (see analysisutil.Wrap).
func Assemble(checks ...*analysis.Analyzer) []*analysis.Analyzer {
	return analysisutil.Wrap(checks, guard)
}

// guard is the suite's middleware: panics to errors for every analyzer,
// suppression for the checks.
func guard(a *analysis.Analyzer, check bool, run analysisutil.RunFunc) analysisutil.RunFunc {
	return func(pass *analysis.Pass) (res any, err error) {
		defer func() {
			if r := recover(); r != nil {
				res, err = nil, fmt.Errorf("internal error in pyvet's %s on package %s (please report it): %v\n%s",
					a.Name, pass.Pkg.Path(), r, debug.Stack())
			}
		}()
		if !check {
			return run(pass)
		}
		report, done := suppress.Start(pass)
		pass.Report = report // pass is this wrapper's own copy
		if res, err = run(pass); err == nil {
			done()
		}
		return res, err
	}
}
