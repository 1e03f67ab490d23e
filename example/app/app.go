// Package app uses pyexample's wrappers, as most code does: it never calls
// the C API itself.
package app

import "github.com/pyvet/pyvet/example/pyexample"

// Head returns the head of a list.
// HAZARD: pyexample.First returns a borrowed reference.
func Head(list *pyexample.Object) *pyexample.Object {
	return pyexample.First(list) // flagged: borrowedref
}

// HeadRef is Head's correct twin. OK.
func HeadRef(list *pyexample.Object) (*pyexample.Object, error) {
	return pyexample.FirstRef(list)
}
