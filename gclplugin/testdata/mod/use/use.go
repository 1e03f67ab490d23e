// Package use calls py's wrapper: the fact crosses packages.
package use

import "example.com/gcltest/py"

// Head is flagged through the fact py.Get carries.
func Head(l *py.Object) *py.Object {
	return py.Get(l) // flagged
}
