package driver

import "testing"

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
