// Package gclplugin registers pyvet as a golangci-lint module plugin named
// "pyvet". A custom golangci-lint binary that blank-imports it runs the
// pyvet suite as the linter pyvet; //nolint:pyvet silences it on a line.
//
// Build the binary with golangci-lint custom and a .custom-gcl.yml:
//
//	version: v2.15.0
//	plugins:
//	  - module: github.com/pyvet/pyvet
//	    import: github.com/pyvet/pyvet/gclplugin
//	    version: v0.1.0
//
// and enable the linter in .golangci.yml (version: "2"):
//
//	linters:
//	  enable: [pyvet]
//	  settings:
//	    custom:
//	      pyvet:
//	        type: module
//	        description: CPython C API hazards on free-threaded Python
//	        settings:
//	          checks: [borrowedref]     # default: all
//	          python: "3.12"            # a string: YAML reads 3.10 as 3.1
//	          blocking-funcs: [example.com/q.(*Queue).Pop]
//	          flags:                    # any check's flags, by check
//	            borrowedref: {python: "3.13"}
//
// The settings build fresh analyzers through the registry
// (internal/registry); the package-level Analyzer values are never changed.
package gclplugin

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/pyvet/pyvet/analyzers"
	"github.com/pyvet/pyvet/internal/capi"
	"github.com/pyvet/pyvet/internal/registry"
)

// Name is the linter's name in golangci-lint's configuration.
const Name = "pyvet"

func init() { register.Plugin(Name, New) }

// Settings are the plugin's settings in .golangci.yml.
type Settings struct {
	// Checks are the checks to run; empty means all.
	Checks []string `json:"checks"`
	// Python is the Python version to check for, e.g. "3.12": the -python
	// flag of every check that has one.
	Python Version `json:"python"`
	// BlockingFuncs are extra Go functions that block, for the blocking
	// check, by full name: "example.com/q.Wait", "example.com/q.(*Queue).Pop".
	BlockingFuncs []string `json:"blocking-funcs"`
	// Flags sets any check's flags by name, as pyvet -CHECK.FLAG=VALUE does:
	// check → flag → value. They are set after Python and BlockingFuncs.
	Flags map[string]map[string]string `json:"flags"`
}

// Version is a Python version in the settings; it must be written as a
// string, since YAML reads 3.10 as the number 3.1.
type Version string

func (v *Version) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("python: write the version as a string, e.g. \"3.13\" (YAML reads 3.10 as the number 3.1), not %s", b)
	}
	*v = Version(s)
	return nil
}

type plugin struct {
	analyzers []*analysis.Analyzer
}

// New builds the plugin from golangci-lint's settings, checking them at
// once so that a bad configuration fails before any package is loaded.
func New(conf any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](conf)
	if err != nil {
		return nil, fmt.Errorf("pyvet: %w", err)
	}
	as, err := Build(s)
	if err != nil {
		return nil, err
	}
	return &plugin{as}, nil
}

func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) { return p.analyzers, nil }

func (p *plugin) GetLoadMode() string { return register.LoadModeTypesInfo }

// Build returns the analyzers s selects, configured by s: fresh instances
// of the registry's checks (the package-level Analyzer values are never
// changed), assembled as the suite is.
func Build(s Settings) ([]*analysis.Analyzer, error) {
	names := registry.Names()
	known := func(n, where string) error {
		if !slices.Contains(names, n) {
			return fmt.Errorf("pyvet: unknown check %q in %s (the checks: %s)", n, where, strings.Join(names, ", "))
		}
		return nil
	}
	selected := s.Checks
	if len(selected) == 0 {
		selected = names
	}
	for _, n := range selected {
		if err := known(n, "checks"); err != nil {
			return nil, err
		}
	}
	var checks []*analysis.Analyzer
	for _, c := range registry.All() {
		if slices.Contains(selected, c.Name) {
			checks = append(checks, c.New(nil))
		}
	}
	// Every setting as check → flag → value.
	flags := map[string]map[string]string{}
	set := func(check, flag, value string) {
		if flags[check] == nil {
			flags[check] = map[string]string{}
		}
		flags[check][flag] = value
	}
	if s.Python != "" {
		if _, err := capi.ParseVersion(string(s.Python)); err != nil {
			return nil, fmt.Errorf("pyvet: python: %w", err)
		}
		for _, a := range checks {
			if a.Flags.Lookup("python") != nil {
				set(a.Name, "python", string(s.Python))
			}
		}
	}
	if len(s.BlockingFuncs) > 0 {
		if !slices.Contains(names, "blocking") {
			return nil, fmt.Errorf("pyvet: blocking-funcs: this pyvet has no blocking check")
		}
		set("blocking", "funcs", strings.Join(s.BlockingFuncs, ","))
	}
	for _, check := range sortedKeys(s.Flags) {
		if err := known(check, "flags"); err != nil {
			return nil, err
		}
		for flag, value := range s.Flags[check] {
			set(check, flag, value)
		}
	}
	for _, a := range checks {
		fs := flags[a.Name]
		for _, flag := range sortedKeys(fs) {
			if a.Flags.Lookup(flag) == nil {
				return nil, fmt.Errorf("pyvet: check %s has no flag %q", a.Name, flag)
			}
			if err := a.Flags.Set(flag, fs[flag]); err != nil {
				return nil, fmt.Errorf("pyvet: %s.%s: %w", a.Name, flag, err)
			}
		}
	}
	return analyzers.Assemble(checks...), nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
