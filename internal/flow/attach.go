package flow

import "go/token"

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

// threadState is the thread-state domain of a State: what is attached,
// and the bookkeeping that says what a give-back restores.
type threadState struct {
	Attach Attach
	// DetachedBy says what detached the thread state on some path that
	// reaches here ("PyEval_SaveThread"), for messages; DetachedAt is where
	// (NoPos for the start of a goroutine or program), for their Related.
	// Commentary: the first path's wins at a merge, and equal ignores it.
	DetachedBy string
	DetachedAt token.Pos

	held   []Attach // states before anonymous attaches by Go callees (g.Lock()), restored by their release; pointwise over the common length
	mainTS bool     // the attached thread state is the main one Py_Initialize left, on every path (lifecycle.go)
	given  Attach   // after a restore of a given state: the state before it; 0 (none) when any path has none (lifecycle.go)
}

func (s *threadState) detachedBy(what string, at token.Pos) { s.DetachedBy, s.DetachedAt = what, at }

// join is the least upper bound of a and b.
func (a *threadState) join(b *threadState) threadState {
	c := threadState{Attach: a.Attach | b.Attach, DetachedBy: a.DetachedBy, DetachedAt: a.DetachedAt, mainTS: a.mainTS && b.mainTS}
	if c.DetachedBy == "" {
		c.DetachedBy, c.DetachedAt = b.DetachedBy, b.DetachedAt
	}
	if a.given != 0 && b.given != 0 {
		c.given = a.given | b.given
	}
	if n := min(len(a.held), len(b.held)); n > 0 {
		c.held = make([]Attach, n)
		for i := range n {
			c.held[i] = a.held[i] | b.held[i]
		}
	}
	return c
}

// equal reports whether a and b are the same abstract thread state
// (DetachedBy and DetachedAt are commentary).
func (a *threadState) equal(b *threadState) bool {
	if a.Attach != b.Attach || a.mainTS != b.mainTS || a.given != b.given || len(a.held) != len(b.held) {
		return false
	}
	for i := range a.held {
		if a.held[i] != b.held[i] {
			return false
		}
	}
	return true
}
