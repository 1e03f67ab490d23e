package main_test

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("pyvet.update", false, "rewrite testdata/odd/huge/huge.go from hugeSource")

// hugeBlocks is the number of if blocks in each function of huge.go.
const hugeBlocks = 3000

const hugeFile = odd + "/huge/huge.go"

// hugeSource is testdata/odd/huge/huge.go: two functions of hugeBlocks if
// blocks each. In Huge, even blocks call PyList_GetItem (reported) and odd
// ones PyTuple_GetItem (silent); in HugeGIL every block calls C between an
// Ensure and its Release, and the last one returns before the Release
// (one gilstate finding).
func hugeSource() []byte {
	var b bytes.Buffer
	b.WriteString(`// Package huge is two functions of 3,000 if blocks each, every block
// calling C: the shape of generated bindings, but without a "Code
// generated" line, so pyvet reports in it. Written by hugeSource in
// cmd/pyvet/odd_test.go; rewrite it with
//
//	go test ./cmd/pyvet -run TestHugeUpToDate -pyvet.update
package huge

// #cgo pkg-config: python3-embed
// #include <Python.h>
import "C"

import "runtime"

// Huge returns the repr of item n of l (n even, reported) or of t (n odd,
// silent: tuples are immutable).
func Huge(l, t *C.PyObject, n int) (item *C.PyObject) {
`)
	for i := range hugeBlocks {
		if i%2 == 0 {
			fmt.Fprintf(&b, "if n == %d {\nitem = C.PyList_GetItem(l, %d) // finding: borrowedref\n}\n", i, i)
		} else {
			fmt.Fprintf(&b, "if n == %d {\nitem = C.PyTuple_GetItem(t, %d)\n}\n", i, i)
		}
	}
	b.WriteString(`return C.PyObject_Repr(item)
}

// HugeGIL calls fn in every block; the last block returns without the
// Release.
func HugeGIL(fn *C.PyObject, n int) {
runtime.LockOSThread()
defer runtime.UnlockOSThread()
st := C.PyGILState_Ensure() // finding: gilstate
`)
	for i := range hugeBlocks - 1 {
		fmt.Fprintf(&b, "if n == %d {\nC.PyObject_CallNoArgs(fn)\n}\n", i)
	}
	fmt.Fprintf(&b, "if n == %d {\nreturn\n}\nC.PyGILState_Release(st)\n}\n", hugeBlocks-1)
	src, err := format.Source(b.Bytes())
	if err != nil {
		panic(err)
	}
	return src
}

// TestHugeUpToDate: the committed huge.go is what hugeSource writes.
func TestHugeUpToDate(t *testing.T) {
	want := hugeSource()
	if *update {
		if err := os.WriteFile(hugeFile, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(hugeFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is stale: run go test ./cmd/pyvet -run TestHugeUpToDate -pyvet.update", hugeFile)
	}
}

// markers returns "file:line check" for every "// finding: CHECK" comment
// and "file:line" for every "// silent" comment in the .go files directly
// in the given directories (build-excluded files included).
func markers(t *testing.T, dirs ...string) (findings, silent []string) {
	t.Helper()
	fre := regexp.MustCompile(`// finding: (\w+)`)
	for _, dir := range dirs {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, path := range files {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			for i, line := range strings.Split(string(src), "\n") {
				at := fmt.Sprintf("%s:%d", filepath.Base(path), i+1)
				for _, m := range fre.FindAllStringSubmatch(line, -1) {
					findings = append(findings, at+" "+m[1])
				}
				if strings.Contains(line, "// silent") {
					silent = append(silent, at)
				}
			}
		}
	}
	slices.Sort(findings)
	return findings, silent
}

// crashRE matches a panic, its stack trace, a check's internal error and
// any warning line ("pyvet: PKG: …").
var crashRE = regexp.MustCompile(`panic:|^goroutine \d+ \[|internal error|^pyvet: `)

// textDiags returns "file:line" for each finding of text output.
func textDiags(stderr string) []string {
	var out []string
	for _, m := range lineRE.FindAllStringSubmatch(stderr, -1) {
		out = append(out, filepath.Base(m[1])+":"+m[2])
	}
	slices.Sort(out)
	return out
}

// compare returns what is in want and not in got, and the other way round
// (sorted lists, duplicates counted).
func compare(got, want []string) (missing, extra []string) {
	for len(got) > 0 || len(want) > 0 {
		switch {
		case len(got) == 0 || len(want) > 0 && want[0] < got[0]:
			missing, want = append(missing, want[0]), want[1:]
		case len(want) == 0 || got[0] < want[0]:
			extra, got = append(extra, got[0]), got[1:]
		default:
			got, want = got[1:], want[1:]
		}
	}
	return missing, extra
}

// TestOddShapes runs pyvet, text and -json, on the odd module's packages of
// odd shapes (each says in its package comment what it exercises) and on
// the vendored module: no panic, no internal error, no warning, and
// exactly the expected findings: every "// finding: CHECK" line and no
// "// silent" line, unless a case says otherwise.
func TestOddShapes(t *testing.T) {
	const vendored = "testdata/vendored"
	dirs := []string{"closures", "gotos", "funcvalues", "funcvalues/pylist", "buildtags", "tests", "huge"}
	var all []string
	for _, d := range dirs {
		all = append(all, filepath.Join(odd, d))
	}
	allWant, allSilent := markers(t, all...)

	// -test=false: go list does not load the test files, so neither test
	// file's call of the wrapper is reported, and the package has nothing
	// else to report.
	testsFindings, testsSilent := markers(t, filepath.Join(odd, "tests"))
	if len(testsFindings) != 4 {
		t.Fatalf("tests: want four marked findings, two in tests_test.go and two in xtest_test.go: %v", testsFindings)
	}
	for _, f := range testsFindings {
		if at := strings.Fields(f)[0]; !slices.Contains(testsSilent, at) {
			testsSilent = append(testsSilent, at)
		}
	}

	tagsWant, tagsSilent := markers(t, filepath.Join(odd, "buildtags"))
	// -tags=never: never.go is in the package now, ignored.go still not.
	for _, s := range tagsSilent {
		if strings.HasPrefix(s, "never.go:") {
			tagsWant = append(tagsWant, s+" borrowedref")
		}
	}
	slices.Sort(tagsWant)
	tagsSilent = slices.DeleteFunc(tagsSilent, func(s string) bool { return strings.HasPrefix(s, "never.go:") })
	if len(tagsWant) != 2 || len(tagsSilent) != 1 {
		t.Fatalf("buildtags: want one finding in linux.go, one silent line in never.go and one in ignored.go; markers %v, %v", tagsWant, tagsSilent)
	}

	vendWant, vendSilent := markers(t, filepath.Join(vendored, "user"), filepath.Join(vendored, "vendor/example.com/vend"))
	if len(vendSilent) != 1 || !strings.HasPrefix(vendSilent[0], "vend.go:") {
		t.Fatalf("vendored: want one silent line, in vend.go: %v", vendSilent)
	}
	vendNamed := append(slices.Clone(vendWant), vendSilent[0]+" borrowedref")
	slices.Sort(vendNamed)

	cases := []struct {
		name         string
		dir          string
		args         []string
		want, silent []string
	}{
		{"shapes", odd, []string{"./closures", "./gotos", "./funcvalues/...", "./buildtags", "./tests", "./huge"}, allWant, allSilent},
		{"tests=false", odd, []string{"-test=false", "./tests"}, nil, testsSilent},
		{"tags=never", odd, []string{"-tags=never", "./buildtags"}, tagsWant, tagsSilent},
		// go's ./... never matches vendor/: only the caller of the wrapper.
		{"vendored", vendored, []string{"./..."}, vendWant, vendSilent},
		// Named on the command line, the vendored package is a root like
		// any other and its own C call is reported.
		{"vendored named", vendored, []string{"./...", "example.com/vend"}, vendNamed, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var wantLines []string
			for _, w := range c.want {
				wantLines = append(wantLines, strings.Fields(w)[0])
			}
			slices.Sort(wantLines)

			j := runPyvet(t, c.dir, nil, append([]string{"-json"}, c.args...)...)
			x := runPyvet(t, c.dir, nil, c.args...)
			for _, r := range []run{j, x} {
				for _, line := range strings.Split(r.stdout+r.stderr, "\n") {
					if crashRE.MatchString(line) {
						t.Errorf("pyvet %v: %s", c.args, line)
					}
				}
			}
			if j.code != 0 {
				t.Errorf("-json: exit %d, want 0\n%s", j.code, j.stderr)
			}
			got := jsonDiags(t, []byte(j.stdout))
			if missing, extra := compare(got, c.want); missing != nil || extra != nil {
				t.Errorf("pyvet -json %v\nmissing: %v\nunexpected: %v", c.args, missing, extra)
			}
			wantCode := 0 // clean
			if len(c.want) > 0 {
				wantCode = 3 // findings
			}
			if x.code != wantCode {
				t.Errorf("text: exit %d, want %d\n%s", x.code, wantCode, x.stderr)
			}
			if missing, extra := compare(textDiags(x.stderr), wantLines); missing != nil || extra != nil {
				t.Errorf("pyvet %v (text)\nmissing: %v\nunexpected: %v", c.args, missing, extra)
			}
			for _, s := range c.silent {
				if slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, s+" ") }) {
					t.Errorf("a finding at %s, which is marked silent", s)
				}
			}
			if c.name == "shapes" {
				n := map[string]int{}
				for _, g := range got {
					if strings.HasPrefix(g, "huge.go:") {
						n[strings.Fields(g)[1]]++
					}
				}
				if want := map[string]int{"borrowedref": hugeBlocks / 2, "gilstate": 1}; fmt.Sprint(n) != fmt.Sprint(want) {
					t.Errorf("huge.go: findings %v, want %v", n, want)
				}
			}
		})
	}
}
