// Package a holds blocking's flagged cases and their silent look-alikes.
package a

/*
#cgo pkg-config: python3-embed
#include <Python.h>
#include <unistd.h>

static void my_wait(void) {}

#if PY_VERSION_HEX < 0x030D0000
typedef struct { uintptr_t _cs_prev; void *_cs_mutex; } PyCriticalSection;
void PyCriticalSection_Begin(PyCriticalSection *c, PyObject *op);
void PyCriticalSection_End(PyCriticalSection *c);
#endif
*/
import "C"

import (
	"net/http"
	"os"
	"os/exec"
	"sync"
	"time"
)

func attachedOps(ch chan int, mu *sync.Mutex, wg *sync.WaitGroup, cmd *exec.Cmd) {
	st := C.PyGILState_Ensure()
	defer C.PyGILState_Release(st)
	ch <- 1                      // want `channel send while a thread state is attached`
	<-ch                         // want `channel receive while a thread state is attached`
	mu.Lock()                    // want `sync.\(\*Mutex\).Lock while a thread state is attached`
	mu.Unlock()                  // silent: Unlock does not wait
	wg.Wait()                    // want `sync.\(\*WaitGroup\).Wait while`
	time.Sleep(time.Millisecond) // want `time.Sleep while`
	http.Get("http://x")         // want `http.Get while`
	os.ReadFile("/etc/hosts")    // want `os.ReadFile while`
	cmd.Run()                    // want `exec.\(\*Cmd\).Run while`
	C.sleep(1)                   // want `C.sleep while`
	C.my_wait()                  // want `C.my_wait while`
	for range ch {               // want `range over a channel while`
	}
}

func selects(ch chan int) {
	st := C.PyGILState_Ensure()
	defer C.PyGILState_Release(st)
	select { // silent: a default case
	case v := <-ch:
		_ = v
	default:
	}
	select { // want `select without a default case while`
	case v := <-ch:
		_ = v
	case ch <- 1:
	}
}

func detached(ch chan int) { // silent: detached around the waits
	st := C.PyGILState_Ensure()
	ts := C.PyEval_SaveThread()
	<-ch
	time.Sleep(time.Millisecond)
	C.PyEval_RestoreThread(ts)
	C.PyGILState_Release(st)
}

func beforeAfter(ch chan int) { // silent: before Ensure and after Release
	<-ch
	st := C.PyGILState_Ensure()
	C.PyGILState_Release(st)
	<-ch
}

func roomy() { // silent: the channel has room for both sends
	ch := make(chan int, 2)
	st := C.PyGILState_Ensure()
	ch <- 1
	ch <- 2
	C.PyGILState_Release(st)
	<-ch
}

func roomyLoop(n int) {
	ch := make(chan int, 2)
	st := C.PyGILState_Ensure()
	for i := 0; i < n; i++ {
		ch <- i // want `channel send while`
	}
	C.PyGILState_Release(st)
}

func sleepy() { time.Sleep(time.Second) /* sleep1 */ }

func helper() {
	st := C.PyGILState_Ensure()
	sleepy() /* related sleep1 */ // want `a.sleepy \(which blocks in time.Sleep\) while`
	C.PyGILState_Release(st)
}

func goroutine(ch chan int) {
	st := C.PyGILState_Ensure()
	go func() { <-ch }() // silent: another goroutine
	go sleepy()          // silent: another goroutine
	C.PyGILState_Release(st)
}

//export callback
func callback(ch chan int) { // attached: Python called it
	ch <- 1 // want `channel send while`
}

func critical(o *C.PyObject, ch chan int, cs *C.PyCriticalSection) {
	st := C.PyGILState_Ensure()
	defer C.PyGILState_Release(st)
	C.PyCriticalSection_Begin(cs, o) /* cs1 */
	<-ch                             /* related cs1 */ // want `channel receive while a thread state is attached, inside the critical section on cs; end the section and detach first`
	C.PyCriticalSection_End(cs)
}

type gil struct{ st C.PyGILState_STATE }

func (g *gil) lock()   { g.st = C.PyGILState_Ensure() }
func (g *gil) unlock() { C.PyGILState_Release(g.st) }

func methods(ch chan int) {
	var g gil
	g.lock()
	<-ch // want `channel receive while`
	g.unlock()
	<-ch // silent: released
}

func acquire() func() {
	st := C.PyGILState_Ensure()
	return func() { C.PyGILState_Release(st) }
}

func closure(ch chan int) {
	release := acquire()
	<-ch // want `channel receive while`
	release()
	<-ch // silent
}

func project(q *Queue) {
	st := C.PyGILState_Ensure()
	q.Pop() // want `a.\(\*Queue\).Pop while`
	C.PyGILState_Release(st)
}

// Queue is a project type whose Pop blocks (named by -funcs).
type Queue struct{}

// Pop waits for an item.
func (q *Queue) Pop() int { return 0 }
