package lsp

import (
	"bytes"
	"go/token"
	"slices"
	"strings"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"github.com/pyvet/pyvet/internal/driver"
	"github.com/pyvet/pyvet/internal/suppress"
)

// fixActions turns each of a finding's SuggestedFixes into a quickfix. A
// fix's edits are offsets in the files as the checks read them: an open
// buffer as the overlay holds it, else the file on disk, which is what
// sources gives. A fix that edits a file that is not Go source of the
// user's (cgo's output) is left out.
func fixActions(d *driver.Diagnostic, fset *token.FileSet, src *sources, diag protocol.Diagnostic) []protocol.CodeAction {
	var out []protocol.CodeAction
	for _, fix := range d.SuggestedFixes {
		changes := map[protocol.DocumentURI][]protocol.TextEdit{}
		ok := true
		for _, e := range fix.TextEdits {
			start := fset.PositionFor(e.Pos, false)
			end := start
			if e.End.IsValid() {
				end = fset.PositionFor(e.End, false)
			}
			if !strings.HasSuffix(start.Filename, ".go") || end.Filename != start.Filename {
				ok = false
				break
			}
			u := uri.File(start.Filename)
			edit := protocol.TextEdit{Range: span(src, start, end), NewText: string(e.NewText)}
			if !slices.Contains(changes[u], edit) { // two findings' fixes may share an edit
				changes[u] = append(changes[u], edit)
			}
		}
		if !ok || len(changes) == 0 {
			continue
		}
		out = append(out, protocol.CodeAction{
			Title:       fix.Message,
			Kind:        protocol.QuickFix,
			Diagnostics: []protocol.Diagnostic{diag},
			IsPreferred: len(out) == 0,
			Edit:        &protocol.WorkspaceEdit{Changes: changes},
		})
	}
	return out
}

// ignoreAction adds "//pyvet:ignore RULE --" alone on the line above the
// finding, indented like it. The reason after "--" is the user's to
// write: until then the directive suppresses nothing and is reported.
func ignoreAction(d *driver.Diagnostic, src *sources, diag protocol.Diagnostic) *protocol.CodeAction {
	if suppress.IsDirective(d.Category) {
		return nil // no directive suppresses findings about directives
	}
	text := line(src.text(d.Posn.Filename), d.Posn.Line)
	indent := text[:len(text)-len(bytes.TrimLeft(text, " \t"))]
	at := protocol.Position{Line: diag.Range.Start.Line}
	return &protocol.CodeAction{
		Title:       "Ignore " + d.Rule() + " here: add //pyvet:ignore (then write the reason after --)",
		Kind:        protocol.QuickFix,
		Diagnostics: []protocol.Diagnostic{diag},
		Edit: &protocol.WorkspaceEdit{Changes: map[protocol.DocumentURI][]protocol.TextEdit{
			uri.File(d.Posn.Filename): {{
				Range:   protocol.Range{Start: at, End: at},
				NewText: string(indent) + suppress.Prefix + " " + d.Rule() + " --\n",
			}},
		}},
	}
}

// codeActions returns the actions for the findings on the lines of rng in
// file name, if its findings are of the buffer as it is now: the fixes
// first, then the ignore actions, each in the findings' order.
func (s *server) codeActions(name string, rng protocol.Range) []protocol.CodeAction {
	s.mu.Lock()
	defer s.mu.Unlock()
	fixes, ignores := []protocol.CodeAction{}, []protocol.CodeAction{}
	ff := s.findings[name]
	if ff == nil {
		return fixes
	}
	if doc := s.docs[name]; doc != nil && doc.version != ff.version {
		return fixes // stale: the buffer changed since; its analysis will follow
	}
	for _, f := range ff.items {
		r := f.diag.Range
		if r.End.Line < rng.Start.Line || r.Start.Line > rng.End.Line {
			continue
		}
		fixes = append(fixes, f.fixes...)
		if f.ignore != nil {
			ignores = append(ignores, *f.ignore)
		}
	}
	return append(fixes, ignores...)
}
