package driver

import (
	"bufio"
	"fmt"
	"os"
	"path"
	"regexp"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// warnings writes one line per package that was type-checked from source
// but not fully: the first cause wins (cgo failed, cgo off, syntax errors,
// type errors, other go list errors). Test variants of a package share its
// line.
func (ld *loader) warnings(src []*unit, roots []*unit) []Warning {
	byPath := map[string]Warning{}
	for _, u := range src {
		if u.out == nil {
			continue
		}
		path := u.meta.PkgPath
		if _, dup := byPath[path]; dup {
			continue
		}
		if text := ld.warning(u); text != "" {
			byPath[path] = Warning{PkgPath: path, Text: text}
		}
	}
	for _, path := range ld.skipped {
		byPath[path] = Warning{PkgPath: path, Text: "skipped: cgo is disabled (CGO_ENABLED=0) and the package is made only of cgo files, which go list then does not see; set CGO_ENABLED=1 (cgo needs a C compiler and Python's headers) to analyze it"}
	}
	var out []Warning
	for _, w := range byPath {
		out = append(out, w)
	}
	sortWarnings(out)
	return out
}

const asWritten = "analyzing its files as written, without C types (findings may be missing)"

func (ld *loader) warning(u *unit) string {
	p := u.meta
	var listErrs []packages.Error
	for _, e := range listErrors(p) {
		if e.Kind != packages.TypeError && e.Kind != packages.ParseError {
			listErrs = append(listErrs, e)
		}
	}
	if len(u.cgoOff) > 0 {
		return fmt.Sprintf("cgo is disabled (CGO_ENABLED=0): %s; set CGO_ENABLED=1 (cgo needs a C compiler and Python's headers) for full checks", asWritten)
	}
	for _, e := range listErrs {
		if text := cgoFailure(e.Msg); text != "" {
			return text
		}
	}
	if len(u.parseErrs) > 0 {
		return fmt.Sprintf("syntax error, analyzing what parsed (findings may be missing): %s%s", shortFile(errString(u.parseErrs[0])), more(len(u.parseErrs)))
	}
	if n := len(u.typeErrs); n > 0 {
		e := u.typeErrs[0]
		if strings.Contains(e.Msg, "could not import C") {
			return "cgo did not run on this package: " + asWritten
		}
		return fmt.Sprintf("type error, analyzing despite it (findings may be missing): %s: %s%s", shortFile(ld.fset.Position(e.Pos).String()), e.Msg, more(n))
	}
	return "" // go list's other errors are load errors (loaderr.go)
}

func more(n int) string {
	if n > 1 {
		return fmt.Sprintf(" (and %d more)", n-1)
	}
	return ""
}

func errString(err error) string {
	return strings.TrimSpace(firstLine(err.Error()))
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	lines := strings.Split(s, "\n")
	// go list's cgo errors start with "# pkg"; skip that header.
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "# ") {
			return l
		}
	}
	return lines[0]
}

var (
	missingHeaderRE = regexp.MustCompile(`(?m)^(\S+?):(\d+):(\d+): fatal error: ([^:\n]+): No such file or directory`)
	pkgConfigRE     = regexp.MustCompile(`(?m)Package (\S+?),? (?:was not found in the pkg-config search path|required by .*, not found)`)
	noCCRE          = regexp.MustCompile(`exec: "([^"]+)": executable file not found`)
	killedRE        = regexp.MustCompile(`signal: killed|Killed signal terminated program`)
	// cgoErrorRE matches the lines of a failed cgo step: the C compiler's
	// errors ("x.c:3:1: error: …") and cgo's own ("could not determine
	// what C.f refers to").
	cgoErrorRE = regexp.MustCompile(`(?m)^.*(?: error: |could not determine |cgo: |gcc: |cc1: |clang: ).*$`)
)

const howTo = `point cgo at Python's headers: install python3-dev (Debian), put "#cgo pkg-config: python3-embed" in the preamble or set PKG_CONFIG_PATH to the directory of python3-embed.pc, or set CGO_CFLAGS="$(python3-config --includes)"`

// pythonHeader reports whether an included file is one of CPython's
// headers: only then is python3-dev the advice.
func pythonHeader(name string) bool {
	switch path.Base(name) {
	case "Python.h", "structmember.h", "frameobject.h", "pythread.h", "pythoncapi_compat.h":
		return true
	}
	return strings.HasPrefix(strings.ToLower(name), "python")
}

// cgoFailure turns go list's report of a failed cgo step into one line, or
// "" when msg is something else.
func cgoFailure(msg string) string {
	if m := missingHeaderRE.FindStringSubmatch(msg); m != nil {
		advice := howTo
		if !pythonHeader(m[4]) {
			advice = fmt.Sprintf("install the package that provides %s, or add its directory to CGO_CFLAGS (-I)", m[4])
		}
		return fmt.Sprintf("cgo failed: header %s not found (included at %s:%s); %s; %s", m[4], shortFile(m[1]), m[2], asWritten, advice)
	}
	if m := pkgConfigRE.FindStringSubmatch(msg); m != nil {
		advice := howTo
		if !strings.HasPrefix(m[1], "python") {
			advice = fmt.Sprintf("install the package that provides %s.pc, or add its directory to PKG_CONFIG_PATH", m[1])
		}
		return fmt.Sprintf("cgo failed: pkg-config found no package %s; %s; %s", m[1], asWritten, advice)
	}
	if m := noCCRE.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("cgo failed: no C compiler (%s not found; install gcc or set CC); %s", m[1], asWritten)
	}
	if !isBuildOutput(msg) {
		return ""
	}
	if killedRE.MatchString(msg) {
		return fmt.Sprintf("cgo failed: the compiler ran out of memory (it was killed); %s; free memory or build with fewer jobs (-p 1)", asWritten)
	}
	if line := cgoErrorRE.FindString(msg); line != "" {
		return fmt.Sprintf("cgo failed: %s; %s", shortFile(strings.TrimSpace(line)), asWritten)
	}
	if strings.Contains(msg, "pkg-config") || strings.Contains(msg, "cgo") {
		return fmt.Sprintf("cgo failed: %s; %s", firstLine(msg), asWritten)
	}
	return ""
}

func shortFile(name string) string {
	if wd, err := os.Getwd(); err == nil {
		if rel, ok := strings.CutPrefix(name, wd+string(os.PathSeparator)); ok {
			return rel
		}
	}
	return name
}

// A generatedCache remembers which files say they are generated.
type generatedCache struct {
	mu    sync.Mutex
	files map[string]bool
}

func newGeneratedCache() *generatedCache { return &generatedCache{files: map[string]bool{}} }

var generatedRE = regexp.MustCompile(`^// Code generated .* DO NOT EDIT\.$`)

// generated reports whether the file (a user's file: positions in cgo's
// output map to it) has the generated-code comment before its package
// clause.
func (g *generatedCache) generated(name string) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	if v, ok := g.files[name]; ok {
		return v
	}
	v := false
	if f, err := os.Open(name); err == nil {
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
		for sc.Scan() {
			line := strings.TrimRight(sc.Text(), "\r")
			if generatedRE.MatchString(line) {
				v = true
				break
			}
			if strings.HasPrefix(line, "package ") {
				break
			}
		}
		f.Close()
	}
	g.files[name] = v
	return v
}

// SkipGenerated returns copies of the analyzers that drop findings in
// generated files exactly as Run does (the file a position maps to
// decides, so cgo's output is judged by the user's file), for drivers that
// print whatever the analyzers report: go vet's. Facts are unaffected.
func SkipGenerated(as []*analysis.Analyzer) []*analysis.Analyzer {
	gen := newGeneratedCache()
	out := make([]*analysis.Analyzer, len(as))
	for i, a := range as {
		c := *a
		run := a.Run
		c.Run = func(pass *analysis.Pass) (any, error) {
			report := pass.Report
			pass.Report = func(d analysis.Diagnostic) {
				if !gen.generated(pass.Fset.Position(d.Pos).Filename) {
					report(d)
				}
			}
			return run(pass)
		}
		out[i] = &c
	}
	return out
}
