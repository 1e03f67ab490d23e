// Package user calls a blocking function of another package.
package user

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

import (
	"lib"
	"sync"
)

func use(wg *sync.WaitGroup) {
	st := C.PyGILState_Ensure()
	lib.Wait(wg) // want `lib.Wait \(which blocks in sync.\(\*WaitGroup\).Wait\) while`
	C.PyGILState_Release(st)
}
