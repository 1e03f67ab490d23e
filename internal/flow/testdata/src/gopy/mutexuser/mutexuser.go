// Package mutexuser uses the idiomatic binding gopy attached: its registry's
// holders never wait for a thread state, its module cache's holder does.
package mutexuser

import "gopy/gopy"

// Registered registers and looks up attached: silent.
func Registered(o *gopy.Object) *gopy.Object {
	lock := gopy.NewLock()
	defer lock.Unlock()
	return gopy.Lookup(gopy.Register(o))
}

// Reimport forgets a module attached: gopy.Import holds the cache's mutex
// while it attaches.
func Reimport(name string) {
	lock := gopy.NewLock()
	gopy.Forget(name) // want `gopy\.Forget \(which blocks in sync\.\(\*Mutex\)\.Lock\) while a thread state is attached`
	lock.Unlock()
	gopy.Import(name)
}
