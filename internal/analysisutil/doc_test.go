package analysisutil

import "testing"

const src = `// Package x does things.
//
// # Analyzer x
//
// x: report things
//
// Things break.
//
//	code()
//
// # Other
//
// not this
package x
`

func TestExtractDoc(t *testing.T) {
	got, err := ExtractDoc(src, "x")
	if err != nil {
		t.Fatal(err)
	}
	if want := "x: report things\n\nThings break.\n\n\tcode()"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if _, err := ExtractDoc(src, "y"); err == nil {
		t.Error("no error for a missing section")
	}
}
