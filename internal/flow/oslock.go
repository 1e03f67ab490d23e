package flow

// runtime.LockOSThread and UnlockOSThread.

func lock(s *State) {
	if s.depth < 3 {
		s.depth++
	}
	s.Lock = Locked
}

func (w *walker) unlock(s *State) {
	switch {
	case s.depth > 1:
		s.depth--
	case s.depth == 1:
		s.depth = 0
		s.Lock = w.r.entryState(w.fn).Lock
		if w.fn.Entry == EntryUnknown && len(w.scan.lockCalls) > 0 {
			s.Lock = Unlocked
		}
	case w.fn.Entry == EntryInit:
		// The runtime's own lock holds until every init has returned.
	default:
		s.Lock = Unlocked
		w.foreignUnlock = true
	}
}
