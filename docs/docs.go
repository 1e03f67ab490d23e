// Package docs holds pyvet's documentation pages, built into the command
// for its help and its SARIF rules. docs_test.go keeps them honest.
package docs

import (
	"embed"
	"strings"
)

//go:embed *.md
var pages embed.FS

// Section returns the markdown of the section of page (e.g. "gilstate.md")
// whose heading is title, without the heading line, up to the next heading
// of the same or a higher level; ok is false when there is none.
func Section(page, title string) (md string, ok bool) {
	data, err := pages.ReadFile(page)
	if err != nil {
		return "", false
	}
	level := 0
	var body []string
	inCode := false
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "```") {
			inCode = !inCode
		}
		n := headingLevel(line)
		if inCode || n == 0 {
			if level > 0 {
				body = append(body, line)
			}
			continue
		}
		if level > 0 && n <= level {
			break
		}
		if level == 0 && strings.TrimSpace(line[n:]) == title {
			level = n
			continue
		}
		if level > 0 {
			body = append(body, line)
		}
	}
	if level == 0 {
		return "", false
	}
	return strings.TrimSpace(strings.Join(body, "\n")), true
}

// headingLevel is the number of '#' that make line an ATX heading, or 0.
func headingLevel(line string) int {
	n := 0
	for n < len(line) && line[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n < len(line) && line[n] != ' ' {
		return 0
	}
	return n
}
