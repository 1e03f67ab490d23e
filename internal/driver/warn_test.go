package driver

import (
	"strings"
	"testing"
)

// TestCgoFailure: a failed cgo step is told as it happened: the missing
// header by name (python3-dev only for Python's own), the compiler's first
// error line, a compiler killed for memory, a missing C compiler.
func TestCgoFailure(t *testing.T) {
	cases := []struct {
		msg     string
		want    []string
		wantNot []string
	}{{
		msg:  "# example.com/py\nbinding.go:5:10: fatal error: Python.h: No such file or directory\n    5 | #include <Python.h>\ncompilation terminated.\n",
		want: []string{"cgo failed: header Python.h not found (included at binding.go:5)", "python3-dev", "python3-embed", "as written"},
	}, {
		msg:     "# github.com/go-gl/glfw/v3.3/glfw\nIn file included from ./glfw/src/internal.h:188,\n./glfw/src/x11_platform.h:33:10: fatal error: X11/Xlib.h: No such file or directory\ncompilation terminated.\n",
		want:    []string{"cgo failed: header X11/Xlib.h not found (included at ./glfw/src/x11_platform.h:33)", "install the package that provides X11/Xlib.h", "CGO_CFLAGS"},
		wantNot: []string{"python", "Python"},
	}, {
		msg:     "# example.com/gtk\nPackage gtk+-3.0 was not found in the pkg-config search path.\nPerhaps you should add the directory containing `gtk+-3.0.pc'\n",
		want:    []string{"pkg-config found no package gtk+-3.0", "gtk+-3.0.pc", "PKG_CONFIG_PATH"},
		wantNot: []string{"python"},
	}, {
		msg:  "# github.com/go-python/cpy3\n/root/go/pkg/mod/github.com/go-python/cpy3@v0.2.0/dict.go:141:13: could not determine what C.PyDict_ClearFreeList refers to\n",
		want: []string{"cgo failed: /root/go/pkg/mod/github.com/go-python/cpy3@v0.2.0/dict.go:141:13: could not determine what C.PyDict_ClearFreeList refers to;"},
	}, {
		msg:  "# example.com/big\nbig.c: In function 'f':\nbig.c:12:3: error: 'PyFoo' undeclared (first use in this function)\nbig.c:13:3: error: second\n",
		want: []string{"cgo failed: big.c:12:3: error: 'PyFoo' undeclared (first use in this function);"},
	}, {
		msg:     "# example.com/amalgamation\ngcc: fatal error: Killed signal terminated program cc1\ncompilation terminated.\n",
		want:    []string{"the compiler ran out of memory"},
		wantNot: []string{"Killed signal"},
	}, {
		msg:  "# example.com/amalgamation\ncgo: gcc: signal: killed\n",
		want: []string{"the compiler ran out of memory"},
	}, {
		msg:  "# runtime/cgo\ncgo: C compiler \"gcc\" not found: exec: \"gcc\": executable file not found in $PATH\n",
		want: []string{"no C compiler (gcc not found"},
	}}
	for _, c := range cases {
		got := cgoFailure(c.msg)
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("cgoFailure(%q)\n = %q\nlacks %q", c.msg, got, w)
			}
		}
		for _, w := range c.wantNot {
			if strings.Contains(got, w) {
				t.Errorf("cgoFailure(%q)\n = %q\nhas %q", c.msg, got, w)
			}
		}
	}
	for _, msg := range []string{
		"# example.com/plain\n./x.go:10:2: undefined: foo\n", // the compiler's errors: the type checker reports them
		"no required module provides package x",
	} {
		if got := cgoFailure(msg); got != "" {
			t.Errorf("cgoFailure(%q) = %q, want \"\"", msg, got)
		}
	}
}
