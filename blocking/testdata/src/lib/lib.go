// Package lib blocks without cgo; its facts say so.
package lib

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

import "sync"

// Wait waits for the group.
func Wait(wg *sync.WaitGroup) { wg.Wait() }

// Touch is here to make this a cgo package.
func Touch(o *C.PyObject) { C.Py_IncRef(o) }
