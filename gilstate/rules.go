package gilstate

// The check's rules, as diagnostic categories (docs/gilstate.md has a
// section on each, under its ID).
const (
	// An Ensure (PyGILState_Ensure, PyThreadState_Ensure or a Go function
	// that returns its token) without its Release on some path.
	ruleUnreleasedEnsure = "gilstate/unreleased-ensure"
	// An Ensure whose token is thrown away.
	ruleDiscardedToken = "gilstate/discarded-token"
	// The release func an attaching Go function returns, not called.
	ruleDroppedReleaseFunc = "gilstate/dropped-release-func"
	// A token released twice, or a release func called twice.
	ruleReleasedTwice = "gilstate/released-twice"
	// A Release of a value no Ensure returned.
	ruleNotAToken = "gilstate/not-a-token"
	// An Ensure into a variable that still holds a live token.
	ruleOverwrittenToken = "gilstate/overwritten-token"
	// PyEval_SaveThread without PyEval_RestoreThread on some path.
	ruleUnrestoredSave = "gilstate/unrestored-save"
	// An //export function that returns to C detached.
	ruleExportReturnsDetached = "gilstate/export-returns-detached"
	// A C API call, direct or through a Go function, while detached.
	ruleDetachedCall = "gilstate/detached-call"
	// PyGILState_Ensure in a program with subinterpreters.
	ruleSubinterpreterEnsure = "gilstate/subinterpreter-ensure"
	// PEP 788 interpreter guards and views.
	ruleUnclosedGuard       = "gilstate/unclosed-guard"
	ruleUnclosedView        = "gilstate/unclosed-view"
	ruleGuardClosedAttached = "gilstate/guard-closed-attached"
	ruleClosedTwice         = "gilstate/closed-twice"
	// The -softdeprecated note.
	ruleSoftDeprecated = "gilstate/soft-deprecated"
	// An Ensure token stored where a second Ensure overwrites it.
	ruleSharedToken = "gilstate/shared-token"
)
