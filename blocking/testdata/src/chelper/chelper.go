// Package chelper blocks in C helpers: one waits while attached, one
// detaches around the wait itself.
package chelper

/*
#cgo pkg-config: python3-embed
#include <Python.h>
#include <unistd.h>

static void wait_io(int fd) { char b; (void)read(fd, &b, 1); }
static void wait_detached(int fd) {
	char b;
	Py_BEGIN_ALLOW_THREADS
	(void)read(fd, &b, 1);
	Py_END_ALLOW_THREADS
}

// Defined in wait.c.
void nap(unsigned s);
void nap_detached(unsigned s);
*/
import "C"

import "runtime"

func Attached(fd C.int) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	st := C.PyGILState_Ensure()
	C.wait_io(fd) // want `C\.wait_io \(which blocks in read\) while a thread state is attached`
	C.wait_detached(fd)
	C.nap(1) // want `C\.nap \(which blocks in sleep\) while a thread state is attached`
	C.nap_detached(1)
	C.PyGILState_Release(st)
	C.wait_io(fd) // after the Release: nothing is attached
}
