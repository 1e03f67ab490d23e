package capi

// What gives back what a call takes [THREADS] [PEP788]: PyGILState_Release
// the token of PyGILState_Ensure, PyThreadState_Release that of
// PyThreadState_Ensure and _EnsureFromView, a guard's or a view's Close
// what its constructors return.

// Closer returns the name of the function that gives back what f takes,
// or "" when f takes nothing to give back.
func (f *Func) Closer() string {
	switch {
	case f.State == StateEnsure:
		return first(func(g *Func) bool { return g.State == StateRelease })
	case f.State == StateEnsure315:
		return first(func(g *Func) bool { return g.State == StateRelease315 })
	case f.Handle == HandleGuardOpen:
		return first(func(g *Func) bool { return g.Handle == HandleGuardClose })
	case f.Handle == HandleViewOpen:
		return first(func(g *Func) bool { return g.Handle == HandleViewClose })
	}
	return ""
}

// Opener returns the name of the plain function (the first by name) whose
// token f gives back, or "" when f gives back no token.
func (f *Func) Opener() string {
	switch f.State {
	case StateRelease:
		return first(func(g *Func) bool { return g.State == StateEnsure })
	case StateRelease315:
		return first(func(g *Func) bool { return g.State == StateEnsure315 })
	}
	return ""
}

// FirstWithState returns the name of the first function, by name, with
// thread-state effect s (PyGILState_Ensure for StateEnsure), or "".
func FirstWithState(s State) string { return first(func(g *Func) bool { return g.State == s }) }

// first returns the first name, in name order, whose function matches.
func first(match func(*Func) bool) string {
	for _, name := range Names() {
		if f, _ := Lookup(name); match(f) {
			return name
		}
	}
	return ""
}
