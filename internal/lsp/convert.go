package lsp

import (
	"bytes"
	"go/token"
	"os"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"github.com/pyvet/pyvet/internal/driver"
	"github.com/pyvet/pyvet/internal/rules"
)

// sources gives the text of the files a result names, to turn byte
// columns into LSP's UTF-16 ones: an open buffer as analyzed, else the
// file on disk (read once).
type sources struct {
	overlay map[string][]byte
	disk    map[string][]byte
}

func newSources(overlay map[string][]byte) *sources {
	return &sources{overlay: overlay, disk: map[string][]byte{}}
}

func (s *sources) text(name string) []byte {
	if b, ok := s.overlay[name]; ok {
		return b
	}
	return s.onDisk(name)
}

func (s *sources) onDisk(name string) []byte {
	b, ok := s.disk[name]
	if !ok {
		b, _ = os.ReadFile(name)
		s.disk[name] = b
	}
	return b
}

// line returns the text of 1-based line n of src, without its newline.
func line(src []byte, n int) []byte {
	for ; n > 1; n-- {
		i := bytes.IndexByte(src, '\n')
		if i < 0 {
			return nil
		}
		src = src[i+1:]
	}
	if i := bytes.IndexByte(src, '\n'); i >= 0 {
		src = src[:i]
	}
	return src
}

// position converts a token position (1-based line, byte column) in the
// file with text src to an LSP position (0-based line, UTF-16 column).
func position(src []byte, p token.Position) protocol.Position {
	if p.Line < 1 {
		return protocol.Position{}
	}
	l := line(src, p.Line)
	col := min(max(p.Column-1, 0), len(l))
	n := 0
	for _, r := range string(l[:col]) {
		if r == utf8.RuneError {
			n++
			continue
		}
		n += utf16.RuneLen(r)
	}
	return protocol.Position{Line: uint32(p.Line - 1), Character: uint32(n)}
}

// span is the LSP range from start to end (start alone when end is not in
// the same file).
func span(src *sources, start, end token.Position) protocol.Range {
	text := src.text(start.Filename)
	r := protocol.Range{Start: position(text, start)}
	r.End = r.Start
	if end.IsValid() && end.Filename == start.Filename && end.Offset >= start.Offset {
		r.End = position(text, end)
	}
	return r
}

// word widens an empty range to the name at start (C.PyGILState_Ensure,
// a.b.c): a finding whose check could not tell where its call ends (cgo's
// files hold the call, not the user's) still marks the call's name.
func word(src *sources, r protocol.Range, start token.Position) protocol.Range {
	if r.End != r.Start || start.Line < 1 || start.Column < 1 {
		return r
	}
	l := line(src.text(start.Filename), start.Line) // by line and column: a position in cgo's files has its own offsets
	if start.Column-1 > len(l) {
		return r
	}
	end := start
	for _, c := range string(l[start.Column-1:]) {
		if c != '.' && c != '_' && !unicode.IsLetter(c) && !unicode.IsDigit(c) {
			break
		}
		end.Column += utf8.RuneLen(c)
	}
	return span(src, start, end)
}

// diagnostic converts a finding: its rule ID as the code, linked to the
// rule's documentation, and its related positions.
func diagnostic(d *driver.Diagnostic, fset *token.FileSet, src *sources) protocol.Diagnostic {
	out := protocol.Diagnostic{
		Range:    word(src, span(src, d.Posn, d.End), d.Posn),
		Severity: protocol.DiagnosticSeverityWarning,
		Code:     d.Rule(),
		Source:   "pyvet",
		Message:  d.Message,
	}
	if r, ok := rules.Lookup(d.Category); ok {
		out.CodeDescription = &protocol.CodeDescription{Href: uri.URI(r.URL())}
	} else if d.Analyzer.URL != "" {
		out.CodeDescription = &protocol.CodeDescription{Href: uri.URI(d.Analyzer.URL)}
	}
	for _, rel := range d.Related {
		start := fset.Position(rel.Pos)
		end := start
		if rel.End.IsValid() {
			end = fset.Position(rel.End)
		}
		out.RelatedInformation = append(out.RelatedInformation, protocol.DiagnosticRelatedInformation{
			Location: protocol.Location{URI: uri.File(start.Filename), Range: span(src, start, end)},
			Message:  rel.Message,
		})
	}
	return out
}
