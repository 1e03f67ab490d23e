package ignore

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

// Lines: a directive covers its own line, and the next line when it stands
// alone; it covers only the checks it names.
func Lines(l *C.PyObject) {
	_ = C.PyObject_Repr(C.PyList_GetItem(l, 0)) // want `PyList_GetItem returns a borrowed reference`
	_ = C.PyObject_Repr(C.PyList_GetItem(l, 1)) //pyvet:ignore borrowedref -- the list is private to this goroutine
	//pyvet:ignore borrowedref -- the list is private to this goroutine
	_ = C.PyObject_Repr(C.PyList_GetItem(l, 2))
	_ = C.PyObject_Repr(C.PyList_GetItem(l, 3)) // want `PyList_GetItem returns a borrowed reference`

	//pyvet:ignore gilstate -- another check's directive does not cover this one
	_ = C.PyObject_Repr(C.PyList_GetItem(l, 4)) // want `PyList_GetItem returns a borrowed reference`
	//pyvet:ignore gilstate,borrowedref -- both are named
	_ = C.PyObject_Repr(C.PyList_GetItem(l, 5))
	//pyvet:ignore borrowedref -- a blank line is not the next line // want `this //pyvet:ignore matches no borrowedref finding; remove it`

	_ = C.PyObject_Repr(C.PyList_GetItem(l, 6)) // want `PyList_GetItem returns a borrowed reference`
}

// Trailing: a directive at the end of a line does not cover the next one.
func Trailing(l *C.PyObject) {
	_ = C.PyObject_Repr(C.PyList_GetItem(l, 0)) //pyvet:ignore borrowedref -- private
	_ = C.PyObject_Repr(C.PyList_GetItem(l, 1)) // want `PyList_GetItem returns a borrowed reference`
}

// Func is covered whole, closures included, by the directive in its doc.
//
//pyvet:ignore borrowedref -- the lists never leave this goroutine
func Func(l *C.PyObject) {
	_ = C.PyObject_Repr(C.PyList_GetItem(l, 0))
	f := func() {
		_ = C.PyObject_Repr(C.PyList_GetItem(l, 1))
	}
	f()
}

// After is not covered by Func's directive.
func After(l *C.PyObject) {
	_ = C.PyObject_Repr(C.PyList_GetItem(l, 0)) // want `PyList_GetItem returns a borrowed reference`
}

// Bad directives are reported by the check they name and suppress nothing.
func Bad(l *C.PyObject) {
	//pyvet:ignore borrowedref // want `^pyvet:ignore has no reason, so it suppresses nothing; write //pyvet:ignore CHECK -- reason$`
	_ = C.PyObject_Repr(C.PyList_GetItem(l, 0)) // want `PyList_GetItem returns a borrowed reference`
	_ = C.PyObject_Repr(C.PyList_GetItem(l, 1)) //pyvet:ignore borrowedref -- // want `pyvet:ignore has an empty reason` `PyList_GetItem returns a borrowed reference`
	_ = C.PyObject_Repr(C.PyList_GetItem(l, 2)) //pyvet:ignore borrowedref the reason needs its dashes // want `has no reason` `PyList_GetItem returns`
	_ = C.PyObject_Repr(C.PyList_GetItem(l, 3)) //pyvet:ignore borowedref -- typo // want `^pyvet:ignore has unknown check "borowedref" \(did you mean borrowedref\?\), so it suppresses nothing$` `PyList_GetItem returns`
	_ = C.PyObject_Repr(C.PyList_GetItem(l, 4)) //pyvet:ignore borrowedref,nosuch -- one unknown name voids it // want `unknown check "nosuch"` `PyList_GetItem returns`
	_ = C.PyObject_Repr(C.PyList_GetItem(l, 5)) //pyvet:ignore -- names nothing // want `pyvet:ignore names no check` `PyList_GetItem returns`
	// A bad directive naming another check is that check's to report.
	_ = C.PyObject_Repr(C.PyList_GetItem(l, 6)) //pyvet:ignore gilstate // want `PyList_GetItem returns`
	// Not a directive at all.
	_ = C.PyObject_Repr(C.PyList_GetItem(l, 7)) //pyvet:ignored borrowedref -- x // want `PyList_GetItem returns`
	_ = C.PyObject_Repr(C.PyList_GetItem(l, 8)) // pyvet:ignore borrowedref -- a space after the slashes // want `^"// pyvet:ignore" is not a directive, so it suppresses nothing; write //pyvet:ignore, with no space$` `PyList_GetItem returns`
}

// Stale directives are reported by the check they name, once it has run;
// one naming two checks is stale for each check it suppressed nothing of.
func Stale(l *C.PyObject, n int) {
	if n > 0 { //pyvet:ignore borrowedref -- nothing to suppress here // want `this //pyvet:ignore matches no borrowedref finding; remove it`
		_ = C.PyList_Size(l)
	}
	//pyvet:ignore gilstate,borrowedref -- gilstate's part is gilstate's to report
	_ = C.PyObject_Repr(C.PyList_GetItem(l, 1))
	//pyvet:ignore borrowedref,gilstate -- both parts stale // want `this //pyvet:ignore matches no borrowedref finding; remove borrowedref from it`
	_ = C.PyList_Size(l)
}

// StaleDoc's directive covers a function with no finding.
//
//pyvet:ignore borrowedref -- nothing here // want `this //pyvet:ignore matches no borrowedref finding; remove it`
func StaleDoc(l *C.PyObject) { // want StaleDoc:`wrapsContainer\(PyList_Size, 0\)`
	_ = C.PyList_Size(l)
}

// BadDoc's directive has no reason, so it covers nothing.
//
//pyvet:ignore borrowedref // want `pyvet:ignore has no reason`
func BadDoc(l *C.PyObject) {
	_ = C.PyObject_Repr(C.PyList_GetItem(l, 0)) // want `PyList_GetItem returns a borrowed reference`
}
