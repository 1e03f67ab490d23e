package checktest

import (
	"go/token"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

var (
	relatedFrom = regexp.MustCompile(`/\* related (\w+) \*/`)
	relatedTo   = regexp.MustCompile(`/\* (\w+) \*/`)
)

// findings are one package's diagnostics, with the file set that places
// them and the package's files.
type findings struct {
	fset  *token.FileSet
	files []string
	diags []analysis.Diagnostic
}

// Related checks the Related positions of findings against markers in the
// testdata: a finding on a line marked /* related K */ must carry a Related
// position on the line of the same file marked /* K */ (the other place the
// finding is about). It fails t when a marked line has no finding, so a
// marker cannot pass vacuously.
func Related(t testing.TB, results []*analysistest.Result) {
	t.Helper()
	var sets []findings
	for _, r := range results {
		f := findings{fset: r.Pass.Fset, diags: r.Diagnostics}
		for _, file := range r.Pass.Files {
			f.files = append(f.files, r.Pass.Fset.Position(file.Package).Filename)
		}
		sets = append(sets, f)
	}
	checkRelated(t, sets)
}

// RelatedTyped is Related in the gopls shape (see RunTyped): a run on each
// of pkgs of the GOPATH tree testdata.
func RelatedTyped(t testing.TB, testdata string, a *analysis.Analyzer, pkgs ...string) {
	t.Helper()
	var sets []findings
	for _, pkg := range pkgs {
		sets = append(sets, runTyped(t, testdata, a, pkg))
	}
	checkRelated(t, sets)
}

func checkRelated(t testing.TB, sets []findings) {
	t.Helper()
	type line struct {
		file string
		n    int
	}
	marks := map[string]map[string]int{} // file → K → line of /* K */
	wants := map[line]string{}           // line of /* related K */ → K
	read := func(file string) {
		if _, ok := marks[file]; ok {
			return
		}
		marks[file] = map[string]int{}
		src, err := os.ReadFile(file)
		if err != nil {
			return
		}
		for i, l := range strings.Split(string(src), "\n") {
			if m := relatedFrom.FindStringSubmatch(l); m != nil {
				wants[line{file, i + 1}] = m[1]
				l = strings.Replace(l, m[0], "", 1)
			}
			for _, m := range relatedTo.FindAllStringSubmatch(l, -1) {
				marks[file][m[1]] = i + 1
			}
		}
	}
	found := map[line]bool{}
	for _, r := range sets {
		for _, f := range r.files {
			read(f)
		}
		for _, d := range r.diags {
			p := r.fset.Position(d.Pos)
			read(p.Filename)
			k, ok := wants[line{p.Filename, p.Line}]
			if !ok {
				continue
			}
			found[line{p.Filename, p.Line}] = true
			want, ok := marks[p.Filename][k]
			if !ok {
				t.Errorf("%s:%d: no line marked /* %s */", p.Filename, p.Line, k)
				continue
			}
			var got []string
			hit := false
			for _, rel := range d.Related {
				rp := r.fset.Position(rel.Pos)
				got = append(got, rp.Filename+":"+strconv.Itoa(rp.Line))
				hit = hit || rp.Filename == p.Filename && rp.Line == want
			}
			if !hit {
				t.Errorf("%s:%d: %q: related %v, want line %d (/* %s */)", p.Filename, p.Line, d.Message, got, want, k)
			}
		}
	}
	for l, k := range wants {
		if !found[l] {
			t.Errorf("%s:%d: marked /* related %s */ but no finding there", l.file, l.n, k)
		}
	}
}
