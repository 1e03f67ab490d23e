package entries

import (
	"runtime"
	"testing"
)

func TestEnsureUnlocked(t *testing.T) {
	st := Ensure() // want `entries.Ensure \(which calls PyGILState_Ensure\) in a test, which runs on a goroutine of its own not locked`
	defer Release(st)
	decref(newList())
}

func TestEnsureLocked(t *testing.T) { // silent
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	st := Ensure()
	defer Release(st)
	decref(newList())
}

func TestSubtests(t *testing.T) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	t.Run("each", func(t *testing.T) {
		st := Ensure() // want `entries.Ensure \(which calls PyGILState_Ensure\) in a test`
		Release(st)
	})
}

func BenchmarkLocked(b *testing.B) { // silent
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	for i := 0; i < b.N; i++ {
		st := Ensure()
		Release(st)
	}
}

func FuzzUnlocked(f *testing.F) {
	f.Fuzz(func(t *testing.T, n int) {
		st := Ensure() // want `entries.Ensure \(which calls PyGILState_Ensure\) in a test`
		Release(st)
	})
}

// testHelper is not a test: its callers lock.
func testHelper() {
	st := Ensure()
	Release(st)
}
