package creader

import (
	"maps"
	"slices"
	"strings"

	"github.com/pyvet/pyvet/internal/capi"
)

// The walker runs through a function's events once, in order, keeping an
// approximate thread state and critical-section stack. Paths are handled
// only as far as C helpers need: a branch that ends in return, goto, break
// or continue does not affect the code after it, a goto's state carries to
// its label, and the state at every return is kept to decide what the
// helper may leave behind.

// tstate is the walker's view of the thread state, relative to entry.
type tstate struct {
	ensure int       // Ensure tokens taken and not yet released
	attach int       // attaches (Restore, Acquire, Init) not undone
	detach int       // detaches (Save, BEGIN_ALLOW_THREADS) not undone
	cs     []section // open critical sections, innermost last
}

type section struct {
	objs  []string // normalized object texts; none when opened by a helper
	cause string
	param int // the parameter holding the section struct, or -1
}

func (t tstate) clone() tstate {
	t.cs = append([]section(nil), t.cs...)
	return t
}

type frame struct {
	kw      string
	cond    string // if: the condition
	at      tstate // state when the block opened
	atDead  bool
	ifEnd   tstate // for else: the state at the end of the if branch
	ifDead  bool
	endSt   tstate // for a closed if: the state at its end
	endDead bool
}

// ref is what a value holds: a borrowed reference from api, reached via.
type ref struct {
	api, via  string
	immutable bool
	// locked is the depth (1 for the outermost) of the critical section on
	// its container that the item was read inside; 0 when there is none.
	locked int
}

type walker struct {
	fn     *Func
	s      *Summary
	prev   map[string]*Summary
	lookup lookupFunc

	st       tstate
	dead     bool // the current point is unreachable (after return, goto, ...)
	frames   []frame
	lastIf   *frame
	labels   map[string]tstate
	exits    []tstate
	causes   map[string]string // first cause of ensure, attach, detach
	vars     map[string]ref    // borrowed references held by local variables
	fast     map[string]string // variable -> object given to PySequence_Fast
	tokens   map[string]bool   // variables holding a PEP 788 PyThreadState_Ensure token
	blocked  struct{ attached, detached bool }
	unlocked struct{ dict, fast bool }
}

func newWalker(fn *Func, s *Summary, prev map[string]*Summary, lookup lookupFunc) *walker {
	return &walker{fn: fn, s: s, prev: prev, lookup: lookup,
		labels: map[string]tstate{}, causes: map[string]string{},
		vars: map[string]ref{}, fast: map[string]string{}, tokens: map[string]bool{}}
}

func (w *walker) run() {
	for _, e := range w.fn.Events {
		w.event(e)
	}
	if !w.dead {
		w.exits = append(w.exits, w.st.clone())
	}
	s := w.s
	for _, x := range w.exits {
		if x.ensure > 0 {
			s.Ensures = true
			s.set("Ensures", w.causes["ensure"])
		}
		if x.attach > 0 {
			s.NetAttach = true
			s.set("NetAttach", w.causes["attach"])
		}
		if x.detach > 0 {
			s.NetDetach = true
			s.set("NetDetach", w.causes["detach"])
		}
		if len(x.cs) > 0 {
			s.OpensCritSec = true
			s.set("OpensCritSec", x.cs[len(x.cs)-1].cause)
			if p := x.cs[len(x.cs)-1].param; p >= 0 && s.CritSecParam < 0 {
				s.CritSecParam = p
			}
		}
	}
	s.DictNextLocked = s.DictNext && !w.unlocked.dict
	s.FastItemsLocked = s.FastItems && !w.unlocked.fast
	if w.blocked.attached {
		s.Blocks = true
	} else if w.blocked.detached {
		s.BlocksDetached = true
	}
}

func (w *walker) event(e Event) {
	switch e.Kind {
	case Call, Macro:
		w.call(e)
	case Assign:
		r := w.valueRef(e)
		if e.CallIndex >= 0 && r.api != "" && w.lockedRead(w.fn.Events[e.CallIndex]) {
			r.locked = len(w.st.cs)
		}
		w.vars[e.Name] = r
		if e.CallIndex >= 0 && knownMacro(e.Callee) == macroFast {
			if c := w.fn.Events[e.CallIndex]; len(c.Args) > 0 {
				w.fast[e.Name] = norm(c.Args[0])
			}
		} else {
			delete(w.fast, e.Name)
		}
		f, ok := w.lookup(e.Callee)
		w.tokens[e.Name] = e.Callee != "" && ok && f != nil && f.State == capi.StateEnsure315
	case Return:
		if r := w.valueRef(e); r.api != "" {
			field := "ReturnsBorrowed"
			dst := &w.s.ReturnsBorrowed
			if r.immutable {
				field, dst = "ReturnsBorrowedImmutable", &w.s.ReturnsBorrowedImmutable
			}
			if *dst == "" {
				*dst = r.api
				w.s.set(field, r.via)
			}
		}
		w.exit()
	case Goto:
		if !w.dead {
			if _, ok := w.labels[e.Name]; !ok {
				w.labels[e.Name] = w.st.clone()
			}
		}
		w.dead = true
	case Jump:
		w.dead = true
	case Label:
		w.label(e.Name)
	case Open:
		w.open(e.Name, e.Expr)
	case Close:
		w.close()
	}
}

// exit records the state at a return.
func (w *walker) exit() {
	if !w.dead {
		w.exits = append(w.exits, w.st.clone())
	}
	w.dead = true
}

func (w *walker) label(name string) {
	if name == "case" || name == "default" {
		if w.dead {
			for k := len(w.frames) - 1; k >= 0; k-- {
				if w.frames[k].kw == "switch" {
					w.st, w.dead = w.frames[k].at.clone(), false
					break
				}
			}
		}
		return
	}
	if w.dead {
		if saved, ok := w.labels[name]; ok {
			w.st = saved.clone()
		}
		w.dead = false
	}
}

func (w *walker) open(kw, cond string) {
	if kw == "else" && w.lastIf != nil {
		f := *w.lastIf
		w.frames = append(w.frames, frame{kw: kw, at: f.at, atDead: f.atDead, ifEnd: f.endSt, ifDead: f.endDead})
		w.st, w.dead = f.at.clone(), f.atDead
		w.lastIf = nil
		if v, null := nullTest(f.cond); w.tokens[v] && !null {
			w.failedEnsure()
		}
		return
	}
	w.lastIf = nil
	w.frames = append(w.frames, frame{kw: kw, cond: cond, at: w.st.clone(), atDead: w.dead})
	if v, null := nullTest(cond); kw == "if" && w.tokens[v] && null {
		w.failedEnsure()
	}
}

// failedEnsure undoes a PEP 788 Ensure on the branch where its token is
// NULL: "Do not call PyThreadState_Release in this case".
func (w *walker) failedEnsure() {
	if w.st.ensure > 0 {
		w.st.ensure--
	}
}

// nullTest reads a condition comparing a variable with NULL: v == NULL,
// !v, v (null reports whether the condition holds when v is NULL).
func nullTest(cond string) (v string, null bool) {
	t := stripCasts(lex(cond))
	isNullTok := func(t token) bool { return t.text == "NULL" || t.text == "0" || t.text == "nullptr" }
	switch {
	case len(t) == 1 && t[0].kind == tIdent:
		return t[0].text, false
	case len(t) == 2 && t[0].is("!") && t[1].kind == tIdent:
		return t[1].text, true
	case len(t) == 3 && (t[1].is("==") || t[1].is("!=")):
		a, b := t[0], t[2]
		if isNullTok(a) {
			a, b = b, a
		}
		if a.kind == tIdent && isNullTok(b) {
			return a.text, t[1].is("==")
		}
	}
	return "", false
}

func (w *walker) close() {
	if len(w.frames) == 0 {
		return
	}
	f := w.frames[len(w.frames)-1]
	w.frames = w.frames[:len(w.frames)-1]
	endSt, endDead := w.st.clone(), w.dead
	switch f.kw {
	case "{":
		// Always runs: state and reachability carry on.
	case "do":
		w.dead = f.atDead // assume the loop is left by its condition or a break
	case "else":
		switch {
		case endDead && !f.ifDead:
			w.st, w.dead = f.ifEnd.clone(), false
		case endDead && f.ifDead:
			w.dead = true
		}
	default: // if, while, for, switch: the path that skips the block
		if endDead {
			w.st, w.dead = f.at.clone(), f.atDead
		}
	}
	if f.kw == "if" {
		f.endSt, f.endDead = endSt, endDead
		w.lastIf = &f
	}
}

// call applies what calling e.Name does.
func (w *walker) call(e Event) {
	name := e.Name
	if k := knownMacro(name); k != macroNone {
		w.macro(k, e)
		if k == macroSave || k == macroRestore || k == macroCSBegin || k == macroCSEnd {
			return
		}
	}
	if f, ok := w.lookup(name); ok && f != nil {
		w.capiCall(f, e)
		return
	}
	if h, ok := w.prev[name]; ok && h != nil {
		w.helperCall(h, e)
	}
}

func (w *walker) macro(k macroKind, e Event) {
	switch k {
	case macroSave, macroRestore:
		w.state(macroState(k), e, e.Name)
	case macroCSBegin:
		w.begin(e.Args, e.Name, -1)
	case macroCSEnd:
		w.end(e.Name, -1)
	case macroFastItems:
		if len(e.Args) > 0 {
			obj := norm(e.Args[0])
			origin := w.fast[obj]
			locked := w.topCovers(obj) || origin != "" && w.topCovers(origin)
			if origin == "" {
				origin = obj
			}
			w.fastItems(e.Name, locked, w.param(origin))
		}
	}
}

func (w *walker) capiCall(f *capi.Func, e Event) {
	name := e.Name
	w.state(f.State, e, name)
	switch {
	case f.CritSec.IsBegin():
		if len(e.Args) > 0 {
			w.begin(e.Args[1:], name, w.structParam(e.Args[0])) // the first argument is the section struct
		} else {
			w.begin(nil, name, -1)
		}
	case f.CritSec.IsEnd():
		param := -1
		if len(e.Args) > 0 {
			param = w.structParam(e.Args[0])
		}
		w.end(name, param)
	}
	if f.RefOp == capi.RefOpIncRef && len(e.Args) > 0 {
		delete(w.vars, norm(e.Args[0])) // now a strong reference
	}
	if f.DictNext && len(e.Args) > 0 {
		obj := norm(e.Args[0])
		w.dictNext(name, w.topCovers(obj), w.param(obj))
	}
	if f.Blocks && f.Lib == capi.LibC {
		w.block(name)
	}
	if f.CallsPython {
		w.flag(&w.s.CallsPython, "CallsPython", name)
	}
	if f.CreatesInterpreter || f.State == capi.StateNewInterp {
		w.flag(&w.s.CreatesInterpreter, "CreatesInterpreter", name)
	}
	if f.Return == capi.RefBorrowed && f.Replacement != nil && w.s.UsesBorrowed == "" && !w.lockedRead(e) {
		w.s.UsesBorrowed = name
		w.s.set("UsesBorrowed", name)
	}
}

// helperCall applies a summarized helper's effects, in the order a body
// usually has them.
func (w *walker) helperCall(h *Summary, e Event) {
	via := func(field string) string {
		root, _ := h.Cause(field)
		if root == "" {
			return e.Name
		}
		return e.Name + " → " + root
	}
	if h.Unknown {
		w.flag(&w.s.Unknown, "Unknown", via("Unknown"))
	}
	if h.Blocks {
		w.block(via("Blocks"))
	}
	if h.BlocksDetached {
		w.blocked.detached = true
		w.s.set("BlocksDetached", via("BlocksDetached"))
	}
	if h.Detaches {
		w.flag(&w.s.Detaches, "Detaches", via("Detaches"))
	}
	if h.BalancedEnsure {
		w.flag(&w.s.BalancedEnsure, "BalancedEnsure", via("BalancedEnsure"))
	}
	if h.UsesCritSec {
		w.flag(&w.s.UsesCritSec, "UsesCritSec", via("UsesCritSec"))
	}
	if h.Releases {
		w.state(capi.StateRelease, e, via("Releases"))
	}
	if h.ClosesCritSec {
		w.end(via("ClosesCritSec"), w.helperStructParam(h, e))
	}
	if h.NetDetach {
		w.state(capi.StateSave, e, via("NetDetach"))
	}
	if h.NetAttach {
		w.state(capi.StateRestore, e, via("NetAttach"))
	}
	if h.Ensures {
		w.state(capi.StateEnsure, e, via("Ensures"))
	}
	if h.OpensCritSec {
		w.unlockItems()
		w.st.cs = append(w.st.cs, section{cause: via("OpensCritSec"), param: w.helperStructParam(h, e)})
	}
	if h.DictNext {
		locked, param := h.DictNextLocked, -1
		if h.DictNextParam >= 0 && h.DictNextParam < len(e.Args) {
			obj := norm(e.Args[h.DictNextParam])
			locked = locked || w.topCovers(obj)
			param = w.param(obj)
		}
		w.dictNext(via("DictNext"), locked, param)
	}
	if h.FastItems {
		locked, param := h.FastItemsLocked, -1
		if h.FastItemsParam >= 0 && h.FastItemsParam < len(e.Args) {
			obj := norm(e.Args[h.FastItemsParam])
			locked = locked || w.topCovers(obj)
			param = w.param(obj)
		}
		w.fastItems(via("FastItems"), locked, param)
	}
	if h.CallsPython {
		w.flag(&w.s.CallsPython, "CallsPython", via("CallsPython"))
	}
	if h.CreatesInterpreter {
		w.flag(&w.s.CreatesInterpreter, "CreatesInterpreter", via("CreatesInterpreter"))
	}
	for _, field := range []string{"UsesBorrowed", "ReturnsBorrowed"} {
		if root, _ := h.Cause(field); root != "" && w.s.UsesBorrowed == "" {
			w.s.UsesBorrowed = root
			w.s.set("UsesBorrowed", via(field))
		}
	}
}

func (w *walker) flag(dst *bool, field, cause string) {
	*dst = true
	w.s.set(field, cause)
}

// state applies a thread-state transition caused by cause.
func (w *walker) state(st capi.State, e Event, cause string) {
	switch st {
	case capi.StateEnsure, capi.StateEnsure315:
		w.cause("ensure", cause)
		w.st.ensure++
	case capi.StateRelease, capi.StateRelease315:
		if w.st.ensure > 0 {
			w.st.ensure--
			w.flag(&w.s.BalancedEnsure, "BalancedEnsure", w.causes["ensure"])
		} else {
			w.flag(&w.s.Releases, "Releases", cause)
		}
	case capi.StateSave, capi.StateReleaseThread, capi.StateFinalize, capi.StateEndInterp:
		w.detachOp(cause)
	case capi.StateRestore, capi.StateAcquire, capi.StateInit:
		w.attachOp(cause)
	case capi.StateSwap:
		if len(e.Args) > 0 && isNull(e.Args[0]) {
			w.detachOp(cause)
		} else {
			w.attachOp(cause)
		}
	}
}

func (w *walker) cause(key, cause string) {
	if _, ok := w.causes[key]; !ok {
		w.causes[key] = cause
	}
}

func (w *walker) detachOp(cause string) {
	if w.st.attach > 0 {
		w.st.attach--
		return
	}
	w.cause("detach", cause)
	w.st.detach++
}

func (w *walker) attachOp(cause string) {
	if w.st.detach > 0 {
		w.st.detach--
		w.flag(&w.s.Detaches, "Detaches", w.causes["detach"])
		return
	}
	w.cause("attach", cause)
	w.st.attach++
}

func (w *walker) begin(objs []string, cause string, param int) {
	w.unlockItems() // a nested section may suspend the one the items were read in
	sec := section{cause: cause, param: param}
	for _, o := range objs {
		sec.objs = append(sec.objs, norm(o))
	}
	w.st.cs = append(w.st.cs, sec)
}

func (w *walker) end(cause string, param int) {
	w.unlockItems()
	if n := len(w.st.cs); n > 0 {
		w.flag(&w.s.UsesCritSec, "UsesCritSec", w.st.cs[n-1].cause)
		w.st.cs = w.st.cs[:n-1]
		return
	}
	w.flag(&w.s.ClosesCritSec, "ClosesCritSec", cause)
	if param >= 0 && w.s.CritSecParam < 0 {
		w.s.CritSecParam = param
	}
}

// structParam is the parameter a section struct argument (cs, &cs->x,
// (PyCriticalSection *)p) names, or -1.
func (w *walker) structParam(arg string) int {
	a := norm(arg)
	a = strings.TrimPrefix(a, "&")
	if i := strings.IndexAny(a, "-.["); i > 0 {
		a = a[:i]
	}
	return w.param(a)
}

// helperStructParam maps an opening or closing helper's struct parameter
// through the call e to this function's parameter, or -1.
func (w *walker) helperStructParam(h *Summary, e Event) int {
	if h.CritSecParam < 0 || h.CritSecParam >= len(e.Args) {
		return -1
	}
	return w.structParam(e.Args[h.CritSecParam])
}

// topCovers reports whether the innermost critical section holds obj; only
// the top-most section is guaranteed to be held (capi-facts.md §d).
// lockedRead reports whether the call e reads an item of a list or dict
// inside a critical section on it (the top-most one): the item is safe
// while that section holds (the free-threading HOWTO's
// Py_BEGIN_CRITICAL_SECTION(list); item = PyList_GetItem(list, i);
// Py_INCREF(item); Py_END_CRITICAL_SECTION()).
func (w *walker) lockedRead(e Event) bool {
	f, ok := w.lookup(e.Name)
	return ok && f != nil && f.Return == capi.RefBorrowed && f.Container() == capi.ContainerReads &&
		len(e.Args) > 0 && w.topCovers(norm(e.Args[0]))
}

// unlockItems is called when the top-most section ends or another begins
// over it: an item read inside it that a variable still holds without a
// reference of its own (no Py_INCREF yet) is no longer safe.
func (w *walker) unlockItems() {
	n := len(w.st.cs)
	for _, name := range slices.Sorted(maps.Keys(w.vars)) {
		r := w.vars[name]
		if r.locked == 0 || r.locked < n {
			continue
		}
		if w.s.UsesBorrowed == "" {
			w.s.UsesBorrowed = r.api
			w.s.set("UsesBorrowed", r.via)
		}
		r.locked = 0
		w.vars[name] = r
	}
}

func (w *walker) topCovers(obj string) bool {
	if len(w.st.cs) == 0 || obj == "" {
		return false
	}
	for _, o := range w.st.cs[len(w.st.cs)-1].objs {
		if o == obj {
			return true
		}
	}
	return false
}

func (w *walker) dictNext(cause string, locked bool, param int) {
	w.flag(&w.s.DictNext, "DictNext", cause)
	if !locked {
		w.unlocked.dict = true
	}
	if w.s.DictNextParam < 0 {
		w.s.DictNextParam = param
	}
}

func (w *walker) fastItems(cause string, locked bool, param int) {
	w.flag(&w.s.FastItems, "FastItems", cause)
	if !locked {
		w.unlocked.fast = true
	}
	if w.s.FastItemsParam < 0 {
		w.s.FastItemsParam = param
	}
}

func (w *walker) block(cause string) {
	if w.st.detach > 0 {
		w.blocked.detached = true
		w.s.set("BlocksDetached", cause)
		return
	}
	w.blocked.attached = true
	w.s.set("Blocks", cause)
}

// param returns the index of the parameter named obj, or -1.
func (w *walker) param(obj string) int {
	for k, p := range w.fn.Params {
		if p != "" && p == obj {
			return k
		}
	}
	return -1
}

// valueRef is the borrowed reference a Return or Assign value holds.
func (w *walker) valueRef(e Event) ref {
	if e.Ident != "" {
		return w.vars[e.Ident]
	}
	if e.Callee == "" {
		return ref{}
	}
	if f, ok := w.lookup(e.Callee); ok && f != nil {
		if f.Return == capi.RefBorrowed {
			return ref{api: e.Callee, via: e.Callee, immutable: f.Replacement == nil}
		}
		return ref{}
	}
	if h, ok := w.prev[e.Callee]; ok && h != nil {
		if h.ReturnsBorrowed != "" {
			return ref{api: h.ReturnsBorrowed, via: e.Callee + " → " + h.ReturnsBorrowed}
		}
		if h.ReturnsBorrowedImmutable != "" {
			return ref{api: h.ReturnsBorrowedImmutable, via: e.Callee + " → " + h.ReturnsBorrowedImmutable, immutable: true}
		}
	}
	return ref{}
}

// norm reduces an expression to a comparable form: casts, parentheses and
// blanks removed, so (PyObject *)d, (d) and d are the same object.
func norm(expr string) string {
	toks := stripCasts(lex(expr))
	n := 0
	for _, t := range toks {
		n += len(t.text)
	}
	b := make([]byte, 0, n)
	for _, t := range toks {
		b = append(b, t.text...)
	}
	return string(b)
}

func isNull(expr string) bool {
	switch norm(expr) {
	case "NULL", "0", "nullptr", "((void*)0)":
		return true
	}
	return false
}
