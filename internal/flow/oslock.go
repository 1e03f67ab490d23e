package flow

// runtime.LockOSThread and UnlockOSThread: the OS-thread lock domain of a
// State, and how the walker changes it.

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

// lockState is the OS-thread lock domain of a State.
type lockState struct {
	Lock  Lock
	depth int8 // LockOSThread calls of this function still in effect: the least over paths, at most 3
}

// join is the least upper bound of a and b.
func (a lockState) join(b lockState) lockState {
	return lockState{Lock: a.Lock | b.Lock, depth: min(a.depth, b.depth)}
}

func (a lockState) equal(b lockState) bool { return a == b }

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
