package driver

import (
	"fmt"
	"strings"
	"testing"
)

func TestUnified(t *testing.T) {
	old := "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\n"
	new := "a\nb\nc\nD\ne\nf\ng\nh\ni\nj\nk\nl\nm\n"
	want := `--- f.go
+++ f.go
@@ -1,7 +1,7 @@
 a
 b
 c
-d
+D
 e
 f
 g
@@ -10,3 +10,4 @@
 j
 k
 l
+m
`
	if got := unified("f.go", old, new); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if got := unified("f.go", old, old); got != "" {
		t.Errorf("equal files: %q", got)
	}
}

// TestUnifiedBigFile: two fixes far apart in a 2,600-line file (one adds
// a line, so no common prefix or suffix spans the middle) give two small
// hunks, as diff -u does, not the whole file.
func TestUnifiedBigFile(t *testing.T) {
	var lines []string
	for i := range 2600 {
		lines = append(lines, fmt.Sprintf("\tx%d := C.PyList_GetItem(l, %d)", i, i))
	}
	old := strings.Join(lines, "\n") + "\n"
	lines[99] = "\tx99 := C.PyList_GetItemRef(l, 99)"
	lines = append(lines[:2500], append([]string{"\tdefer C.Py_DecRef(x2499)"}, lines[2500:]...)...)
	new := strings.Join(lines, "\n") + "\n"
	d := unified("big.go", old, new)
	if n := strings.Count(d, "\n"); n > 20 {
		t.Errorf("a %d-line diff for two small fixes:\n%.2000s", n, d)
	}
	if strings.Count(d, "@@ ") != 2 || !strings.Contains(d, "+\tx99 := C.PyList_GetItemRef(l, 99)\n") || !strings.Contains(d, "+\tdefer C.Py_DecRef(x2499)\n") {
		t.Errorf("want two hunks with both fixes:\n%s", d)
	}
}

func TestConflicts(t *testing.T) {
	kept := []edit{{10, 20, "x"}}
	for _, c := range []struct {
		e    edit
		want bool
	}{
		{edit{10, 20, "x"}, false}, // identical
		{edit{15, 25, "y"}, true},  // overlaps
		{edit{20, 30, "y"}, false}, // adjacent
		{edit{0, 10, "y"}, false},  // adjacent
		{edit{90, 120, "y"}, true}, // past the end
	} {
		if got := conflicts(kept, []edit{c.e}, 100); got != c.want {
			t.Errorf("%v: conflicts = %v, want %v", c.e, got, c.want)
		}
	}
}
