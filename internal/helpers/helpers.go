// Package helpers gives every check the summaries of the C helpers a cgo
// package defines — static functions in its preambles and functions in its
// .c and .h files — so that a hazard inside C.helper(…) is found at the Go
// call, and a helper is judged by its body, never by its name.
//
// It also holds the one answer to "does this package use Python?"
// (Helpers.Python): the rules that assume CPython is on the other side of
// cgo apply only where it is.
package helpers

import (
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/pyvet/pyvet/internal/capi"
	"github.com/pyvet/pyvet/internal/cgocall"
	"github.com/pyvet/pyvet/internal/creader"
)

// Analyzer reads and summarizes a package's C helpers once, for every check.
var Analyzer = &analysis.Analyzer{
	Name:             "pyvethelpers",
	Doc:              "summarize the C helpers of a cgo package (internal to pyvet)",
	URL:              "https://github.com/pyvet/pyvet",
	Requires:         []*analysis.Analyzer{cgocall.Analyzer},
	Run:              run,
	RunDespiteErrors: true,
	ResultType:       reflect.TypeFor[*Helpers](),
}

// Helpers holds the summaries of one package's C helpers.
type Helpers struct {
	byName map[string]*creader.Summary
	// includes is set when one of the package's C sources (a preamble, or
	// one of its own .c and .h files, which is how a preamble includes
	// Python.h through the package's headers) includes Python.h. Such a
	// package cannot define a CPython function itself, only a
	// compatibility shim under a version guard (#if PY_VERSION_HEX <
	// 0x030D0000, as pythoncapi_compat.h does), and a shim is the API it
	// stands for.
	includes bool
	// python is Python's answer.
	python bool
}

// Python reports whether the package uses the CPython C API: one of its C
// sources includes Python.h (directly, or through the package's own
// headers) or loads Python's symbols with dlsym, or it calls a C function
// the table knows as CPython's.
//
// This is the one gate for everything that assumes CPython is on the other
// side of cgo: thread-state entry rules (an //export function starts with
// a thread state attached; any entry point that claims one is attached)
// and the C-helper reader. A cgo package without Python (a windowing
// library's callbacks, an embedded database) gets no such rule, no helper
// summary and so no finding. Every check and the flow engine ask here.
func (h *Helpers) Python() bool { return h != nil && h.python }

// Lookup returns the summary of the package's own C function name, or nil
// when the name is not the package's own: a CPython or libc function, or
// a shim of a CPython function.
func (h *Helpers) Lookup(name string) *creader.Summary {
	if h == nil {
		return nil
	}
	s := h.byName[name]
	if s != nil && h.includes {
		if f, ok := capi.Lookup(name); ok && f.Lib == capi.LibPython {
			return nil
		}
	}
	return s
}

// CPython returns the table entry of the C function name when it is
// CPython's: a function the package defines itself is its own helper, even
// when it shares a CPython name.
func (h *Helpers) CPython(name string) *capi.Func {
	if h.Lookup(name) != nil {
		return nil
	}
	f, ok := capi.Lookup(name)
	if !ok || f.Lib != capi.LibPython {
		return nil
	}
	return f
}

// Len returns the number of helpers summarized.
func (h *Helpers) Len() int { return len(h.byName) }

func run(pass *analysis.Pass) (any, error) {
	idx := pass.ResultOf[cgocall.Analyzer].(*cgocall.Index)
	h := &Helpers{}
	if !idx.UsesC() {
		return h, nil
	}
	// cgo compiles the package's .c files with it, and they include its .h
	// files; drivers list both in OtherFiles.
	var sources [][]byte
	for _, p := range idx.Preambles() {
		sources = append(sources, []byte(p))
	}
	for _, name := range pass.OtherFiles {
		if !strings.HasSuffix(name, ".c") && !strings.HasSuffix(name, ".h") {
			continue
		}
		src, err := pass.ReadFile(name)
		if err != nil {
			continue // unreadable C never stops the Go side
		}
		sources = append(sources, src)
	}
	loads := false
	for _, src := range sources {
		h.includes = h.includes || includesPython(src)
		loads = loads || loadsPython(src)
	}
	h.python = h.includes || loads || callsCPython(idx)
	if !h.python {
		return h, nil
	}
	var files []*creader.File
	for _, src := range sources {
		// A file that names nothing of Python's can change no reference,
		// thread state or critical section: it is not read further.
		if mentionsPython(src) {
			files = append(files, creader.Parse(src))
		}
	}
	if len(files) > 0 {
		h.byName = creader.Summarize(files...)
	}
	return h, nil
}

// callsCPython reports whether the package calls a function the table
// knows as CPython's (its headers may come from elsewhere, through
// CGO_CFLAGS or another package's header).
func callsCPython(idx *cgocall.Index) bool {
	for _, c := range idx.Calls() {
		if f, ok := capi.Lookup(c.Name); ok && f.Lib == capi.LibPython {
			return true
		}
	}
	return false
}
