// Package analysisutil holds the small pieces every pyvet check shares.
package analysisutil

import (
	"fmt"
	"strings"
)

// MustExtractDoc returns the section "# Analyzer name" of a check's package
// comment (its doc.go, embedded as text), as x/tools' passes do: the first
// line is the title, the rest the documentation. It panics on a missing
// section, which every check's tests catch.
//
// It runs when pyvet starts, once per check, and go vet starts pyvet once
// per package: so it scans lines rather than parse the comment.
func MustExtractDoc(src, name string) string {
	doc, err := ExtractDoc(src, name)
	if err != nil {
		panic(err)
	}
	return doc
}

// ExtractDoc is MustExtractDoc with an error.
func ExtractDoc(src, name string) (string, error) {
	heading := "# Analyzer " + name
	var (
		out   []string
		found bool
	)
	for _, l := range strings.Split(src, "\n") {
		if strings.HasPrefix(l, "package ") {
			break
		}
		if !strings.HasPrefix(l, "//") || strings.HasPrefix(l, "//go:") {
			if !found {
				out = out[:0]
			}
			continue
		}
		text := strings.TrimPrefix(strings.TrimPrefix(l, "//"), " ")
		switch {
		case text == heading:
			found = true
			continue
		case found && strings.HasPrefix(text, "# "):
			return strings.TrimSpace(strings.Join(out, "\n")), nil
		}
		if found {
			out = append(out, text)
		}
	}
	if !found {
		return "", fmt.Errorf("doc.go of %s has no section %q", name, heading)
	}
	return strings.TrimSpace(strings.Join(out, "\n")), nil
}
