// Command pyvet checks Go code that calls the CPython C API through cgo for
// hazards on free-threaded Python.
//
// Usage:
//
//	pyvet [flags] packages            # e.g. pyvet ./...
//	pyvet -json ./...                 # x/tools JSON, keyed by check name
//	go vet -vettool=$(command -v pyvet) ./...
//	pyvet help [check]                # the checks and their documentation
//
// cgo must find Python's headers: install python3-dev (Debian) and add
// "#cgo pkg-config: python3-embed" to the preamble, or set CGO_CFLAGS.
package main

import (
	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/pyvet/pyvet/analyzers"
)

func main() { multichecker.Main(analyzers.All()...) }
