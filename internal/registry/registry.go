// Package registry lists the checks of the pyvet suite, one entry each. The
// suite (package analyzers), the command, the golangci-lint plugin,
// //pyvet:ignore (package suppress) and the docs tests all read this list:
// adding a check is its package and one line in All.
//
// The registry knows no policy: it makes bare checks. Package analyzers
// assembles them into a suite that turns a panic into an error and honours
// //pyvet:ignore.
package registry

import (
	"golang.org/x/tools/go/analysis"

	"github.com/pyvet/pyvet/blocking"
	"github.com/pyvet/pyvet/borrowedref"
	"github.com/pyvet/pyvet/critsecnest"
	"github.com/pyvet/pyvet/gilstate"
	"github.com/pyvet/pyvet/osthread"
)

// A Check is one check of the suite.
type Check struct {
	// Name is the check's name: its flag (-NAME), its //pyvet:ignore name,
	// its package and its page docs/NAME.md.
	Name string
	// New returns a fresh instance of the check configured by options: nil
	// for the defaults, else a value of the type of Options. Its flags set
	// its own copy of the options, so instances never share settings.
	New func(options any) *analysis.Analyzer
	// Options are the check's options at their defaults (a value of its
	// Options type), or nil for a check that has none.
	Options any
}

// All returns the checks of the suite, in the order their documentation
// lists them.
func All() []Check {
	return []Check{
		withOptions("borrowedref", borrowedref.New),
		withOptions("gilstate", gilstate.New),
		plain("osthread", osthread.New),
		withOptions("blocking", blocking.New),
		plain("critsecnest", critsecnest.New),
	}
}

// Names returns the names of the checks, in the order of All.
func Names() []string {
	var names []string
	for _, c := range All() {
		names = append(names, c.Name)
	}
	return names
}

// Lookup returns the check named name.
func Lookup(name string) (Check, bool) {
	for _, c := range All() {
		if c.Name == name {
			return c, true
		}
	}
	return Check{}, false
}

// withOptions is the entry of a check whose constructor takes options of
// type O.
func withOptions[O any](name string, newCheck func(O) *analysis.Analyzer) Check {
	var defaults O
	return Check{
		Name:    name,
		Options: defaults,
		New: func(options any) *analysis.Analyzer {
			if options == nil {
				return newCheck(defaults)
			}
			return newCheck(options.(O))
		},
	}
}

// plain is the entry of a check without options.
func plain(name string, newCheck func() *analysis.Analyzer) Check {
	return Check{Name: name, New: func(any) *analysis.Analyzer { return newCheck() }}
}
