package creader

import (
	"reflect"
	"sort"
	"strings"

	"github.com/pyvet/pyvet/internal/capi"
)

// Summary is what a C helper does, as seen from a Go call site C.helper(...).
// It is computed from the helper's body and, through calls, from the
// summaries of the helpers it calls; never from its name.
//
// Via records, for each field that is set, the C function that caused it,
// keyed by the field's name ("Ensures", "ReturnsBorrowed", ...). A direct
// cause is the C API or macro itself ("PyGILState_Ensure"); an indirect one
// names the helper called and the root cause ("acquire → PyGILState_Ensure").
type Summary struct {
	Name       string
	Macro      bool     // a #define read as a pseudo-function (not callable from Go)
	Params     []string // parameter names, as in Func.Params
	ReturnType string   // as in Func.ReturnType

	// ReturnsBorrowed is the C API whose borrowed result the helper
	// returns, when the free-threading HOWTO says to replace that API
	// (capi Return == RefBorrowed with a Replacement), e.g.
	// "PyList_GET_ITEM". "" if none. Returned values are followed when they
	// are, after casts and parentheses, a call or a local variable assigned
	// from one (and not since passed to Py_INCREF); a conditional
	// expression or an out-parameter is not followed.
	ReturnsBorrowed string
	// ReturnsBorrowedImmutable is the same for borrowed results the HOWTO
	// does not ask to replace (no Replacement), chiefly tuple items
	// (PyTuple_GetItem, PyTuple_GET_ITEM), which are safe because tuples are
	// immutable. borrowedref stays silent on these.
	ReturnsBorrowedImmutable string
	// UsesBorrowed is a HOWTO-replaceable borrowed API the helper calls
	// anywhere, even if it then takes a strong reference
	// (Py_NewRef(PyList_GetItem(l, i)) still races). "" if none.
	UsesBorrowed string

	// DictNext: iterates a dict with PyDict_Next. DictNextLocked: every such
	// iteration runs inside a critical section (Py_BEGIN_CRITICAL_SECTION or
	// PyCriticalSection_Begin, top-most section) on the same object.
	// DictNextParam is the index of the parameter iterated, or -1, so that a
	// call site can check its own critical section.
	DictNext       bool
	DictNextLocked bool
	DictNextParam  int
	// FastItems, FastItemsLocked, FastItemsParam: the same for
	// PySequence_Fast_ITEMS / PySequence_Fast_GET_ITEM, where a section on
	// the object given to PySequence_Fast also counts.
	FastItems       bool
	FastItemsLocked bool
	FastItemsParam  int

	// Detaches: detaches and re-attaches inside (Py_BEGIN_ALLOW_THREADS ...
	// Py_END_ALLOW_THREADS, PyEval_SaveThread ... PyEval_RestoreThread).
	Detaches bool
	// NetDetach: may return detached (a detach with no re-attach).
	NetDetach bool
	// NetAttach: may return attached after attaching (PyEval_RestoreThread,
	// PyEval_AcquireThread, Py_Initialize without the matching detach).
	NetAttach bool
	// Ensures: may return holding a PyGILState_Ensure / PyThreadState_Ensure
	// (PEP 788) that it did not release. Releases: releases one it did not
	// take. BalancedEnsure: takes and releases one inside.
	Ensures        bool
	Releases       bool
	BalancedEnsure bool

	// OpensCritSec: may return with a critical section it began still
	// open. ClosesCritSec: ends a section it did not begin. UsesCritSec:
	// begins and ends one inside.
	OpensCritSec  bool
	ClosesCritSec bool
	UsesCritSec   bool
	// CritSecParam is the index of the parameter an opening or closing
	// helper hands to Begin or End as the PyCriticalSection struct
	// (pyCriticalSection_Begin(PyCriticalSection *cs, PyObject *o)), or -1:
	// at a Go call, the argument there is the struct.
	CritSecParam int

	// Blocks: calls a blocking C library function (capi Lib == LibC and
	// Blocks), or a helper that Blocks, while not detached by itself.
	// BlocksDetached: it blocks, but only while it has detached; such a
	// helper is fine to call attached.
	Blocks         bool
	BlocksDetached bool

	CallsPython        bool // calls a C API that may run Python code (capi CallsPython)
	CreatesInterpreter bool // creates a subinterpreter

	// Unknown: the body, or the body of a helper it calls, could not be
	// read in full; the other fields may miss things.
	Unknown bool

	Via map[string]string
}

// Summarize summarizes every function and macro of files by name. Helper
// calls are resolved to a fixed point, so a helper calling a helper that
// calls PyGILState_Ensure Ensures too. A name in the capi table is always
// taken to be that C API, even if the files define it (compatibility shims
// such as pythoncapi_compat.h's PyList_GetItemRef); the definition still
// gets its own summary. Several definitions of one name (from #if branches
// or from several files) are merged: any definition setting a flag sets it.
func Summarize(files ...*File) map[string]*Summary {
	return summarize(capi.Lookup, files, true)
}

type lookupFunc func(string) (*capi.Func, bool)

// summarize does Summarize's work; with safe unset, internal errors panic
// instead of degrading, for tests and the fuzzer.
func summarize(lookup lookupFunc, files []*File, safe bool) map[string]*Summary {
	files = resolvePointers(files) // calls through dlsym-loaded pointers (dlsym.go)
	defs := map[string][]*Func{}
	var names []string
	for _, f := range files {
		if f == nil {
			continue
		}
		for _, fn := range f.Funcs {
			if fn == nil || fn.Name == "" {
				continue
			}
			if _, ok := defs[fn.Name]; !ok {
				names = append(names, fn.Name)
			}
			defs[fn.Name] = append(defs[fn.Name], fn)
		}
	}
	sort.Strings(names)
	// Callees first, so an acyclic call graph settles in one round and a
	// second confirms it. Summaries are updated in place; flags mostly
	// only grow, and the bound stops a pathological cycle.
	order := calleesFirst(names, defs)
	cur := map[string]*Summary{}
	for round := 0; round <= len(names)+2; round++ {
		changed := false
		for _, n := range order {
			var sums []*Summary
			for _, fn := range defs[n] {
				sums = append(sums, summarizeFunc(fn, cur, lookup, safe))
			}
			if s := merge(sums); !reflect.DeepEqual(s, cur[n]) {
				cur[n] = s
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	return cur
}

// calleesFirst orders names so that a function comes after the functions it
// calls (depth-first postorder from the sorted names; cycles are cut where
// they are met).
func calleesFirst(names []string, defs map[string][]*Func) []string {
	const (
		unseen = iota
		active
		done
	)
	state := make(map[string]int, len(names))
	order := make([]string, 0, len(names))
	var visit func(string)
	visit = func(n string) {
		state[n] = active
		for _, fn := range defs[n] {
			for _, e := range fn.Events {
				if (e.Kind == Call || e.Kind == Macro) && state[e.Name] == unseen && defs[e.Name] != nil {
					visit(e.Name)
				}
			}
		}
		state[n] = done
		order = append(order, n)
	}
	for _, n := range names {
		if state[n] == unseen {
			visit(n)
		}
	}
	return order
}

// summarizeFunc walks one definition; an internal error yields an Unknown
// summary rather than a panic.
func summarizeFunc(fn *Func, prev map[string]*Summary, lookup lookupFunc, safe bool) (s *Summary) {
	s = newSummary(fn)
	defer func() {
		if !safe {
			return
		}
		if r := recover(); r != nil {
			s = newSummary(fn)
			s.Unknown = true
			s.set("Unknown", "internal error")
		}
	}()
	w := newWalker(fn, s, prev, lookup)
	w.run()
	return s
}

func newSummary(fn *Func) *Summary {
	s := &Summary{Name: fn.Name, Macro: fn.Macro, Params: fn.Params, ReturnType: fn.ReturnType,
		DictNextParam: -1, FastItemsParam: -1, CritSecParam: -1, Via: map[string]string{}}
	if fn.Unknown {
		s.Unknown = true
		s.set("Unknown", fn.Why)
	}
	return s
}

// set records cause for field unless one is recorded already.
func (s *Summary) set(field, cause string) {
	if _, ok := s.Via[field]; !ok {
		s.Via[field] = cause
	}
}

// Cause splits Via[field] into the root C function and the helper it was
// reached through ("" when the helper calls it directly).
func (s *Summary) Cause(field string) (root, through string) {
	v := s.Via[field]
	if i := strings.Index(v, " → "); i >= 0 {
		return v[i+len(" → "):], v[:i]
	}
	return v, ""
}

// merge combines the summaries of several definitions of one name.
func merge(sums []*Summary) *Summary {
	out := sums[0]
	for _, s := range sums[1:] {
		or := func(dst *bool, v bool) { *dst = *dst || v }
		str := func(dst *string, v string) {
			if *dst == "" {
				*dst = v
			}
		}
		str(&out.ReturnsBorrowed, s.ReturnsBorrowed)
		str(&out.ReturnsBorrowedImmutable, s.ReturnsBorrowedImmutable)
		str(&out.UsesBorrowed, s.UsesBorrowed)
		// Locked only if every definition that iterates is locked.
		out.DictNextLocked = lockedBoth(out.DictNext, out.DictNextLocked, s.DictNext, s.DictNextLocked)
		out.FastItemsLocked = lockedBoth(out.FastItems, out.FastItemsLocked, s.FastItems, s.FastItemsLocked)
		if out.DictNextParam < 0 {
			out.DictNextParam = s.DictNextParam
		}
		if out.FastItemsParam < 0 {
			out.FastItemsParam = s.FastItemsParam
		}
		if out.CritSecParam < 0 {
			out.CritSecParam = s.CritSecParam
		}
		for _, p := range []struct {
			dst *bool
			v   bool
		}{
			{&out.DictNext, s.DictNext}, {&out.FastItems, s.FastItems},
			{&out.Detaches, s.Detaches}, {&out.NetDetach, s.NetDetach}, {&out.NetAttach, s.NetAttach},
			{&out.Ensures, s.Ensures}, {&out.Releases, s.Releases}, {&out.BalancedEnsure, s.BalancedEnsure},
			{&out.OpensCritSec, s.OpensCritSec}, {&out.ClosesCritSec, s.ClosesCritSec}, {&out.UsesCritSec, s.UsesCritSec},
			{&out.Blocks, s.Blocks}, {&out.BlocksDetached, s.BlocksDetached},
			{&out.CallsPython, s.CallsPython}, {&out.CreatesInterpreter, s.CreatesInterpreter},
			{&out.Unknown, s.Unknown},
		} {
			or(p.dst, p.v)
		}
		if out.Blocks {
			out.BlocksDetached = false
		}
		for k, v := range s.Via {
			out.set(k, v)
		}
	}
	return out
}

func lockedBoth(a, aLocked, b, bLocked bool) bool {
	switch {
	case a && b:
		return aLocked && bLocked
	case a:
		return aLocked
	case b:
		return bLocked
	}
	return false
}
