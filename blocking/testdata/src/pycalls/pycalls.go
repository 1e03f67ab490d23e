// Package pycalls gets Python.h from another package's header, not its
// own, and calls the C API: its //export callbacks are Python's too.
package pycalls

/*
#cgo pkg-config: python3-embed
#include "../pyheader/binding.h"
*/
import "C"

import "sync"

var mu sync.Mutex

//export goMethod
func goMethod(self, args *C.PyObject) *C.PyObject {
	mu.Lock() // want `sync.\(\*Mutex\).Lock while a thread state is attached`
	defer mu.Unlock()
	return C.PyLong_FromLong(1)
}
