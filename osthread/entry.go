package osthread

import (
	"fmt"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/pyvet/pyvet/internal/flow"
)

// A thread-state call in code that starts where pyvet cannot see a locked
// caller: a test, a callback the runtime or the standard library runs on
// a goroutine of its own, a func a go statement hands over, a func stored
// for callers out of sight. It needs its own runtime.LockOSThread.

// entryMessage says where fn starts unlocked, for a finding on what, or
// ok false when fn is an ordinary function.
func entryMessage(fn *flow.Func, what string) (msg string, st flow.Start, ok bool) {
	starts := fn.Starts()
	if len(starts) == 0 {
		return "", flow.Start{}, false
	}
	st = starts[0]
	const fix = "; call runtime.LockOSThread() first"
	switch st.Kind {
	case flow.StartTest:
		msg = what + " in a test, which runs on a goroutine of its own not locked to an OS thread" + fix
	case flow.StartCallback:
		msg = fmt.Sprintf("%s in a callback of %s, which runs on a goroutine not locked to an OS thread%s", what, st.Via, fix)
	case flow.StartGo:
		msg = fmt.Sprintf("%s in a func that %s runs on a new goroutine, not locked to an OS thread%s", what, st.Via, fix)
	default:
		name := "a func"
		if fn.Obj != nil {
			name = fn.Name
		}
		how := "stored in " + st.Via
		if strings.HasPrefix(st.Via, "registered") {
			how = st.Via
		}
		msg = fmt.Sprintf("%s in %s, %s for callers pyvet cannot see (their goroutine may be unlocked)%s", what, name, how, fix)
	}
	return msg, st, true
}

// entryDiagnostic is the finding for a thread-state call at ev in an
// entry fn.
func entryDiagnostic(fn *flow.Func, ev *flow.Event, what string) (analysis.Diagnostic, bool) {
	msg, st, ok := entryMessage(fn, what)
	if !ok {
		return analysis.Diagnostic{}, false
	}
	d := analysis.Diagnostic{Pos: ev.Pos, End: ev.Node.End(), Category: ruleUnlockedEntry, Message: msg}
	if st.Pos.IsValid() {
		d.Related = []analysis.RelatedInformation{{Pos: st.Pos, Message: "started here: " + st.Via}}
	}
	return d, true
}
