package docs_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/pyvet/pyvet/analyzers"
	"github.com/pyvet/pyvet/internal/rules"
)

// preamble is the C preamble every example is compiled with: Python.h, and
// the 3.13 API's prototypes when the headers are older (pythoncapi-compat
// provides the functions) and PEP 788's before 3.15 (the examples are only
// compiled, never linked). An example with a preamble of its own (C
// helpers) gets these lines at the top of it.
const preamble = `#cgo pkg-config: python3-embed
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
#ifndef Py_BEGIN_CRITICAL_SECTION
#define Py_BEGIN_CRITICAL_SECTION(op) {
#define Py_END_CRITICAL_SECTION() }
#endif
#if PY_VERSION_HEX < 0x030F0000
typedef struct PyInterpreterGuard PyInterpreterGuard;
typedef struct PyInterpreterView PyInterpreterView;
typedef void PyThreadStateToken;
PyInterpreterGuard *PyInterpreterGuard_FromCurrent(void);
PyInterpreterGuard *PyInterpreterGuard_FromView(PyInterpreterView *view);
void PyInterpreterGuard_Close(PyInterpreterGuard *guard);
PyInterpreterView *PyInterpreterView_FromCurrent(void);
PyInterpreterView *PyInterpreterView_FromMain(void);
void PyInterpreterView_Close(PyInterpreterView *view);
PyThreadStateToken *PyThreadState_Ensure(PyInterpreterGuard *guard);
PyThreadStateToken *PyThreadState_EnsureFromView(PyInterpreterView *view);
void PyThreadState_Release(PyThreadStateToken *token);
#endif
`

// helpers are Go declarations every example may use, in a file of its own
// so that an example can have imports.
const helpers = `package %s

// errPython stands for the error a binding builds from Python's exception.
var errPython error = pyError{}

type pyError struct{}

func (pyError) Error() string { return "python error" }
`

// An example is one fenced block of a page (` + "```go bad" + ` or
// ` + "```go good" + `), or one Bad: or Good: block of a check's doc.go,
// which pyvet help CHECK prints.
type example struct {
	check string // the check whose page or doc holds it, or "suppression"
	file  string // where it is, relative to the module root, for messages
	rule  string // the rule ID whose section holds it, or ""
	bad   bool
	line  int      // of the fence or the Bad:/Good: line, for messages
	flags []string // -check.flag=value the example is analyzed with
	code  string
	pkg   string // its package path in the test's GOPATH tree
	// offset is the number of lines before the code's first line in the
	// compiled file.
	offset int
}

// where names the example in messages.
func (ex *example) where() string { return fmt.Sprintf("%s:%d", ex.file, ex.line) }

var fenceRE = regexp.MustCompile("^```go (bad|good)\\b(.*)$")

// examples returns the bad and good examples of a page (file, in docs/).
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
				cur = &example{check: check, file: "docs/" + file, rule: rule, bad: m[1] == "bad", line: i + 1, flags: strings.Fields(m[2])}
				body = nil
			}
		case strings.HasPrefix(line, "```"):
			cur.code = strings.Join(body, "\n") + "\n"
			out = append(out, cur)
			cur = nil
		default:
			body = append(body, line)
		}
	}
	if cur != nil {
		t.Errorf("docs/%s:%d: unterminated code block", file, cur.line)
	}
	return out
}

// docLabelRE is the line of a doc.go comment that introduces an example:
// "Bad:", "Good:", or either with a parenthesis ("Bad (Python 3.15):").
var docLabelRE = regexp.MustCompile(`^// (Bad|Good)\b[^:]*:$`)

// docExamples returns the Bad: and Good: examples of a check's doc.go: the
// tab-indented comment block after each such line.
func docExamples(t *testing.T, check string) []*example {
	t.Helper()
	file := filepath.Join("..", check, "doc.go")
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(src), "\n")
	var out []*example
	for i := 0; i < len(lines); i++ {
		m := docLabelRE.FindStringSubmatch(lines[i])
		if m == nil {
			continue
		}
		j := i + 1
		for j < len(lines) && lines[j] == "//" {
			j++
		}
		// line is the one before the code, as a fence's is.
		ex := &example{check: check, file: check + "/doc.go", bad: m[1] == "Bad", line: j}
		var body []string
		for ; j < len(lines); j++ {
			code, ok := strings.CutPrefix(lines[j], "//\t")
			if !ok && lines[j] != "//" {
				break
			}
			body = append(body, code)
		}
		for len(body) > 0 && body[len(body)-1] == "" {
			body = body[:len(body)-1]
		}
		if len(body) == 0 {
			t.Errorf("%s: %q introduces no indented example", ex.where(), lines[i])
			continue
		}
		ex.code = strings.Join(body, "\n") + "\n"
		out = append(out, ex)
		i = j - 1
	}
	return out
}

// stdImports are the standard packages an example without an import
// declaration may use, as pyvet help shows it: they are imported for it.
var stdImports = []string{"errors", "runtime", "sync", "time", "unsafe"}

// source is the compiled file of the example: its package clause, the
// preamble (at the top of the example's own, when it has one), imports it
// uses without declaring them, and its code; it sets ex.offset.
func (ex *example) source(name string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "package %s\n\n", name)
	code := ex.code
	if rest, ok := strings.CutPrefix(code, "/*\n"); ok {
		b.WriteString("/*\n" + preamble)
		ex.offset = strings.Count(b.String(), "\n") - 1 // the example's "/*" stands in for the one written
		b.WriteString(rest)
		return b.String()
	}
	b.WriteString("/*\n" + preamble + "*/\nimport \"C\"\n\n")
	if !strings.Contains(code, "\nimport ") && !strings.HasPrefix(code, "import ") {
		for _, pkg := range stdImports {
			if regexp.MustCompile(`\b` + pkg + `\.`).MatchString(code) {
				fmt.Fprintf(&b, "import %q\n", pkg)
			}
		}
		b.WriteString("\n")
	}
	ex.offset = strings.Count(b.String(), "\n")
	b.WriteString(code)
	return b.String()
}

// write puts the example in its package of the GOPATH tree under tree.
func (ex *example) write(t *testing.T, tree string, n int) {
	t.Helper()
	ex.pkg = fmt.Sprintf("%s_%s_%d", ex.check, map[bool]string{true: "bad", false: "good"}[ex.bad], n)
	dir := filepath.Join(tree, "src", ex.pkg)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	name := ex.pkg
	if strings.Contains("\n"+ex.code, "\nfunc main() {") {
		name = "main" // an example about main
	}
	writeFile(t, filepath.Join(dir, "example.go"), ex.source(name))
	writeFile(t, filepath.Join(dir, "helpers.go"), fmt.Sprintf(helpers, name))
}

// suite is the suite an example is analyzed with: a fresh one
// (analyzers.All), configured by the example's flags.
func (ex *example) suite(t *testing.T) []*analysis.Analyzer {
	t.Helper()
	out := analyzers.All()
	for _, f := range ex.flags {
		name, value, ok := strings.Cut(strings.TrimPrefix(f, "-"), "=")
		if !ok {
			value = "true"
		}
		check, flag, _ := strings.Cut(name, ".")
		i := slices.IndexFunc(out, func(a *analysis.Analyzer) bool { return a.Name == check })
		if i < 0 {
			t.Fatalf("%s: flag %s: no check %q", ex.where(), f, check)
		}
		if err := out[i].Flags.Set(flag, value); err != nil {
			t.Fatalf("%s: flag %s: %v", ex.where(), f, err)
		}
	}
	return out
}

func writeFile(t *testing.T, name, content string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
