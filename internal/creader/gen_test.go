package creader

import (
	"fmt"
	"strings"
	"testing"
)

// helperKinds are the shapes genPreamble cycles through, with the flags
// Summarize must find for each.
var helperKinds = []struct {
	body, want string
}{
	{`    PyObject *it = PyList_GET_ITEM(l, i); /* { */
    return it;`, "ReturnsBorrowed=PyList_GET_ITEM UsesBorrowed=PyList_GET_ITEM"},
	{`    Py_ssize_t pos = 0; PyObject *k, *v;
#ifdef Py_GIL_DISABLED
    Py_BEGIN_CRITICAL_SECTION(l);
#endif
    while (PyDict_Next(l, &pos, &k, &v)) { (void)k; }
#ifdef Py_GIL_DISABLED
    Py_END_CRITICAL_SECTION();
#endif
    return NULL;`, "DictNext DictNextLocked DictNextParam=0 UsesCritSec"},
	{`    Py_BEGIN_ALLOW_THREADS
    usleep((unsigned)i); // "}"
    Py_END_ALLOW_THREADS
    return NULL;`, "BlocksDetached Detaches"},
	{`    PyGILState_STATE s = PyGILState_Ensure();
    const char *msg = "/* { not a comment";
    PyGILState_Release(s);
    return NULL;`, "BalancedEnsure"},
	{`    return PREV(l, i);`, "ReturnsBorrowed=PyList_GET_ITEM UsesBorrowed=PyList_GET_ITEM"},
	{`    int a[4] = {1, 2, 3, 4};
    return (PyObject *)(intptr_t)a[i & 3];`, ""},
}

// genPreamble writes n helpers, about ten lines each, cycling through
// helperKinds; kind 4 calls the kind-0 helper before it.
func genPreamble(n int) string {
	var b strings.Builder
	b.WriteString("#include <Python.h>\n#include <unistd.h>\n\n")
	for i := 0; i < n; i++ {
		k := i % len(helperKinds)
		body := strings.ReplaceAll(helperKinds[k].body, "PREV", fmt.Sprintf("h%d", i-4))
		fmt.Fprintf(&b, "/* helper %d: kind %d */\nstatic inline PyObject *\nh%d(PyObject *l, Py_ssize_t i)\n{\n%s\n}\n\n", i, k, i, body)
	}
	return b.String()
}

func TestGeneratedFile(t *testing.T) {
	src := genPreamble(520)
	if lines := strings.Count(src, "\n"); lines < 5000 {
		t.Fatalf("only %d lines", lines)
	}
	f := Parse([]byte(src))
	if f.Unreadable || len(f.Funcs) != 520 || len(f.Degraded) != 0 {
		t.Fatalf("Unreadable=%v, %d funcs, Degraded=%v", f.Unreadable, len(f.Funcs), f.Degraded)
	}
	checkInvariants(t, []byte(src), f)
	sums := Summarize(f)
	for i := 0; i < 520; i++ {
		name := fmt.Sprintf("h%d", i)
		if got, want := flags(sums[name]), helperKinds[i%len(helperKinds)].want; got != want {
			t.Fatalf("%s: %q, want %q", name, got, want)
		}
	}
}

// A chain of helpers, each calling the next, settles: the root cause
// reaches the first helper.
func TestLongChain(t *testing.T) {
	var b strings.Builder
	const n = 300
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "static void c%d(void) { c%d(); }\n", i, i+1)
	}
	fmt.Fprintf(&b, "static void c%d(void) { PyGILState_Ensure(); }\n", n)
	sums := Summarize(Parse([]byte(b.String())))
	if s := sums["c0"]; !s.Ensures || s.Via["Ensures"] != "c1 → PyGILState_Ensure" {
		t.Errorf("c0: %s via %v", flags(s), s.Via)
	}
}

func BenchmarkParse(b *testing.B) {
	src := []byte(genPreamble(200)) // about 2,000 lines
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		Parse(src)
	}
}

func BenchmarkSummarize(b *testing.B) {
	f := Parse([]byte(genPreamble(200)))
	b.ReportAllocs()
	for b.Loop() {
		Summarize(f)
	}
}
