package creader

import (
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// flags lists the fields of s that say something: true booleans,
// non-empty strings (as Field=value) and parameter indexes (as Field=n).
func flags(s *Summary) string {
	var out []string
	v := reflect.ValueOf(s).Elem()
	for i := 0; i < v.NumField(); i++ {
		f, name := v.Field(i), v.Type().Field(i).Name
		switch name {
		case "Name", "Macro", "Params", "ReturnType", "Via":
			continue
		}
		switch f.Kind() {
		case reflect.Bool:
			if f.Bool() {
				out = append(out, name)
			}
		case reflect.String:
			if f.String() != "" {
				out = append(out, name+"="+f.String())
			}
		case reflect.Int:
			if f.Int() >= 0 {
				out = append(out, name+"="+strconv.Itoa(int(f.Int())))
			}
		}
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

func strconvItoa(n int) string {
	return strings.TrimSpace(strings.Repeat(" ", 0) + string(rune('0'+n)))
}

func TestSummaries(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want map[string]string // helper -> flags
		via  map[string]string // "helper.Field" -> Via
	}{
		{
			name: "judged by the body, not the name",
			src: `static PyGILState_STATE Py_Acquire(void) { return PyGILState_Ensure(); }
static void Py_Drop(PyGILState_STATE s) { PyGILState_Release(s); }
static int PyLike_GetItem(int *a, int i) { return a[i]; }
static PyObject *innocent_name(PyObject *l) { return PyList_GetItem(l, 0); }`,
			want: map[string]string{
				"Py_Acquire":     "Ensures",
				"Py_Drop":        "Releases",
				"PyLike_GetItem": "",
				"innocent_name":  "ReturnsBorrowed=PyList_GetItem UsesBorrowed=PyList_GetItem",
			},
			via: map[string]string{"Py_Acquire.Ensures": "PyGILState_Ensure", "Py_Drop.Releases": "PyGILState_Release"},
		},
		{
			name: "borrowed returns: direct, through a variable, a macro and a helper; tuples apart",
			src: `#define GET(l, i) PyList_GET_ITEM((l), (i))
static PyObject *get_item(PyObject *l, Py_ssize_t i) {
    PyObject *it = PyList_GET_ITEM(l, i);
    if (it == NULL) return NULL;
    return it;
}
static PyObject *get_again(PyObject *l) { return (PyObject *)get_item(l, 0); }
static PyObject *get_macro(PyObject *l) { return GET(l, 0); }
static PyObject *first(PyObject *t) { return PyTuple_GET_ITEM(t, 0); }
static PyObject *first_fn(PyObject *t) { PyObject *r; r = PyTuple_GetItem(t, 0); return r; }
static PyObject *strong(PyObject *l) { return Py_NewRef(PyList_GetItem(l, 0)); }
static PyObject *increfd(PyObject *l) { PyObject *r = PyList_GET_ITEM(l, 0); Py_INCREF(r); return r; }
static PyObject *weak(PyObject *w) { return PyWeakref_GET_OBJECT(w); }
static PyObject *cell(PyObject *c) { return PyCell_GET(c); }`,
			want: map[string]string{
				"GET":       "ReturnsBorrowed=PyList_GET_ITEM UsesBorrowed=PyList_GET_ITEM",
				"get_item":  "ReturnsBorrowed=PyList_GET_ITEM UsesBorrowed=PyList_GET_ITEM",
				"get_again": "ReturnsBorrowed=PyList_GET_ITEM UsesBorrowed=PyList_GET_ITEM",
				"get_macro": "ReturnsBorrowed=PyList_GET_ITEM UsesBorrowed=PyList_GET_ITEM",
				"first":     "ReturnsBorrowedImmutable=PyTuple_GET_ITEM",
				"first_fn":  "ReturnsBorrowedImmutable=PyTuple_GetItem",
				"strong":    "UsesBorrowed=PyList_GetItem",
				"increfd":   "UsesBorrowed=PyList_GET_ITEM",
				"weak":      "ReturnsBorrowed=PyWeakref_GET_OBJECT UsesBorrowed=PyWeakref_GET_OBJECT",
				"cell":      "ReturnsBorrowed=PyCell_GET UsesBorrowed=PyCell_GET",
			},
			via: map[string]string{
				"get_again.ReturnsBorrowed": "get_item → PyList_GET_ITEM",
				"get_macro.ReturnsBorrowed": "GET → PyList_GET_ITEM",
			},
		},
		{
			name: "PyDict_Next with and without a critical section on the dict",
			src: `static int bare(PyObject *d) {
    Py_ssize_t pos = 0; PyObject *k, *v;
    while (PyDict_Next(d, &pos, &k, &v)) { }
    return 0;
}
static int locked(PyObject *self, PyObject *d) {
    Py_ssize_t pos = 0; PyObject *k, *v;
    Py_BEGIN_CRITICAL_SECTION(d);
    while (PyDict_Next(d, &pos, &k, &v)) { }
    Py_END_CRITICAL_SECTION();
    return 0;
}
static int locked_fn(PyObject *d) {
    PyCriticalSection cs;
    Py_ssize_t pos = 0; PyObject *k, *v;
    PyCriticalSection_Begin(&cs, (PyObject *)d);
    while (PyDict_Next((d), &pos, &k, &v)) { }
    PyCriticalSection_End(&cs);
    return 0;
}
static int other_object(PyObject *o, PyObject *d) {
    Py_ssize_t pos = 0; PyObject *k, *v;
    Py_BEGIN_CRITICAL_SECTION(o);
    while (PyDict_Next(d, &pos, &k, &v)) { }
    Py_END_CRITICAL_SECTION();
    return 0;
}
static int nested_other(PyObject *o, PyObject *d) {
    Py_ssize_t pos = 0; PyObject *k, *v;
    Py_BEGIN_CRITICAL_SECTION(d);
    Py_BEGIN_CRITICAL_SECTION(o);
    while (PyDict_Next(d, &pos, &k, &v)) { }
    Py_END_CRITICAL_SECTION();
    Py_END_CRITICAL_SECTION();
    return 0;
}
static int two(PyObject *a, PyObject *d) {
    Py_ssize_t pos = 0; PyObject *k, *v;
    Py_BEGIN_CRITICAL_SECTION2(a, d);
    while (PyDict_Next(d, &pos, &k, &v)) { }
    Py_END_CRITICAL_SECTION2();
    return 0;
}
static int gil_disabled_only(PyObject *d) {
    Py_ssize_t pos = 0; PyObject *k, *v;
#ifdef Py_GIL_DISABLED
    Py_BEGIN_CRITICAL_SECTION(d);
#endif
    while (PyDict_Next(d, &pos, &k, &v)) { }
#ifdef Py_GIL_DISABLED
    Py_END_CRITICAL_SECTION();
#endif
    return 0;
}
static int caller_locks(PyObject *x) {
    int r;
    Py_BEGIN_CRITICAL_SECTION(x);
    r = bare(x);
    Py_END_CRITICAL_SECTION();
    return r;
}
static int caller_bare(PyObject *x) { return bare(x); }`,
			want: map[string]string{
				"bare":              "DictNext DictNextParam=0",
				"locked":            "DictNext DictNextLocked DictNextParam=1 UsesCritSec",
				"locked_fn":         "DictNext DictNextLocked DictNextParam=0 UsesCritSec",
				"other_object":      "DictNext DictNextParam=1 UsesCritSec",
				"nested_other":      "DictNext DictNextParam=1 UsesCritSec",
				"two":               "DictNext DictNextLocked DictNextParam=1 UsesCritSec",
				"gil_disabled_only": "DictNext DictNextLocked DictNextParam=0 UsesCritSec",
				"caller_locks":      "DictNext DictNextLocked DictNextParam=0 UsesCritSec",
				"caller_bare":       "DictNext DictNextParam=0",
			},
			via: map[string]string{"caller_bare.DictNext": "bare → PyDict_Next", "locked.UsesCritSec": "Py_BEGIN_CRITICAL_SECTION"},
		},
		{
			name: "an item read inside a critical section on its container",
			src: `static PyObject *howto(PyObject *list, Py_ssize_t i) {
    PyObject *item;
    Py_BEGIN_CRITICAL_SECTION(list);
    item = PyList_GetItem(list, i);
    Py_XINCREF(item);
    Py_END_CRITICAL_SECTION();
    return item;
}
static long used_inside(PyObject *d, PyObject *k) {
    long n;
    PyCriticalSection cs;
    PyCriticalSection_Begin(&cs, d);
    n = PyLong_AsLong(PyDict_GetItem(d, k));
    PyCriticalSection_End(&cs);
    return n;
}
static PyObject *increfed_after(PyObject *list) {
    PyObject *item;
    Py_BEGIN_CRITICAL_SECTION(list);
    item = PyList_GetItem(list, 0);
    Py_END_CRITICAL_SECTION();
    Py_XINCREF(item);
    return item;
}
static PyObject *other_object(PyObject *o, PyObject *list) {
    PyObject *item;
    Py_BEGIN_CRITICAL_SECTION(o);
    item = PyList_GetItem(list, 0);
    Py_XINCREF(item);
    Py_END_CRITICAL_SECTION();
    return item;
}
static PyObject *nested_after(PyObject *o, PyObject *list) {
    PyObject *item;
    Py_BEGIN_CRITICAL_SECTION(list);
    item = PyList_GetItem(list, 0);
    Py_BEGIN_CRITICAL_SECTION(o);
    Py_XINCREF(item);
    Py_END_CRITICAL_SECTION();
    Py_END_CRITICAL_SECTION();
    return item;
}`,
			want: map[string]string{
				"howto":          "UsesCritSec",
				"used_inside":    "UsesCritSec",
				"increfed_after": "UsesBorrowed=PyList_GetItem UsesCritSec",
				"other_object":   "UsesBorrowed=PyList_GetItem UsesCritSec",
				"nested_after":   "UsesBorrowed=PyList_GetItem UsesCritSec",
			},
		},
		{
			name: "fast sequence items",
			src: `static PyObject *sum(PyObject *o) {
    PyObject *seq = PySequence_Fast(o, "expected a sequence");
    PyObject **items = PySequence_Fast_ITEMS(seq);
    Py_DECREF(seq);
    return NULL;
}
static PyObject *sum_locked(PyObject *o) {
    PyObject *seq = PySequence_Fast(o, "expected a sequence");
    Py_BEGIN_CRITICAL_SECTION(o);
    PyObject *x = PySequence_Fast_GET_ITEM(seq, 0);
    Py_END_CRITICAL_SECTION();
    return NULL;
}`,
			want: map[string]string{
				"sum":        "CallsPython FastItems FastItemsParam=0",
				"sum_locked": "FastItems FastItemsLocked FastItemsParam=0 UsesCritSec",
			},
			via: map[string]string{"sum.CallsPython": "Py_DECREF", "sum.FastItems": "PySequence_Fast_ITEMS"},
		},
		{
			name: "detaching and blocking",
			src: `static ssize_t read_detached(int fd, char *buf) {
    ssize_t n;
    Py_BEGIN_ALLOW_THREADS
    n = read(fd, buf, 1);
    Py_END_ALLOW_THREADS
    return n;
}
static ssize_t read_attached(int fd, char *buf) { return read(fd, buf, 1); }
static ssize_t early_return(int fd, char *buf) {
    PyThreadState *ts = PyEval_SaveThread();
    if (fd < 0) {
        PyEval_RestoreThread(ts);
        return -1;
    }
    ssize_t n = read(fd, buf, 1);
    PyEval_RestoreThread(ts);
    return n;
}
static PyThreadState *detach(void) { return PyEval_SaveThread(); }
static void attach(PyThreadState *ts) { PyEval_RestoreThread(ts); }
static void wait_detached(void) { PyThreadState *ts = detach(); usleep(10); attach(ts); }
static void wait_in_helper(void) {
    Py_BEGIN_ALLOW_THREADS
    read_attached(0, NULL);
    Py_END_ALLOW_THREADS
}
static void calls_fine(int fd) { read_detached(fd, NULL); }
static void mixed(int fd) { read_detached(fd, NULL); sleep(1); }
static void block_unblock(void) {
    Py_BEGIN_ALLOW_THREADS
    usleep(1);
    Py_BLOCK_THREADS
    usleep(2);
    Py_UNBLOCK_THREADS
    Py_END_ALLOW_THREADS
}`,
			want: map[string]string{
				"read_detached":  "BlocksDetached Detaches",
				"read_attached":  "Blocks",
				"early_return":   "BlocksDetached Detaches",
				"detach":         "NetDetach",
				"attach":         "NetAttach",
				"wait_detached":  "BlocksDetached Detaches",
				"wait_in_helper": "BlocksDetached Detaches",
				"calls_fine":     "BlocksDetached Detaches",
				"mixed":          "Blocks Detaches",
				"block_unblock":  "Blocks Detaches",
			},
			via: map[string]string{
				"read_detached.Detaches":        "Py_BEGIN_ALLOW_THREADS",
				"read_attached.Blocks":          "read",
				"wait_detached.Detaches":        "detach → PyEval_SaveThread",
				"wait_in_helper.BlocksDetached": "read_attached → read",
				"mixed.Blocks":                  "sleep",
				"block_unblock.Blocks":          "usleep",
			},
		},
		{
			name: "GIL state: chains, goto cleanup, PEP 788",
			src: `static PyGILState_STATE c_ensure(void) { return PyGILState_Ensure(); }
static PyGILState_STATE b_ensure(void) { return c_ensure(); }
static void a_ensure(void) { PyGILState_STATE s = b_ensure(); (void)s; }
static int cleanup(PyObject *cb) {
    PyGILState_STATE s = PyGILState_Ensure();
    PyObject *r = PyObject_CallObject(cb, NULL);
    if (r == NULL)
        goto error;
    Py_DECREF(r);
    PyGILState_Release(s);
    return 0;
error:
    PyGILState_Release(s);
    return -1;
}
static int branches(int x) {
    PyGILState_STATE s = PyGILState_Ensure();
    if (x) {
        PyGILState_Release(s);
        return 1;
    } else {
        x++;
    }
    PyGILState_Release(s);
    return 0;
}
static int leaks_on_error(int x) {
    PyGILState_STATE s = PyGILState_Ensure();
    if (x) return -1;
    PyGILState_Release(s);
    return 0;
}
static int pep788(PyInterpreterGuard *g) {
    PyThreadStateToken *t = PyThreadState_Ensure(g);
    if (t == NULL) return -1;
    PyThreadState_Release(t);
    return 0;
}
static int pep788_not(PyInterpreterView *v) {
    PyThreadStateToken *t = PyThreadState_EnsureFromView(v);
    if (!t) { return -1; }
    PyThreadState_Release(t);
    return 0;
}
static int pep788_else(PyInterpreterGuard *g) {
    PyThreadStateToken *t;
    t = PyThreadState_Ensure(g);
    if (t != NULL) { work(); } else return -1;
    PyThreadState_Release(t);
    return 0;
}
static int pep788_leak(PyInterpreterGuard *g) {
    PyThreadStateToken *t = PyThreadState_Ensure(g);
    if (t == NULL) return -1;
    if (bad()) return -2;
    PyThreadState_Release(t);
    return 0;
}
static void swap_out(void) { PyThreadState_Swap(NULL); }
static void new_interp(void) { PyThreadState *ts = Py_NewInterpreter(); }`,
			want: map[string]string{
				"c_ensure":       "Ensures",
				"b_ensure":       "Ensures",
				"a_ensure":       "Ensures",
				"cleanup":        "BalancedEnsure CallsPython",
				"branches":       "BalancedEnsure",
				"leaks_on_error": "BalancedEnsure Ensures",
				"pep788":         "BalancedEnsure",
				"pep788_not":     "BalancedEnsure",
				"pep788_else":    "BalancedEnsure",
				"pep788_leak":    "BalancedEnsure Ensures",
				"swap_out":       "NetDetach",
				"new_interp":     "CreatesInterpreter",
			},
			via: map[string]string{
				"a_ensure.Ensures":    "b_ensure → PyGILState_Ensure",
				"cleanup.CallsPython": "PyObject_CallObject",
			},
		},
		{
			name: "critical sections left open or closed elsewhere",
			src: `static void lock(PyObject *o) { Py_BEGIN_CRITICAL_SECTION(o); }
static void unlock(void) { Py_END_CRITICAL_SECTION(); }
static void lock_fn(PyCriticalSection *cs, PyObject *o) { PyCriticalSection_Begin(cs, o); }
static void both(PyObject *o) { lock(o); unlock(); }
static int iter_locked_by_helpers(PyObject *d) {
    Py_ssize_t pos = 0; PyObject *k, *v;
    lock(d);
    while (PyDict_Next(d, &pos, &k, &v)) { }
    unlock();
    return 0;
}`,
			want: map[string]string{
				"lock":                   "OpensCritSec",
				"unlock":                 "ClosesCritSec",
				"lock_fn":                "CritSecParam=0 OpensCritSec",
				"both":                   "UsesCritSec",
				"iter_locked_by_helpers": "DictNext DictNextParam=0 UsesCritSec",
			},
			via: map[string]string{"both.UsesCritSec": "lock → Py_BEGIN_CRITICAL_SECTION"},
		},
		{
			name: "recursion and unknown bodies",
			src: `static int rec(int n) { if (n) return rec(n - 1); return PyGILState_Ensure(); }
static int ping(int n) { return n ? pong(n - 1) : sleep(1); }
static int pong(int n) { return ping(n); }
static int uses_cut(void) { return cut(); }
static int cut(void) { if (x) {`,
			want: map[string]string{
				"rec":      "Ensures",
				"ping":     "Blocks",
				"pong":     "Blocks",
				"uses_cut": "Unknown",
				"cut":      "Unknown",
			},
			via: map[string]string{"pong.Blocks": "ping → sleep", "uses_cut.Unknown": "cut → the body is not closed before the end of the input"},
		},
		{
			name: "definitions per #if branch are merged",
			src: `#ifdef Py_GIL_DISABLED
static PyObject *get(PyObject *l) { return PyList_GetItemRef(l, 0); }
#else
static PyObject *get(PyObject *l) { return Py_XNewRef(PyList_GET_ITEM(l, 0)); }
#endif
#if PY_VERSION_HEX >= 0x030D0000
static void go(void) { Py_BEGIN_ALLOW_THREADS sleep(1); Py_END_ALLOW_THREADS }
#else
static void go(void) { sleep(1); }
#endif`,
			want: map[string]string{
				"get": "UsesBorrowed=PyList_GET_ITEM",
				"go":  "Blocks Detaches",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := Parse([]byte(tt.src))
			sums := summarize(testLookup, []*File{f}, false)
			for name, want := range tt.want {
				s := sums[name]
				if s == nil {
					t.Errorf("%s: no summary", name)
					continue
				}
				if got := flags(s); got != want {
					t.Errorf("%s: %q\nwant   %q\nvia %v", name, got, want, s.Via)
				}
			}
			if len(sums) != len(tt.want) {
				t.Errorf("%d summaries, want %d", len(sums), len(tt.want))
			}
			for key, want := range tt.via {
				name, field, _ := strings.Cut(key, ".")
				if s := sums[name]; s == nil || s.Via[field] != want {
					t.Errorf("%s: Via %q, want %q", key, s.Via[field], want)
				}
			}
		})
	}
}

func TestSummarizeDeterministic(t *testing.T) {
	a := Parse([]byte(`static int a1(void) { b1(); c1(); return PyGILState_Ensure(); }
static void a2(void) { Py_BEGIN_ALLOW_THREADS b2(); Py_END_ALLOW_THREADS }`))
	b := Parse([]byte(`static int b1(void) { return sleep(1); }
static int c1(void) { PyEval_SaveThread(); return 0; }
static void b2(void) { usleep(1); }`))
	first := Summarize(a, b)
	for i := 0; i < 20; i++ {
		if again := Summarize(b, a); !reflect.DeepEqual(first, again) {
			t.Fatalf("Summarize(b, a) differs from Summarize(a, b)")
		}
	}
	if got := Summarize(nil, &File{}, &File{Funcs: []*Func{nil, {}}}); len(got) != 0 {
		t.Errorf("empty inputs: %v", got)
	}
}

func TestCause(t *testing.T) {
	s := &Summary{Via: map[string]string{"Ensures": "acquire → PyGILState_Ensure", "Blocks": "sleep"}}
	if root, through := s.Cause("Ensures"); root != "PyGILState_Ensure" || through != "acquire" {
		t.Errorf("Cause(Ensures) = %q, %q", root, through)
	}
	if root, through := s.Cause("Blocks"); root != "sleep" || through != "" {
		t.Errorf("Cause(Blocks) = %q, %q", root, through)
	}
}
