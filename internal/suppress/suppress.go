// Package suppress implements pyvet's suppression directive, for every check
// and in every driver (pyvet, go vet, golangci-lint, gopls): internal/guard
// installs it around each check's Run, so no check has to know about it.
//
// A finding is suppressed by a line comment
//
//	//pyvet:ignore CHECK[,CHECK…] -- reason
//
// placed
//
//   - at the end of the offending line,
//   - alone on the line above it, or
//   - in the doc comment of the enclosing function declaration, where it
//     covers the whole function.
//
// The reason after "--" is required (it ends at a further "//", which
// starts an ordinary comment). A directive without one, or naming a
// check pyvet does not have, suppresses nothing and is itself reported, at
// the directive, with category "pyvet": by the first check it names, or for
// an unknown name by the check whose name is nearest to it (so a misspelt
// "borowedref" is reported by borrowedref).
//
// Diagnostics are matched by the line they are shown at, which for a
// cgo-processed file is the line in the user's file (cgo's //line
// directives map it there), so the directives are read from the user's
// original file. Each pass reads and parses a file at most once, and only
// when it holds a directive.
//
// golangci-lint's own //nolint:pyvet works as well; it is golangci-lint's
// and this package plays no part in it.
package suppress

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/pyvet/pyvet/internal/goroot"
)

// Prefix starts a directive.
const Prefix = "//pyvet:ignore"

// Category is the category of the diagnostics about bad directives.
const Category = "pyvet"

// checks are the names a directive may use: the suite's checks, including
// those being written. analyzers' tests check that every check of the suite
// is listed here.
var checks = [...]string{"borrowedref", "gilstate", "blocking", "osthread", "critsecnest"}

// Checks returns the check names a directive may use.
func Checks() []string { return slices.Clone(checks[:]) }

// Known reports whether name is a check a directive may name.
func Known(name string) bool { return slices.Contains(checks[:], name) }

// A directive is one //pyvet:ignore comment.
type directive struct {
	pos, end token.Pos // of the comment, in pass.Fset
	line     int       // its line, as diagnostics are shown
	alone    bool      // nothing but blanks before it on its line
	fn       [2]int    // lines of the function whose doc holds it, else zero
	names    []string
	problem  string // why it is void, or ""
	reporter string // the check that reports the problem
}

// covers reports whether d suppresses check's finding shown at line.
func (d *directive) covers(check string, line int) bool {
	if d.problem != "" || !slices.Contains(d.names, check) {
		return false
	}
	return line == d.line || d.alone && line == d.line+1 || d.fn[0] <= line && line <= d.fn[1]
}

// state is one pass's directives, by the file name diagnostics are shown in.
type state struct {
	pass  *analysis.Pass
	mu    sync.Mutex
	files map[string][]*directive
}

// Install makes pass.Report drop the findings that a directive suppresses
// and reports the bad directives this check is responsible for. It is meant
// for the checks of the suite (Known(pass.Analyzer.Name)).
func Install(pass *analysis.Pass) {
	if goroot.Std(pass.Fset, pass.Files) {
		return // no check reports in the standard library: see package goroot
	}
	s := &state{pass: pass, files: map[string][]*directive{}}
	report := pass.Report
	// The package's files as users wrote them: a file the driver gives as
	// written is used as it is (gopls: with unsaved edits); a cgo-processed
	// one is read from the original its //line directives name.
	for _, f := range pass.Files {
		name := pass.Fset.Position(f.Package).Filename
		if _, ok := s.files[name]; ok {
			continue
		}
		if tf := pass.Fset.File(f.Package); tf != nil && tf.Name() == name {
			s.files[name] = s.scan(f, name)
		} else {
			s.files[name] = s.load(name)
		}
	}
	for _, name := range sortedKeys(s.files) {
		for _, d := range s.files[name] {
			if d.problem != "" && d.reporter == pass.Analyzer.Name {
				report(analysis.Diagnostic{Pos: d.pos, End: d.end, Category: Category, Message: d.problem})
			}
		}
	}
	check := pass.Analyzer.Name
	pass.Report = func(d analysis.Diagnostic) {
		if d.Category != Category && s.suppressed(check, d.Pos) {
			return
		}
		report(d)
	}
}

func sortedKeys(m map[string][]*directive) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// suppressed reports whether a directive suppresses check's finding at pos.
func (s *state) suppressed(check string, pos token.Pos) bool {
	if !pos.IsValid() {
		return false
	}
	p := s.pass.Fset.Position(pos)
	s.mu.Lock()
	dirs, ok := s.files[p.Filename]
	if !ok { // a file outside the package's own: read it once
		dirs = s.load(p.Filename)
		s.files[p.Filename] = dirs
	}
	s.mu.Unlock()
	for _, d := range dirs {
		if d.covers(check, p.Line) {
			return true
		}
	}
	return false
}

// readFile reads name through the driver when it allows (gopls: the
// editor's buffer), else from disk: drivers refuse the original of a
// cgo-processed file, which is not among the files they were given.
func (s *state) readFile(name string) ([]byte, error) {
	if s.pass.ReadFile != nil {
		if b, err := s.pass.ReadFile(name); err == nil {
			return b, nil
		}
	}
	return os.ReadFile(name)
}

// load reads and parses the file name when it holds a directive; the parse
// goes into pass.Fset so that bad directives can be reported where they are.
func (s *state) load(name string) []*directive {
	src, err := s.readFile(name)
	if err != nil || !bytes.Contains(src, []byte(Prefix)) {
		return nil
	}
	f, err := parser.ParseFile(s.pass.Fset, name, src, parser.ParseComments|parser.SkipObjectResolution)
	if f == nil {
		return nil
	}
	_ = err // a partial parse still has the comments
	return directives(s.pass.Fset, f, src)
}

// scan returns the directives of a file the driver gave as written.
func (s *state) scan(f *ast.File, name string) []*directive {
	has := false
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			has = has || strings.HasPrefix(c.Text, Prefix)
		}
	}
	if !has {
		return nil
	}
	src, _ := s.readFile(name) // only to tell a trailing directive from one alone on its line
	return directives(s.pass.Fset, f, src)
}

// directives parses the directives of f, whose source is src (nil if
// unknown; a directive then counts as alone on its line).
func directives(fset *token.FileSet, f *ast.File, src []byte) []*directive {
	inDoc := map[*ast.Comment][2]int{}
	for _, decl := range f.Decls {
		if fd, ok := decl.(*ast.FuncDecl); ok && fd.Doc != nil {
			lines := [2]int{fset.Position(fd.Pos()).Line, fset.Position(fd.End()).Line}
			for _, c := range fd.Doc.List {
				inDoc[c] = lines
			}
		}
	}
	var out []*directive
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			rest, ok := strings.CutPrefix(c.Text, Prefix)
			if !ok || rest != "" && rest[0] != ' ' && rest[0] != '\t' {
				continue // e.g. //pyvet:ignorefoo
			}
			d := parse(rest)
			d.pos, d.end = c.Slash, c.End()
			d.line = fset.Position(c.Slash).Line
			d.alone = alone(fset, src, c.Slash)
			d.fn = inDoc[c]
			out = append(out, d)
		}
	}
	return out
}

// alone reports whether only blanks precede pos on its line of src.
func alone(fset *token.FileSet, src []byte, pos token.Pos) bool {
	off := fset.PositionFor(pos, false).Offset
	if src == nil || off > len(src) {
		return true
	}
	for i := off - 1; i >= 0 && src[i] != '\n'; i-- {
		if src[i] != ' ' && src[i] != '\t' {
			return false
		}
	}
	return true
}

const usage = "write " + Prefix + " CHECK[,CHECK…] -- reason"

// parse parses the text after the prefix: " CHECK[,CHECK…] -- reason".
func parse(rest string) *directive {
	d := &directive{}
	fields := strings.Fields(rest)
	if len(fields) == 0 || fields[0] == "--" {
		d.problem = "pyvet:ignore names no check, so it suppresses nothing; " + usage
		d.reporter = checks[0]
		return d
	}
	for _, n := range strings.Split(fields[0], ",") {
		if n = strings.TrimSpace(n); n != "" {
			d.names = append(d.names, n)
		}
	}
	var unknown []string
	for _, n := range d.names {
		if !Known(n) {
			unknown = append(unknown, n)
		} else if d.reporter == "" {
			d.reporter = n
		}
	}
	var problems []string
	for _, n := range unknown {
		near := nearest(n)
		if d.reporter == "" {
			d.reporter = near
		}
		problems = append(problems, fmt.Sprintf("unknown check %q (did you mean %s?)", n, near))
	}
	after := strings.TrimSpace(strings.TrimSpace(rest)[len(fields[0]):])
	if i := strings.Index(after, "//"); i >= 0 {
		after = after[:i] // a comment after the directive is not its reason
	}
	if reason, ok := strings.CutPrefix(after, "--"); !ok {
		problems = append(problems, "no reason")
	} else if strings.TrimSpace(reason) == "" {
		problems = append(problems, "an empty reason")
	}
	if len(problems) > 0 {
		d.problem = fmt.Sprintf("pyvet:ignore has %s, so it suppresses nothing; %s (checks: %s)",
			strings.Join(problems, " and "), usage, strings.Join(checks[:], ", "))
	}
	return d
}

// nearest returns the known check nearest to name in edit distance, the
// first listed on a tie.
func nearest(name string) string {
	best, dist := checks[0], -1
	for _, c := range checks {
		if d := distance(name, c); dist < 0 || d < dist {
			best, dist = c, d
		}
	}
	return best
}

// distance is the Levenshtein distance between a and b.
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
