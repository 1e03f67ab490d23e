// Package itemuser reads list items through the idiomatic binding gopy.
package itemuser

import "gopy/gopy"

// Borrowed uses a borrowed item.
func Borrowed(l *gopy.Object) {
	l.Item(0).IncRef() // want `gopy\.Object\.Item returns a borrowed reference \(the result of C\.PyList_GetItem\)`
}

// Owned uses an item with a reference of its own: silent.
func Owned(l *gopy.Object) {
	it := l.ItemRef(0)
	defer it.DecRef()
	it.IncRef()
}
