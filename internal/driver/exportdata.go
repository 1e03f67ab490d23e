package driver

import (
	"fmt"
	"go/types"
	"os"
	"strings"

	"golang.org/x/tools/go/gcexportdata"
)

// Export data names packages by path, but a path is not a package: go list
// builds a package again for a test ("p [q.test]": q's own package with
// its _test.go files, or a package that imports it, recompiled), and that
// variant must never stand in for the plain package, nor the plain one for
// it (an export_test.go's names exist only in the variant). So the universe
// of packages export data is read into has layers: the plain packages, and
// per test binary q.test the variants built for it. Reading for q.test
// sees its variants and, for every other path, the plain package; what the
// reader creates goes back to the layer its path belongs to there.

// universe holds the types.Packages of export data and of the units
// type-checked from source, by layer and path. The loader's exportMu
// guards it.
type universe struct {
	layers map[string]map[string]*types.Package // test binary ("" for plain) → path → package
	// variantPaths lists, per test binary, the paths that have a variant
	// built for it.
	variantPaths map[string]map[string]bool
}

func newUniverse() *universe {
	return &universe{
		layers:       map[string]map[string]*types.Package{"": {}},
		variantPaths: map[string]map[string]bool{},
	}
}

// testBinary returns the test binary a package ID is built for: "q.test"
// for "p [q.test]", "" for a plain package.
func testBinary(id string) string {
	if i := strings.Index(id, " ["); i >= 0 && strings.HasSuffix(id, "]") {
		return id[i+2 : len(id)-1]
	}
	return ""
}

// variants records which paths each test binary has variants of.
func (uv *universe) variants(units map[string]*unit) {
	for id, u := range units {
		if bin := testBinary(id); bin != "" {
			if uv.variantPaths[bin] == nil {
				uv.variantPaths[bin] = map[string]bool{}
				uv.layers[bin] = map[string]*types.Package{}
			}
			uv.variantPaths[bin][u.meta.PkgPath] = true
		}
	}
}

// layerOf returns the layer u's package belongs to.
func (uv *universe) layerOf(u *unit) map[string]*types.Package {
	return uv.layers[testBinary(u.meta.ID)]
}

// add records the package of a unit type-checked from source, for the
// export data that refers to it.
func (uv *universe) add(u *unit, pkg *types.Package) {
	uv.layerOf(u)[u.meta.PkgPath] = pkg
}

// view returns the path-keyed map the export data reader of test binary
// bin (or "" for plain packages) must see.
func (uv *universe) view(bin string) map[string]*types.Package {
	plain := uv.layers[""]
	if bin == "" {
		return plain
	}
	view := make(map[string]*types.Package, len(plain)+len(uv.layers[bin]))
	for path, pkg := range plain {
		if !uv.variantPaths[bin][path] {
			view[path] = pkg
		}
	}
	for path, pkg := range uv.layers[bin] {
		view[path] = pkg
	}
	return view
}

// absorb files what a read for bin added to its view into the layers.
func (uv *universe) absorb(bin string, view map[string]*types.Package) {
	if bin == "" {
		return // the view is the plain layer itself
	}
	for path, pkg := range view {
		switch {
		case uv.variantPaths[bin][path]:
			uv.layers[bin][path] = pkg
		case uv.layers[""][path] == nil:
			uv.layers[""][path] = pkg
		}
	}
}

// exportTypes returns u's types from its export data.
func (ld *loader) exportTypes(u *unit) (*types.Package, error) {
	ld.exportMu.Lock()
	defer ld.exportMu.Unlock()
	path := u.meta.PkgPath
	if path == "unsafe" {
		return types.Unsafe, nil
	}
	if pkg := ld.universe.layerOf(u)[path]; pkg != nil && pkg.Complete() {
		return pkg, nil
	}
	if u.meta.ExportFile == "" {
		return nil, fmt.Errorf("no export data for %s", path)
	}
	f, err := os.Open(u.meta.ExportFile)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r, err := gcexportdata.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("reading export data for %s: %v", path, err)
	}
	bin := testBinary(u.meta.ID)
	view := ld.universe.view(bin)
	pkg, err := gcexportdata.Read(r, ld.fset, view, path)
	ld.universe.absorb(bin, view)
	if err != nil {
		return nil, fmt.Errorf("reading export data for %s: %v", path, err)
	}
	return pkg, nil
}
