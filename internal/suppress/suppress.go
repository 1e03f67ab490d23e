// Package suppress implements pyvet's suppression directives, for every
// check and in every driver (pyvet, go vet, golangci-lint, gopls): package
// analyzers applies them around each check's Run where it assembles the
// suite, so no check has to know about them.
//
// A finding is suppressed by a line comment
//
//	//pyvet:ignore NAME[,NAME…] -- reason
//
// where NAME is a check (borrowedref) or a rule ID (borrowedref/stored-borrow),
// placed
//
//   - at the end of the offending line,
//   - alone on the line above it, or
//   - in the doc comment of the enclosing function declaration, where it
//     covers the whole function;
//
// and for a whole file by //pyvet:file-ignore NAME[,NAME…] -- reason,
// anywhere in it.
//
// The reason after "--" is required (it ends at a further "//", which
// starts an ordinary comment). A directive without one, or naming a check
// or rule pyvet does not have, suppresses nothing and is itself reported,
// at the directive, with rule ID pyvet/bad-directive: by the first check it
// names, or for an unknown name by the check whose name is nearest to it
// (so a misspelt "borowedref" is reported by borrowedref). A valid
// directive that suppresses none of a check's findings is reported by that
// check when it has run (pyvet/unmatched-directive), and "// pyvet:ignore",
// which Go does not treat as a directive, is reported as not one
// (pyvet/unrecognised-directive).
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
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/pyvet/pyvet/internal/analysisutil"
	"github.com/pyvet/pyvet/internal/goroot"
	"github.com/pyvet/pyvet/internal/registry"
	"github.com/pyvet/pyvet/internal/rules"
)

// Prefix starts a directive; FilePrefix a file-wide one.
const (
	Prefix     = "//pyvet:ignore"
	FilePrefix = "//pyvet:file-ignore"
)

// The rule IDs of the findings about directives.
const (
	BadDirective          = "pyvet/bad-directive"
	UnmatchedDirective    = "pyvet/unmatched-directive"
	UnrecognisedDirective = "pyvet/unrecognised-directive"
)

// IsDirective reports whether category is that of a finding about a
// directive; no directive suppresses those.
func IsDirective(category string) bool {
	return strings.HasPrefix(category, rules.Directives+"/")
}

// Checks returns the check names a directive may use: the registry's.
func Checks() []string { return registry.Names() }

// Known reports whether name is a check a directive may name.
func Known(name string) bool {
	_, ok := registry.Lookup(name)
	return ok
}

// firstCheck reports the directives that name no check.
func firstCheck() string { return registry.Names()[0] }

// owner returns the check a directive's name belongs to: the check itself,
// or a rule ID's check; "" for a name pyvet does not know.
func owner(name string) string {
	if Known(name) {
		return name
	}
	if r, ok := rules.Lookup(name); ok && Known(r.Check()) {
		return r.Check()
	}
	return ""
}

// A directive is one //pyvet:ignore or //pyvet:file-ignore comment, or a
// comment that looks like one and is not.
type directive struct {
	pos, end  token.Pos // of the comment, in pass.Fset
	line      int       // its line, as diagnostics are shown
	alone     bool      // nothing but blanks before it on its line
	wholeFile bool      // //pyvet:file-ignore
	fn        [2]int    // lines of the function whose doc holds it, else zero
	names     []string
	problem   string          // why it is void, or ""
	category  string          // the rule ID of the problem
	reporter  string          // the check that reports the problem
	used      map[string]bool // names that suppressed one of this pass's findings
}

// covers returns the name by which d suppresses check's finding of rule
// (its Category) shown at line, if it does.
func (d *directive) covers(check, rule string, line int) (string, bool) {
	if d.problem != "" {
		return "", false
	}
	if !(d.wholeFile || line == d.line || d.alone && line == d.line+1 || d.fn[0] <= line && line <= d.fn[1]) {
		return "", false
	}
	for _, n := range d.names {
		if n == check || rule != "" && n == rule && owner(n) == check {
			return n, true
		}
	}
	return "", false
}

// state is one pass's directives, by the file name diagnostics are shown in.
type state struct {
	pass  *analysis.Pass
	mu    sync.Mutex
	files map[string][]*directive
}

// Start begins suppression for the check of pass (pass.Analyzer.Name): it
// reports, through pass.Report, the bad directives this check is
// responsible for, and returns the report function the check is to use in
// its place, which drops the findings a directive suppresses. done, called
// once the check has run, reports the directives in the package's files
// that name this check (or one of its rules) and suppressed none of its
// findings. pass is not changed.
func Start(pass *analysis.Pass) (report func(analysis.Diagnostic), done func()) {
	if goroot.Std(pass.Fset, pass.Files) {
		return pass.Report, func() {} // no check reports in the standard library: see package goroot
	}
	s := &state{pass: pass, files: map[string][]*directive{}}
	next := pass.Report
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
	own := sortedKeys(s.files) // before suppressed adds files outside the package
	check := pass.Analyzer.Name
	for _, name := range own {
		for _, d := range s.files[name] {
			if d.problem != "" && d.reporter == check {
				next(analysis.Diagnostic{Pos: d.pos, End: d.end, Category: d.category, Message: d.problem})
			}
		}
	}
	filtered := func(d analysis.Diagnostic) {
		if !IsDirective(d.Category) && s.suppressed(check, d.Category, d.Pos) {
			return
		}
		next(d)
	}
	return filtered, func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		for _, name := range own {
			for _, d := range s.files[name] {
				if msg := d.unmatched(check); msg != "" {
					next(analysis.Diagnostic{Pos: d.pos, End: d.end, Category: UnmatchedDirective, Message: msg})
				}
			}
		}
	}
}

// unmatched says why d is stale for check, or returns "" when it is not:
// valid, naming check or one of its rules, and suppressing none of its
// findings by that name.
func (d *directive) unmatched(check string) string {
	if d.problem != "" {
		return ""
	}
	for _, n := range d.names {
		if owner(n) != check || d.used[n] {
			continue
		}
		if len(d.names) == 1 {
			return fmt.Sprintf("this %s matches no %s finding; remove it", d.kind(), n)
		}
		return fmt.Sprintf("this %s matches no %s finding; remove %s from it", d.kind(), n, n)
	}
	return ""
}

func (d *directive) kind() string {
	if d.wholeFile {
		return FilePrefix
	}
	return Prefix
}

func sortedKeys(m map[string][]*directive) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// suppressed reports whether a directive suppresses check's finding of rule
// at pos, and marks the directive used.
func (s *state) suppressed(check, rule string, pos token.Pos) bool {
	if !pos.IsValid() {
		return false
	}
	p := s.pass.Fset.Position(pos)
	s.mu.Lock()
	defer s.mu.Unlock()
	dirs, ok := s.files[p.Filename]
	if !ok { // a file outside the package's own: read it once
		dirs = s.load(p.Filename)
		s.files[p.Filename] = dirs
	}
	for _, d := range dirs {
		if n, ok := d.covers(check, rule, p.Line); ok {
			if d.used == nil {
				d.used = map[string]bool{}
			}
			d.used[n] = true
			return true
		}
	}
	return false
}

// readFile reads name as the driver sees it (analysisutil.ReadSource).
func (s *state) readFile(name string) ([]byte, error) { return analysisutil.ReadSource(s.pass, name) }

// mayHold reports whether text may hold a directive or a look-alike.
func mayHold(text []byte) bool {
	return bytes.Contains(text, []byte("pyvet:ignore")) || bytes.Contains(text, []byte("pyvet:file-ignore"))
}

// load reads and parses the file name when it holds a directive; the parse
// goes into pass.Fset so that bad directives can be reported where they are.
func (s *state) load(name string) []*directive {
	src, err := s.readFile(name)
	if err != nil || !mayHold(src) {
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
			has = has || mayHold([]byte(c.Text))
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
			d := parseComment(c.Text)
			if d == nil {
				continue
			}
			d.pos, d.end = c.Slash, c.End()
			d.line = fset.Position(c.Slash).Line
			d.alone = alone(fset, src, c.Slash)
			d.fn = inDoc[c]
			out = append(out, d)
		}
	}
	return out
}

// parseComment parses one comment: a directive, a look-alike with a space
// after "//" (reported, as Go tools do not treat it as a directive), or
// nil for any other comment (//pyvet:ignorefoo included).
func parseComment(text string) *directive {
	for _, prefix := range []string{Prefix, FilePrefix} {
		if rest, ok := strings.CutPrefix(text, prefix); ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t') {
			d := parse(rest, prefix)
			d.wholeFile = prefix == FilePrefix
			return d
		}
		spaced := strings.TrimLeft(strings.TrimPrefix(text, "//"), " \t")
		if rest, ok := strings.CutPrefix(spaced, prefix[2:]); ok && strings.HasPrefix(text, "//") && spaced != text[2:] && (rest == "" || rest[0] == ' ' || rest[0] == '\t') {
			d := &directive{category: UnrecognisedDirective, reporter: firstCheck()}
			if f := strings.Fields(rest); len(f) > 0 {
				if o := owner(strings.Split(f[0], ",")[0]); o != "" {
					d.reporter = o
				}
			}
			d.problem = fmt.Sprintf("\"// %s\" is not a directive, so it suppresses nothing; write %s, with no space", prefix[2:], prefix)
			return d
		}
	}
	return nil
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

// parse parses the text after the prefix: " NAME[,NAME…] -- reason".
func parse(rest, prefix string) *directive {
	d := &directive{category: BadDirective}
	usage := "write " + prefix + " CHECK -- reason"
	kind := prefix[2:]
	fields := strings.Fields(rest)
	if len(fields) == 0 || fields[0] == "--" {
		d.problem = kind + " names no check, so it suppresses nothing; " + usage
		d.reporter = firstCheck()
		return d
	}
	for _, n := range strings.Split(fields[0], ",") {
		if n = strings.TrimSpace(n); n != "" {
			d.names = append(d.names, n)
		}
	}
	var unknown []string
	for _, n := range d.names {
		if o := owner(n); o == "" {
			unknown = append(unknown, n)
		} else if d.reporter == "" {
			d.reporter = o
		}
	}
	var problems []string
	for _, n := range unknown {
		near := nearest(n)
		if d.reporter == "" {
			d.reporter = owner(near)
		}
		what := "check"
		if strings.Contains(n, "/") {
			what = "rule"
		}
		problems = append(problems, fmt.Sprintf("unknown %s %q (did you mean %s?)", what, n, near))
	}
	after := strings.TrimSpace(strings.TrimSpace(rest)[len(fields[0]):])
	if i := strings.Index(after, "//"); i >= 0 {
		after = after[:i] // a comment after the directive is not its reason
	}
	reasonless := false
	if reason, ok := strings.CutPrefix(after, "--"); !ok {
		problems, reasonless = append(problems, "no reason"), true
	} else if strings.TrimSpace(reason) == "" {
		problems, reasonless = append(problems, "an empty reason"), true
	}
	if len(problems) > 0 {
		d.problem = fmt.Sprintf("%s has %s, so it suppresses nothing", kind, strings.Join(problems, " and "))
		if reasonless {
			d.problem += "; " + usage
		}
	}
	return d
}

// nearest returns the name a directive may use nearest to name in edit
// distance, the first listed on a tie: a check, or for a name with a slash
// a rule ID.
func nearest(name string) string {
	var candidates []string
	if strings.Contains(name, "/") {
		for _, r := range rules.All() {
			if Known(r.Check()) {
				candidates = append(candidates, r.ID)
			}
		}
	}
	if len(candidates) == 0 {
		candidates = Checks()
	}
	best, dist := candidates[0], -1
	for _, c := range candidates {
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
