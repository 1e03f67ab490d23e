package creader

import "testing"

// TestCritSecParam: a helper that begins or ends its caller's section
// names the parameter holding the struct, through #if fallbacks for older
// Pythons and through other helpers.
func TestCritSecParam(t *testing.T) {
	src := `#if PY_VERSION_HEX < 0x030D0000
typedef struct { void *_unused; } PyCriticalSection;
#endif
static inline void py_cs_begin(PyObject *o, PyCriticalSection *cs) {
#if PY_VERSION_HEX >= 0x030D0000
    PyCriticalSection_Begin(cs, o);
#else
    (void)cs; (void)o;
#endif
}
static inline void py_cs_end(PyCriticalSection *cs) {
#if PY_VERSION_HEX >= 0x030D0000
    PyCriticalSection_End(cs);
#else
    (void)cs;
#endif
}
static void lock_via(PyCriticalSection *cs, PyObject *o) { py_cs_begin(o, cs); }
static void lock_own(PyObject *o) { Py_BEGIN_CRITICAL_SECTION(o); }
`
	sums := Summarize(Parse([]byte(src)))
	for name, want := range map[string]string{
		"py_cs_begin": "CritSecParam=1 OpensCritSec",
		"py_cs_end":   "ClosesCritSec CritSecParam=0",
		"lock_via":    "CritSecParam=0 OpensCritSec",
		"lock_own":    "OpensCritSec",
	} {
		s := sums[name]
		if s == nil {
			t.Errorf("%s: no summary", name)
			continue
		}
		if got := flags(s); got != want {
			t.Errorf("%s: %q, want %q", name, got, want)
		}
	}
}
