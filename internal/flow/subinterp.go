package flow

import (
	"go/ast"
	"go/types"
	"sort"

	"golang.org/x/tools/go/analysis"

	"github.com/pyvet/pyvet/internal/capi"
)

// Subinterpreters. A package creates subinterpreters when its code calls
// Py_NewInterpreter (or a C helper or Go function that does). A function
// that only wraps that call, as a 1:1 binding wraps every C function,
// creates nothing by itself: its callers do, in this package or in
// others (interpWrapperFact). Unknown is silent, so a binding is not a
// program with subinterpreters because it could create them.

// subinterpreters computes and exports the package fact and the wrappers'
// object facts.
func (r *Result) subinterpreters(pass *analysis.Pass) {
	wrappers := map[*types.Func]string{} // this package's wrappers → what they wrap
	if !r.mayCreate(pass) {
		r.importSubinterpreters(pass)
		return
	}
	// Each pass finds the creations given the wrappers known so far; the
	// first that finds no new wrapper has seen them all.
	for {
		grew := false
		var first string // the first creation outside a wrapper
		r.eachCreation(pass, wrappers, func(fd *ast.FuncDecl, what, root string) {
			if fn := r.pureWrapper(fd); fn != nil {
				if wrappers[fn] == "" {
					wrappers[fn], grew = root, true
				}
			} else if first == "" {
				first = what
			}
		})
		if !grew {
			if first != "" {
				r.sub = &subinterpFact{Pkg: pass.Pkg.Path(), Func: first}
			}
			break
		}
	}
	for fn, what := range wrappers {
		if fn.Exported() {
			pass.ExportObjectFact(fn, &interpWrapperFact{Func: what})
			pass.ExportPackageFact(&interpWrappersFact{})
		}
	}
	r.importSubinterpreters(pass)
}

// mayCreate reports whether the package can create a subinterpreter: it
// calls a C function or helper that does, or imports a package that
// exports a wrapper of one. Most packages do neither, and are not walked.
func (r *Result) mayCreate(pass *analysis.Pass) bool {
	for _, c := range r.idx.Calls() {
		if h := r.helpers.Lookup(c.Name); h != nil {
			if h.CreatesInterpreter {
				return true
			}
		} else if f, ok := capi.Lookup(c.Name); ok && f.CreatesInterpreter {
			return true
		}
	}
	for _, imp := range pass.Pkg.Imports() {
		if pass.ImportPackageFact(imp, new(interpWrappersFact)) {
			return true
		}
	}
	return false
}

// importSubinterpreters takes the fact of an imported package that
// creates subinterpreters, when this one does not, and exports the
// package's fact.
func (r *Result) importSubinterpreters(pass *analysis.Pass) {
	if r.sub == nil {
		imps := pass.Pkg.Imports()
		sort.Slice(imps, func(i, j int) bool { return imps[i].Path() < imps[j].Path() })
		for _, imp := range imps {
			var f subinterpFact
			if pass.ImportPackageFact(imp, &f) {
				r.sub = &f
				break
			}
		}
	}
	if r.sub != nil {
		pass.ExportPackageFact(r.sub)
	}
}

// eachCreation calls found for every call that creates a subinterpreter,
// with its enclosing function declaration (nil outside one), what it
// calls as a message names it, and the C function at the root.
func (r *Result) eachCreation(pass *analysis.Pass, wrappers map[*types.Func]string, found func(fd *ast.FuncDecl, what, root string)) {
	for _, file := range r.syntax() {
		for _, d := range file.Decls {
			fd, _ := d.(*ast.FuncDecl)
			ast.Inspect(d, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok {
					if what, root := r.creates(pass, call, wrappers); what != "" {
						found(fd, what, root)
					}
				}
				return true
			})
		}
	}
}

// creates says what a call creates a subinterpreter with, as a message
// names it, and the C function at the root; "" if it does not.
func (r *Result) creates(pass *analysis.Pass, call *ast.CallExpr, wrappers map[*types.Func]string) (what, root string) {
	if c := r.idx.Lookup(call); c != nil {
		if h := r.helpers.Lookup(c.Name); h != nil {
			if h.CreatesInterpreter {
				cause, _ := h.Cause("CreatesInterpreter")
				what = "C." + c.Name + " (" + cause + ")"
				return what, what
			}
			return "", ""
		}
		if f, ok := capi.Lookup(c.Name); ok && f.CreatesInterpreter {
			return c.Name, c.Name
		}
		return "", ""
	}
	fn := r.calleeOf(call)
	if fn == nil {
		return "", ""
	}
	if root := wrappers[fn]; root != "" {
		return fn.Name() + " (" + root + ")", root
	}
	var f interpWrapperFact
	if fn.Pkg() != nil && fn.Pkg() != r.pkg && pass.ImportObjectFact(fn, &f) {
		return fn.Pkg().Name() + "." + fn.Name() + " (" + f.Func + ")", f.Func
	}
	return "", ""
}

// pureWrapper returns the function fd declares when its body is the one
// statement that returns the call's result (return C.Py_NewInterpreter(),
// with or without conversions), else nil. A function that discards the
// thread state it created, or does anything else, is a creator.
func (r *Result) pureWrapper(fd *ast.FuncDecl) *types.Func {
	if fd == nil || fd.Body == nil || len(fd.Body.List) != 1 || fd.Type.Results == nil {
		return nil
	}
	if _, ok := fd.Body.List[0].(*ast.ReturnStmt); !ok {
		return nil
	}
	return r.declObj(fd)
}

func (r *Result) declObj(fd *ast.FuncDecl) *types.Func {
	fn, _ := r.info.Defs[fd.Name].(*types.Func)
	return fn
}
