//go:build proof

package proof

import (
	"errors"
	"testing"
	"time"
)

// TestClassify: a Go signal dump is a crash wherever it starts, also at
// the end of a line the crashed C code was printing (3.13's debug
// allocator, reporting a freed block, crashed mid-line and the run was
// once "other exit").
func TestClassify(t *testing.T) {
	exit2 := errors.New("exit status 2")
	for _, c := range []struct {
		name, text string
		err        error
		want       outcome
		detail     string
	}{
		{"own line", "SIGSEGV: segmentation violation\nPC=0x4 m=0 sigcode=1\n", exit2, crashed, "SIGSEGV: segmentation violation"},
		{"mid-line", "Debug memory block at address p=0x7f: API 'o'\n    The 8 pad bytes at tail=0x40f3 are SIGSEGV: segmentation violation\n" +
			"PC=0x7f5b3c1558c8 m=0 sigcode=128 addr=0x0\nsignal arrived during cgo execution\n", exit2, crashed, "SIGSEGV: segmentation violation"},
		{"fatal first", "Fatal Python error: _PyMem_DebugRawFree: bad ID\nSIGABRT: abort\n", exit2, fatal, "Fatal Python error: _PyMem_DebugRawFree: bad ID"},
		{"no signal", "usage: bad stored|overrelease\n", exit2, otherExit, "exit status 2"},
		{"passed", "", nil, passed, ""},
	} {
		r := classify(c.text, c.err, false, time.Second)
		if r.outcome != c.want || r.detail != c.detail {
			t.Errorf("%s: %s %q, want %s %q", c.name, r.outcome, r.detail, c.want, c.detail)
		}
	}
}
