package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// A realShape sizes the real-shaped modules (issue 18): the 1:1 binding
// and its application packages, the idiomatic binding, the embedding
// program.
type realShape struct {
	Wrappers int // wrappers in the 1:1 binding (at least one per C function it covers)
	Tests    int // test functions in the binding's test file
	Apps     int // application packages using the 1:1 binding
	AppFuncs int // pairs of functions per application package
	Types    int // Go types of the idiomatic binding, eight methods each
	Handlers int // routes of the embedding program
}

// moduleWriter writes a module's files and counts what it wrote.
type moduleWriter struct {
	dir string
	st  stats
}

func newModule(dir, path string) (*moduleWriter, error) {
	if err := os.RemoveAll(dir); err != nil {
		return nil, err
	}
	w := &moduleWriter{dir: dir}
	return w, w.write("go.mod", fmt.Sprintf("module %s\n\ngo 1.26\n", path))
}

func (w *moduleWriter) write(rel, text string) error {
	path := filepath.Join(w.dir, rel)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	w.st.Lines += strings.Count(text, "\n")
	if strings.HasSuffix(rel, ".go") {
		w.st.Funcs += strings.Count(text, "\nfunc ")
	}
	return os.WriteFile(path, []byte(text), 0o644)
}

// pkg writes the files of one package: name → text.
func (w *moduleWriter) pkg(files ...string) error {
	for i := 0; i+1 < len(files); i += 2 {
		if err := w.write(files[i], files[i+1]); err != nil {
			return err
		}
	}
	w.st.Packages++
	return nil
}

// generateBinding writes the 1:1 binding and its applications.
func generateBinding(dir, path string, fns []cfunc, sh realShape) (stats, error) {
	w, err := newModule(dir, path)
	if err != nil {
		return stats{}, err
	}
	text, calls := bindingPkg(fns, max(sh.Wrappers, len(fns)))
	w.st.CCalls = calls
	if err := w.pkg("python3/python3.go", text, "python3/python3_test.go", bindingTests(sh.Tests)); err != nil {
		return w.st, err
	}
	for a := range sh.Apps {
		if err := w.pkg(fmt.Sprintf("app%d/app.go", a), appPkg(path, a, sh.AppFuncs)); err != nil {
			return w.st, err
		}
	}
	return w.st, nil
}

// generateIdiomatic writes the idiomatic binding and an application.
func generateIdiomatic(dir, path string, sh realShape) (stats, error) {
	w, err := newModule(dir, path)
	if err != nil {
		return stats{}, err
	}
	text, calls := idiomaticPkg(sh.Types)
	w.st.CCalls = calls
	if err := w.pkg("py/py.go", text); err != nil {
		return w.st, err
	}
	return w.st, w.pkg("app/app.go", idiomaticApp(path, sh.Types))
}

// generateEmbed writes the embedding program: one package, one cgo file.
func generateEmbed(dir, path string, sh realShape) (stats, error) {
	w, err := newModule(dir, path)
	if err != nil {
		return stats{}, err
	}
	main := embedMain(sh.Handlers)
	w.st.CCalls = strings.Count(main, "C.") + strings.Count(embedC, "Py")
	return w.st, w.pkg("main.go", main, "handler.c", embedC, "handler.h", embedH)
}
