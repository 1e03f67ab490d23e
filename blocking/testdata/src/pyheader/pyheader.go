// Package pyheader includes Python.h through its own header: its //export
// callbacks are Python's, and start attached.
package pyheader

/*
#cgo pkg-config: python3-embed
#include "binding.h"
*/
import "C"

import "sync"

var mu sync.Mutex

//export goMethod
func goMethod(self, args *C.PyObject) *C.PyObject {
	mu.Lock() // want `sync.\(\*Mutex\).Lock while a thread state is attached`
	defer mu.Unlock()
	return C.binding_none()
}
