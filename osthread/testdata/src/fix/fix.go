// Package fix gets the suggested lock.
package fix

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

import "time"

func spawn() {
	go func() {
		st := C.PyGILState_Ensure() // want `PyGILState_Ensure on a new goroutine`
		time.Sleep(time.Millisecond)
		C.PyGILState_Release(st)
	}()
}
