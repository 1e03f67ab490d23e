package driver

import (
	"fmt"
	"go/types"
	"os"
	"os/exec"
	"strings"

	"golang.org/x/tools/go/gcexportdata"
)

// cgoOffImport returns the types of a package that only the cgo files of a
// package import when cgo is off (CGO_ENABLED=0): go list, which did not
// see those files, gave no metadata for it, yet without it
// runtime.LockOSThread would be untyped and a goroutine that locks its
// thread would look unlocked. One go list -export per such package, read
// into the plain layer of the export-data universe (exportdata.go).
func (ld *loader) cgoOffImport(path string) (*types.Package, error) {
	ld.cgoOffMu.Lock()
	export, ok := ld.cgoOffExports[path]
	if !ok {
		args := append([]string{"list", "-export", "-e", "-f", "{{.Export}}"}, ld.cfg.BuildFlags...)
		cmd := exec.Command("go", append(append(args, "--"), path)...)
		cmd.Dir = ld.cfg.Dir
		cmd.Env = ld.cfg.env()
		out, _ := cmd.Output()
		export = strings.TrimSpace(string(out))
		if ld.cgoOffExports == nil {
			ld.cgoOffExports = map[string]string{}
		}
		ld.cgoOffExports[path] = export
	}
	ld.cgoOffMu.Unlock()
	if export == "" {
		return nil, fmt.Errorf("no export data for %s", path)
	}
	ld.exportMu.Lock()
	defer ld.exportMu.Unlock()
	if pkg := ld.universe.layers[""][path]; pkg != nil && pkg.Complete() {
		return pkg, nil
	}
	f, err := os.Open(export)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r, err := gcexportdata.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("reading export data for %s: %v", path, err)
	}
	return gcexportdata.Read(r, ld.fset, ld.universe.layers[""], path)
}
