// Package idiomuser calls the idiomatic binding attached.
package idiomuser

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

import (
	"runtime"

	"idiom"
)

// Use looks up and grows attached.
func Use() {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	st := C.PyGILState_Ensure()
	defer C.PyGILState_Release(st)
	idiom.Lookup(1) // silent: the registry's holders never wait for a thread state
	idiom.Grow()    // want `idiom\.Grow \(which blocks in sync\.\(\*Mutex\)\.Lock\) while a thread state is attached`
}
