package creader

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseDegrades(t *testing.T) {
	tests := []struct {
		name, src string
		// want: "name" for a readable function, "name?" for an Unknown one.
		want     []string
		degraded int
	}{
		{
			name: "header repeated per #ifdef branch",
			src: `static int before(void) { return 0; }
#ifdef Py_GIL_DISABLED
static PyObject *get(PyObject *l, Py_ssize_t i) {
    Py_BEGIN_CRITICAL_SECTION(l);
#else
static PyObject *get(PyObject *l, Py_ssize_t i, int unused) {
#endif
    PyObject *r = PyList_GET_ITEM(l, i);
    return r;
}
static int after(void) { return 1; }`,
			want:     []string{"before", "get?", "after"},
			degraded: 1,
		},
		{
			name: "opening brace in one #if branch and if-else in the other",
			src: `int f(int x) {
#if PY_VERSION_HEX >= 0x030D0000
    if (x) {
#else
    if (x > 1) { g();
#endif
        h();
    }
    return 0;
}
int g2(void) { return 0; }`,
			want:     []string{"f?", "g2"},
			degraded: 1,
		},
		{
			name: "brace opened in a one-branch #ifdef and closed in another",
			src: `int f(PyObject *o) {
#ifdef Py_GIL_DISABLED
    Py_BEGIN_CRITICAL_SECTION(o); {
#endif
    g(o);
#ifdef Py_GIL_DISABLED
    } Py_END_CRITICAL_SECTION();
#endif
    return 0;
}`,
			want: []string{"f"},
		},
		{
			name: "truncated in the middle of a body",
			src: `static int ok(void) { return 0; }
static PyObject *cut(PyObject *l) {
    PyObject *r = PyList_GET_ITEM(l, 0);
    if (r) {
        return r`,
			want: []string{"ok", "cut?"},
		},
		{
			name: "stray closing braces and semicolons at file scope",
			src: `};}; ) ] static int f(void) { return g(); } } }
int h(void) { return 0; }`,
			want: []string{"f", "h"},
		},
		{
			name: "unterminated comment",
			src: `int f(void) { return 0; }
/* never closed { int g(void) { return 1; }`,
			want: []string{"f"},
		},
		{
			name: "unterminated string and char",
			src: `int f(void) { s = "abc;
  t = 'x;
  return 0; }
int g(void) { return 1; }`,
			want: []string{"f", "g"},
		},
		{
			name: "K&R definition and junk",
			src: `int old(a, b) int a; char *b; { return a + b[0]; }
@@@ $$$ ` + "`" + `
int after(void) { return 0; }`,
			want: []string{"after"},
		},
		{
			name: "unterminated #if",
			src: `#ifdef X
int f(void) { return 0; }
`,
			want: []string{"f"},
		},
		{
			name: "stray #endif and #else",
			src: `#endif
#else
int f(void) { return 0; }
#elif 1`,
			want: []string{"f"},
		},
		{
			name:     "if nesting beyond the limit",
			src:      strings.Repeat("#if X\n", maxCondDepth+5) + "int f(void) { return 0; }\n" + strings.Repeat("#endif\n", maxCondDepth+5),
			want:     []string{"f?"},
			degraded: 1,
		},
		{
			name: "statements nested beyond the limit",
			src:  "int f(void) {" + strings.Repeat("{", maxNest+5) + strings.Repeat("}", maxNest+5) + "}\nint g(void) { return 0; }",
			want: []string{"f?", "g"},
		},
		{
			name: "calls nested beyond the limit",
			src:  "int f(void) { return " + strings.Repeat("g(", maxNest+5) + strings.Repeat(")", maxNest+5) + "; }",
			want: []string{"f?"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := Parse([]byte(tt.src))
			if f.Unreadable {
				t.Fatal("Unreadable")
			}
			var got []string
			for _, fn := range f.Funcs {
				n := fn.Name
				if fn.Unknown {
					n += "?"
				}
				got = append(got, n)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("funcs %q, want %q", got, tt.want)
			}
			if len(f.Degraded) != tt.degraded {
				t.Errorf("Degraded %v, want %d ranges", f.Degraded, tt.degraded)
			}
			checkInvariants(t, []byte(tt.src), f)
		})
	}
}

// The first branch of a degraded group is still read.
func TestDegradedKeepsFirstBranch(t *testing.T) {
	src := `#ifdef Py_GIL_DISABLED
static PyObject *get(PyObject *l) {
    Py_BEGIN_CRITICAL_SECTION(l);
#else
static PyObject *get(PyObject *l) {
    {
#endif
    r = PyList_GET_ITEM(l, 0);
    Py_END_CRITICAL_SECTION();
    return r;
}`
	f := Parse([]byte(src))
	fn := funcOf(t, f, "get")
	want := []string{
		"call Py_BEGIN_CRITICAL_SECTION(l)",
		"call PyList_GET_ITEM(l | 0)",
		"assign r PyList_GET_ITEM(l, 0) callee=PyList_GET_ITEM@1",
		"call Py_END_CRITICAL_SECTION()",
		"return r ident=r",
	}
	if got := render(fn); !reflect.DeepEqual(got, want) {
		t.Errorf("events:\n%s", strings.Join(got, "\n"))
	}
	if !fn.Unknown || f.Degraded[0].Start != 0 || !strings.HasSuffix(src[:f.Degraded[0].End], "#endif") {
		t.Errorf("Unknown=%v Degraded=%v", fn.Unknown, f.Degraded)
	}
}

// checkInvariants asserts what every Parse result must satisfy.
func checkInvariants(t testing.TB, src []byte, f *File) {
	t.Helper()
	lines := 1 + strings.Count(string(src), "\n")
	for _, d := range f.Degraded {
		if d.Start < 0 || d.End > len(src) || d.Start > d.End {
			t.Fatalf("degraded range %v outside [0,%d]", d, len(src))
		}
	}
	for _, fn := range f.Funcs {
		if fn.Name == "" || fn.Line < 1 || fn.Line > lines || fn.EndLine < fn.Line || fn.EndLine > lines {
			t.Fatalf("func %q lines %d-%d of %d", fn.Name, fn.Line, fn.EndLine, lines)
		}
		if fn.Offset < 0 || fn.Offset >= len(src) || !strings.HasPrefix(string(src[fn.Offset:]), fn.Name) {
			t.Fatalf("func %q at offset %d", fn.Name, fn.Offset)
		}
		if fn.Unknown != (fn.Why != "") {
			t.Fatalf("func %q: Unknown=%v Why=%q", fn.Name, fn.Unknown, fn.Why)
		}
		open := 0
		for i, e := range fn.Events {
			if e.Line < 1 || e.Line > lines || e.Offset < 0 || e.Offset > len(src) {
				t.Fatalf("%s event %d %v at line %d offset %d, input has %d lines, %d bytes", fn.Name, i, e.Kind, e.Line, e.Offset, lines, len(src))
			}
			if e.Parent >= i || e.Parent >= 0 && fn.Events[e.Parent].Kind != Call {
				t.Fatalf("%s event %d: parent %d", fn.Name, i, e.Parent)
			}
			if e.CallIndex >= i || e.CallIndex >= 0 && fn.Events[e.CallIndex].Name != e.Callee {
				t.Fatalf("%s event %d: call index %d", fn.Name, i, e.CallIndex)
			}
			if e.Kind == Call && !strings.HasPrefix(string(src[e.Offset:]), e.Name) {
				t.Fatalf("%s event %d: %q not at offset %d", fn.Name, i, e.Name, e.Offset)
			}
			for _, a := range e.Args {
				if a != strings.TrimSpace(a) {
					t.Fatalf("%s event %d: untrimmed argument %q", fn.Name, i, a)
				}
			}
			switch e.Kind {
			case Open:
				open++
			case Close:
				open--
			}
			if open < 0 {
				t.Fatalf("%s: Close without Open at event %d", fn.Name, i)
			}
		}
		if open != 0 && !fn.Unknown {
			t.Fatalf("%s: %d blocks left open", fn.Name, open)
		}
	}
}
