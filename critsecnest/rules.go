package critsecnest

// The check's rules, as diagnostic categories (docs/critsecnest.md has a
// section on each, under its ID).
const (
	// A Begin, or a call that begins a section, while another is open.
	ruleNestedSection = "critsecnest/nested-section"
	// A section still open at a return.
	ruleUnendedSection = "critsecnest/unended-section"
	// An End of a section already ended.
	ruleEndedTwice = "critsecnest/ended-twice"
	// An End on a local struct no Begin was called on.
	ruleEndWithoutBegin = "critsecnest/end-without-begin"
	// An outer End while an inner section is open.
	ruleOutOfOrderEnd = "critsecnest/out-of-order-end"
	// PyCriticalSection_End for a PyCriticalSection2, or the reverse.
	ruleMismatchedEnd = "critsecnest/mismatched-end"
	// A Begin on a struct whose section is still open.
	ruleReusedStruct = "critsecnest/reused-struct"
	// A Begin whose End is in a func literal that outlives the function
	// (an iterator's included).
	ruleEscapingSection = "critsecnest/escaping-section"
	// An iterator that calls yield inside a section.
	ruleYieldInSection = "critsecnest/yield-in-section"
	// The func a lock method returns to end its section, not called.
	ruleDroppedReleaseFunc = "critsecnest/dropped-release-func"
	// A Begin on a Go struct C keeps, not pinned.
	ruleUnpinnedStruct = "critsecnest/unpinned-struct"
)
