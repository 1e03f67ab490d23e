// Package app uses pyexample's wrappers, as most code does: it never calls
// the C API itself.
package app

import "github.com/pyvet/pyvet/example/pyexample"

// Head returns the head of a list. OK: it only hands pyexample.First's
// borrowed result on, so it is a wrapper too, and its callers are checked.
func Head(list *pyexample.Object) *pyexample.Object {
	return pyexample.First(list)
}

// HeadRepr returns the repr of a list's head.
// HAZARD: pyexample.First returns a borrowed reference, and Repr uses it.
func HeadRepr(list *pyexample.Object) (string, error) {
	return pyexample.Repr(pyexample.First(list)) // flagged: borrowedref
}

// HeadReprRef is HeadRepr's correct twin. OK.
func HeadReprRef(list *pyexample.Object) (string, error) {
	head, err := pyexample.FirstRef(list)
	if err != nil {
		return "", err
	}
	defer pyexample.Release(head)
	return pyexample.Repr(head)
}
