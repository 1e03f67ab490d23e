package driver

import (
	"github.com/aymanbagabas/go-udiff"
)

// unified returns a unified diff (3 lines of context) of old and new, or ""
// when they are equal: Myers' algorithm, as x/tools' internal/diff, of
// which go-udiff is a maintained, importable copy.
func unified(name, old, new string) string {
	if old == new {
		return ""
	}
	d, err := udiff.ToUnified(name, name, old, udiff.Lines(old, new), udiff.DefaultContextLines)
	if err != nil {
		panic("go-udiff: edits inconsistent with their own input: " + err.Error())
	}
	return d
}
