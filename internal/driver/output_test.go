package driver

import (
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
