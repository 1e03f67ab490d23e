package capi

import "strings"

// RefOp is what a function does to the reference count of its (first)
// argument [REFCOUNTING].
type RefOp uint8

const (
	RefOpNone   RefOp = iota
	RefOpIncRef       // Py_IncRef(o): the caller now owns a reference to o
	RefOpNewRef       // Py_NewRef(o): returns a new reference to o
	RefOpDecRef       // Py_DecRef(o): releases a reference the caller owns
)

// ownershipOverlay holds the reference-count operations, the functions whose
// borrowed-looking result is the object passed in, and the parameters that
// take a per-call namespace dict. Sources:
//
//	[REFCOUNTING] Doc/c-api/refcounting.rst
//	[ALLOCATION]  Doc/c-api/allocation.rst, Doc/c-api/gcsupport.rst
//	[MODULE]      Doc/c-api/module.rst (PyModuleDef_Init)
//	[VERYHIGH]    Doc/c-api/veryhigh.rst (PyRun_*, PyEval_EvalCode)
var ownershipOverlay = [...]Func{
	{Name: "Py_IncRef", RefOp: RefOpIncRef},   // [REFCOUNTING]
	{Name: "Py_INCREF", RefOp: RefOpIncRef},   // [REFCOUNTING]
	{Name: "Py_XINCREF", RefOp: RefOpIncRef},  // [REFCOUNTING]
	{Name: "_Py_IncRef", RefOp: RefOpIncRef},  // [REFCOUNTING] (behind Py_INCREF in the limited API)
	{Name: "Py_NewRef", RefOp: RefOpNewRef},   // [REFCOUNTING]
	{Name: "Py_XNewRef", RefOp: RefOpNewRef},  // [REFCOUNTING]
	{Name: "Py_DecRef", RefOp: RefOpDecRef},   // [REFCOUNTING]
	{Name: "Py_DECREF", RefOp: RefOpDecRef},   // [REFCOUNTING]
	{Name: "Py_XDECREF", RefOp: RefOpDecRef},  // [REFCOUNTING]
	{Name: "Py_CLEAR", RefOp: RefOpDecRef},    // [REFCOUNTING]
	{Name: "_Py_DecRef", RefOp: RefOpDecRef},  // [REFCOUNTING] (behind Py_DECREF in the limited API)
	{Name: "PyObject_Init", ReturnsArg: true}, // [ALLOCATION]: "Returns op"
	{Name: "PyObject_InitVar", ReturnsArg: true},
	{Name: "PyObject_GC_Resize", ReturnsArg: true}, // [ALLOCATION]: the resized op
	{Name: "PyModuleDef_Init", ReturnsArg: true},   // [MODULE]: the def itself, cast
	{Name: "PyRun_String", Namespaces: []int{2, 3}},
	{Name: "PyRun_StringFlags", Namespaces: []int{2, 3}},
	{Name: "PyRun_File", Namespaces: []int{3, 4}},
	{Name: "PyRun_FileEx", Namespaces: []int{3, 4}},
	{Name: "PyRun_FileFlags", Namespaces: []int{3, 4}},
	{Name: "PyRun_FileExFlags", Namespaces: []int{3, 4}},
	{Name: "PyEval_EvalCode", Namespaces: []int{1, 2}},
	{Name: "PyEval_EvalCodeEx", Namespaces: []int{1, 2}},
	{Name: "PyObject_Call", Namespaces: []int{2}}, // [CALL]: kwargs
}

// newObjectVerbs are the name endings of functions that build the object
// they return: PyList_New, PyDict_Copy, PyDict_Keys ("Return a PyListObject
// containing all the keys", Doc/c-api/dict.rst), PySequence_List ("the
// returned list is guaranteed to be new", Doc/c-api/sequence.rst),
// PyObject_Dir, PyUnicode_Split. A +1 result of another function (PyObject_GetAttr,
// PySequence_Fast, PyList_GetItemRef) can be an object others hold.
var newObjectVerbs = [...]string{"New", "Copy", "Keys", "Values", "Items", "List", "Tuple", "Dir",
	"Split", "RSplit", "Splitlines", "GetSlice", "AsTuple"}

// isNewObject derives NewObject: a +1 result in refcounts.dat from a function
// whose name says it builds that object.
func isNewObject(f *Func) bool {
	if f.Lib != LibPython || f.Return != RefNew {
		return false
	}
	_, verb, ok := strings.Cut(strings.TrimPrefix(f.Name, "_"), "_")
	if !ok {
		return false
	}
	for _, v := range newObjectVerbs {
		if verb == v {
			return true
		}
	}
	return false
}

// IsBorrowedSource reports whether f returns a reference the caller does not
// own (refcounts.dat's borrowed returns), other than the object passed in.
func (f *Func) IsBorrowedSource() bool { return f.Return == RefBorrowed && !f.ReturnsArg }

// IsNamespaceParam reports whether parameter i of f takes a per-call
// namespace (globals, locals, kwargs).
func (f *Func) IsNamespaceParam(i int) bool {
	for _, p := range f.Namespaces {
		if p == i {
			return true
		}
	}
	return false
}
