// Package cgocall is pyvet's one model of a call from Go into C.
//
// Drivers show the same user call C.PyList_GetItem(l, 0) in three shapes:
//
//   - Cooked: the standalone driver, go vet and analysistest hand over the
//     files cmd/cgo wrote. A call is (_Cfunc_PyList_GetItem)(l, 0), or, when
//     an argument needs a pointer check, an immediately invoked closure
//     func() T { _cgo0 := l; var _cgo1 T = 0; _cgoCheckPointer(_cgo0, nil);
//     return _Cfunc_PyList_GetItem(_cgo0, _cgo1) }(). A deferred call gets a
//     second closure (defer func() func() {…}()()), and the two-result errno
//     form calls _C2func_. //line comments map positions back to the
//     user's file.
//   - Typed: gopls type-checks the user's file in cgo mode; C.PyList_GetItem
//     resolves to the _Cfunc_PyList_GetItem function.
//   - Untyped: when cgo failed (no Python.h), the user's file arrives as
//     written and C.PyList_GetItem has no type.
//
// An Index turns every shape into the same Call: the C function's name, the
// user-level call node, the user's argument expressions and the position
// where "C." stands in the user's file. Checks use the Index and never match
// C calls themselves.
package cgocall

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// Form is the shape in which a driver presented a C call.
type Form uint8

const (
	Cooked  Form = iota // a cgo-processed file: (_Cfunc_X)(…) or a wrapper closure
	Typed               // the user's file type-checked in cgo mode (gopls)
	Untyped             // the user's file after cgo preprocessing failed
)

func (f Form) String() string {
	switch f {
	case Cooked:
		return "cooked"
	case Typed:
		return "typed"
	case Untyped:
		return "untyped"
	}
	return "?"
}

// A Call is one user-level call of a C function.
type Call struct {
	Name string        // the C function's name, e.g. "PyList_GetItem"
	Node *ast.CallExpr // the user-level call: in cooked files the outermost wrapper call
	Args []ast.Expr    // the user's argument expressions
	Pos  token.Pos     // where "C." stands; //line maps it to the user's file
	Form Form
	// Errno marks the two-result form r, err := C.f(…).
	Errno bool
}

const (
	prefixFunc  = "_Cfunc_"
	prefixFunc2 = "_C2func_"
)

// cName returns the C name behind a cgo-generated Go function name.
func cName(id string) (name string, errno bool, ok bool) {
	if s, ok := strings.CutPrefix(id, prefixFunc); ok && s != "" {
		return s, false, true
	}
	if s, ok := strings.CutPrefix(id, prefixFunc2); ok && s != "" {
		return s, true, true
	}
	return "", false, false
}

// match recognizes the direct shapes: (_Cfunc_X)(args) in cooked files and
// C.X(args) in the user's file. Wrapper closures are recognized by wrapper.
func match(info *types.Info, call *ast.CallExpr, importsC bool) (*Call, bool) {
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		name, errno, ok := cName(fun.Name)
		if !ok || !isCgoFunc(info, fun) {
			return nil, false
		}
		return &Call{Name: name, Node: call, Args: call.Args, Pos: fun.Pos(), Form: Cooked, Errno: errno}, true
	case *ast.SelectorExpr:
		x, ok := fun.X.(*ast.Ident)
		if !ok || x.Name != "C" || !importsC || !isPseudoPackageC(info, x) {
			return nil, false
		}
		form := Untyped
		if isCType(fun.Sel.Name) && len(call.Args) == 1 {
			return nil, false // without types, C.long(x) can only be told by its name
		}
		if info != nil {
			switch obj := info.Uses[fun.Sel].(type) {
			case *types.Func:
				if _, _, ok := cName(obj.Name()); !ok {
					return nil, false
				}
				form = Typed
			case nil:
				if tv, ok := info.Types[fun]; ok && tv.IsType() {
					return nil, false // a conversion such as C.long(x)
				}
			default:
				return nil, false // a type conversion, a variable or a constant
			}
		}
		return &Call{Name: fun.Sel.Name, Node: call, Args: call.Args, Pos: x.Pos(), Form: form}, true
	}
	return nil, false
}

// isCgoFunc reports whether id denotes a cgo-generated function rather than
// something a user happened to name _Cfunc_X. Without type information the
// name is all there is.
func isCgoFunc(info *types.Info, id *ast.Ident) bool {
	if info == nil {
		return true
	}
	switch obj := info.Uses[id].(type) {
	case nil:
		return true
	case *types.Func:
		return obj.Parent() == obj.Pkg().Scope()
	}
	return false
}

// isPseudoPackageC reports whether x, spelled C, refers to import "C" and not
// to a variable or package of the user's that happens to be called C.
func isPseudoPackageC(info *types.Info, x *ast.Ident) bool {
	if info == nil {
		return true
	}
	switch obj := info.Uses[x].(type) {
	case nil:
		return true
	case *types.PkgName:
		return obj.Imported().Path() == "C"
	}
	return false
}

// isCType reports whether name is a C type that Go code converts to, by
// cgo's spelling (C.long, C.size_t, C.struct_x, C.Py_ssize_t).
func isCType(name string) bool {
	switch name {
	case "char", "schar", "uchar", "short", "ushort", "int", "uint", "long", "ulong",
		"longlong", "ulonglong", "float", "double", "complexfloat", "complexdouble", "uintptr_t":
		return true
	}
	for _, p := range []string{"struct_", "union_", "enum_"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return strings.HasSuffix(name, "_t")
}
