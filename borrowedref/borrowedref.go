package borrowedref

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/pyvet/pyvet/internal/analysisutil"
	"github.com/pyvet/pyvet/internal/capi"
	"github.com/pyvet/pyvet/internal/cgocall"
	"github.com/pyvet/pyvet/internal/flow"
	"github.com/pyvet/pyvet/internal/helpers"
	"github.com/pyvet/pyvet/internal/pytarget"
)

//go:embed doc.go
var doc string

// Options configure the check.
type Options struct {
	// Python is the version the code is checked for; zero means the
	// version of the headers, else 3.13.
	Python capi.Version
}

// Analyzer is the check with default options.
var Analyzer = New(Options{})

// New returns the check configured by o. Its flags set its own copy of o.
func New(o Options) *analysis.Analyzer {
	a := analysisutil.NewCheck(analysisutil.Spec{
		Name:      "borrowedref",
		Doc:       doc,
		Requires:  []*analysis.Analyzer{cgocall.Analyzer, helpers.Analyzer, flow.Analyzer},
		FactTypes: []analysis.Fact{new(returnsBorrowed), new(refParam), new(iteratesDict), new(returnsNew), new(wrapsContainer)},
		Run:       func(pass *analysis.Pass) (any, error) { return run(pass, o) },
	})
	a.Flags.Var(&o.Python, "python", "Python version to check for, e.g. 3.12 (default: the headers' version, else 3.13)")
	return a
}

// returnsBorrowed is the fact that a Go function returns a borrowed
// reference obtained from CFunc (directly or through other wrappers).
type returnsBorrowed struct {
	CFunc string // the C API function, e.g. "PyList_GetItem"
}

func (*returnsBorrowed) AFact()           {}
func (f *returnsBorrowed) String() string { return "returnsBorrowed(" + f.CFunc + ")" }

// refParam is the fact that a Go function passes one of its parameters
// (Index counts the receiver first) to Py_IncRef or Py_DecRef.
type refParam struct {
	Index int
	Op    capi.RefOp
}

func (*refParam) AFact() {}

// iteratesDict is the fact that a Go function is one PyDict_Next step on
// one of its parameters (Index counts the receiver first): its caller's
// loop must hold a critical section on that dict.
type iteratesDict struct {
	Index int
}

func (*iteratesDict) AFact()           {}
func (f *iteratesDict) String() string { return fmt.Sprintf("iteratesDict(%d)", f.Index) }
func (f *refParam) String() string {
	if f.Op == capi.RefOpIncRef {
		return fmt.Sprintf("increfs(%d)", f.Index)
	}
	return fmt.Sprintf("decrefs(%d)", f.Index)
}

type checker struct {
	pass   *analysis.Pass
	idx    *cgocall.Index
	h      *helpers.Helpers
	target capi.Version
	compat bool // the package includes pythoncapi_compat.h

	// Built on first use, once per package: the C call each C call is an
	// argument of, and the statement context of calls assigned to a
	// variable (for the fixes).
	parents  map[*ast.CallExpr]*cgocall.Call
	assigns  map[*ast.CallExpr]assignment
	sections map[*ast.CallExpr][]flow.Section // see sectionsAt
	args     map[ast.Node]argument            // see argOf
	w        *wrapperFinder                   // the package's wrappers, once scanned
	scans    []*scan                          // and its functions
	steps    map[*ast.CallExpr]*types.Func    // calls of PyDict_Next wrappers
	flows    []*flow.Func                     // the functions the flow engine replays (see flowFuncOf)
}

// An argument is argument i of a C call.
type argument struct {
	call *cgocall.Call
	i    int
}

// argOf returns the C call n is an argument of (the user's expression, in
// every driver's shape), and its index.
func (c *checker) argOf(n ast.Node) (*cgocall.Call, int) {
	if c.args == nil {
		c.args = map[ast.Node]argument{}
		for _, call := range c.idx.Calls() {
			for i, a := range call.Args {
				c.args[a] = argument{call, i}
			}
		}
	}
	a := c.args[n]
	return a.call, a.i
}

// endOf returns where the user's C call ends, or NoPos when it cannot tell
// in the file its position is in (cgo's files: the user's call is in
// another).
func (c *checker) endOf(call *cgocall.Call) token.Pos {
	if call.Form == cgocall.Cooked && c.pass.Fset.File(call.Pos) == c.pass.Fset.File(call.Node.Pos()) {
		return token.NoPos // Pos is in cgo's file, the original's end in another: no parse for nothing
	}
	_, o, err := c.idx.Original(call)
	if err != nil || c.pass.Fset.File(o.End()) != c.pass.Fset.File(call.Pos) || o.End() < call.Pos {
		return token.NoPos
	}
	return o.End()
}

func run(pass *analysis.Pass, o Options) (any, error) {
	idx := pass.ResultOf[cgocall.Analyzer].(*cgocall.Index)
	if !idx.UsesC() && !importsFacts(pass) {
		return nil, nil // nothing here can touch Python
	}
	c := &checker{pass: pass, idx: idx, h: pass.ResultOf[helpers.Analyzer].(*helpers.Helpers)}
	c.target, _ = pytarget.Of(o.Python, idx)
	for _, p := range idx.Preambles() {
		c.compat = c.compat || strings.Contains(p, "pythoncapi_compat.h")
	}
	w, scans := c.scanPackage()
	c.w, c.scans = w, scans
	for _, call := range idx.Calls() {
		if sum := c.h.Lookup(call.Name); sum != nil {
			c.checkHelperCall(call, sum)
			continue
		}
		if f := c.cpython(call.Name); f != nil && f.DictNext && !w.stepping[call.Node] {
			c.checkDictNext(call)
		}
	}
	c.checkDictSteps()
	for _, s := range scans {
		s.report()
	}
	return nil, nil
}

// cpython returns the table entry of a CPython function, or nil for other C
// functions, including the package's own helpers that share a name.
func (c *checker) cpython(name string) *capi.Func { return c.h.CPython(name) }

// importsFacts reports whether any imported package carries a wrapper fact;
// without one, a package that does not use C has nothing to report.
func importsFacts(pass *analysis.Pass) bool {
	for _, f := range pass.AllObjectFacts() {
		if f.Object.Pkg() != pass.Pkg {
			return true // a wrapper fact
		}
	}
	return false
}

func (c *checker) reportBorrowed(call *cgocall.Call, f *capi.Func) {
	r := f.Replacement
	var b strings.Builder
	fmt.Fprintf(&b, "%s returns a borrowed reference another thread can free", f.Name)
	if c.increfedAtOnce(call) {
		b.WriteString(" before the incref runs")
	}
	if !f.Removed.IsZero() && !c.target.Less(f.Removed) {
		fmt.Fprintf(&b, " (removed in %s)", f.Removed)
	}
	fmt.Fprintf(&b, "; use %s", c.replacement(r))
	c.pass.Report(analysis.Diagnostic{
		Pos:            call.Pos,
		End:            c.endOf(call),
		Category:       ruleBorrowedResult,
		Message:        b.String(),
		SuggestedFixes: c.fixes(call, f),
	})
}

// replacement names r for a message: its name and the version that adds it;
// the docs give its prototype and the pythoncapi_compat.h route for older
// Pythons.
func (c *checker) replacement(r *capi.Replacement) string {
	if r.Added.IsZero() {
		return r.Name
	}
	return fmt.Sprintf("%s (%s+)", r.Name, r.Added)
}

// increfedAtOnce reports whether the borrowed result goes straight into an
// incref, which the HOWTO warns is still unsafe.
func (c *checker) increfedAtOnce(call *cgocall.Call) bool {
	_, ok := c.increfWrapping(call)
	if ok {
		return true
	}
	_, _, ok = c.increfNext(call)
	return ok
}

// qualified names fn as a user would write it: pkg.Func or pkg.Type.Method.
func qualified(fn *types.Func) string {
	name := fn.Name()
	if recv := fn.Signature().Recv(); recv != nil {
		t := recv.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := t.(*types.Named); ok {
			name = n.Obj().Name() + "." + name
		}
	}
	return fn.Pkg().Name() + "." + name
}
