// Command pyvet checks Go code that calls the CPython C API through cgo for
// hazards on free-threaded Python.
//
// Usage:
//
//	pyvet [flags] packages            # e.g. pyvet ./...
//	pyvet -json ./...                 # x/tools JSON, keyed by check name
//	pyvet -sarif ./... > pyvet.sarif  # SARIF 2.1.0, for code scanning
//	pyvet -fix ./...                  # apply the suggested fixes
//	pyvet -diff ./...                 # print them as a unified diff instead
//	go vet -vettool=$(command -v pyvet) ./...
//	pyvet help [check]                # the checks and their documentation
//	pyvet lsp                         # language server for editors (docs/editors.md)
//
// cgo must find Python's headers: install python3-dev (Debian) and add
// "#cgo pkg-config: python3-embed" to the preamble, or set CGO_CFLAGS.
//
// pyvet type-checks from source only the packages that can matter: those
// that use cgo and those that import one that does; everything else is read
// from the compiler's export data and not analyzed (see internal/driver).
// When a package cannot be fully analyzed (cgo failed or is disabled, syntax
// or type errors, a check failed), pyvet prints one line about it on
// stderr, analyzes what it can, and says so in its exit code.
//
// Exit codes:
//
//	0  no findings, every package analyzed
//	1  pyvet could not analyze (no packages, the go command failed), go list
//	   reported an error about a package or a dependency (missing go.sum
//	   entry, unresolvable import: printed with go's text, in every output
//	   mode, findings or not), or some package could not be fully analyzed
//	   and nothing was found;
//	   with -json, -sarif, -fix or -diff: any such problem, or a fix that
//	   could not be applied
//	2  bad flags
//	3  findings (x/tools' code for "diagnostics reported")
//	4  findings, and some package could not be fully analyzed
//
// With -json and -sarif the findings are in the output and do not change
// the exit code (as with x/tools' -json). Under go vet, go vet's own
// protocol and exit codes apply.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/pyvet/pyvet/analyzers"
	"github.com/pyvet/pyvet/docs"
	"github.com/pyvet/pyvet/internal/driver"
	"github.com/pyvet/pyvet/internal/rules"
)

const (
	exitClean    = 0
	exitFailed   = 1
	exitUsage    = 2
	exitFindings = 3
	exitPartial  = 4
)

const infoURI = "https://github.com/pyvet/pyvet"

func main() {
	if len(os.Args) > 1 && os.Args[1] == "lsp" {
		os.Exit(lspMain(os.Args[2:], os.Stdin, os.Stdout, os.Stderr))
	}
	suite := analyzers.All()
	if vetProtocol(os.Args[1:]) {
		// go vet asks for -V=full and -flags, then runs us on a .cfg file:
		// x/tools' unitchecker speaks that protocol (vet.go).
		vetMain(suite)
		return
	}
	os.Exit(run(os.Args[1:], suite, os.Stdout, os.Stderr))
}

// vetProtocol reports whether go vet (or a user speaking its protocol) is
// calling: -V, -flags, or a single .cfg file.
func vetProtocol(args []string) bool {
	var rest []string
	for _, a := range args {
		name := strings.TrimLeft(a, "-")
		if strings.HasPrefix(a, "-") && (name == "flags" || name == "V" || strings.HasPrefix(name, "V=")) {
			return true
		}
		if !strings.HasPrefix(a, "-") {
			rest = append(rest, a)
		}
	}
	return len(rest) == 1 && strings.HasSuffix(rest[0], ".cfg")
}

// triState is an enable flag: unset, true or false.
type triState int

const (
	unset triState = iota
	setTrue
	setFalse
)

func (t *triState) IsBoolFlag() bool { return true }
func (t *triState) String() string {
	switch *t {
	case setTrue:
		return "true"
	case setFalse:
		return "false"
	}
	return "unset"
}
func (t *triState) Set(v string) error {
	b, err := strconv.ParseBool(v)
	if err != nil {
		return err
	}
	if b {
		*t = setTrue
	} else {
		*t = setFalse
	}
	return nil
}

// hidden flags are for the benchmark and debugging; usage leaves them out.
var hidden = map[string]bool{"floor": true, "analyze-all": true}

func run(args []string, suite []*analysis.Analyzer, stdout, stderr io.Writer) int {
	prog := "pyvet"
	fs := flag.NewFlagSet(prog, flag.ContinueOnError)
	fs.SetOutput(stderr)
	var (
		jsonOut    = fs.Bool("json", false, "emit x/tools JSON output")
		sarifOut   = fs.Bool("sarif", false, "emit SARIF 2.1.0 output")
		context    = fs.Int("c", -1, "display offending line with this many lines of context")
		fix        = fs.Bool("fix", false, "apply the suggested fixes to your files")
		diff       = fs.Bool("diff", false, "print the suggested fixes as a unified diff (implies -fix, writes nothing)")
		tests      = fs.Bool("test", true, "analyze test files too")
		tags       = fs.String("tags", "", "comma-separated build tags")
		cpuprofile = fs.String("cpuprofile", "", "write a CPU profile to this file")
		memprofile = fs.String("memprofile", "", "write an allocation profile to this file when done")
		debug      = fs.String("debug", "", `debug flags: "v" prints what was loaded and analyzed`)
		floor      = fs.Bool("floor", false, "benchmark floor: run one no-op analyzer, without facts, on every package")
		analyzeAll = fs.Bool("analyze-all", false, "analyze every package, the Go distribution included")
	)
	enabled := map[*analysis.Analyzer]*triState{}
	for _, a := range suite {
		t := new(triState)
		enabled[a] = t
		fs.Var(t, a.Name, fmt.Sprintf("enable %q analysis", a.Name))
		a.Flags.VisitAll(func(f *flag.Flag) {
			fs.Var(f.Value, a.Name+"."+f.Name, f.Usage)
		})
	}
	fs.Usage = func() { usage(fs, stderr) }
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return exitClean
		}
		return exitUsage
	}
	rest := fs.Args()
	if len(rest) == 0 {
		usage(fs, stderr)
		return exitFailed
	}
	if rest[0] == "help" {
		return help(stdout, stderr, suite, fs, rest[1:])
	}
	if *jsonOut && *sarifOut {
		fmt.Fprintln(stderr, "pyvet: -json and -sarif are exclusive")
		return exitUsage
	}
	if *diff {
		*fix = true
	}

	// -NAME selects checks: if any is true, only those; else all but the
	// false ones.
	var checks []*analysis.Analyzer
	anyTrue := slices.ContainsFunc(suite, func(a *analysis.Analyzer) bool { return *enabled[a] == setTrue })
	for _, a := range suite {
		if (anyTrue && *enabled[a] == setTrue) || (!anyTrue && *enabled[a] != setFalse) {
			checks = append(checks, a)
		}
	}
	cfg := &driver.Config{Analyzers: checks, Patterns: rest, Tests: *tests, AnalyzeAll: *analyzeAll}
	if *tags != "" {
		cfg.BuildFlags = []string{"-tags=" + *tags}
	}
	if *floor {
		cfg.Floor = true
		cfg.Analyzers = []*analysis.Analyzer{noop}
	}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fmt.Fprintf(stderr, "pyvet: %v\n", err)
			return exitFailed
		}
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}

	if *memprofile != "" {
		runtime.MemProfileRate = 64 << 10
		defer writeHeapProfile(*memprofile, stderr)
	}
	res, err := driver.Run(cfg)
	if err != nil {
		fmt.Fprintf(stderr, "pyvet: %v\n", err)
		if *sarifOut {
			// Code scanning wants a log even when nothing could be loaded:
			// one with no results, the error its notification.
			failed := &driver.Result{Analyzers: checks, LoadErrors: []string{err.Error()}}
			failed.PrintSARIF(stdout, prog, version(), infoURI)
		}
		return exitFailed
	}
	if strings.Contains(*debug, "v") {
		s := res.Stats
		fmt.Fprintf(stderr, "pyvet: %d packages, %d roots, %d type-checked from source, %d analyzed\n", s.Packages, s.Roots, s.Source, s.Analyzed)
		for _, note := range res.Debug {
			fmt.Fprintf(stderr, "pyvet: debug: %s\n", note)
		}
	}
	res.PrintWarnings(stderr, prog)
	res.PrintLoadErrors(stderr, prog)
	partial := len(res.Warnings) > 0
	loadFailed := len(res.LoadErrors) > 0

	switch {
	case *fix:
		plan := res.PlanFixes()
		for _, w := range plan.Warnings {
			fmt.Fprintf(stderr, "pyvet: %s\n", w)
		}
		if *diff {
			plan.Diff(stdout, relativeTo(res.ModuleRoot))
		} else if err := plan.Write(); err != nil {
			fmt.Fprintf(stderr, "pyvet: %v\n", err)
			return exitFailed
		}
		if partial || loadFailed || len(plan.Warnings) > 0 {
			return exitFailed
		}
		return exitClean
	case *jsonOut:
		if err := res.PrintJSON(stdout); err != nil {
			fmt.Fprintf(stderr, "pyvet: %v\n", err)
			return exitFailed
		}
	case *sarifOut:
		if err := res.PrintSARIF(stdout, prog, version(), infoURI); err != nil {
			fmt.Fprintf(stderr, "pyvet: %v\n", err)
			return exitFailed
		}
	default:
		res.PrintText(stderr, *context)
		switch {
		case loadFailed:
			return exitFailed
		case len(res.Diagnostics) > 0 && partial:
			return exitPartial
		case len(res.Diagnostics) > 0:
			return exitFindings
		}
	}
	if partial || loadFailed {
		return exitFailed
	}
	return exitClean
}

// version is pyvet's module version as the go command stamped it
// (go install …@v0.1.0), else "devel".
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}

// relativeTo shows file names relative to the module root, for diffs.
func relativeTo(root string) func(string) string {
	return func(name string) string {
		if root != "" {
			if rel, err := filepath.Rel(root, name); err == nil && filepath.IsLocal(rel) {
				return filepath.ToSlash(rel)
			}
		}
		return name
	}
}

// noop is the benchmark floor's analyzer: it does nothing and declares no
// facts.
var noop = &analysis.Analyzer{
	Name: "noop",
	Doc:  "noop does nothing (the benchmark's floor)",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}

func usage(fs *flag.FlagSet, w io.Writer) {
	fmt.Fprint(w, `pyvet checks Go code that calls the CPython C API for hazards on free-threaded Python.

Usage: pyvet [flags] packages
       pyvet help [check or rule ID]
       pyvet lsp    (a language server on stdin/stdout: docs/editors.md)
       go vet -vettool=$(command -v pyvet) packages

Flags:
`)
	fs.VisitAll(func(f *flag.Flag) {
		if hidden[f.Name] {
			return
		}
		fmt.Fprintf(w, "  -%s\n    \t%s%s\n", f.Name, f.Usage, defaultNote(f))
	})
}

// defaultNote is " (default X)" for a flag whose default is worth saying:
// not the zero value, nor an enable flag's "unset".
func defaultNote(f *flag.Flag) string {
	switch f.DefValue {
	case "", "false", "0", "unset", "[]":
		return ""
	}
	if strings.Contains(f.Usage, "(default") {
		return ""
	}
	return fmt.Sprintf(" (default %s)", f.DefValue)
}

func help(stdout, stderr io.Writer, suite []*analysis.Analyzer, fs *flag.FlagSet, names []string) int {
	if len(names) == 0 {
		fmt.Fprint(stdout, "pyvet checks Go code that calls the CPython C API for hazards on free-threaded Python.\n\nChecks:\n")
		for _, a := range suite {
			fmt.Fprintf(stdout, "    %-14s %s\n", a.Name, strings.TrimPrefix(firstLine(a.Doc), a.Name+": "))
		}
		fmt.Fprint(stdout, "\nRun 'pyvet help CHECK' for a check's documentation and flags, 'pyvet help RULE-ID' for a rule's.\n")
		return exitClean
	}
	code := exitClean
	for _, name := range names {
		if r, ok := rules.Lookup(name); ok {
			md, _ := docs.Section(strings.TrimPrefix(r.Page(), "docs/"), r.ID)
			fmt.Fprintf(stdout, "%s: %s\n\n%s\n\nMore: %s\n", r.ID, r.Short, md, r.URL())
			continue
		}
		i := slices.IndexFunc(suite, func(a *analysis.Analyzer) bool { return a.Name == name })
		if i < 0 {
			var valid []string
			for _, a := range suite {
				valid = append(valid, a.Name)
			}
			fmt.Fprintf(stderr, "pyvet: no check or rule named %q; the checks are %s (and their rule IDs, CHECK/rule)\n", name, strings.Join(valid, ", "))
			code = exitUsage
			continue
		}
		a := suite[i]
		fmt.Fprintln(stdout, a.Doc) // its title line starts with the name
		if rs := rules.ForCheck(a.Name); len(rs) > 0 {
			fmt.Fprint(stdout, "\nRules:\n")
			for _, r := range rs {
				fmt.Fprintf(stdout, "  %s\n    \t%s\n", r.ID, r.Short)
			}
		}
		first := true
		a.Flags.VisitAll(func(f *flag.Flag) {
			if first {
				fmt.Fprint(stdout, "\nFlags:\n")
				first = false
			}
			fmt.Fprintf(stdout, "  -%s.%s\n    \t%s%s\n", a.Name, f.Name, f.Usage, defaultNote(f))
		})
		if a.URL != "" {
			fmt.Fprintf(stdout, "\nMore: %s\n", a.URL)
		}
	}
	return code
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}
