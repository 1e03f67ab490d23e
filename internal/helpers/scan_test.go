package helpers

import (
	"fmt"
	"runtime"
	"testing"
)

func TestIncludesPython(t *testing.T) {
	for src, want := range map[string]bool{
		"#include <Python.h>\n":                    true,
		"  #  include \"Python.h\"\nint x;\n":      true,
		"#include <python3.13/Python.h>":           true,
		"#include <stdio.h>\n#include \"db.h\"\n":  false,
		"// #include <Python.h> is not needed\n":   false,
		"#include <MyPython.h>\n":                  false,
		"#define X \"#include <Python.h>\"\n":      false,
		"#include <sqlite3.h>\nint Python_ok;\n":   false,
		"#include <pythoncapi_compat.h>\n":         false,
		"#include \"pythoncapi_compat.h\" // ok\n": false,
	} {
		if got := includesPython([]byte(src)); got != want {
			t.Errorf("includesPython(%q) = %v, want %v", src, got, want)
		}
	}
}

func TestMentionsPython(t *testing.T) {
	for src, want := range map[string]bool{
		"PyObject *o;":                      true,
		"x = _PyObject_Call(a);":            true,
		"__Py_thing();":                     true,
		"Py_BEGIN_ALLOW_THREADS":            true,
		"int happy_day(void) { return 1; }": false,
		"static int CopyPage(int p);":       false,
		"my_Py_helper();":                   false,
		"":                                  false,
		"Py":                                true,
		"xPy":                               false,
	} {
		if got := mentionsPython([]byte(src)); got != want {
			t.Errorf("mentionsPython(%q) = %v, want %v", src, got, want)
		}
	}
}

// amalgamation returns about size bytes of C with no Python in it: an
// embedded library's single-file build.
func amalgamation(size int) []byte {
	var b []byte
	b = append(b, "#include <pthread.h>\n#include <unistd.h>\n\nstatic pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;\n\n"...)
	for i := 0; len(b) < size; i++ {
		b = fmt.Appendf(b, "static int db_page_%d(int a, int b) {\n\tint r = a;\n\tpthread_mutex_lock(&mu);\n\tif (b > %d) r += b; else usleep(r);\n\tpthread_mutex_unlock(&mu);\n\treturn r;\n}\n\n", i, i%97)
	}
	return b
}

// TestNoPythonCostsNoMemory: the C reader's look at a file with no Python
// in it (is Python.h included? is any Python name there?) allocates less
// than the file's size, so a package that compiles a large amalgamation
// costs pyvet the file it reads and little more (< 2× its size).
func TestNoPythonCostsNoMemory(t *testing.T) {
	src := amalgamation(10 << 20)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	if includesPython(src) || mentionsPython(src) {
		t.Fatal("the amalgamation is taken for Python")
	}
	runtime.ReadMemStats(&after)
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > uint64(len(src)) {
		t.Errorf("scanning %d bytes allocated %d bytes", len(src), alloc)
	}
}
