package flow

import (
	"go/types"
	"sort"
)

// State is the abstract state at one program point: the product of small
// lattices, one per concern, each with its own join and equality:
//
//	threadState   what is attached, and what a give-back restores (attach.go)
//	lockState     runtime.LockOSThread (oslock.go)
//	sectionState  the open and ended critical sections (sections.go)
//	tokens        the tokens the function took and must give back (tokens.go)
//	mutexes       the Go mutexes held (mutex.go)
//	defers        the pending deferred calls (exit.go)
//
// States are values: the engine never changes a State a callback has seen.
type State struct {
	threadState
	lockState
	sectionState
	tokens  tokenSet
	mutexes mutexSet
	defers  deferStack
}

// setToken and dropToken change the tokens, copying the map first when a
// clone shares it.
func (s *State) setToken(k any, t Token) { s.tokens.set(k, t) }

func (s *State) dropToken(k any) { s.tokens.drop(k) }

// Token returns the token held in the variable obj, if any.
func (s *State) Token(obj types.Object) (Token, bool) { return s.tokens.get(obj) }

// Tokens returns the tracked tokens sorted by where they were taken.
func (s *State) Tokens() []Token {
	out := make([]Token, 0, len(s.tokens.m))
	for _, t := range s.tokens.m {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Site < out[j].Site })
	return out
}

// LockedHere reports whether this function itself took runtime.LockOSThread
// on every path and has not undone it.
func (s *State) LockedHere() bool { return s.depth > 0 }

// clone copies s. The domains share what they hold with the copy: the
// tokens copy on write, and the stacks and sets are never written in
// place, only replaced (share leaves them no spare capacity, so an append
// by either copies instead of writing into the other's array).
func (s *State) clone() *State {
	c := *s
	c.tokens = s.tokens.share()
	c.Sections = share(&s.Sections)
	c.Ended = share(&s.Ended)
	c.defers = share(&s.defers)
	c.held = share(&s.held)
	c.mutexes = share(&s.mutexes)
	return &c
}

// sameAs reports whether s holds what c holds because it holds the same
// values, arrays and map: c is a clone of s, or of a state s was cloned
// from, and neither has changed since. (The domains' arrays and maps are
// never written in place once shared, so the same array of the same
// length holds the same.) It may say false of equal states; it is cheaper
// than a clone.
func (s *State) sameAs(c *State) bool {
	return s.Attach == c.Attach && s.DetachedBy == c.DetachedBy && s.DetachedAt == c.DetachedAt &&
		s.mainTS == c.mainTS && s.given == c.given && sameArray(s.held, c.held) &&
		s.lockState == c.lockState &&
		sameArray(s.Sections, c.Sections) && sameArray(s.Ended, c.Ended) && s.endsForeign == c.endsForeign &&
		s.tokens.same(&c.tokens) && sameArray(s.mutexes, c.mutexes) && sameArray(s.defers, c.defers)
}

// sameArray reports whether a and b are the same elements of the same array.
func sameArray[S ~[]T, T any](a, b S) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// share returns *p for a clone to share, without spare capacity. A slice
// already without spare capacity is not written, for the same reason as
// tokenSet.share.
func share[S ~[]T, T any](p *S) S {
	if cap(*p) != len(*p) {
		*p = (*p)[:len(*p):len(*p)]
	}
	return *p
}

// join returns the least upper bound of a and b, domain by domain. Either
// may be nil (unreachable).
func join(a, b *State) *State {
	if a == nil {
		return b
	}
	if b == nil {
		return a
	}
	return &State{
		threadState:  a.threadState.join(&b.threadState),
		lockState:    a.lockState.join(b.lockState),
		sectionState: a.sectionState.join(&b.sectionState),
		tokens:       a.tokens.join(&b.tokens),
		mutexes:      a.mutexes.join(b.mutexes),
		defers:       a.defers.join(b.defers),
	}
}

// equal reports whether a and b are the same abstract state, domain by
// domain.
func equal(a, b *State) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.threadState.equal(&b.threadState) && a.lockState.equal(b.lockState) &&
		a.sectionState.equal(&b.sectionState) && a.tokens.equal(&b.tokens) &&
		a.mutexes.equal(b.mutexes) && a.defers.equal(b.defers)
}
