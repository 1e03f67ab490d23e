// Package user uses the python3 binding the way its README shows.
package user

import (
	"runtime"
	"sync"
	"time"

	"binding/python3"
)

func init() { runtime.LockOSThread() }

// Main embeds Python: init locked the main goroutine.
func main() {
	python3.Py_Initialize()
	defer python3.Py_FinalizeEx()
	ts := python3.PyEval_SaveThread()
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			g := python3.PyGILState_Ensure()
			defer python3.PyGILState_Release(g)
			l := python3.PyList_New(0)
			defer l.DecRef()
			v := python3.PyLong_FromLong(i)
			l.Append(v)
			v.DecRef()
		}(i)
	}
	wg.Wait() // detached: fine
	python3.PyEval_RestoreThread(ts)
}

// Work is called from a locked goroutine by its callers.
func Work(fn *python3.PyObject) {
	g := python3.PyGILState_Ensure()
	r := fn.CallNoArgs()
	if r != nil {
		r.DecRef()
	}
	python3.PyGILState_Release(g)
}

// Slow detaches around a sleep.
func Slow() {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	g := python3.PyGILState_Ensure()
	defer python3.PyGILState_Release(g)
	ts := python3.PyEval_SaveThread()
	time.Sleep(time.Millisecond)
	python3.PyEval_RestoreThread(ts)
}

// Callback uses the helper.
func Callback() {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	python3.WithGIL(func() {
		python3.PyList_New(0).DecRef()
	})
}

// Checked takes a token only when it has none.
func Checked(o *python3.PyObject) {
	if python3.PyGILState_Check() {
		o.DecRef()
		return
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	g := python3.PyGILState_Ensure()
	o.DecRef()
	python3.PyGILState_Release(g)
}
