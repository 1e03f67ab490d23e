// Package docs_test keeps the check pages honest: every check of the suite
// has a page, the page says what the check's doc.go says, and its examples
// are compiled and analyzed, so that a "bad" example is flagged by the check
// and a "good" one is not.
package docs_test

import (
	"bytes"
	"cmp"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/pyvet/pyvet/analyzers"
	"github.com/pyvet/pyvet/docs"
	"github.com/pyvet/pyvet/internal/cgotest"
	"github.com/pyvet/pyvet/internal/checktest"
	"github.com/pyvet/pyvet/internal/rules"
)

// preamble is the C preamble every example is compiled with: Python.h, and
// the 3.13 API's prototypes when the headers are older (pythoncapi-compat
// provides the functions) and PEP 788's before 3.15 (the examples are only
// compiled, never linked).
const preamble = `/*
#cgo pkg-config: python3-embed
#include <stdlib.h>
#include <Python.h>

#if PY_VERSION_HEX < 0x030D0000
PyObject *PyList_GetItemRef(PyObject *list, Py_ssize_t index);
int PyDict_GetItemRef(PyObject *p, PyObject *key, PyObject **result);
int PyDict_GetItemStringRef(PyObject *p, const char *key, PyObject **result);
int PyDict_SetDefaultRef(PyObject *p, PyObject *key, PyObject *default_value, PyObject **result);
int PyWeakref_GetRef(PyObject *ref, PyObject **pobj);
PyObject *PyImport_AddModuleRef(const char *name);
typedef struct { uintptr_t _cs_prev; void *_cs_mutex; } PyCriticalSection;
void PyCriticalSection_Begin(PyCriticalSection *c, PyObject *op);
void PyCriticalSection_End(PyCriticalSection *c);
typedef struct { PyCriticalSection _cs_base; void *_cs_mutex2; } PyCriticalSection2;
void PyCriticalSection2_Begin(PyCriticalSection2 *c, PyObject *a, PyObject *b);
void PyCriticalSection2_End(PyCriticalSection2 *c);
#endif
#if PY_VERSION_HEX < 0x030F0000
typedef struct PyInterpreterGuard PyInterpreterGuard;
typedef struct PyInterpreterView PyInterpreterView;
typedef void PyThreadStateToken;
PyInterpreterGuard *PyInterpreterGuard_FromView(PyInterpreterView *view);
void PyInterpreterGuard_Close(PyInterpreterGuard *guard);
PyThreadStateToken *PyThreadState_Ensure(PyInterpreterGuard *guard);
PyThreadStateToken *PyThreadState_EnsureFromView(PyInterpreterView *view);
void PyThreadState_Release(PyThreadStateToken *token);
#endif
*/
import "C"
`

// helpers are Go declarations every example may use, in a file of its own
// so that an example can have imports.
const helpers = `package %s

// errPython stands for the error a binding builds from Python's exception.
var errPython error = pyError{}

type pyError struct{}

func (pyError) Error() string { return "python error" }
`

// An example is one fenced block of a page: ` + "```go bad" + ` or ` + "```go good" + `.
type example struct {
	page string // check name, or "suppression"
	rule string // the rule ID whose section holds it, or ""
	bad  bool
	line int // of the fence, for messages
	code string
	pkg  string // its package path in the test's GOPATH tree
	// offset is the number of lines before the code in the compiled file.
	offset int
}

var fenceRE = regexp.MustCompile("^```go (bad|good)\\b")

// examples returns the bad and good examples of a page.
func examples(t *testing.T, check, file string) []*example {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var out []*example
	var cur *example
	var body []string
	rule := ""
	for i, line := range strings.Split(string(src), "\n") {
		switch {
		case cur == nil && strings.HasPrefix(line, "#"):
			rule = ""
			if h, ok := strings.CutPrefix(line, "### "); ok && rules.Known(h) {
				rule = h
			}
		case cur == nil:
			if m := fenceRE.FindStringSubmatch(line); m != nil {
				cur = &example{page: check, rule: rule, bad: m[1] == "bad", line: i + 1}
				body = nil
			}
		case strings.HasPrefix(line, "```"):
			cur.code = strings.Join(body, "\n") + "\n"
			cur.pkg = fmt.Sprintf("%s_%s_%d", check, map[bool]string{true: "bad", false: "good"}[cur.bad], cur.line)
			out = append(out, cur)
			cur = nil
		default:
			body = append(body, line)
		}
	}
	if cur != nil {
		t.Errorf("%s:%d: unterminated code block", file, cur.line)
	}
	return out
}

// pages returns each check of the suite with its page, failing t for a
// check without one.
func pages(t *testing.T) map[*analysis.Analyzer]string {
	t.Helper()
	out := map[*analysis.Analyzer]string{}
	for _, a := range analyzers.All() {
		file := a.Name + ".md"
		if _, err := os.Stat(file); err != nil {
			t.Errorf("check %s has no page docs/%s (its URL is %s)", a.Name, file, a.URL)
			continue
		}
		if !strings.HasSuffix(a.URL, "/docs/"+file) {
			t.Errorf("check %s: URL %s is not its page docs/%s", a.Name, a.URL, file)
		}
		out[a] = file
	}
	return out
}

// TestExamples compiles every example of every page and runs the whole
// suite on it, in the cgo-processed shape (pyvet, go vet, golangci-lint) and
// in the shape gopls gives analyzers: a bad example is flagged by its
// page's check, with its section's rule ID when it is in one; a good one is
// flagged by nothing.
func TestExamples(t *testing.T) {
	tree := t.TempDir()
	all := examples(t, "suppression", "suppression.md")
	for a, file := range pages(t) {
		exs := examples(t, a.Name, file)
		nbad := 0
		for _, ex := range exs {
			if ex.bad {
				nbad++
			}
		}
		if nbad == 0 || nbad == len(exs) {
			t.Errorf("docs/%s: want at least one ```go bad and one ```go good example, have %d and %d", file, nbad, len(exs)-nbad)
		}
		all = append(all, exs...)
	}
	if len(all) == 0 {
		t.Fatal("no examples")
	}
	var paths []string
	for _, ex := range all {
		dir := filepath.Join(tree, "src", ex.pkg)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		name := ex.pkg
		if strings.Contains("\n"+ex.code, "\nfunc main() {") {
			name = "main" // an example about main
		}
		header := "package " + name + "\n\n" + preamble + "\n"
		ex.offset = strings.Count(header, "\n")
		write(t, filepath.Join(dir, "example.go"), header+ex.code)
		write(t, filepath.Join(dir, "helpers.go"), fmt.Sprintf(helpers, name))
		paths = append(paths, ex.pkg)
	}

	cooked, err := cgotest.Load(tree, paths...)
	if err != nil {
		t.Fatalf("the examples do not compile: %v", err)
	}
	typed, failed, err := checktest.LoadShape(tree, checktest.Gopls, paths...)
	if err != nil {
		t.Fatal(err)
	}
	for _, ex := range all {
		if failed[ex.pkg] != nil && !strings.Contains(ex.code, "//export ") {
			t.Errorf("docs/%s.md:%d: gopls shape: %v", ex.page, ex.line, failed[ex.pkg])
		}
	}
	for shape, pkgs := range map[string][]*packages.Package{"cgo-processed": cooked, "gopls": typed} {
		for _, p := range pkgs {
			i := slices.IndexFunc(all, func(ex *example) bool { return ex.pkg == p.PkgPath })
			ex := all[i]
			g, err := checker.Analyze(analyzers.All(), []*packages.Package{p}, nil)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			flagged := false
			for _, act := range g.Roots {
				if act.Err != nil {
					t.Errorf("docs/%s.md:%d (%s): %v", ex.page, ex.line, shape, act.Err)
				}
				for _, d := range act.Diagnostics {
					line := ex.line + p.Fset.Position(d.Pos).Line - ex.offset
					got = append(got, fmt.Sprintf("docs/%s.md:%d: %s: %s (%s)", ex.page, line, act.Analyzer.Name, d.Message, d.Category))
					if ex.rule != "" && d.Category == ex.rule || ex.rule == "" && act.Analyzer.Name == ex.page {
						flagged = true
					}
				}
			}
			want := cmp.Or(ex.rule, ex.page)
			switch {
			case ex.bad && !flagged:
				t.Errorf("docs/%s.md:%d (%s): the bad example is not flagged by %s:\n%s", ex.page, ex.line, shape, want, strings.Join(got, "\n"))
			case !ex.bad && len(got) > 0:
				t.Errorf("docs/%s.md:%d (%s): the good example is flagged:\n%s", ex.page, ex.line, shape, strings.Join(got, "\n"))
			}
		}
	}
}

var apiRE = regexp.MustCompile(`\bPy[A-Za-z]*_[A-Za-z_]+\b`)

// TestPagesAgreeWithDoc: a page is the long form of its check's doc.go (which
// pyvet help CHECK prints): it repeats the title, every C API name the doc
// names, and every flag of the check.
func TestPagesAgreeWithDoc(t *testing.T) {
	for a, file := range pages(t) {
		page, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		title, _, _ := strings.Cut(a.Doc, "\n")
		title = strings.TrimPrefix(title, a.Name+": ")
		if !bytes.Contains(page, []byte(title)) {
			t.Errorf("docs/%s does not state the check's title %q", file, title)
		}
		for _, name := range slices.Compact(slices.Sorted(slices.Values(apiRE.FindAllString(a.Doc, -1)))) {
			if !bytes.Contains(page, []byte(name)) {
				t.Errorf("docs/%s does not mention %s, which %s's doc.go does", file, name, a.Name)
			}
		}
		a.Flags.VisitAll(func(f *flag.Flag) {
			if !bytes.Contains(page, []byte("-"+a.Name+"."+f.Name)) {
				t.Errorf("docs/%s does not document the flag -%s.%s", file, a.Name, f.Name)
			}
		})
		for _, want := range []string{"## Since", "## Options", "docs.python.org"} {
			if !bytes.Contains(page, []byte(want)) {
				t.Errorf("docs/%s lacks %q", file, want)
			}
		}
	}
}

func write(t *testing.T, name, content string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// unnamed are the checks whose findings from before rule IDs do not all
// carry one yet, nor have a section per rule; a check leaves the list when
// they do (analyzers/findings_test.go has the same list).
var unnamed = []string{"borrowedref", "gilstate", "critsecnest"}

// TestRuleSections: every rule ID has a section in its page, headed by the
// ID, with at least one bad and one good example (TestExamples runs them).
func TestRuleSections(t *testing.T) {
	for _, r := range rules.All() {
		if slices.Contains(unnamed, r.Check()) {
			continue
		}
		page := strings.TrimPrefix(r.Page(), "docs/")
		exs := examples(t, strings.TrimSuffix(page, ".md"), page)
		bad, good := 0, 0
		for _, ex := range exs {
			if ex.rule == r.ID && ex.bad {
				bad++
			} else if ex.rule == r.ID {
				good++
			}
		}
		if _, ok := docs.Section(page, r.ID); !ok {
			t.Errorf("%s has no section \"### %s\" in %s", r.ID, r.ID, r.Page())
		} else if bad == 0 || good == 0 {
			t.Errorf("%s: its section in %s has %d bad and %d good examples, want at least one of each", r.ID, r.Page(), bad, good)
		}
	}
}
