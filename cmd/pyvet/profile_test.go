package main_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/txtar"
)

// profiled is a module of a cgo package with one finding and a plain
// package that imports it; the constant makes each run's sources new, so
// go vet's cache cannot answer for the tool.
const profiled = `-- go.mod --
module example.com/profiled

go 1.26
-- py/py.go --
package py

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

const Salt = %d

func First(l *C.PyObject) *C.PyObject {
	item := C.PyList_GetItem(l, 0)
	C.Py_DecRef(item)
	return nil
}
-- app/app.go --
package app

import "example.com/profiled/py"

var _ = py.Salt
`

// TestVetProfile: under go vet, PYVET_CPUPROFILE=dir makes every pyvet
// process write a CPU profile that go tool pprof reads, for the package it
// analyzes and for the facts-only units of its dependencies, and changes
// nothing in what go vet prints.
func TestVetProfile(t *testing.T) {
	bin := pyvet(t)
	mod := t.TempDir()
	writeFiles(t, mod, fmt.Sprintf(profiled, time.Now().UnixNano()))
	vet := func(env ...string) string {
		cmd := exec.Command("go", "vet", "-vettool="+bin, "./...")
		cmd.Dir = mod
		cmd.Env = append(os.Environ(), env...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		cmd.Run() // exit 1: the finding
		return stderr.String()
	}
	want := vet()
	if !strings.Contains(want, "over-release") && !strings.Contains(want, "Py_DecRef") {
		t.Fatalf("go vet found nothing to compare:\n%s", want)
	}
	writeFiles(t, mod, fmt.Sprintf(profiled, time.Now().UnixNano()+1))
	dir := t.TempDir()
	got := vet("PYVET_CPUPROFILE=" + dir)
	if got != want {
		t.Errorf("go vet printed, with a profile:\n%s\nwithout:\n%s", got, want)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.pprof"))
	var pkg string
	for _, f := range files {
		if strings.HasPrefix(filepath.Base(f), "example.com_profiled_py.") {
			pkg = f
		}
	}
	if pkg == "" {
		t.Fatalf("no profile of example.com/profiled/py among %q", files)
	}
	out, err := exec.Command("go", "tool", "pprof", "-raw", pkg).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "PeriodType: cpu") {
		t.Errorf("go tool pprof cannot read %s: %v\n%s", pkg, err, out)
	}
}

// writeFiles writes the files of a txtar archive under dir.
func writeFiles(t *testing.T, dir, archive string) {
	t.Helper()
	for _, f := range txtar.Parse([]byte(archive)).Files {
		path := filepath.Join(dir, f.Name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
