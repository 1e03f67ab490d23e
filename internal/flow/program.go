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
