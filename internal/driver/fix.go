package driver

import (
	"bytes"
	"fmt"
	"go/format"
	"io"
	"os"
	"slices"
	"strings"
)

// pyvet's fixes edit the user's original .go files (cgo's output says "DO
// NOT EDIT", and x/tools' standalone checker refuses edits to files that are
// not among a package's compiled files), so the driver applies them itself.

// An edit is one replacement in one file, in byte offsets of the file as it
// is on disk.
type edit struct {
	start, end int
	text       string
}

type fileFix struct {
	diag  *Diagnostic
	msg   string
	edits []edit // sorted
}

// A FixPlan is what applying the findings' first fixes would change.
type FixPlan struct {
	Files    []string          // sorted
	Old, New map[string][]byte // by file
	Warnings []string          // fixes dropped, files not written
	Applied  int               // fixes kept
}

// PlanFixes groups the first suggested fix of each finding by file, drops
// fixes that edit a generated file or overlap a fix already kept (with a
// warning), applies the rest and gofmts the result.
func (res *Result) PlanFixes() *FixPlan {
	plan := &FixPlan{Old: map[string][]byte{}, New: map[string][]byte{}}
	byFile := map[string][]*fileFix{}
	gen := newGeneratedCache()
	for _, d := range res.Diagnostics {
		if len(d.SuggestedFixes) == 0 {
			continue
		}
		fix := d.SuggestedFixes[0]
		perFile := map[string]*fileFix{}
		bad := ""
		for _, e := range fix.TextEdits {
			start := res.Fset.PositionFor(e.Pos, false)
			end := start
			if e.End.IsValid() {
				end = res.Fset.PositionFor(e.End, false)
			}
			switch {
			case !strings.HasSuffix(start.Filename, ".go") || end.Filename != start.Filename:
				bad = fmt.Sprintf("it edits %s, not a Go file of yours", start.Filename)
			case gen.generated(start.Filename):
				bad = fmt.Sprintf("it edits generated file %s", start.Filename)
			}
			ff := perFile[start.Filename]
			if ff == nil {
				ff = &fileFix{diag: d, msg: fix.Message}
				perFile[start.Filename] = ff
			}
			ff.edits = append(ff.edits, edit{start.Offset, end.Offset, string(e.NewText)})
		}
		if bad != "" {
			plan.Warnings = append(plan.Warnings, fmt.Sprintf("%s: fix %q not applied: %s", d.Posn, fix.Message, bad))
			continue
		}
		for name, ff := range perFile {
			slices.SortFunc(ff.edits, func(a, b edit) int { return a.start - b.start })
			byFile[name] = append(byFile[name], ff)
		}
	}
	for name := range byFile {
		plan.Files = append(plan.Files, name)
	}
	slices.Sort(plan.Files)
	var written []string
	for _, name := range plan.Files {
		old, err := res.read(name)
		if err != nil {
			plan.Warnings = append(plan.Warnings, fmt.Sprintf("%s: %v", name, err))
			continue
		}
		var kept []edit
		for _, ff := range byFile[name] {
			if conflicts(kept, ff.edits, len(old)) {
				plan.Warnings = append(plan.Warnings, fmt.Sprintf("%s: fix %q not applied: it overlaps another fix", ff.diag.Posn, ff.msg))
				continue
			}
			for _, e := range ff.edits {
				if !slices.Contains(kept, e) {
					kept = append(kept, e)
				}
			}
			plan.Applied++
		}
		slices.SortFunc(kept, func(a, b edit) int {
			if a.start != b.start {
				return a.start - b.start
			}
			return a.end - b.end
		})
		var buf bytes.Buffer
		last := 0
		for _, e := range kept {
			buf.Write(old[last:e.start])
			buf.WriteString(e.text)
			last = e.end
		}
		buf.Write(old[last:])
		out, err := format.Source(buf.Bytes())
		if err != nil {
			plan.Warnings = append(plan.Warnings, fmt.Sprintf("%s: fixes not applied: the result does not parse: %v", name, err))
			continue
		}
		plan.Old[name], plan.New[name] = old, out
		written = append(written, name)
	}
	plan.Files = written
	return plan
}

// conflicts reports whether any of edits overlaps one of kept (identical
// edits do not conflict: two findings may offer the same fix) or falls
// outside the file.
func conflicts(kept, edits []edit, size int) bool {
	for _, e := range edits {
		if e.start < 0 || e.end < e.start || e.end > size {
			return true
		}
		for _, k := range kept {
			if e == k {
				continue
			}
			if e.start < k.end && k.start < e.end {
				return true
			}
			if e.start == k.start && (e.start == e.end || k.start == k.end) {
				return true // two insertions (or an insertion and a replacement) at one place
			}
		}
	}
	return false
}

// Write writes the fixed files.
func (plan *FixPlan) Write() error {
	for _, name := range plan.Files {
		info, err := os.Stat(name)
		if err != nil {
			return err
		}
		if err := os.WriteFile(name, plan.New[name], info.Mode().Perm()); err != nil {
			return err
		}
	}
	return nil
}

// Diff prints a unified diff of each file, with names shown by display.
func (plan *FixPlan) Diff(w io.Writer, display func(string) string) {
	for _, name := range plan.Files {
		d := unified(display(name), string(plan.Old[name]), string(plan.New[name]))
		io.WriteString(w, d)
	}
}
