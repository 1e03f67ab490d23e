package cgocall

import (
	"reflect"

	"golang.org/x/tools/go/analysis"

	"github.com/pyvet/pyvet/internal/goroot"
)

// Analyzer builds the Index of a package once, for every check that requires
// it. It runs despite type errors, since the untyped shape is what is left
// when cgo failed.
var Analyzer = &analysis.Analyzer{
	Name:             "pyvetcgo",
	Doc:              "index the C calls of a cgo package (internal to pyvet)",
	URL:              "https://github.com/pyvet/pyvet",
	Run:              run,
	RunDespiteErrors: true,
	ResultType:       reflect.TypeFor[*Index](),
}

func run(pass *analysis.Pass) (any, error) {
	if goroot.Std(pass.Fset, pass.Files) {
		return New(pass.Fset, nil, nil), nil // see package goroot
	}
	return ForPass(pass), nil
}
