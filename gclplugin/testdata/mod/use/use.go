// Package use calls py's wrapper: the fact crosses packages.
package use

import "example.com/gcltest/py"

// Head is flagged through the fact py.Get carries: it uses the borrowed
// item.
func Head(l *py.Object) int {
	return py.Len(py.Get(l)) // flagged
}
