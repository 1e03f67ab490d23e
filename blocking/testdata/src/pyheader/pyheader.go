// Package pyheader includes Python.h through its own header: its //export
// callbacks are Python's, and start attached.
package pyheader

/*
#cgo pkg-config: python3-embed
#include "binding.h"
*/
import "C"

import "sync"

// Mu is exported: code this package cannot see may hold it while
// attaching, so locking it attached is a hazard.
var Mu sync.Mutex

//export goMethod
func goMethod(self, args *C.PyObject) *C.PyObject {
	Mu.Lock() // want `sync.\(\*Mutex\).Lock while a thread state is attached`
	defer Mu.Unlock()
	return C.binding_none()
}
