package creader

import (
	"testing"
)

// FuzzParse checks that reading and summarizing any input terminates
// without an internal error and yields a well-formed result. It calls the
// unrecovered entry points so that a panic is a failure, not an Unreadable
// file. Seeds are in testdata/fuzz/FuzzParse.
func FuzzParse(f *testing.F) {
	f.Add([]byte(genPreamble(6)))
	f.Fuzz(func(t *testing.T, src []byte) {
		file := &File{}
		parseInto(file, string(src))
		checkInvariants(t, src, file)
		sums := summarize(testLookup, []*File{file, file}, false)
		for _, fn := range file.Funcs {
			s := sums[fn.Name]
			if s == nil {
				t.Fatalf("no summary for %q", fn.Name)
			}
			if fn.Unknown && !s.Unknown {
				t.Fatalf("%q: Unknown function with a known summary", fn.Name)
			}
			if s.Blocks && s.BlocksDetached {
				t.Fatalf("%q: Blocks and BlocksDetached", fn.Name)
			}
			for _, field := range []struct {
				set  bool
				name string
			}{{s.Ensures, "Ensures"}, {s.Blocks, "Blocks"}, {s.DictNext, "DictNext"}, {s.ReturnsBorrowed != "", "ReturnsBorrowed"}} {
				if field.set && s.Via[field.name] == "" {
					t.Fatalf("%q: %s without a cause", fn.Name, field.name)
				}
			}
		}
		if p := Parse(src); p.Unreadable {
			t.Fatal("Parse reported Unreadable where parseInto did not panic")
		}
	})
}
