// Package pycalls gets Python.h from another package's header, not its
// own, and calls the C API: its //export callbacks are Python's too.
package pycalls

/*
#cgo pkg-config: python3-embed
#include "../pyheader/binding.h"
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
	return C.PyLong_FromLong(1)
}
