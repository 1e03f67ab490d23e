// Package fixindent holds statements whose line does not start with tabs
// alone: the suggested lock keeps the line's own indentation.
package fixindent

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

import "runtime"

// spaces is indented with spaces, as an editor may leave a file.
func spaces() {
    go func() {
        st := C.PyGILState_Ensure() // want `PyGILState_Ensure on a new goroutine`
        C.PyGILState_Release(st)
    }()
}

// commented: a comment precedes the first statement on its line.
func commented() {
	go func() {
		/* attach */ st := C.PyGILState_Ensure() // want `PyGILState_Ensure on a new goroutine`
		C.PyGILState_Release(st)
	}()
}

var _ = runtime.GOOS
