// Package analysisutil holds the small pieces every pyvet check shares.
package analysisutil

import (
	"fmt"
	"go/doc/comment"
	"strings"
)

// MustExtractDoc returns the section "# Analyzer name" of a check's package
// comment (its doc.go, embedded as text), as x/tools' passes do: the first
// line is the title, the rest the documentation. It panics on a missing
// section, which a test of each check catches.
func MustExtractDoc(src, name string) string {
	doc, err := ExtractDoc(src, name)
	if err != nil {
		panic(err)
	}
	return doc
}

// ExtractDoc is MustExtractDoc with an error.
func ExtractDoc(src, name string) (string, error) {
	text, ok := packageComment(src)
	if !ok {
		return "", fmt.Errorf("no package comment in doc.go of %s", name)
	}
	var p comment.Parser
	d := p.Parse(text)
	start := -1
	for i, b := range d.Content {
		if h, ok := b.(*comment.Heading); ok {
			if start >= 0 {
				return render(d.Content[start:i]), nil
			}
			if len(h.Text) == 1 {
				if t, ok := h.Text[0].(comment.Plain); ok && string(t) == "Analyzer "+name {
					start = i + 1
				}
			}
		}
	}
	if start < 0 {
		return "", fmt.Errorf("doc.go of %s has no section \"# Analyzer %s\"", name, name)
	}
	return render(d.Content[start:]), nil
}

func render(blocks []comment.Block) string {
	var pr comment.Printer
	pr.TextPrefix = ""
	return strings.TrimSpace(string(pr.Text(&comment.Doc{Content: blocks})))
}

// packageComment returns the text of the // comment lines before the package
// clause.
func packageComment(src string) (string, bool) {
	var lines []string
	for _, l := range strings.Split(src, "\n") {
		switch {
		case strings.HasPrefix(l, "//go:"):
		case strings.HasPrefix(l, "//"):
			lines = append(lines, strings.TrimPrefix(strings.TrimPrefix(l, "//"), " "))
		case strings.HasPrefix(l, "package "):
			return strings.Join(lines, "\n"), len(lines) > 0
		default:
			lines = nil
		}
	}
	return "", false
}
