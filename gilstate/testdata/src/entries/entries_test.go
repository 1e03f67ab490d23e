package entries

import (
	"runtime"
	"testing"
)

// The test runs on a goroutine of its own: whatever TestMain attached is
// on another thread.
func TestDetached(t *testing.T) {
	l := NewList() // want `entries.NewList calls the C API \(PyList_New\) with no thread state attached \(since the start of the test`
	DecRef(l)      // want `entries.DecRef calls the C API \(Py_DecRef\) with no thread state attached \(since the start of the test`
}

func TestAttached(t *testing.T) { // silent
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	st := Ensure()
	defer Release(st)
	DecRef(NewList())
}
