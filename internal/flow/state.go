package flow

import (
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"sort"
)

// Attach is the set of thread-state possibilities at a program point: a bit
// set, joined by union at merges.
type Attach uint8

const (
	Attached  Attach = 1 << iota // a thread state is attached on this path
	Detached                     // no thread state is attached on this path
	Inherited                    // whatever the caller had: the entry of a function with unknown callers
	Restored                     // the caller's state again, after a PyGILState_Release undid this function's Ensure:
	// the code took a token because the caller may be detached, so it may be detached now
	Unknown // after a callee that changes the thread state on some of its paths only (if !g.held { Ensure }):
	// neither attached nor detached for sure, so nothing is reported on it
)

// Definitely reports whether every path has exactly the state a.
func (s Attach) Definitely(a Attach) bool { return s == a }

// SurelyAttached reports whether the thread state is attached, or is the
// caller's, on every path, and attached on at least one: what the blocking
// check needs before it reports.
func (s Attach) SurelyAttached() bool { return s&Attached != 0 && s&(Detached|Restored|Unknown) == 0 }

// SurelyDetached reports whether no path has, or may have, an attached
// thread state: Detached or Restored only.
func (s Attach) SurelyDetached() bool { return s != 0 && s&(Attached|Inherited|Unknown) == 0 }

func (s Attach) String() string {
	if s == 0 {
		return "none"
	}
	var out string
	for _, p := range []struct {
		b Attach
		n string
	}{{Attached, "attached"}, {Detached, "detached"}, {Inherited, "inherited"}, {Restored, "restored"}, {Unknown, "unknown"}} {
		if s&p.b != 0 {
			if out != "" {
				out += "|"
			}
			out += p.n
		}
	}
	return out
}

// Lock is the set of possibilities for "this goroutine is locked to its OS
// thread", joined by union.
type Lock uint8

const (
	Locked        Lock = 1 << iota // runtime.LockOSThread is in effect
	Unlocked                       // it is not
	LockInherited                  // the caller's: unknown
)

func (l Lock) String() string {
	var out string
	for _, p := range []struct {
		b Lock
		n string
	}{{Locked, "locked"}, {Unlocked, "unlocked"}, {LockInherited, "inherited"}} {
		if l&p.b != 0 {
			if out != "" {
				out += "|"
			}
			out += p.n
		}
	}
	if out == "" {
		return "none"
	}
	return out
}

// TokenKind says what a tracked value is.
type TokenKind uint8

const (
	TokGIL     TokenKind = iota // a PyGILState_Ensure (or PEP 788 PyThreadState_Ensure) token
	TokSaved                    // a *PyThreadState from PyEval_SaveThread, to be restored
	TokClosure                  // a release func returned by a Go function (release := acquire())
	TokGuard                    // a PEP 788 PyInterpreterGuard, to be closed (see pep788.go)
	TokView                     // a PEP 788 PyInterpreterView, to be closed
)

// Status is the set of possibilities for a token on the paths reaching a
// point, joined by union.
type Status uint8

const (
	Live  Status = 1 << iota // taken and not yet given back
	Done                     // given back (released or restored)
	Never                    // the variable holds no token: never taken on this path
)

// A Token is a thread-state value the function took and must give back.
type Token struct {
	Kind   TokenKind
	Status Status
	Site   token.Pos // where it was taken (report here)
	From   string    // what took it: "PyGILState_Ensure", "PyEval_SaveThread", or the Go function's name
	Pre    Attach    // the thread state before it was taken: a release restores it
	// Discarded marks an Ensure whose result was thrown away.
	Discarded bool
	// Escapes marks a variable the function also hands elsewhere (returns,
	// stores, captures in a closure that outlives the call): its release is
	// then someone else's business.
	Escapes bool
	// Closure is the summary of a TokClosure's function, applied when it is
	// called.
	Closure *Summary
	// Via is the guard or view variable a PEP 788 PyThreadState_Ensure
	// token was obtained through, when the argument was one.
	Via types.Object
	// Nullable marks a PEP 788 token, guard or view: NULL on failure, so
	// the branch where the variable is nil holds none (refineNil).
	Nullable bool
}

// A Section is one open critical section.
type Section struct {
	Site  token.Pos     // the Begin call's position (or the Go call's)
	Call  *ast.CallExpr // the Begin call (user-level), nil for a Go callee's
	Key   string        // the struct, rendered: "&cs", or "callee()" for a Go function's section
	Obj   types.Object  // the struct variable, when the argument is &v
	Func  string        // the Begin function, or the Go function that opened it
	Two   bool          // a PyCriticalSection2
	Maybe bool          // open on some paths only

	// Args are the objects (or PyMutex pointers) a Begin locks, as the
	// user wrote them; nil for a section a Go callee or C helper opened.
	Args []ast.Expr
	// Mutex marks a *_BeginMutex section (Args are PyMutex pointers).
	Mutex bool
	// Helper marks a section a C helper of the package left open
	// (Func is the helper's name, Call its call).
	Helper bool
	// EndSite is where the section was ended, in State.Ended.
	EndSite token.Pos
	// BeginAt is, for a section a Go callee of this package left open
	// (Site is the call), the Begin in that callee; NoPos otherwise.
	BeginAt token.Pos
}

// deferred is a call registered by defer, run at function exit.
type deferred struct {
	stmt *ast.DeferStmt
	rel  value // defer f()(): the release func f returned when the defer ran
}

// State is the abstract state at one program point. States are values:
// the engine never changes a State a callback has seen.
type State struct {
	Attach Attach
	Lock   Lock
	// Sections is the stack of open critical sections, innermost last.
	Sections []Section
	// Ended holds the sections this function ended, on some path reaching
	// here, whose struct was not begun again since (one per Key, EndSite
	// set): an End of such a struct with no section open on it ends it
	// twice.
	Ended []Section
	// DetachedBy says what detached the thread state on some path that
	// reaches here ("PyEval_SaveThread"), for messages; DetachedAt is where
	// (NoPos for the start of a goroutine or program), for their Related.
	DetachedBy string
	DetachedAt token.Pos

	depth  int8          // LockOSThread calls of this function still in effect (min over paths)
	tokens map[any]Token // key: types.Object of a variable, or the *ast.CallExpr of a discarded Ensure
	// sharedTokens: a clone shares tokens; setToken copies it first.
	sharedTokens bool
	defers       []deferred
	held         []Attach // states before anonymous attaches by Go callees (g.Lock()), restored by their release
	lockAt       token.Pos
	mainTS       bool     // the attached thread state is the main one Py_Initialize left (lifecycle.go)
	given        Attach   // after a restore of a given state: the state before it; 0 otherwise (lifecycle.go)
	mutexes      []string // keys of the Go mutexes held on some path (mutex.go), sorted
	// endsForeign counts the caller's sections this path ended (min over
	// paths, at most 4): a func that ends one on some paths only (an
	// iterator that ends it when exhausted) is no release func.
	endsForeign int8
}

func (s *State) detachedBy(what string, at token.Pos) { s.DetachedBy, s.DetachedAt = what, at }

// setToken and dropToken change the tokens, copying the map first when a
// clone shares it.
func (s *State) setToken(k any, t Token) {
	s.ownTokens()
	s.tokens[k] = t
}

func (s *State) dropToken(k any) {
	s.ownTokens()
	delete(s.tokens, k)
}

func (s *State) ownTokens() {
	if s.tokens == nil || s.sharedTokens {
		m := make(map[any]Token, len(s.tokens)+1)
		maps.Copy(m, s.tokens)
		s.tokens, s.sharedTokens = m, false
	}
}

// Token returns the token held in the variable obj, if any.
func (s *State) Token(obj types.Object) (Token, bool) {
	t, ok := s.tokens[obj]
	return t, ok
}

// Tokens returns the tracked tokens sorted by where they were taken.
func (s *State) Tokens() []Token {
	out := make([]Token, 0, len(s.tokens))
	for _, t := range s.tokens {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Site < out[j].Site })
	return out
}

// LockedHere reports whether this function itself took runtime.LockOSThread
// on every path and has not undone it.
func (s *State) LockedHere() bool { return s.depth > 0 }

// clone copies s. The tokens map is shared, copy on write (setToken):
// most states are cloned far more often than their tokens change. A state
// already marked shared is not written, so clones of recorded states,
// which several checks read at once, never race.
func (s *State) clone() *State {
	c := *s
	if len(s.tokens) == 0 {
		c.tokens, c.sharedTokens = nil, false
	} else {
		if !s.sharedTokens {
			s.sharedTokens = true
		}
		c.sharedTokens = true
	}
	c.Sections = share(&s.Sections)
	c.Ended = share(&s.Ended)
	c.defers = share(&s.defers)
	c.held = share(&s.held)
	c.mutexes = share(&s.mutexes)
	return &c
}

// share returns *p for a clone to share: both then have no spare
// capacity, so an append by either copies instead of writing into the
// other's array. (Elements of these stacks are never written in place.)
// A slice already without spare capacity is not written, for the same
// reason as clone's tokens.
func share[T any](p *[]T) []T {
	if cap(*p) != len(*p) {
		*p = (*p)[:len(*p):len(*p)]
	}
	return *p
}

// join returns the least upper bound of a and b. Either may be nil
// (unreachable).
func join(a, b *State) *State {
	if a == nil {
		return b
	}
	if b == nil {
		return a
	}
	c := a.clone()
	c.Attach |= b.Attach
	c.Lock |= b.Lock
	if b.depth < c.depth {
		c.depth = b.depth
	}
	c.endsForeign = min(a.endsForeign, b.endsForeign)
	if c.DetachedBy == "" {
		c.DetachedBy, c.DetachedAt = b.DetachedBy, b.DetachedAt
	}
	for k, tb := range b.tokens {
		ta, ok := c.tokens[k]
		if !ok {
			tb.Status |= Never
			c.setToken(k, tb)
			continue
		}
		ta.Status |= tb.Status
		ta.Pre |= tb.Pre
		ta.Escapes = ta.Escapes || tb.Escapes
		if ta.Site == token.NoPos || (tb.Site != token.NoPos && tb.Site < ta.Site) {
			ta.Site, ta.From = tb.Site, tb.From
		}
		if ta.Closure == nil {
			ta.Closure = tb.Closure
		}
		if ta.Via == nil {
			ta.Via = tb.Via
		}
		c.setToken(k, ta)
	}
	for k, ta := range c.tokens {
		if _, ok := b.tokens[k]; !ok {
			ta.Status |= Never
			c.setToken(k, ta)
		}
	}
	c.mainTS = a.mainTS && b.mainTS
	if a.given == 0 || b.given == 0 {
		c.given = 0
	} else {
		c.given = a.given | b.given
	}
	c.mutexes = joinMutexes(c.mutexes, b.mutexes)
	c.Sections = joinSections(a.Sections, b.Sections)
	c.Ended = joinEnded(a.Ended, b.Ended)
	c.defers = joinDefers(a.defers, b.defers)
	n := min(len(a.held), len(b.held))
	c.held = slices.Clone(c.held[:n])
	for i := range n {
		c.held[i] |= b.held[i]
	}
	return c
}

func joinSections(a, b []Section) []Section {
	i := 0
	for i < len(a) && i < len(b) && a[i].Key == b[i].Key && a[i].Site == b[i].Site {
		i++
	}
	out := make([]Section, 0, len(a)+len(b)-i)
	seen := map[token.Pos]bool{}
	for k := 0; k < i; k++ {
		s := a[k]
		s.Maybe = s.Maybe || b[k].Maybe
		out = append(out, s)
		seen[s.Site] = true
	}
	// A Begin the stacks share need not be pushed again from their tails:
	// a loop that begins a section on every pass then settles, holding
	// it once, on some paths.
	for _, s := range append(append([]Section(nil), a[i:]...), b[i:]...) {
		if seen[s.Site] {
			continue
		}
		seen[s.Site] = true
		s.Maybe = true
		out = append(out, s)
	}
	return out
}

// joinEnded is the union of two Ended lists by Key, keeping the earliest
// End of a key.
func joinEnded(a, b []Section) []Section {
	if len(b) == 0 {
		return append([]Section(nil), a...)
	}
	out := append([]Section(nil), a...)
	for _, e := range b {
		found := false
		for i := range out {
			if out[i].Key == e.Key {
				found = true
				if e.EndSite < out[i].EndSite {
					out[i] = e
				}
			}
		}
		if !found {
			out = append(out, e)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

// EndedOn returns the section ended on the struct key on some path
// reaching here, if any.
func (s *State) EndedOn(key string) (Section, bool) {
	for _, e := range s.Ended {
		if e.Key == key {
			return e, true
		}
	}
	return Section{}, false
}

func joinDefers(a, b []deferred) []deferred {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	if i == len(a) && i == len(b) {
		return append([]deferred(nil), a...)
	}
	out := append([]deferred(nil), a[:i]...)
	seen := map[*ast.DeferStmt]bool{}
	for _, d := range out {
		seen[d.stmt] = true
	}
	for _, d := range append(append([]deferred(nil), a[i:]...), b[i:]...) {
		if !seen[d.stmt] {
			seen[d.stmt] = true
			out = append(out, d)
		}
	}
	return out
}

// equal reports whether a and b are the same abstract state (DetachedBy is
// commentary and does not count).
func equal(a, b *State) bool {
	if a == nil || b == nil {
		return a == b
	}
	if a.Attach != b.Attach || a.Lock != b.Lock || a.depth != b.depth || a.endsForeign != b.endsForeign || a.mainTS != b.mainTS || a.given != b.given ||
		len(a.tokens) != len(b.tokens) || len(a.Sections) != len(b.Sections) || len(a.Ended) != len(b.Ended) ||
		len(a.defers) != len(b.defers) || len(a.held) != len(b.held) || len(a.mutexes) != len(b.mutexes) {
		return false
	}
	for i := range a.mutexes {
		if a.mutexes[i] != b.mutexes[i] {
			return false
		}
	}
	for k, ta := range a.tokens {
		tb, ok := b.tokens[k]
		if !ok || ta.Status != tb.Status || ta.Pre != tb.Pre || ta.Escapes != tb.Escapes || ta.Site != tb.Site {
			return false
		}
	}
	for i := range a.Sections {
		if a.Sections[i].Site != b.Sections[i].Site || a.Sections[i].Maybe != b.Sections[i].Maybe {
			return false
		}
	}
	for i := range a.Ended {
		if a.Ended[i].Key != b.Ended[i].Key || a.Ended[i].EndSite != b.Ended[i].EndSite {
			return false
		}
	}
	for i := range a.defers {
		if a.defers[i] != b.defers[i] {
			return false
		}
	}
	for i := range a.held {
		if a.held[i] != b.held[i] {
			return false
		}
	}
	return true
}
