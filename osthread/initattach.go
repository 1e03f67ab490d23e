package osthread

import (
	"golang.org/x/tools/go/analysis"

	"github.com/pyvet/pyvet/internal/capi"
	"github.com/pyvet/pyvet/internal/flow"
)

// An init that initializes Python (or attaches) and returns attached hands
// main a thread state bound to the main OS thread. The runtime unlocks the
// main goroutine when the inits are done (runtime/proc.go), so main may run
// on another thread, where that state is not attached: a lock inside main
// comes after the move. Only runtime.LockOSThread in an init keeps main on
// the main thread.

// checkInitAttach reports main's first use of the thread state an init left
// attached, and says whether it did.
func checkInitAttach(pass *analysis.Pass, r *flow.Result, fn *flow.Func) bool {
	at, ok := r.InitAttach(fn)
	if !ok {
		return false
	}
	var first *finding
	r.Walk(fn, func(ev *flow.Event, before *flow.State) {
		if ev.Spawn || before.Attach&flow.Attached == 0 || first != nil && first.ev.Pos <= ev.Pos {
			return
		}
		if what, ok := usesThreadState(ev); ok {
			first = &finding{ev: ev, what: what}
		}
	})
	if first == nil {
		return false
	}
	ev := first.ev
	d := analysis.Diagnostic{
		Pos: ev.Pos, End: ev.Node.End(), Category: ruleUnlockedMain,
		Message: first.what + " in main uses the thread state init attached, but main may have left init's OS thread; " +
			"call runtime.LockOSThread() in init",
		Related: []analysis.RelatedInformation{{Pos: at.Pos, Message: "init attaches it here"}},
	}
	if at.Call != nil {
		// The lock goes at the top of that init, with no deferred unlock:
		// it must outlive init.
		if fix, ok := lockFix(r.Index(), at.Call, false); ok {
			d.SuggestedFixes = []analysis.SuggestedFix{fix}
		}
	}
	pass.Report(d)
	return true
}

// usesThreadState says whether ev needs, or changes, the thread state of
// the thread it runs on, and names it.
func usesThreadState(ev *flow.Event) (string, bool) {
	switch ev.Kind {
	case flow.EvCCall:
		if f := ev.Func; f != nil && (flow.StartsThreadState(f) || f.Lib == capi.LibPython && !f.NoThreadState) {
			return "C." + ev.Call.Name, true
		}
		if flow.HelperStartsThreadState(ev.Helper) {
			return "C." + ev.Call.Name, true
		}
	case flow.EvGoCall:
		if s := ev.Summary; s != nil && (s.RequiresLocked || s.NeedsThreadState) {
			return ev.Name, true
		}
	}
	return "", false
}
