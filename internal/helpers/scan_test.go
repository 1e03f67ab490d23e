package helpers

import "testing"

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
