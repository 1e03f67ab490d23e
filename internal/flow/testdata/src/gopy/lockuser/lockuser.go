// Package lockuser takes references through the idiomatic binding gopy,
// attached with its Lock type or not.
package lockuser

import "gopy/gopy"

// Held takes the reference while the Lock holds the thread state: silent.
func Held(o *gopy.Object) {
	lock := gopy.NewLock()
	defer lock.Unlock()
	o.IncRef()
}

// AfterUnlock takes it once the Lock gave the thread state back.
func AfterUnlock(o *gopy.Object) {
	lock := gopy.NewLock()
	lock.Unlock()
	o.IncRef() // want `gopy\.\(\*Object\)\.IncRef calls the C API`
}
