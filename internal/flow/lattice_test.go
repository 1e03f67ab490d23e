package flow

import (
	"go/ast"
	"go/token"
	"go/types"
	"testing"
)

// A latticeCase is one join: a ⊔ b = want, which must also hold as b ⊔ a
// (unless ordered: the domain keeps the first side's order where both
// add), and a ⊔ a = a, b ⊔ b = b.
type latticeCase[T any] struct {
	name    string
	a, b    T
	want    T
	ordered bool
}

func checkLattice[T any](t *testing.T, join func(a, b T) T, equal func(a, b T) bool, cases []latticeCase[T]) {
	t.Helper()
	for _, c := range cases {
		if got := join(c.a, c.b); !equal(got, c.want) {
			t.Errorf("%s: a ⊔ b = %+v, want %+v", c.name, got, c.want)
		}
		if got := join(c.b, c.a); !c.ordered && !equal(got, c.want) {
			t.Errorf("%s: b ⊔ a = %+v, want %+v (not commutative)", c.name, got, c.want)
		}
		for _, x := range []T{c.a, c.b} {
			if got := join(x, x); !equal(got, x) {
				t.Errorf("%s: x ⊔ x = %+v, want x = %+v", c.name, got, x)
			}
			if !equal(x, x) {
				t.Errorf("%s: %+v is not equal to itself", c.name, x)
			}
		}
		if equal(c.a, c.b) != equal(c.b, c.a) {
			t.Errorf("%s: equal is not symmetric", c.name)
		}
	}
}

func TestThreadStateLattice(t *testing.T) {
	ts := func(a Attach, held []Attach, mainTS bool, given Attach) threadState {
		return threadState{Attach: a, held: held, mainTS: mainTS, given: given}
	}
	checkLattice(t, func(a, b threadState) threadState { return a.join(&b) }, func(a, b threadState) bool { return a.equal(&b) }, []latticeCase[threadState]{
		{name: "identity: none is the bottom", a: ts(Attached, nil, false, 0), b: ts(0, nil, false, 0), want: ts(Attached, nil, false, 0)},
		{name: "union of possibilities", a: ts(Attached, nil, false, 0), b: ts(Detached, nil, false, 0), want: ts(Attached|Detached, nil, false, 0)},
		{name: "unknown stays unknown", a: ts(Unknown, nil, false, 0), b: ts(Attached, nil, false, 0), want: ts(Unknown|Attached, nil, false, 0)},
		{name: "held: pointwise over the common length", a: ts(Attached, []Attach{Detached, Inherited}, false, 0), b: ts(Attached, []Attach{Restored}, false, 0),
			want: ts(Attached, []Attach{Detached | Restored}, false, 0)},
		{name: "main thread state on every path only", a: ts(Attached, nil, true, 0), b: ts(Attached, nil, false, 0), want: ts(Attached, nil, false, 0)},
		{name: "given: none on one path is none (the top)", a: ts(Attached, nil, false, Detached), b: ts(Attached, nil, false, 0), want: ts(Attached, nil, false, 0)},
		{name: "given: union", a: ts(Attached, nil, false, Detached), b: ts(Attached, nil, false, Inherited), want: ts(Attached, nil, false, Detached|Inherited)},
	})
	a := threadState{Attach: Detached, DetachedBy: "PyEval_SaveThread", DetachedAt: 7}
	b := threadState{Attach: Detached, DetachedBy: "Py_Finalize", DetachedAt: 9}
	if !a.equal(&b) {
		t.Error("DetachedBy is commentary: equal must ignore it")
	}
	if c := (&threadState{Attach: Attached}).join(&b); c.DetachedBy != "Py_Finalize" || c.DetachedAt != 9 {
		t.Errorf("the join keeps a path's DetachedBy when the other has none: got %q at %d", c.DetachedBy, c.DetachedAt)
	}
}

func TestLockLattice(t *testing.T) {
	checkLattice(t, lockState.join, lockState.equal, []latticeCase[lockState]{
		{name: "identity: none is the bottom", a: lockState{Lock: Locked, depth: 1}, b: lockState{depth: 1}, want: lockState{Lock: Locked, depth: 1}},
		{name: "union of possibilities", a: lockState{Lock: Locked}, b: lockState{Lock: Unlocked}, want: lockState{Lock: Locked | Unlocked}},
		{name: "the caller's lock stays unknown", a: lockState{Lock: LockInherited}, b: lockState{Lock: Locked}, want: lockState{Lock: LockInherited | Locked}},
		{name: "own locks: the least over paths", a: lockState{Lock: Locked, depth: 2}, b: lockState{Lock: Locked, depth: 1}, want: lockState{Lock: Locked, depth: 1}},
	})
}

func TestTokenLattice(t *testing.T) {
	x, y := types.NewVar(1, nil, "x", nil), types.NewVar(2, nil, "y", nil)
	set := func(kv ...any) tokenSet {
		var s tokenSet
		for i := 0; i < len(kv); i += 2 {
			s.set(kv[i], kv[i+1].(Token))
		}
		return s
	}
	live := Token{Status: Live, Site: 10, From: "PyGILState_Ensure"}
	done := Token{Status: Done, Site: 10, From: "PyGILState_Ensure"}
	earlier := Token{Status: Live, Site: 5, From: "acquire"}
	checkLattice(t, func(a, b tokenSet) tokenSet { return a.join(&b) }, func(a, b tokenSet) bool { return a.equal(&b) }, []latticeCase[tokenSet]{
		{name: "identity: no tokens", a: tokenSet{}, b: tokenSet{}, want: tokenSet{}},
		{name: "a token on one path only holds none on the other", a: set(x, live), b: tokenSet{}, want: set(x, Token{Status: Live | Never, Site: 10})},
		{name: "statuses join", a: set(x, live), b: set(x, done), want: set(x, Token{Status: Live | Done, Site: 10})},
		{name: "the earliest site", a: set(x, live), b: set(x, earlier), want: set(x, Token{Status: Live, Site: 5})},
		{name: "escapes on any path", a: set(x, Token{Status: Live, Site: 10, Escapes: true}), b: set(x, live), want: set(x, Token{Status: Live, Site: 10, Escapes: true})},
		{name: "variables apart", a: set(x, live), b: set(y, done), want: set(x, Token{Status: Live | Never, Site: 10}, y, Token{Status: Done | Never, Site: 10})},
	})
	// Copy on write: a clone's writes do not reach the original.
	orig := set(x, live)
	c := orig.share()
	c.set(x, done)
	if tok, _ := orig.get(x); tok.Status != Live {
		t.Error("a write to a clone's tokens changed the original's")
	}
}

func TestSectionLattice(t *testing.T) {
	sec := func(site token.Pos, maybe bool) Section { return Section{Site: site, Key: "&cs", Maybe: maybe} }
	ended := func(key string, at token.Pos) Section { return Section{Key: key, EndSite: at} }
	st := func(open []Section, ended []Section, foreign int8) sectionState {
		return sectionState{Sections: open, Ended: ended, endsForeign: foreign}
	}
	checkLattice(t, func(a, b sectionState) sectionState { return a.join(&b) }, func(a, b sectionState) bool { return a.equal(&b) }, []latticeCase[sectionState]{
		{name: "identity: nothing open", a: st(nil, nil, 0), b: st(nil, nil, 0), want: st(nil, nil, 0)},
		{name: "common prefix stays, the rest is open on some paths", a: st([]Section{sec(1, false), sec(2, false)}, nil, 0), b: st([]Section{sec(1, false)}, nil, 0),
			want: st([]Section{sec(1, false), sec(2, true)}, nil, 0)},
		{name: "maybe in the prefix", a: st([]Section{sec(1, true)}, nil, 0), b: st([]Section{sec(1, false)}, nil, 0), want: st([]Section{sec(1, true)}, nil, 0)},
		{name: "both tails, the first side's first", a: st([]Section{sec(1, false)}, nil, 0), b: st([]Section{sec(2, false)}, nil, 0),
			want: st([]Section{sec(1, true), sec(2, true)}, nil, 0), ordered: true},
		{name: "a loop's Begin is held once: the join settles", a: st([]Section{sec(1, true)}, nil, 0), b: st([]Section{sec(1, true), sec(1, false)}, nil, 0),
			want: st([]Section{sec(1, true)}, nil, 0)},
		{name: "ended: union by struct, the earliest End", a: st(nil, []Section{ended("&a", 5), ended("&b", 9)}, 0), b: st(nil, []Section{ended("&b", 7)}, 0),
			want: st(nil, []Section{ended("&a", 5), ended("&b", 7)}, 0)},
		{name: "the caller's sections ended: the least over paths", a: st(nil, nil, 2), b: st(nil, nil, 1), want: st(nil, nil, 1)},
	})
}

func TestMutexLattice(t *testing.T) {
	checkLattice(t, mutexSet.join, mutexSet.equal, []latticeCase[mutexSet]{
		{name: "identity: none held", a: mutexSet{"p.mu"}, b: nil, want: mutexSet{"p.mu"}},
		{name: "held on some path: held", a: mutexSet{"p.a", "p.c"}, b: mutexSet{"p.b"}, want: mutexSet{"p.a", "p.b", "p.c"}},
	})
}

func TestDeferLattice(t *testing.T) {
	d1, d2, d3 := deferred{stmt: &ast.DeferStmt{}}, deferred{stmt: &ast.DeferStmt{}}, deferred{stmt: &ast.DeferStmt{}}
	checkLattice(t, deferStack.join, deferStack.equal, []latticeCase[deferStack]{
		{name: "identity: none pending", a: deferStack{d1}, b: nil, want: deferStack{d1}},
		{name: "common prefix, then the rest", a: deferStack{d1, d2}, b: deferStack{d1}, want: deferStack{d1, d2}},
		{name: "both tails, the first side's first", a: deferStack{d1, d2}, b: deferStack{d1, d3}, want: deferStack{d1, d2, d3}, ordered: true},
		{name: "each defer statement once", a: deferStack{d2, d1}, b: deferStack{d1}, want: deferStack{d2, d1}, ordered: true},
	})
}

// TestStateJoin: the product joins domain by domain; nil is unreachable,
// the identity.
func TestStateJoin(t *testing.T) {
	a := &State{}
	a.Attach, a.Lock = Attached, Locked
	b := &State{}
	b.Attach, b.Lock = Detached, Locked
	holdMutex(b, "p.mu")
	if join(a, nil) != a || join(nil, b) != b {
		t.Error("nil (unreachable) is the join's identity")
	}
	c := join(a, b)
	if c.Attach != Attached|Detached || c.Lock != Locked || len(c.mutexes) != 1 {
		t.Errorf("join: got %v %v %v", c.Attach, c.Lock, c.mutexes)
	}
	if !equal(join(a, b), join(b, a)) || equal(a, b) || !equal(a, a.clone()) {
		t.Error("equal: a product of the domains' equalities")
	}
}
