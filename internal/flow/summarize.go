package flow

// A function's summary, from its replay: its net effect at the exits and
// what it needs from its caller's state on the way.

import (
	"go/ast"

	"github.com/pyvet/pyvet/internal/capi"
	"golang.org/x/tools/go/cfg"
)

// summarize replays the flow and derives the function's summary.
func (w *walker) summarize(g *cfg.CFG, in []*State) *Summary {
	w.visit = w.observe
	exit := w.replay(g, in)
	w.visit = nil
	w.fn.exit = exit
	sum := w.sum
	if w.fn.Entry != EntryUnknown {
		// Entries are not called from Go in the usual way; what they need
		// is checked inside them.
		sum = Summary{}
	}
	if exit != nil {
		sum.Attach = w.attachEffect(exit.Attach)
		if exit.depth > 0 && w.fn.Entry == EntryUnknown {
			sum.Lock = 1
		} else if w.foreignUnlock {
			sum.Lock = -1
		}
		open := 0
		for _, sec := range exit.Sections {
			if !sec.Maybe {
				open++
			}
		}
		if open > 0 {
			top := exit.Sections[len(exit.Sections)-1]
			sum.Sections = int8(min(open, 4))
			sum.SectionWhy, sum.sectionAt = top.Func, top.Site
			if top.BeginAt.IsValid() {
				sum.sectionAt = top.BeginAt
			}
		} else if w.foreignEnds > 0 {
			sum.Sections = -1
			sum.EndsSome = exit.endsForeign == 0
		}
	}
	sum.ReturnsToken = w.retToken
	sum.ReturnsSaved = w.retSaved
	sum.ReleaseClosure = w.retClosure
	if w.fn.Entry != EntryUnknown {
		sum.ReturnsToken, sum.ReturnsSaved, sum.ReleaseClosure = false, false, nil
	}
	return &sum
}

// attachEffect is the function's net effect on its caller's thread state,
// from the state at its exits: a change on every path is an effect, a
// change on some paths only a "may" effect, which leaves callers unknown.
func (w *walker) attachEffect(a Attach) Effect {
	own := w.fn.Entry == EntryUnknown
	switch {
	case own && a == Attached:
		return EffAttaches
	case own && a == Detached:
		return EffDetaches
	case w.foreignRelease && a&(Attached|Inherited|Unknown) == 0:
		return EffReleases
	case !own:
		return EffNone
	case a&(Detached|Unknown) != 0 || w.foreignRelease && a&Restored != 0:
		switch {
		case a&Attached != 0:
			return EffMayChange
		case w.foreignRelease:
			return EffMayRelease
		}
		return EffMayDetach
	case a&Attached != 0:
		return EffMayAttach
	}
	return EffNone
}

// observe builds the summary's "needs" and "blocks" parts from events that
// happen in the caller's state.
func (w *walker) observe(ev *Event, s *State) {
	if ev.Spawn || w.fn.Entry != EntryUnknown {
		return
	}
	if what, ok := mayAttach(ev); ok && !w.sum.MayAttach {
		w.sum.MayAttach, w.sum.MayAttachWhy = true, what
	}
	c := callerState{
		inherited:     s.Attach&Inherited != 0,
		lockInherited: s.Lock&LockInherited != 0 && s.Lock&Unlocked == 0,
	}
	switch ev.Kind {
	case EvCCall:
		if ev.Func == nil {
			w.observeHelper(ev, c)
			return
		}
		w.observeCCall(ev, c)
		w.observeParamsC(ev)
	case EvGoCall:
		if ev.Summary == nil {
			return
		}
		w.observeGoCall(ev, c)
		w.observeParamsGo(ev)
	case EvBlock:
		w.observeBlock(ev, c)
	}
}

// callerState is what observe asks of the state before an event: is it
// the caller's, for the thread state and for the OS-thread lock?
type callerState struct {
	inherited     bool // the thread state may be the caller's
	lockInherited bool // the lock is the caller's on every path
}

// observeHelper: a C helper of the package may begin a section, start a
// thread state (which needs the caller's lock) or block.
func (w *walker) observeHelper(ev *Event, c callerState) {
	sum, h := &w.sum, ev.Helper
	if h != nil && (h.UsesCritSec || h.OpensCritSec) && !sum.Begins {
		why := h.Via["UsesCritSec"]
		if !h.UsesCritSec {
			why = h.Via["OpensCritSec"]
		}
		sum.Begins, sum.BeginsWhy = true, "C."+ev.Call.Name+" → "+why
	}
	if HelperStartsThreadState(h) && c.lockInherited && !sum.RequiresLocked {
		sum.RequiresLocked, sum.LockWhy = true, "C."+ev.Call.Name
	}
	if root, ok := HelperBlocks(h); ok && c.inherited && !sum.Blocks {
		sum.Blocks, sum.BlockWhy, sum.blockAt = true, "C."+ev.Call.Name+" → "+root, ev.Pos
	}
}

// observeCCall: a C function the table knows, by concern: sections, the
// life cycle, the OS-thread lock, the thread state, blocking.
func (w *walker) observeCCall(ev *Event, c callerState) {
	sum, f := &w.sum, ev.Func
	if f.CritSec.IsBegin() && !sum.Begins {
		sum.Begins, sum.BeginsWhy = true, ev.Call.Name
	}
	sum.Inits = sum.Inits || f.State == capi.StateInit
	sum.Finalizes = sum.Finalizes || f.State == capi.StateFinalize
	if startsThreadState(f) && c.lockInherited && !sum.RequiresLocked {
		sum.RequiresLocked, sum.LockWhy = true, ev.Call.Name
	}
	if c.inherited && f.Lib == capi.LibPython && !f.NoThreadState && f.State == capi.StateNone && !sum.NeedsThreadState {
		sum.NeedsThreadState, sum.NeedsWhy = true, ev.Call.Name
	}
	if c.inherited && f.Blocks && !sum.Blocks {
		sum.Blocks, sum.BlockWhy, sum.blockAt = true, "C."+ev.Call.Name, ev.Pos
	}
}

// observeParamsC: a parameter released or restored by a C call.
func (w *walker) observeParamsC(ev *Event) {
	if ev.Arg == nil {
		return
	}
	i, ok := w.scan.params[ev.Arg]
	if !ok || i >= 64 {
		return
	}
	switch ev.Func.State {
	case capi.StateRelease, capi.StateRelease315:
		w.sum.ReleasesParams |= 1 << i
	case capi.StateRestore:
		w.sum.RestoresParams |= 1 << i
	}
}

// observeGoCall: what a Go callee needs of its caller's state, its caller
// needs too (as a chain of names), by concern.
func (w *walker) observeGoCall(ev *Event, c callerState) {
	sum, cs := &w.sum, ev.Summary
	if cs.RequiresLocked && c.lockInherited && !sum.RequiresLocked {
		sum.RequiresLocked, sum.LockWhy = true, ev.Name+" → "+cs.LockWhy
	}
	if cs.NeedsThreadState && c.inherited && !sum.NeedsThreadState {
		sum.NeedsThreadState, sum.NeedsWhy = true, ev.Name+" → "+cs.NeedsWhy
	}
	if cs.Blocks && c.inherited && !sum.Blocks {
		sum.Blocks, sum.BlockWhy, sum.blockAt = true, ev.Name+" → "+cs.BlockWhy, cs.blockAt
		if !sum.blockAt.IsValid() {
			sum.blockAt = ev.Pos
		}
	}
	if cs.Begins && !sum.Begins {
		sum.Begins, sum.BeginsWhy = true, ev.Name+" → "+cs.BeginsWhy
	}
	if cs.Mutex != nil && !cs.Blocks && c.inherited && sum.Mutex == nil {
		sum.Mutex, sum.MutexWhy, sum.mutexAt = cs.Mutex, ev.Name+" → "+cs.MutexWhy, cs.mutexAt
		if !sum.mutexAt.IsValid() {
			sum.mutexAt = ev.Pos
		}
	}
	sum.Inits = sum.Inits || cs.Inits
	sum.Finalizes = sum.Finalizes || cs.Finalizes
}

// observeParamsGo: a parameter passed on to a Go callee that releases or
// restores it.
func (w *walker) observeParamsGo(ev *Event) {
	call, ok := ev.Node.(*ast.CallExpr)
	if !ok {
		return
	}
	cs := ev.Summary
	for i, a := range call.Args {
		if i >= 64 {
			break
		}
		id := stripIdent(w.r.info, a)
		if id == nil {
			continue
		}
		j, ok := w.scan.params[w.r.info.Uses[id]]
		if !ok || j >= 64 {
			continue
		}
		if cs.ReleasesParams&(1<<i) != 0 {
			w.sum.ReleasesParams |= 1 << j
		}
		if cs.RestoresParams&(1<<i) != 0 {
			w.sum.RestoresParams |= 1 << j
		}
	}
}

// observeBlock: a blocking operation or a Go mutex locked in the caller's
// thread state.
func (w *walker) observeBlock(ev *Event, c callerState) {
	sum := &w.sum
	switch {
	case ev.Mutex != nil:
		if c.inherited && sum.Mutex == nil {
			sum.Mutex, sum.MutexWhy, sum.mutexAt = ev.Mutex, ev.Name, ev.Pos
		}
	case c.inherited && !sum.Blocks:
		sum.Blocks, sum.BlockWhy, sum.blockAt = true, ev.Name, ev.Pos
	}
}
