package driver

import (
	"encoding/json"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"golang.org/x/tools/go/analysis"
)

// twoPlaces is a Result with one finding about two places in one file and
// one finding without a rule ID.
func twoPlaces(t *testing.T) *Result {
	t.Helper()
	dir := t.TempDir()
	name := filepath.Join(dir, "w.go")
	src := "package w\n\nfunc f() {\n\tensure()\n\tif bad {\n\t\treturn\n\t}\n\trelease()\n}\n"
	if err := os.WriteFile(name, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	tf := fset.AddFile(name, -1, len(src))
	tf.SetLinesForContent([]byte(src))
	at := func(line, col int) token.Pos { return tf.LineStart(line) + token.Pos(col-1) }
	check := &analysis.Analyzer{Name: "gilstate", Doc: "gilstate: test"}
	res := &Result{Fset: fset, ModuleRoot: dir, Analyzers: []*analysis.Analyzer{check}}
	add := func(d analysis.Diagnostic) {
		res.Diagnostics = append(res.Diagnostics, &Diagnostic{Diagnostic: d, Analyzer: check, Posn: fset.Position(d.Pos), End: fset.Position(d.End)})
	}
	add(analysis.Diagnostic{
		Pos: at(4, 2), End: at(4, 10), Category: "gilstate/unreleased-ensure",
		Message: "PyGILState_Ensure is not released on every path",
		Related: []analysis.RelatedInformation{{Pos: at(6, 3), End: at(6, 9), Message: "returns without PyGILState_Release"}},
	})
	add(analysis.Diagnostic{Pos: at(8, 2), End: at(8, 11), Message: "an old finding"})
	return res
}

// TestPrintText: each finding ends with its rule ID (its check when it has
// none), and related positions follow it, indented.
func TestPrintText(t *testing.T) {
	res := twoPlaces(t)
	var b strings.Builder
	res.PrintText(&b, -1)
	name := res.Diagnostics[0].Posn.Filename
	want := name + ":4:2: PyGILState_Ensure is not released on every path (gilstate/unreleased-ensure)\n" +
		"\t" + name + ":6:3: returns without PyGILState_Release\n" +
		name + ":8:2: an old finding (gilstate)\n"
	if b.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", b.String(), want)
	}
	b.Reset()
	res.PrintText(&b, 0)
	if !strings.Contains(b.String(), "\t6\t\t\treturn\n") {
		t.Errorf("-c 0 shows no indented context line for the related position:\n%s", b.String())
	}
}

// TestSARIFLog: the log validates against the SARIF 2.1.0 schema and holds
// what GitHub code scanning requires and shows: the tool's name and
// version, rules with descriptions, help markdown, level and tags, and
// results with a rule ID, a message, a located region, related locations
// and fixes.
func TestSARIFLog(t *testing.T) {
	res := twoPlaces(t)
	d := res.Diagnostics[0]
	d.SuggestedFixes = []analysis.SuggestedFix{{
		Message:   "release on the early return",
		TextEdits: []analysis.TextEdit{{Pos: d.Related[0].Pos, End: d.Related[0].Pos, NewText: []byte("release()\n\t\t")}},
	}}
	var b strings.Builder
	if err := res.PrintSARIF(&b, "pyvet", "v1.2.3", "https://github.com/pyvet/pyvet"); err != nil {
		t.Fatal(err)
	}
	schema, err := jsonschema.NewCompiler().Compile("../../cmd/pyvet/testdata/sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(inst); err != nil {
		t.Fatalf("does not validate: %v\n%s", err, b.String())
	}
	var log map[string]any
	if err := json.Unmarshal([]byte(b.String()), &log); err != nil {
		t.Fatal(err)
	}
	get := func(v any, path ...any) any {
		for _, p := range path {
			switch k := p.(type) {
			case string:
				m, _ := v.(map[string]any)
				v = m[k]
			case int:
				l, _ := v.([]any)
				if k >= len(l) {
					return nil
				}
				v = l[k]
			}
		}
		return v
	}
	run := get(log, "runs", 0)
	for _, path := range [][]any{
		{"tool", "driver", "name"},
		{"tool", "driver", "version"},
		{"tool", "driver", "rules", 0, "id"},
		{"tool", "driver", "rules", 0, "shortDescription", "text"},
		{"tool", "driver", "rules", 0, "fullDescription", "text"},
		{"tool", "driver", "rules", 0, "help", "text"},
		{"tool", "driver", "rules", 0, "help", "markdown"},
		{"tool", "driver", "rules", 0, "helpUri"},
		{"tool", "driver", "rules", 0, "defaultConfiguration", "level"},
		{"tool", "driver", "rules", 0, "properties", "tags", 0},
		{"results", 0, "ruleId"},
		{"results", 0, "message", "text"},
		{"results", 0, "locations", 0, "physicalLocation", "artifactLocation", "uri"},
		{"results", 0, "locations", 0, "physicalLocation", "region", "startLine"},
		{"results", 0, "relatedLocations", 0, "message", "text"},
		{"results", 0, "relatedLocations", 0, "physicalLocation", "region", "startLine"},
		{"results", 0, "fixes", 0, "artifactChanges", 0, "replacements", 0, "deletedRegion", "startLine"},
		{"results", 0, "fixes", 0, "artifactChanges", 0, "replacements", 0, "insertedContent", "text"},
	} {
		if v := get(run, path...); v == nil || v == "" {
			t.Errorf("runs[0].%v is missing", path)
		}
	}
	if v := get(run, "tool", "driver", "version"); v != "v1.2.3" {
		t.Errorf("version %v", v)
	}
	// Every result's rule is among the rules, at its index.
	rules, _ := get(run, "tool", "driver", "rules").([]any)
	results, _ := get(run, "results").([]any)
	if len(results) != 2 {
		t.Fatalf("%d results, want 2", len(results))
	}
	for i := range results {
		id := get(results[i], "ruleId")
		idx, _ := get(results[i], "ruleIndex").(float64)
		if int(idx) >= len(rules) || get(rules[int(idx)], "id") != id {
			t.Errorf("result %d: ruleId %v is not rules[%v]", i, id, idx)
		}
	}
	if id := get(results[0], "ruleId"); id != "gilstate/unreleased-ensure" && get(results[0], "ruleIndex") == nil {
		t.Errorf("ruleId %v", id)
	}
	if id := get(results[1], "ruleId"); id != "gilstate" {
		t.Errorf("a finding without a rule ID has ruleId %v, want its check", id)
	}
}
