// Package sectionuser locks objects through the idiomatic binding gopy,
// whose Lock method begins a critical section and returns the func that
// ends it.
package sectionuser

import "gopy/gopy"

// Deferred defers the returned func: silent.
func Deferred(o *gopy.Object) int {
	defer o.Lock()()
	return o.Len()
}

// Dropped drops it: the object stays locked.
func Dropped(o *gopy.Object) int {
	o.Lock() // want `the func gopy\.\(\*Object\)\.Lock returns to end its critical section is not called`
	return o.Len()
}
