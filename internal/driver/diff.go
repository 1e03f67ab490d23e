package driver

import (
	"fmt"
	"strings"
)

// unified returns a unified diff (3 lines of context) of old and new, or ""
// when they are equal. Lines are compared after trimming the common prefix
// and suffix, with a longest-common-subsequence table over the rest, which
// for fixes is a few lines.
func unified(name, old, new string) string {
	if old == new {
		return ""
	}
	a, b := splitLines(old), splitLines(new)
	ops := diffLines(a, b)
	const ctx = 3
	var out strings.Builder
	fmt.Fprintf(&out, "--- %s\n+++ %s\n", name, name)
	// Group ops into hunks.
	type op struct {
		kind byte // ' ', '-', '+'
		line string
	}
	var all []op
	for _, o := range ops {
		all = append(all, op{o.kind, o.line})
	}
	i := 0
	for i < len(all) {
		// Find the next change.
		for i < len(all) && all[i].kind == ' ' {
			i++
		}
		if i >= len(all) {
			break
		}
		start := max(i-ctx, 0)
		end := i
		// Extend while changes are within 2*ctx of each other.
		for {
			for end < len(all) && all[end].kind != ' ' {
				end++
			}
			j := end
			for j < len(all) && all[j].kind == ' ' && j-end < 2*ctx {
				j++
			}
			if j < len(all) && all[j].kind != ' ' {
				end = j
				continue
			}
			break
		}
		stop := min(end+ctx, len(all))
		// Line numbers of the hunk's first line in old and new.
		oldLine, newLine := 1, 1
		for _, o := range all[:start] {
			if o.kind != '+' {
				oldLine++
			}
			if o.kind != '-' {
				newLine++
			}
		}
		oldN, newN := 0, 0
		for _, o := range all[start:stop] {
			if o.kind != '+' {
				oldN++
			}
			if o.kind != '-' {
				newN++
			}
		}
		fmt.Fprintf(&out, "@@ -%s +%s @@\n", hunkRange(oldLine, oldN), hunkRange(newLine, newN))
		for _, o := range all[start:stop] {
			out.WriteByte(o.kind)
			out.WriteString(o.line)
			if !strings.HasSuffix(o.line, "\n") {
				out.WriteString("\n\\ No newline at end of file\n")
			}
		}
		i = stop
	}
	return out.String()
}

func hunkRange(line, n int) string {
	if n == 0 {
		return fmt.Sprintf("%d,0", line-1)
	}
	if n == 1 {
		return fmt.Sprint(line)
	}
	return fmt.Sprintf("%d,%d", line, n)
}

func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

type lineOp struct {
	kind byte
	line string
}

func diffLines(a, b []string) []lineOp {
	var ops []lineOp
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		ops = append(ops, lineOp{' ', a[p]})
		p++
	}
	s := 0
	for s < len(a)-p && s < len(b)-p && a[len(a)-1-s] == b[len(b)-1-s] {
		s++
	}
	ma, mb := a[p:len(a)-s], b[p:len(b)-s]
	if len(ma)*len(mb) > 4<<20 {
		// Too big for the table: replace the middle whole.
		for _, l := range ma {
			ops = append(ops, lineOp{'-', l})
		}
		for _, l := range mb {
			ops = append(ops, lineOp{'+', l})
		}
	} else {
		// lcs[i][j] = LCS length of ma[i:], mb[j:].
		n, m := len(ma), len(mb)
		lcs := make([][]int, n+1)
		for i := range lcs {
			lcs[i] = make([]int, m+1)
		}
		for i := n - 1; i >= 0; i-- {
			for j := m - 1; j >= 0; j-- {
				if ma[i] == mb[j] {
					lcs[i][j] = lcs[i+1][j+1] + 1
				} else {
					lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
				}
			}
		}
		i, j := 0, 0
		for i < n || j < m {
			switch {
			case i < n && j < m && ma[i] == mb[j]:
				ops = append(ops, lineOp{' ', ma[i]})
				i++
				j++
			case i < n && (j == m || lcs[i+1][j] >= lcs[i][j+1]):
				ops = append(ops, lineOp{'-', ma[i]})
				i++
			default:
				ops = append(ops, lineOp{'+', mb[j]})
				j++
			}
		}
	}
	for k := len(a) - s; k < len(a); k++ {
		ops = append(ops, lineOp{' ', a[k]})
	}
	return ops
}
