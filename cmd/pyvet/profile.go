package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// profileEnv names a directory: under go vet, each pyvet process writes a
// CPU profile of its package there (go tool pprof merges them).
const profileEnv = "PYVET_CPUPROFILE"

// withProfile starts a CPU profile of this go vet unit and returns the
// suite with one analyzer more that stops it. unitchecker ends the process
// with os.Exit, so no deferred StopCPUProfile would run; the stopping
// analyzer requires every analyzer of the suite that runs on the unit (in
// a facts-only unit, those that produce or read facts: unitchecker skips
// the others there), so it runs last. The profile covers parsing,
// type-checking, decoding the imports' facts and the analyses; encoding
// this package's facts, which follows, is not in it.
func withProfile(suite []*analysis.Analyzer, cfgFile, dir string) ([]*analysis.Analyzer, error) {
	var cfg struct {
		ID       string
		VetxOnly bool
	}
	data, err := os.ReadFile(cfgFile)
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(data, &cfg); err != nil {
		return nil, fmt.Errorf("%s: %v", cfgFile, err)
	}
	var last []*analysis.Analyzer
	for _, a := range suite {
		if !cfg.VetxOnly || usesFacts(a) {
			last = append(last, a)
		}
	}
	if len(last) == 0 {
		return suite, nil // unitchecker runs nothing here
	}
	name := strings.NewReplacer("/", "_", " ", "_", "[", "_", "]", "_").Replace(cfg.ID)
	f, err := os.Create(filepath.Join(dir, fmt.Sprintf("%s.%d.pprof", name, os.Getpid())))
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	stop := &analysis.Analyzer{
		Name:     "pyvetprofile",
		Doc:      "stops the CPU profile of a go vet unit (" + profileEnv + ")",
		Requires: last,
		Run: func(*analysis.Pass) (any, error) {
			pprof.StopCPUProfile()
			return nil, f.Close()
		},
	}
	return append(suite, stop), nil
}

// usesFacts reports whether a or one of its requirements has fact types:
// unitchecker's test for running an analyzer in a facts-only unit.
func usesFacts(a *analysis.Analyzer) bool {
	if len(a.FactTypes) > 0 {
		return true
	}
	for _, r := range a.Requires {
		if usesFacts(r) {
			return true
		}
	}
	return false
}

// writeHeapProfile writes the allocations of the run (-memprofile). The
// profile is as of the last garbage collection, so it runs one first.
func writeHeapProfile(name string, stderr io.Writer) {
	runtime.GC()
	f, err := os.Create(name)
	if err == nil {
		err = pprof.Lookup("allocs").WriteTo(f, 0)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "pyvet: -memprofile: %v\n", err)
	}
}
