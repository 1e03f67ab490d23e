package driver

import (
	"cmp"
	"encoding/json"
	"fmt"
	"go/token"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"
)

// PrintText prints one line per finding, "file:line:col: message (RULE)",
// where RULE is the finding's rule ID (its check's name when it has none),
// and under it, indented, "file:line:col: message" for each related
// position; with contextLines >= 0, that many lines of context around each.
func (res *Result) PrintText(w io.Writer, contextLines int) error {
	files := map[string][]string{}
	lines := func(name string) []string {
		if l, ok := files[name]; ok {
			return l
		}
		data, _ := res.read(name)
		l := strings.Split(string(data), "\n")
		files[name] = l
		return l
	}
	print := func(indent string, posn, end token.Position, msg string) {
		fmt.Fprintf(w, "%s%s: %s\n", indent, posn, msg)
		if contextLines < 0 {
			return
		}
		if !end.IsValid() {
			end = posn
		}
		l := lines(posn.Filename)
		for i := posn.Line - contextLines; i <= end.Line+contextLines; i++ {
			if 1 <= i && i <= len(l) {
				fmt.Fprintf(w, "%s%d\t%s\n", indent, i, l[i-1])
			}
		}
	}
	for _, d := range res.Diagnostics {
		print("", d.Posn, d.End, fmt.Sprintf("%s (%s)", d.Message, d.Rule()))
		for _, rel := range d.Related {
			print("\t", res.Fset.Position(rel.Pos), res.Fset.Position(rel.End), rel.Message)
		}
	}
	return nil
}

// Rule is the finding's rule ID, or its check's name when it has none.
func (d *Diagnostic) Rule() string { return cmp.Or(d.Category, d.Analyzer.Name) }

// PrintWarnings prints one line per package that could not be fully
// analyzed.
func (res *Result) PrintWarnings(w io.Writer, prog string) {
	for _, warn := range res.Warnings {
		fmt.Fprintf(w, "%s: %s\n", prog, warn)
	}
}

// PrintLoadErrors prints go list's errors with their own text (a message
// may run over several lines, as go's own do).
func (res *Result) PrintLoadErrors(w io.Writer, prog string) {
	for _, e := range res.LoadErrors {
		fmt.Fprintf(w, "%s: %s\n", prog, e)
	}
}

// The x/tools JSON shape: package ID → check → diagnostics or {"error"}.
type jsonTextEdit struct {
	Filename string `json:"filename"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	New      string `json:"new"`
}

type jsonSuggestedFix struct {
	Message string         `json:"message"`
	Edits   []jsonTextEdit `json:"edits"`
}

type jsonRelated struct {
	Posn    string `json:"posn"`
	End     string `json:"end"`
	Message string `json:"message"`
}

type jsonDiagnostic struct {
	Category       string             `json:"category,omitempty"`
	Posn           string             `json:"posn"`
	End            string             `json:"end"`
	Message        string             `json:"message"`
	SuggestedFixes []jsonSuggestedFix `json:"suggested_fixes,omitempty"`
	Related        []jsonRelated      `json:"related,omitempty"`
}

type jsonError struct {
	Err string `json:"error"`
}

// PrintJSON prints the x/tools JSON tree: for each root package, each check
// that reported, its diagnostics; for any package, each check that failed,
// its error. Diagnostics within a check are in position order.
func (res *Result) PrintJSON(w io.Writer) error {
	tree := map[string]map[string]any{}
	add := func(id, name string, v any) {
		m := tree[id]
		if m == nil {
			m = map[string]any{}
			tree[id] = m
		}
		m[name] = v
	}
	if res.Graph != nil {
		for act := range res.Graph.All() {
			if act.Err != nil {
				add(act.Package.ID, act.Analyzer.Name, jsonError{act.Err.Error()})
			}
		}
	}
	// res.Diagnostics is deduplicated across test variants; the JSON tree,
	// like x/tools', lists a finding under every root package that has it.
	byPkg := map[string]map[string][]jsonDiagnostic{}
	if res.Graph != nil {
		gen := newGeneratedCache()
		for act := range res.Graph.All() {
			if !act.IsRoot || act.Err != nil {
				continue
			}
			for _, d := range act.Diagnostics {
				posn := res.Fset.Position(d.Pos)
				if gen.generated(posn.Filename) {
					continue
				}
				m := byPkg[act.Package.ID]
				if m == nil {
					m = map[string][]jsonDiagnostic{}
					byPkg[act.Package.ID] = m
				}
				m[act.Analyzer.Name] = append(m[act.Analyzer.Name], res.jsonDiag(d))
			}
		}
	}
	for id, m := range byPkg {
		for name, diags := range m {
			slices.SortStableFunc(diags, func(a, b jsonDiagnostic) int {
				return cmp.Or(comparePosnString(a.Posn, b.Posn), strings.Compare(a.Message, b.Message))
			})
			diags = slices.CompactFunc(diags, func(a, b jsonDiagnostic) bool {
				return a.Posn == b.Posn && a.End == b.End && a.Message == b.Message
			})
			add(id, name, diags)
		}
	}
	data, err := json.MarshalIndent(tree, "", "\t")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", data)
	return err
}

func (res *Result) jsonDiag(d analysis.Diagnostic) jsonDiagnostic {
	fset := res.Fset
	var fixes []jsonSuggestedFix
	for _, fix := range d.SuggestedFixes {
		var edits []jsonTextEdit
		for _, e := range fix.TextEdits {
			edits = append(edits, jsonTextEdit{
				Filename: fset.Position(e.Pos).Filename,
				Start:    fset.Position(e.Pos).Offset,
				End:      fset.Position(e.End).Offset,
				New:      string(e.NewText),
			})
		}
		fixes = append(fixes, jsonSuggestedFix{Message: fix.Message, Edits: edits})
	}
	var related []jsonRelated
	for _, r := range d.Related {
		related = append(related, jsonRelated{
			Posn:    fset.Position(r.Pos).String(),
			End:     fset.Position(cmp.Or(r.End, r.Pos)).String(),
			Message: r.Message,
		})
	}
	return jsonDiagnostic{
		Category:       d.Category,
		Posn:           fset.Position(d.Pos).String(),
		End:            fset.Position(cmp.Or(d.End, d.Pos)).String(),
		Message:        d.Message,
		SuggestedFixes: fixes,
		Related:        related,
	}
}

// comparePosnString orders "file:line:col" strings by file, then numerically.
func comparePosnString(a, b string) int {
	fa, la, ca := splitPosn(a)
	fb, lb, cb := splitPosn(b)
	return cmp.Or(strings.Compare(fa, fb), cmp.Compare(la, lb), cmp.Compare(ca, cb))
}

func splitPosn(s string) (string, int, int) {
	var line, col int
	i := strings.LastIndexByte(s, ':')
	if i < 0 {
		return s, 0, 0
	}
	fmt.Sscan(s[i+1:], &col)
	s = s[:i]
	j := strings.LastIndexByte(s, ':')
	if j < 0 {
		return s, col, 0
	}
	fmt.Sscan(s[j+1:], &line)
	return s[:j], line, col
}

// artifact names a file relative to the module root when it is inside it,
// else by its absolute file URI.
func artifact(root, name string) sarifArtifactLoc {
	if rel, err := filepath.Rel(root, name); err == nil && filepath.IsLocal(rel) {
		return sarifArtifactLoc{URI: uriPath(filepath.ToSlash(rel)), URIBaseID: "SRCROOT"}
	}
	return sarifArtifactLoc{URI: fileURI(name)}
}

func fileURI(abs string) string {
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return "file://" + uriPath(p)
}

// uriPath escapes what a URI path cannot hold as is.
func uriPath(p string) string {
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c <= ' ' || c >= 0x7f || strings.IndexByte(`"#%<>?[\]^`+"`{|}", c) >= 0 {
			fmt.Fprintf(&b, "%%%02X", c)
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// A columnMapper turns byte columns into Unicode code point columns.
type columnMapper struct {
	read  func(string) ([]byte, error)
	files map[string][]string
}

func newColumnMapper(read func(string) ([]byte, error)) *columnMapper {
	return &columnMapper{read: read, files: map[string][]string{}}
}

func (m *columnMapper) column(p token.Position) int {
	lines, ok := m.files[p.Filename]
	if !ok {
		data, _ := m.read(p.Filename)
		lines = strings.Split(string(data), "\n")
		m.files[p.Filename] = lines
	}
	if p.Line < 1 || p.Line > len(lines) || p.Column < 1 {
		return max(p.Column, 1)
	}
	line := lines[p.Line-1]
	n := min(p.Column-1, len(line))
	return utf8.RuneCountInString(line[:n]) + 1 + (p.Column - 1 - n)
}
