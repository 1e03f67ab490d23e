package creader

import (
	"fmt"
	"strings"

	"github.com/pyvet/pyvet/internal/capi"
)

// render writes fn's events one per line, nested calls indented, for
// readable assertions.
func render(fn *Func) []string {
	var out []string
	for _, e := range fn.Events {
		var s string
		switch e.Kind {
		case Call:
			s = fmt.Sprintf("call %s(%s)", e.Name, strings.Join(e.Args, " | "))
			if e.Parent >= 0 {
				s = fmt.Sprintf("  in %s[%d]: %s", fn.Events[e.Parent].Name, e.Arg, s)
			}
			if e.Loop {
				s += " loop"
			}
		case Return, Assign:
			s = e.Kind.String()
			if e.Kind == Assign {
				s += " " + e.Name
			}
			s += " " + e.Expr
			if e.Callee != "" {
				s += fmt.Sprintf(" callee=%s@%d", e.Callee, e.CallIndex)
			}
			if e.Ident != "" {
				s += " ident=" + e.Ident
			}
		case Close:
			s = "}"
		default:
			s = e.Kind.String() + " " + e.Name
		}
		out = append(out, s)
	}
	return out
}

// testLookup is capi.Lookup with the few facts the bootstrap capi table
// does not carry yet; the real table wins where it has the name.
func testLookup(name string) (*capi.Func, bool) {
	if f, ok := capi.Lookup(name); ok {
		return f, true
	}
	f, ok := fixture()[name]
	return f, ok
}

func fixture() map[string]*capi.Func {
	repl := func(n string) *capi.Replacement { return &capi.Replacement{Name: n} }
	t := map[string]*capi.Func{}
	for _, f := range []*capi.Func{
		{Name: "PyList_GET_ITEM", Return: capi.RefBorrowed, Replacement: repl("PyList_GetItemRef")},
		{Name: "PyWeakref_GET_OBJECT", Return: capi.RefBorrowed, Replacement: repl("PyWeakref_GetRef")},
		{Name: "PyCell_GET", Return: capi.RefBorrowed, Replacement: repl("PyCell_Get")},
		{Name: "PyDict_GetItemString", Return: capi.RefBorrowed, Replacement: repl("PyDict_GetItemStringRef")},
		{Name: "PyTuple_GET_ITEM", Return: capi.RefBorrowed},
		{Name: "PySequence_Fast_GET_ITEM", Return: capi.RefBorrowed},
		{Name: "PySequence_Fast", Return: capi.RefNew, CallsPython: true},
		{Name: "PyObject_CallObject", Return: capi.RefNew, CallsPython: true},
		{Name: "PyObject_Repr", Return: capi.RefNew, CallsPython: true},
		{Name: "PyThreadState_Ensure", State: capi.StateEnsure315},
		{Name: "PyThreadState_Release", State: capi.StateRelease315},
		{Name: "PyEval_AcquireThread", State: capi.StateAcquire},
		{Name: "Py_NewInterpreter", State: capi.StateNewInterp, CreatesInterpreter: true},
		{Name: "read", Lib: capi.LibC, Blocks: true},
		{Name: "write", Lib: capi.LibC, Blocks: true},
		{Name: "usleep", Lib: capi.LibC, Blocks: true},
		{Name: "pthread_mutex_lock", Lib: capi.LibC, Blocks: true},
	} {
		t[f.Name] = f
	}
	return t
}
