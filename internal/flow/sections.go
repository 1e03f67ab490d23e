package flow

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
)

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

// sectionState is the critical-section domain of a State.
type sectionState struct {
	// Sections is the stack of open critical sections, innermost last.
	Sections []Section
	// Ended holds the sections this function ended, on some path reaching
	// here, whose struct was not begun again since (one per Key, EndSite
	// set): an End of such a struct with no section open on it ends it
	// twice.
	Ended []Section
	// endsForeign counts the caller's sections this path ended (min over
	// paths, at most 4): a func that ends one on some paths only (an
	// iterator that ends it when exhausted) is no release func.
	endsForeign int8
}

// EndedOn returns the section ended on the struct key on some path
// reaching here, if any.
func (s *sectionState) EndedOn(key string) (Section, bool) {
	for _, e := range s.Ended {
		if e.Key == key {
			return e, true
		}
	}
	return Section{}, false
}

// join is the least upper bound of a and b.
func (a *sectionState) join(b *sectionState) sectionState {
	return sectionState{
		Sections:    joinSections(a.Sections, b.Sections),
		Ended:       joinEnded(a.Ended, b.Ended),
		endsForeign: min(a.endsForeign, b.endsForeign),
	}
}

// equal compares the stacks by Begin (and whether it is open on some
// paths only) and the ended structs by End.
func (a *sectionState) equal(b *sectionState) bool {
	if a.endsForeign != b.endsForeign || len(a.Sections) != len(b.Sections) || len(a.Ended) != len(b.Ended) {
		return false
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
	return true
}

// joinSections keeps the common prefix of two stacks (Maybe if either
// says so), then the rest of both, marked Maybe, each Begin once.
func joinSections(a, b []Section) []Section {
	i := 0
	for i < len(a) && i < len(b) && a[i].Key == b[i].Key && a[i].Site == b[i].Site {
		i++
	}
	if i == len(a) && i == len(b) && !anyMaybe(b) {
		return a[:i:i] // the same stack: share it (no spare capacity, so appends copy)
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

func anyMaybe(ss []Section) bool {
	for _, s := range ss {
		if s.Maybe {
			return true
		}
	}
	return false
}

// joinEnded is the union of two Ended lists by Key, keeping the earliest
// End of a key.
func joinEnded(a, b []Section) []Section {
	if len(b) == 0 {
		return a[:len(a):len(a)]
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

// dropEnded returns ended without the struct key.
func dropEnded(ended []Section, key string) []Section {
	out := ended[:0:0]
	for _, e := range ended {
		if e.Key != key {
			out = append(out, e)
		}
	}
	return out
}
