package gilstate

import (
	"fmt"
	"go/token"

	"golang.org/x/tools/go/analysis"

	"github.com/pyvet/pyvet/internal/analysisutil"
	"github.com/pyvet/pyvet/internal/capi"
	"github.com/pyvet/pyvet/internal/flow"
)

// PEP 788 (Python 3.15): interpreter guards and views are closed on every
// path, a guard outlives the thread states obtained through it, and with
// target 3.15 PyGILState_Ensure's advice is the PEP 788 form.

var py315 = capi.V(3, 15)

// releaseOf names the call that gives back what from took (capi's
// Closer); PyGILState_Release when from is not a C API opener.
func releaseOf(from string) string {
	if f, ok := capi.Lookup(from); ok && f.Closer() != "" {
		return f.Closer()
	}
	return capi.FirstWithState(capi.StateRelease)
}

// ensureOf names the call whose token release gives back (capi's Opener);
// PyGILState_Ensure when release is not a C API closer.
func ensureOf(release string) string {
	if f, ok := capi.Lookup(release); ok && f.Opener() != "" {
		return f.Opener()
	}
	return capi.FirstWithState(capi.StateEnsure)
}

// checkClose reports closing a guard twice, and closing it while a thread
// state obtained through it is still attached.
func checkClose(pass *analysis.Pass, once flow.Once, ev *flow.Event, before *flow.State) {
	if ev.Arg == nil {
		return
	}
	t, ok := before.Token(ev.Arg)
	if !ok || (t.Kind != flow.TokGuard && t.Kind != flow.TokView) {
		return
	}
	name, v := ev.Call.Name, ev.Arg.Name()
	if t.Status&flow.Done != 0 && once.First(ev.Pos) {
		analysisutil.ReportRule(pass, ruleClosedTwice, ev.Pos, analysisutil.End(pass, ev.Pos, ev.Node), analysisutil.Related(t.Site, t.From+" opens it here"),
			"%s(%s) closes it a second time%s: the handle is already freed; close it once", name, v, somePath(t.Status))
		return
	}
	if t.Kind != flow.TokGuard {
		return
	}
	for _, tok := range before.Tokens() {
		if tok.Kind == flow.TokGIL && tok.Via == ev.Arg && tok.Status&flow.Live != 0 && once.First(ev.Pos) {
			analysisutil.ReportRule(pass, ruleGuardClosedAttached, ev.Pos, analysisutil.End(pass, ev.Pos, ev.Node), analysisutil.Related(tok.Site, tok.From+" here"),
				"%s(%s) while the thread state %s attached through it is live%s; call PyThreadState_Release first",
				name, v, tok.From, somePath(tok.Status))
			return
		}
	}
}

// reportHandleLeak reports a guard or view not closed on every path; ret
// is a return that leaves it open, when only some do.
func reportHandleLeak(pass *analysis.Pass, t flow.Token, somePath bool, ret token.Pos) {
	what, why, rule := "guard", "its interpreter cannot finalize", ruleUnclosedGuard
	if t.Kind == flow.TokView {
		what, why, rule = "view", "it leaks", ruleUnclosedView
	}
	d := analysis.Diagnostic{Pos: t.Site, Category: rule}
	switch {
	case t.Discarded:
		d.Message = fmt.Sprintf("the interpreter %s %s returns is discarded, so it is never closed: %s; keep it and close it",
			what, t.From, why)
	case somePath:
		d.Message = fmt.Sprintf("interpreter %s from %s not closed on some path: %s; defer C.%s after the NULL check",
			what, t.From, why, releaseOf(t.From))
		d.Related = []analysis.RelatedInformation{{Pos: ret, Message: "returns with the " + what + " open"}}
	default:
		d.Message = fmt.Sprintf("interpreter %s from %s never closed: %s; defer C.%s after the NULL check",
			what, t.From, why, releaseOf(t.From))
	}
	pass.Report(d)
}

// subinterpAdvice is the fix for PyGILState_Ensure in a program with
// subinterpreters, for the target version.
func subinterpAdvice(target capi.Version) string {
	if target.Less(py315) {
		return "use PyThreadState_New(interp) instead"
	}
	return "use PyThreadState_EnsureFromView on a view of the subinterpreter"
}

// softDeprecated notes a PyGILState_Ensure when the target soft-deprecates
// it (3.15; informational, behind -softdeprecated). Its Release is the
// same call site's business and gets no note of its own.
func softDeprecated(pass *analysis.Pass, once flow.Once, ev *flow.Event, o Options, target capi.Version) {
	f := ev.Func
	if !o.SoftDeprecated || f.State != capi.StateEnsure || !f.SoftDeprecated || target.Less(f.Deprecated) || !once.First(ev.Pos) {
		return
	}
	pass.Report(analysis.Diagnostic{Pos: ev.Pos, End: analysisutil.End(pass, ev.Pos, ev.Node), Category: ruleSoftDeprecated,
		Message: fmt.Sprintf("note: %s is soft-deprecated in Python %s (PEP 788); new code can use %s and %s",
			ev.Call.Name, f.Deprecated, f.Successor, releaseOf(f.Successor))})
}
