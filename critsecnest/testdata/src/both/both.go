// Package both blocks inside a critical section: the blocking check
// reports it, once; critsecnest does not report it again.
package both

/*
#cgo pkg-config: python3-embed
#include <stdlib.h>
#include <Python.h>

#if PY_VERSION_HEX < 0x030D0000
typedef struct { uintptr_t _cs_prev; void *_cs_mutex; } PyCriticalSection;
void PyCriticalSection_Begin(PyCriticalSection *c, PyObject *op);
void PyCriticalSection_End(PyCriticalSection *c);
#endif
*/
import "C"

import (
	"runtime"
	"time"
	"unsafe"
)

func Work(o *C.PyObject, ch chan int) int {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	st := C.PyGILState_Ensure()
	defer C.PyGILState_Release(st)
	cs := (*C.PyCriticalSection)(C.malloc(C.sizeof_PyCriticalSection))
	defer C.free(unsafe.Pointer(cs))
	C.PyCriticalSection_Begin(cs, o)
	v := <-ch                    // blocks inside the section
	time.Sleep(time.Millisecond) // blocks inside the section
	C.PyCriticalSection_End(cs)
	return v
}
