package flow

import (
	"go/token"
	"go/types"
	"maps"
	"reflect"
)

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

// join merges the same variable's tokens from two paths: the statuses
// and prior states of both, the earliest site.
func (a Token) join(b Token) Token {
	a.Status |= b.Status
	a.Pre |= b.Pre
	a.Escapes = a.Escapes || b.Escapes
	if a.Site == token.NoPos || (b.Site != token.NoPos && b.Site < a.Site) {
		a.Site, a.From = b.Site, b.From
	}
	if a.Closure == nil {
		a.Closure = b.Closure
	}
	if a.Via == nil {
		a.Via = b.Via
	}
	return a
}

// equal compares what the flow decides by: Kind, From, Closure, Via and
// the rest follow from the site.
func (a Token) equal(b Token) bool {
	return a.Status == b.Status && a.Pre == b.Pre && a.Escapes == b.Escapes && a.Site == b.Site
}

// tokenSet is the tokens domain of a State: the token each local variable
// (a types.Object), or each discarded Ensure (its *ast.CallExpr), holds.
// Clones share the map; the first write copies it (most states are cloned
// far more often than their tokens change).
type tokenSet struct {
	m      map[any]Token
	shared bool // m is another state's too: copy before writing
}

func (t *tokenSet) get(k any) (Token, bool) {
	tok, ok := t.m[k]
	return tok, ok
}

func (t *tokenSet) set(k any, tok Token) {
	t.own()
	t.m[k] = tok
}

func (t *tokenSet) drop(k any) {
	if _, ok := t.m[k]; ok {
		t.own()
		delete(t.m, k)
	}
}

func (t *tokenSet) own() {
	if t.m == nil || t.shared {
		m := make(map[any]Token, len(t.m)+1)
		maps.Copy(m, t.m)
		t.m, t.shared = m, false
	}
}

// share returns t for a clone: both then copy before writing. A set
// already marked shared is not written, so clones of recorded states,
// which several checks read at once, never race.
func (t *tokenSet) share() tokenSet {
	if len(t.m) == 0 {
		return tokenSet{}
	}
	if !t.shared {
		t.shared = true
	}
	return tokenSet{m: t.m, shared: true}
}

// join is the least upper bound of a and b: a variable that holds a
// token on one side only holds none (Never) on the other.
func (a *tokenSet) join(b *tokenSet) tokenSet {
	if a.same(b) {
		return a.share() // the same tokens on both paths: nothing to join
	}
	m := make(map[any]Token, max(len(a.m), len(b.m)))
	for k, ta := range a.m {
		if tb, ok := b.m[k]; ok {
			m[k] = ta.join(tb)
		} else {
			ta.Status |= Never
			m[k] = ta
		}
	}
	for k, tb := range b.m {
		if _, ok := a.m[k]; !ok {
			tb.Status |= Never
			m[k] = tb
		}
	}
	return tokenSet{m: m}
}

// same reports whether a and b are the same map (see State.sameAs).
func (a *tokenSet) same(b *tokenSet) bool {
	return len(a.m) == len(b.m) && (len(a.m) == 0 || reflect.ValueOf(a.m).UnsafePointer() == reflect.ValueOf(b.m).UnsafePointer())
}

func (a *tokenSet) equal(b *tokenSet) bool {
	if a.same(b) {
		return true
	}
	if len(a.m) != len(b.m) {
		return false
	}
	for k, ta := range a.m {
		if tb, ok := b.m[k]; !ok || !ta.equal(tb) {
			return false
		}
	}
	return true
}
