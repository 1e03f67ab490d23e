// Package guard wraps every pyvet check's Run: a panic inside a check
// becomes an error for that package, so one bad input never crashes a whole
// pyvet run, and the check's findings pass through the //pyvet:ignore
// filter (package internal/suppress), so suppression works the same in
// every driver without any check's code knowing about it.
package guard

import (
	"fmt"
	"runtime/debug"

	"golang.org/x/tools/go/analysis"

	"github.com/pyvet/pyvet/internal/suppress"
)

// Run wraps an analyzer's Run function: a panic becomes an error naming the
// package, with the stack for a bug report. For the suite's checks (not
// internal helper analyzers), pass.Report drops the findings a
// //pyvet:ignore directive suppresses, and the check reports the bad
// directives that name it and, once it has run, those that suppressed
// none of its findings.
func Run(run func(*analysis.Pass) (any, error)) func(*analysis.Pass) (any, error) {
	return func(pass *analysis.Pass) (res any, err error) {
		defer func() {
			if r := recover(); r != nil {
				res, err = nil, fmt.Errorf("internal error in pyvet's %s on package %s (please report it): %v\n%s",
					pass.Analyzer.Name, pass.Pkg.Path(), r, debug.Stack())
			}
		}()
		if !suppress.Known(pass.Analyzer.Name) {
			return run(pass)
		}
		done := suppress.Install(pass)
		if res, err = run(pass); err == nil {
			done()
		}
		return res, err
	}
}
