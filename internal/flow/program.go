package flow

// Program order: the init functions of package main run one after another
// on the main goroutine, in source order, before main. Each starts with the
// thread state the one before it left, and main with the last one's: an
// init that initializes Python and leaves it attached makes main start
// attached; one that then saves the thread state for worker goroutines
// makes main start detached, since that save.

// orderInits makes every init function a callee of the inits after it and
// of main, so that they are solved first and their exits reach them.
func (r *Result) orderInits() {
	var inits []*Func
	for _, f := range r.funcs {
		switch f.Entry {
		case EntryInit:
			f.callees = append(f.callees, inits...)
			inits = append(inits, f)
		case EntryMain:
			f.callees = append(f.callees, inits...)
		}
	}
}

// afterInits sets the entry state s of an init or of main from the exit of
// the init before it, when there is one with a flow.
func (r *Result) afterInits(f *Func, s *State) {
	var prev *Func
	for _, g := range r.funcs {
		if g == f && f.Entry == EntryInit {
			break // main comes after every init, wherever it is written
		}
		if g.Entry == EntryInit && g.exit != nil {
			prev = g
		}
	}
	if prev == nil {
		return
	}
	s.Attach, s.mainTS = prev.exit.Attach, prev.exit.mainTS
	s.DetachedBy, s.DetachedAt = prev.exit.DetachedBy, prev.exit.DetachedAt
	if s.DetachedBy == "" {
		s.DetachedBy = "the start of the program"
	}
}

// sameEntry reports whether two init exits give the same entry state.
func sameEntry(a, b *State) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Attach == b.Attach && a.mainTS == b.mainTS && a.DetachedAt == b.DetachedAt
}

// InitAttach returns, for main, the event in an init function that
// attached the thread state main starts with, when it is attached on every
// path and no init of the package calls runtime.LockOSThread. The runtime
// locks the main goroutine to the main OS thread only while the inits run,
// so main may then run on another thread than the one that state belongs to.
func (r *Result) InitAttach(main *Func) (*Event, bool) {
	if main.Entry != EntryMain || r.initLock || main.in == nil {
		return nil, false
	}
	var last *Func
	var at *Event
	for _, g := range r.funcs {
		if g.Entry != EntryInit || g.exit == nil {
			continue
		}
		last = g
		r.Walk(g, func(ev *Event, _ *State) {
			if attachesAt(ev) && (at == nil || ev.Pos > at.Pos) {
				at = ev
			}
		})
	}
	if last == nil || at == nil || !last.exit.Attach.Definitely(Attached) {
		return nil, false
	}
	return at, true
}

// attachesAt reports whether ev attaches a thread state to the calling
// thread.
func attachesAt(ev *Event) bool {
	switch ev.Kind {
	case EvCCall:
		return ev.Func != nil && attaches(ev.Func)
	case EvGoCall:
		return ev.Summary != nil && ev.Summary.Inits
	}
	return false
}
