// Package glfwlike has a windowing library's callback shape: C calls Go
// back through //export, and Go guards its handlers with a mutex and wakes
// a waiting goroutine. No Python anywhere, so no finding.
package glfwlike

/*
#include <stdlib.h>
#include "window.h"
*/
import "C"

import (
	"sync"
	"time"
)

var (
	mu       sync.Mutex
	handlers = map[int]func(key int){}
	redraw   = make(chan struct{}, 1)
)

//export goKeyCallback
func goKeyCallback(win, key C.int) {
	mu.Lock() // silent: the C caller is the window system, not Python
	h := handlers[int(win)]
	mu.Unlock()
	if h != nil {
		h(int(key))
	}
}

//export goRefreshCallback
func goRefreshCallback(win C.int) {
	redraw <- struct{}{} // silent
	time.Sleep(time.Millisecond)
	C.window_poll() // silent: blocks, but nothing is attached
}

// SetKeyCallback registers f for the window's key events.
func SetKeyCallback(win int, f func(key int)) {
	mu.Lock()
	handlers[win] = f
	mu.Unlock()
	C.window_set_key_callback(C.int(win))
}

// PollEvents polls on a goroutine of its own.
func PollEvents() {
	go func() {
		C.window_poll()
		<-redraw
	}()
}
