package cgocall

import (
	"go/build"
	"path/filepath"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/pyvet/pyvet/internal/guard"
)

// Analyzer builds the Index of a package once, for every check that requires
// it. It runs despite type errors, since the untyped shape is what is left
// when cgo failed.
var Analyzer = &analysis.Analyzer{
	Name:             "pyvetcgo",
	Doc:              "index the C calls of a cgo package (internal to pyvet)",
	URL:              "https://github.com/pyvet/pyvet",
	Run:              guard.Run(run),
	RunDespiteErrors: true,
	ResultType:       reflect.TypeFor[*Index](),
}

func run(pass *analysis.Pass) (any, error) {
	if inGoroot(pass) {
		// The standard library's cgo (net, os/user, runtime/cgo) is not
		// Python's, and nothing in it can produce a pyvet fact: give it an
		// empty index, and every check nothing to do. Under go vet, which
		// runs pyvet on every dependency, this keeps std nearly free.
		return New(pass.Fset, nil, nil), nil
	}
	return New(pass.Fset, pass.Files, pass.TypesInfo), nil
}

// goroot is $GOROOT/src/, where the standard library lives.
var goroot = filepath.Join(build.Default.GOROOT, "src") + string(filepath.Separator)

// inGoroot reports whether the package's files are the standard library's
// (cgo's own generated files, which name no source, aside).
func inGoroot(pass *analysis.Pass) bool {
	if build.Default.GOROOT == "" {
		return false
	}
	std := false
	for _, f := range pass.Files {
		switch name := pass.Fset.Position(f.Package).Filename; {
		case strings.HasPrefix(name, goroot):
			std = true
		case isImportFile(f) || isCookedFile(f) && pass.Fset.PositionFor(f.Package, false).Filename == name:
		default:
			return false
		}
	}
	return std
}
