// Package driver is pyvet's standalone analysis driver. It keeps the x/tools
// command-line contract (patterns, -json keyed by check, text output) but
// pays for type-checking from source only where pyvet can find something.
//
// # Which packages are analyzed
//
// One go list call (through go/packages: metadata, cgo's output and export
// data, no syntax, no types) gives the whole import graph. A package
// matters when it is outside the Go distribution and one of its files
// imports "C" (any cgo: the checks look up C functions by name, and a
// binding's own header may include Python.h), or when it imports, directly
// or not, a package that matters. Only those packages are parsed and
// type-checked from source, and only they are given to the analyzers (with
// their import edges cut down to packages that matter, so that facts flow
// between them and nowhere else). Every other package that they import is
// read from the compiler's export data, as a driver whose analyzers declare
// no facts would. A package that does not matter can neither call C nor use
// a fact about a function that does, so the checks could not say anything
// there; it costs one line of go list output and nothing else.
//
// # When a package cannot be fully analyzed
//
// A package whose cgo step failed (no Python.h, no pkg-config module, no C
// compiler) arrives as written, with C.f untyped; with CGO_ENABLED=0 its cgo
// files are taken back from the ignored files (those a cgo-enabled build
// would compile); a package with syntax or type errors is checked with what
// parsed and type-checked. In each case the checks run on that shape
// (they run despite errors) and the package gets one warning line saying
// why and what to do.
//
// # Generated files
//
// Findings in files that say "// Code generated … DO NOT EDIT." are dropped,
// except in the files cmd/cgo writes from the user's own files: positions
// there map (through //line) to the user's file, and that file decides.
// Facts are still computed from generated code, so a generated wrapper's
// callers are reported.
package driver

import (
	"context"
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// Config says what to analyze and how.
type Config struct {
	// Analyzers are run as given: a panic in one crashes the run unless
	// they were assembled (analyzers.Assemble), as the suite is.
	Analyzers  []*analysis.Analyzer
	Patterns   []string
	Tests      bool     // analyze test files too (the -test flag)
	BuildFlags []string // e.g. -tags=foo
	Dir        string   // where to run go list; "" is the current directory
	Env        []string // nil: os.Environ()
	Sequential bool     // run the analyzers one at a time

	// Overlay maps absolute file names to contents that replace the files
	// on disk (an editor's unsaved buffers): go list runs cgo on them, the
	// loader parses them, the analyzers read them through pass.ReadFile
	// (the original of a cgo file included, for fixes and //pyvet:ignore),
	// and fixes and printed lines are computed on them.
	Overlay map[string][]byte
	// Context, when set, cancels the run: go list is killed, and Run
	// returns the context's error between its phases.
	Context context.Context

	// Floor makes the driver the benchmark's floor: every root package is
	// type-checked from source, every dependency read from export data,
	// whatever it imports (what a driver without facts does).
	Floor bool
	// AnalyzeAll treats every package as one that matters, the Go
	// distribution included (a debugging aid and the silence test's
	// strongest form).
	AnalyzeAll bool
	// Listing, when set, is List's answer for this configuration: Run
	// analyzes those packages again without running go list (a test that
	// analyzes the same packages many times).
	Listing *Listing
}

func (c *Config) env() []string {
	if c.Env != nil {
		return c.Env
	}
	return os.Environ()
}

func (c *Config) cancelled() error {
	if c.Context == nil {
		return nil
	}
	return c.Context.Err()
}

// A Result is what one run found.
type Result struct {
	Fset        *token.FileSet
	Diagnostics []*Diagnostic // roots' findings: sorted, deduplicated, generated files dropped
	Warnings    []Warning     // one per package that could not be fully analyzed, sorted
	LoadErrors  []string      // go list's errors about the packages, "pos: message" (see loaderr.go)
	ModuleRoot  string        // the main module's directory ("" outside a module)
	Analyzers   []*analysis.Analyzer

	// Graph is the checker's action graph (nil when nothing mattered).
	Graph *checker.Graph

	// Stats counts packages, for -debug and the benchmark.
	Stats Stats
	// Debug are the analyzers' notes for -debug=v, "pkg: file:line:
	// text", sorted: their diagnostics of Category "debug" (the flow
	// engine's flow.DebugCategory), which are no findings.
	Debug []string

	overlay map[string][]byte // Config.Overlay
}

// Stats counts what the loader did.
type Stats struct {
	Packages int // in the import graph
	Roots    int // named by the patterns
	Source   int // type-checked from source
	Analyzed int // roots given to the analyzers
}

// A Diagnostic is one finding with its check and package.
type Diagnostic struct {
	analysis.Diagnostic
	Analyzer *analysis.Analyzer
	PkgID    string
	Posn     token.Position
	End      token.Position
}

// A Warning says why a package could not be fully analyzed.
type Warning struct {
	PkgPath string
	Text    string // one line, without the package path
}

func (w Warning) String() string { return w.PkgPath + ": " + w.Text }

// Run loads and analyzes. An error means nothing could be analyzed (the go
// command failed, or the patterns matched nothing); errors go list reports
// about some packages are in Result.LoadErrors, and the rest is analyzed.
func Run(cfg *Config) (*Result, error) {
	ld := &loader{
		cfg:      cfg,
		fset:     token.NewFileSet(),
		universe: newUniverse(),
		cpu:      make(chan struct{}, runtime.GOMAXPROCS(0)),
	}
	roots, err := ld.load()
	if err != nil {
		return nil, err
	}
	if cfg.Floor {
		for _, r := range roots {
			r.matters = true
		}
	}
	if err := cfg.cancelled(); err != nil {
		return nil, err
	}
	ld.prepare(roots)
	ld.universe.variants(ld.units)
	ld.findSourceBelow()

	res := &Result{Fset: ld.fset, Analyzers: cfg.Analyzers, overlay: cfg.Overlay}
	res.Stats.Packages = len(ld.units)
	res.Stats.Roots = len(roots)
	for _, r := range roots {
		if r.meta.Module != nil && r.meta.Module.Main && res.ModuleRoot == "" {
			res.ModuleRoot = r.meta.Module.Dir
		}
	}

	// Type-check the source units, dependencies first, in parallel.
	var src []*unit
	for _, u := range ld.units {
		if u.source {
			src = append(src, u)
		}
	}
	slices.SortFunc(src, func(a, b *unit) int { return strings.Compare(a.meta.ID, b.meta.ID) })
	res.Stats.Source = len(src)
	var wg sync.WaitGroup
	for _, u := range src {
		wg.Add(1)
		go func() { defer wg.Done(); ld.check(u) }()
	}
	wg.Wait()
	if err := cfg.cancelled(); err != nil {
		return nil, err
	}

	var pkgs []*packages.Package
	seen := map[*unit]bool{}
	for _, r := range roots {
		if r.matters && !seen[r] {
			seen[r] = true
			pkgs = append(pkgs, r.out)
		}
	}
	res.Stats.Analyzed = len(pkgs)
	res.Warnings = ld.warnings(src, roots)
	res.LoadErrors = ld.loadErrors()
	if len(pkgs) == 0 {
		return res, nil
	}
	as, given := withOverlay(cfg.Analyzers, cfg.Overlay)
	graph, err := checker.Analyze(as, pkgs, &checker.Options{Sequential: cfg.Sequential})
	if err != nil {
		return nil, err
	}
	res.Graph = graph
	res.collect(ld, given)
	return res, nil
}

// collect gathers the roots' findings and the checks' errors. given maps
// the analyzers that ran to those the configuration gave.
func (res *Result) collect(ld *loader, given func(*analysis.Analyzer) *analysis.Analyzer) {
	gen := newGeneratedCache()
	type key struct {
		posn, end token.Position
		a         *analysis.Analyzer
		msg       string
	}
	seen := map[key]bool{}
	failed := map[string][]string{} // package path → "check: error"
	for act := range res.Graph.All() {
		if act.Err != nil {
			if strings.HasPrefix(act.Err.Error(), "failed prerequisites") ||
				strings.HasPrefix(act.Err.Error(), "analysis skipped due to errors") {
				continue // the cause is reported on its own
			}
			msg := act.Err.Error()
			if i := strings.IndexByte(msg, '\n'); i >= 0 {
				msg = msg[:i]
			}
			failed[act.Package.PkgPath] = append(failed[act.Package.PkgPath], act.Analyzer.Name+": "+msg)
			continue
		}
		res.Debug = append(res.Debug, debugNotes(ld.fset, act)...)
		if !act.IsRoot {
			continue
		}
		for _, d := range act.Diagnostics {
			if d.Category == debugCategory {
				continue
			}
			posn := ld.fset.Position(d.Pos)
			end := posn
			if d.End.IsValid() {
				end = ld.fset.Position(d.End)
			}
			if gen.generated(posn.Filename) {
				continue
			}
			a := given(act.Analyzer)
			k := key{posn, end, a, d.Message}
			if seen[k] {
				continue
			}
			seen[k] = true
			res.Diagnostics = append(res.Diagnostics, &Diagnostic{Diagnostic: d, Analyzer: a, PkgID: act.Package.ID, Posn: posn, End: end})
		}
	}
	slices.SortStableFunc(res.Diagnostics, func(a, b *Diagnostic) int {
		if c := comparePosn(a.Posn, b.Posn); c != 0 {
			return c
		}
		if c := strings.Compare(a.Analyzer.Name, b.Analyzer.Name); c != 0 {
			return c
		}
		return strings.Compare(a.Message, b.Message)
	})
	for path, errs := range failed {
		slices.Sort(errs)
		errs = slices.Compact(errs)
		res.Warnings = append(res.Warnings, Warning{PkgPath: path, Text: "a check failed, its findings here are missing: " + strings.Join(errs, "; ")})
	}
	sortWarnings(res.Warnings)
	slices.Sort(res.Debug)
	res.Debug = slices.Compact(res.Debug)
}

// debugCategory marks an analyzer's diagnostic as a note for -debug=v
// (flow.DebugCategory; TestDebugNotes fails if the two differ).
const debugCategory = "debug"

// debugNotes returns act's notes for -debug=v, of any package the
// analyzers ran on (the flow engine runs on dependencies too).
func debugNotes(fset *token.FileSet, act *checker.Action) []string {
	var out []string
	for _, d := range act.Diagnostics {
		if d.Category == debugCategory {
			posn := fset.Position(d.Pos)
			out = append(out, fmt.Sprintf("%s: %s:%d: %s", act.Package.PkgPath, filepath.Base(posn.Filename), posn.Line, d.Message))
		}
	}
	return out
}

func comparePosn(a, b token.Position) int {
	if c := strings.Compare(a.Filename, b.Filename); c != 0 {
		return c
	}
	if a.Line != b.Line {
		return a.Line - b.Line
	}
	return a.Column - b.Column
}

func sortWarnings(ws []Warning) {
	slices.SortFunc(ws, func(a, b Warning) int {
		if c := strings.Compare(a.PkgPath, b.PkgPath); c != 0 {
			return c
		}
		return strings.Compare(a.Text, b.Text)
	})
}
