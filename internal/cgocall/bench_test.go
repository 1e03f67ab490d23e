package cgocall_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pyvet/pyvet/internal/cgocall"
)

// BenchmarkIndex measures indexing the C calls of a package's files: the
// shapes testdata as written, and a binding of 400 functions with 1,600 C
// calls (the shape bench/ generates). Both are the untyped shape: the
// cooked and typed ones need cgo's declarations, and the walk is the same.
func BenchmarkIndex(b *testing.B) {
	shapes, err := os.ReadFile(filepath.Join("testdata", "src", "shapes", "shapes.go"))
	if err != nil {
		b.Fatal(err)
	}
	var big strings.Builder
	big.WriteString("package p\n\n// #include <Python.h>\nimport \"C\"\n\n")
	for i := range 400 {
		fmt.Fprintf(&big, `func F%[1]d(l, d *C.PyObject) int {
	st := C.PyGILState_Ensure()
	defer C.PyGILState_Release(st)
	item := C.PyList_GetItem(l, %[1]d)
	C.Py_IncRef(item)
	return int(C.PyDict_Size(d))
}

`, i)
	}
	for _, c := range []struct {
		name string
		src  []byte
	}{{"shapes", shapes}, {"binding400", []byte(big.String())}} {
		b.Run(c.name, func(b *testing.B) {
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, c.name+".go", c.src, parser.ParseComments|parser.SkipObjectResolution)
			if err != nil {
				b.Fatal(err)
			}
			files := []*ast.File{f}
			b.SetBytes(int64(len(c.src)))
			b.ReportAllocs()
			for b.Loop() {
				if x := cgocall.New(fset, files, nil); len(x.Calls()) == 0 {
					b.Fatal("no calls")
				}
			}
		})
	}
}
