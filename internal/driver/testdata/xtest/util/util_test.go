package util_test

import (
	"testing"

	"example.com/xtest/py"
	"example.com/xtest/util"
	"example.com/xtest/wrap"
)

var _ util.T = wrap.Wrap()

func TestInternal(t *testing.T) {
	if util.Internal() != 1 {
		t.Fatal("internal")
	}
	_ = py.First(nil) // finding: gilstate (a test starts detached)
}
