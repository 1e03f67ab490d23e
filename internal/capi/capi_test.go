package capi

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"testing"
)

func TestFacts(t *testing.T) {
	type want struct {
		found      bool
		ret        Ref
		repl       string // Replacement.Name, "" for none
		replAdded  Version
		dictNext   bool
		state      State
		critSec    CritSec
		noTS       bool
		bound      bool
		createsInt bool
		lib        Lib
		blocks     bool
		calls      bool
		added      Version
		limited    bool
		removed    Version
	}
	tests := []struct {
		name string
		want want
	}{
		{"PyList_GetItem", want{found: true, ret: RefBorrowed, repl: "PyList_GetItemRef", replAdded: V(3, 13), added: V(3, 2), limited: true}},
		{"PyList_GET_ITEM", want{found: true, ret: RefBorrowed, repl: "PyList_GetItemRef", replAdded: V(3, 13)}},
		{"PyTuple_GetItem", want{found: true, ret: RefBorrowed, added: V(3, 2), limited: true}},
		{"PyTuple_GET_ITEM", want{found: true, ret: RefBorrowed}},
		{"PyList_GetItemRef", want{found: true, ret: RefNew, added: V(3, 13), limited: true}},
		{"PyDict_GetItemRef", want{found: true, ret: RefNone, added: V(3, 13), limited: true}},
		{"PyModule_GetDef", want{found: true, ret: RefNone, added: V(3, 2), limited: true}},
		{"PyWeakref_GetObject", want{found: true, ret: RefBorrowed, repl: "PyWeakref_GetRef", replAdded: V(3, 13), added: V(3, 2), removed: V(3, 15)}},
		{"PyDict_Next", want{found: true, dictNext: true, added: V(3, 2), limited: true}},
		{"PyGILState_Ensure", want{found: true, state: StateEnsure, noTS: true, bound: true, added: V(3, 2), limited: true}},
		{"PyGILState_Release", want{found: true, state: StateRelease, bound: true, added: V(3, 2), limited: true}},
		{"PyEval_SaveThread", want{found: true, state: StateSave, bound: true, added: V(3, 2), limited: true}},
		{"PyEval_RestoreThread", want{found: true, state: StateRestore, noTS: true, bound: true, added: V(3, 2), limited: true}},
		{"PyThreadState_Ensure", want{found: true, state: StateEnsure315, noTS: true, bound: true, added: V(3, 15), limited: true}},
		{"PyThreadState_Release", want{found: true, state: StateRelease315, bound: true, added: V(3, 15), limited: true}},
		{"PyList_Append", want{found: true, added: V(3, 2), limited: true}},
		{"Py_NewInterpreter", want{found: true, state: StateNewInterp, bound: true, createsInt: true, added: V(3, 2), limited: true}},
		{"Py_NewInterpreterFromConfig", want{found: true, state: StateNewInterp, bound: true, createsInt: true, added: V(3, 12)}},
		{"PyCriticalSection_Begin", want{found: true, critSec: CritSecBegin, bound: true, added: V(3, 13), limited: true}},
		{"PyCriticalSection2_End", want{found: true, critSec: CritSecEnd2, bound: true, added: V(3, 13), limited: true}},
		{"PyCriticalSection2_BeginMutex", want{found: true, critSec: CritSecBegin2Mutex, bound: true, added: V(3, 14)}},
		{"PyMutex_Lock", want{found: true, noTS: true, added: V(3, 13)}},
		{"PyMem_RawMalloc", want{found: true, noTS: true, added: V(3, 13), limited: true}},
		{"PyObject_CallOneArg", want{found: true, ret: RefNew, calls: true}},
		{"PyObject_Calloc", want{found: true, added: V(3, 7), limited: true}},
		{"Py_DecRef", want{found: true, calls: true, added: V(3, 2), limited: true}},
		{"sleep", want{found: true, lib: LibC, blocks: true}},
		{"open", want{found: true, lib: LibC, blocks: true}},
		{"Py_Something", want{}},
		{"PyLike_GetItem", want{}},
		{"pylist_getitem", want{}},
		{"", want{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, ok := Lookup(tt.name)
			if ok != tt.want.found {
				t.Fatalf("Lookup(%q) found = %v, want %v", tt.name, ok, tt.want.found)
			}
			if !ok {
				if f != nil {
					t.Errorf("Lookup(%q) = %+v, want nil when not found", tt.name, f)
				}
				return
			}
			w := tt.want
			repl, replAdded := "", Version{}
			if f.Replacement != nil {
				repl, replAdded = f.Replacement.Name, f.Replacement.Added
			}
			got := want{
				found: true, ret: f.Return, repl: repl, replAdded: replAdded, dictNext: f.DictNext,
				state: f.State, critSec: f.CritSec, noTS: f.NoThreadState, bound: f.ThreadBound,
				createsInt: f.CreatesInterpreter, lib: f.Lib, blocks: f.Blocks, calls: f.CallsPython,
				added: f.Added, limited: f.Limited, removed: f.Removed,
			}
			if got != w {
				t.Errorf("Lookup(%q):\n got %+v\nwant %+v", tt.name, got, w)
			}
			if f.Name != tt.name {
				t.Errorf("Lookup(%q).Name = %q", tt.name, f.Name)
			}
		})
	}
}

func TestLimitedSince(t *testing.T) {
	for _, tt := range []struct {
		name  string
		added Version
		since Version
	}{
		{"PyDict_SetDefaultRef", V(3, 13), V(3, 15)},
		{"PyCriticalSection_Begin", V(3, 13), V(3, 15)},
		{"PyList_GetItemRef", V(3, 13), V(3, 13)},
		{"PyThreadState_Ensure", V(3, 15), V(3, 15)},
		{"PyList_GetItem", V(3, 2), V(3, 2)},
	} {
		f, ok := Lookup(tt.name)
		if !ok || f.Added != tt.added || f.LimitedSince != tt.since || !f.Limited {
			t.Errorf("%s: found=%v %+v; want Added %v, Limited, LimitedSince %v", tt.name, ok, f, tt.added, tt.since)
		}
	}
	for _, n := range Names() {
		f, _ := Lookup(n)
		if f.Limited != !f.LimitedSince.IsZero() {
			t.Errorf("%s: Limited %v but LimitedSince %v", n, f.Limited, f.LimitedSince)
		}
		if f.Limited && f.LimitedSince.Less(f.Added) {
			t.Errorf("%s: LimitedSince %v before Added %v", n, f.LimitedSince, f.Added)
		}
	}
}

// howtoBorrowed is the borrowed-reference table of the free-threading HOWTO
// (capi-facts.md §a), plus PyImport_AddModuleObject (no Ref twin; §b).
var howtoBorrowed = []string{
	"PyList_GetItem", "PyList_GET_ITEM", "PyDict_GetItem", "PyDict_GetItemWithError",
	"PyDict_GetItemString", "PyDict_SetDefault", "PyWeakref_GetObject",
	"PyWeakref_GET_OBJECT", "PyImport_AddModule", "PyImport_AddModuleObject", "PyCell_GET",
}

func TestHOWTOReplacements(t *testing.T) {
	want := map[string]bool{}
	for _, n := range howtoBorrowed {
		want[n] = true
		f, ok := Lookup(n)
		if !ok {
			t.Errorf("%s: not in the table", n)
			continue
		}
		if f.Return != RefBorrowed {
			t.Errorf("%s: Return = %v, want RefBorrowed", n, f.Return)
		}
		r := f.Replacement
		if r == nil {
			t.Errorf("%s: no Replacement", n)
			continue
		}
		if n == "PyCell_GET" {
			if r.Name != "PyCell_Get" || r.Compat {
				t.Errorf("%s: Replacement %+v, want PyCell_Get without Compat", n, r)
			}
			continue
		}
		if r.Added != V(3, 13) || !r.Compat || r.Signature == "" {
			t.Errorf("%s: Replacement %+v, want Added 3.13, Compat, a Signature", n, r)
		}
	}
	// No other entry has a Replacement.
	for _, n := range Names() {
		if f, _ := Lookup(n); f.Replacement != nil && !want[n] {
			t.Errorf("%s has Replacement %s but is not in the HOWTO list", n, f.Replacement.Name)
		}
	}
	// Conventions that differ carry a Note.
	for _, n := range []string{"PyDict_GetItem", "PyDict_GetItemWithError", "PyDict_GetItemString", "PyDict_SetDefault", "PyWeakref_GetObject", "PyWeakref_GET_OBJECT", "PyImport_AddModuleObject"} {
		if f, _ := Lookup(n); f.Replacement.Note == "" {
			t.Errorf("%s: Replacement has no Note", n)
		}
	}
}

func TestReplacementsInTable(t *testing.T) {
	for _, n := range Names() {
		f, _ := Lookup(n)
		if f.Replacement == nil {
			continue
		}
		r, ok := Lookup(f.Replacement.Name)
		if !ok {
			t.Errorf("%s: Replacement %s is not in the table", n, f.Replacement.Name)
			continue
		}
		if !r.Added.IsZero() && r.Added != f.Replacement.Added {
			t.Errorf("%s: Replacement.Added %v, but %s.Added %v", n, f.Replacement.Added, r.Name, r.Added)
		}
		if r.Return == RefBorrowed || r.Replacement != nil {
			t.Errorf("%s: replacement %s is itself borrowed: %+v", n, r.Name, r)
		}
	}
}

func TestNames(t *testing.T) {
	names := Names()
	table, _ := loaded()
	if !sort.StringsAreSorted(names) {
		t.Error("Names() is not sorted")
	}
	if len(names) != len(table) {
		t.Errorf("len(Names()) = %d, table has %d", len(names), len(table))
	}
	for i, n := range names {
		if i > 0 && names[i-1] == n {
			t.Errorf("Names() lists %s twice", n)
		}
		if f, ok := Lookup(n); !ok || f.Name != n {
			t.Errorf("Lookup(%q) = %v, %v", n, f, ok)
		}
	}
	// Every input name is there.
	var in []string
	for _, f := range generated {
		in = append(in, f.Name)
	}
	for _, f := range overlay {
		in = append(in, f.Name)
	}
	in = append(in, libcBlocking[:]...)
	for _, n := range in {
		if _, ok := Lookup(n); !ok {
			t.Errorf("%s missing from the table", n)
		}
	}
	if len(names) < 1000 {
		t.Errorf("only %d names; the data files alone name over 1000", len(names))
	}
}

func TestOverlayUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, f := range overlay {
		if seen[f.Name] {
			t.Errorf("overlay lists %s twice", f.Name)
		}
		seen[f.Name] = true
		if f.Lib != LibPython {
			t.Errorf("overlay entry %s: Lib %v; C library functions belong in libcBlocking", f.Name, f.Lib)
		}
	}
	for _, n := range libcBlocking {
		if seen[n] {
			t.Errorf("%s is both in overlay and libcBlocking", n)
		}
		seen[n] = true
	}
}

// noThreadState is capi-facts.md §g, exactly.
var noThreadState = []string{
	// pre-initialization list [INTERP-LC]
	"Py_Initialize", "Py_InitializeEx", "Py_InitializeFromConfig", "Py_BytesMain", "Py_Main",
	"PyImport_AppendInittab", "PyImport_ExtendInittab", "PyMem_SetAllocator", "PyMem_SetupDebugHooks",
	"PyObject_SetArenaAllocator", "Py_SetProgramName", "Py_SetPythonHome", "Py_IsInitialized",
	"PyMem_GetAllocator", "PyObject_GetArenaAllocator", "Py_GetBuildInfo", "Py_GetCompiler",
	"Py_GetCopyright", "Py_GetPlatform", "Py_GetVersion", "Py_DecodeLocale",
	"PyMem_RawMalloc", "PyMem_RawRealloc", "PyMem_RawCalloc", "PyMem_RawFree",
	"PyMutex_Lock", "PyMutex_Unlock",
	// the 3.12 pre-initialization list [INIT-312] and PEP 587's functions [INIT-CONFIG]
	"Py_SetPath", "Py_SetStandardStreamEncoding", "PySys_AddWarnOption", "PySys_AddXOption", "PySys_ResetWarnOptions",
	"Py_PreInitialize", "Py_PreInitializeFromArgs", "Py_PreInitializeFromBytesArgs",
	"PyPreConfig_InitPythonConfig", "PyPreConfig_InitIsolatedConfig", "PyConfig_InitPythonConfig",
	"PyConfig_InitIsolatedConfig", "PyConfig_Clear", "PyConfig_Read", "PyConfig_SetArgv", "PyConfig_SetBytesArgv",
	"PyConfig_SetBytesString", "PyConfig_SetString", "PyConfig_SetWideStringList",
	"PyWideStringList_Append", "PyWideStringList_Insert", "PyStatus_Ok", "PyStatus_Error", "PyStatus_NoMemory",
	"PyStatus_Exit", "PyStatus_Exception", "PyStatus_IsError", "PyStatus_IsExit",
	// the path getters: not before initialization, but no thread state [INIT-312]
	"Py_GetProgramName", "Py_GetPath", "Py_GetPrefix", "Py_GetExecPrefix", "Py_GetProgramFullPath", "Py_GetPythonHome",
	// thread-state management [THREADS] [INTERP-LC]
	"PyGILState_Ensure", "PyGILState_GetThisThreadState", "PyGILState_Check",
	"PyEval_RestoreThread", "PyEval_AcquireThread", "PyThreadState_Swap", "PyThreadState_New",
	"PyThreadState_GetDict", "PyThreadState_GetUnchecked",
	"PyThreadState_Ensure", "PyThreadState_EnsureFromView",
	"PyInterpreterGuard_FromView", "PyInterpreterGuard_Close",
	"PyInterpreterView_FromMain", "PyInterpreterView_Close",
	"Py_AddPendingCall",
	"PyThread_start_new_thread", "PyThread_get_thread_ident", "PyThread_get_thread_native_id",
	"PyThread_set_stacksize", "PyThread_get_stacksize",
	"PyThread_allocate_lock", "PyThread_free_lock", "PyThread_acquire_lock",
	"PyThread_acquire_lock_timed", "PyThread_release_lock",
	"PyInterpreterState_New",
	"PyUnstable_PerfMapState_Init", "PyUnstable_WritePerfMapEntry", "PyUnstable_PerfMapState_Fini",
}

func TestNoThreadState(t *testing.T) {
	want := map[string]bool{}
	for _, n := range noThreadState {
		want[n] = true
	}
	for _, n := range Names() {
		f, _ := Lookup(n)
		if f.NoThreadState != want[n] {
			t.Errorf("%s: NoThreadState = %v, want %v", n, f.NoThreadState, want[n])
		}
		delete(want, n)
	}
	for n := range want {
		t.Errorf("%s: not in the table", n)
	}
	for _, n := range []string{"PyGILState_Release", "PyEval_SaveThread", "PyList_Append", "PyDict_GetItem", "Py_DecRef", "PyInterpreterGuard_FromCurrent", "PyInterpreterView_FromCurrent", "PyThreadState_Release"} {
		if f, _ := Lookup(n); f.NoThreadState {
			t.Errorf("%s must need an attached thread state", n)
		}
	}
}

func TestThreadBound(t *testing.T) {
	states, crit := 0, 0
	for _, n := range Names() {
		f, _ := Lookup(n)
		if f.State != StateNone {
			states++
			if !f.ThreadBound {
				t.Errorf("%s: State %v but not ThreadBound", n, f.State)
			}
		}
		if f.CritSec != CritSecNone {
			crit++
			if !f.ThreadBound {
				t.Errorf("%s: CritSec %v but not ThreadBound", n, f.CritSec)
			}
		}
		if f.CreatesInterpreter && f.State != StateNewInterp {
			t.Errorf("%s: CreatesInterpreter but State %v", n, f.State)
		}
	}
	if states != 19 || crit != 6 {
		t.Errorf("%d State functions, %d CritSec functions; want 19 and 6", states, crit)
	}
}

func TestCallsPython(t *testing.T) {
	for name, want := range map[string]bool{
		"PyObject_Call": true, "PyObject_CallObject": true, "PyObject_CallMethod": true,
		"PyObject_CallMethodObjArgs": true, "PyObject_CallNoArgs": true, "PyObject_CallOneArg": true,
		"_PyObject_CallFunction_SizeT": true, "PyObject_Vectorcall": true, "PyObject_VectorcallMethod": true,
		"PyEval_EvalCode": true, "PyEval_EvalCodeEx": true, "PyRun_SimpleString": true, "PyRun_String": true,
		"PyImport_Import": true, "PyImport_ImportModule": true, "PyObject_GetAttr": true,
		"PyObject_GetAttrString": true, "PyObject_SetAttrString": true, "PyObject_Repr": true,
		"PyObject_Str": true, "PyObject_RichCompareBool": true, "PyIter_Next": true,
		"Py_DecRef": true, "Py_DECREF": true, "Py_XDECREF": true,
		"PyObject_Calloc": false, "PyObject_ASCII": false, "PyList_Append": false, "Py_IncRef": false,
		"PyImport_AddModule": false, "PyEval_SaveThread": false, "sleep": false, "PyObject_HasAttr": false,
	} {
		f, ok := Lookup(name)
		if !ok {
			t.Errorf("%s: not in the table", name)
			continue
		}
		if f.CallsPython != want {
			t.Errorf("%s: CallsPython = %v, want %v", name, f.CallsPython, want)
		}
	}
}

func TestLibC(t *testing.T) {
	n := 0
	for _, name := range Names() {
		f, _ := Lookup(name)
		if f.Lib == LibC {
			n++
			if !f.Blocks || f.Return != RefNone || f.CallsPython || f.NoThreadState || f.State != StateNone {
				t.Errorf("%s: %+v", name, f)
			}
		} else if f.Blocks {
			t.Errorf("%s: CPython function marked Blocks", name)
		}
	}
	if n != len(libcBlocking) {
		t.Errorf("%d LibC entries, want %d", n, len(libcBlocking))
	}
}

func TestBuildPure(t *testing.T) {
	a, b := build(), build()
	if len(a) != len(b) {
		t.Fatalf("build() sizes differ: %d, %d", len(a), len(b))
	}
	table, _ := loaded()
	for n, f := range a {
		if g := b[n]; g == nil || !reflect.DeepEqual(*f, *g) {
			t.Errorf("%s: build() not deterministic: %+v vs %+v", n, f, g)
		}
		if g := table[n]; g == nil || !reflect.DeepEqual(*f, *g) {
			t.Errorf("%s: build() differs from table: %+v vs %+v", n, f, g)
		}
	}
	// The generated PyDict_SetDefaultRef still says 3.15: build did not write
	// the overlay back into it.
	for _, f := range generated {
		if f.Name == "PyDict_SetDefaultRef" && (f.Added != V(3, 15) || !f.LimitedSince.IsZero()) {
			t.Errorf("build modified generated: %+v", f)
		}
	}
}

// TestMergeAllFields fails when a field is added to Func without teaching
// merge about it.
func TestMergeAllFields(t *testing.T) {
	var src Func
	v := reflect.ValueOf(&src).Elem()
	for i := 0; i < v.NumField(); i++ {
		fv := v.Field(i)
		switch fv.Kind() {
		case reflect.String:
			fv.SetString("x")
		case reflect.Bool:
			fv.SetBool(true)
		case reflect.Uint8:
			fv.SetUint(1)
		case reflect.Struct: // Version
			fv.Field(0).SetInt(3)
			fv.Field(1).SetInt(14)
		case reflect.Pointer:
			fv.Set(reflect.New(fv.Type().Elem()))
		case reflect.Slice:
			fv.Set(reflect.MakeSlice(fv.Type(), 1, 1))
		default:
			t.Fatalf("field %s: kind %v not handled by this test", v.Type().Field(i).Name, fv.Kind())
		}
	}
	dst := Func{Name: src.Name}
	merge(&dst, &src)
	if !reflect.DeepEqual(dst, src) {
		t.Errorf("merge missed fields:\n got %+v\nwant %+v", dst, src)
	}
}

// TestDataInSync checks data/ against the shared copies beside the repository.
func TestDataInSync(t *testing.T) {
	shared := filepath.Join("..", "..", "..", "shared", "capi")
	if _, err := os.Stat(shared); err != nil {
		t.Skipf("no shared copy of the data files at %s (%v); nothing to compare", shared, err)
	}
	for _, name := range []string{"refcounts.dat", "stable_abi.toml", "threadsafety.dat"} {
		want, err := os.ReadFile(filepath.Join(shared, name))
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		got, err := os.ReadFile(filepath.Join("data", name))
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("data/%s differs from %s: copy it over and run go generate ./internal/capi", name, filepath.Join(shared, name))
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	names := []string{"PyList_GetItem", "PyDict_Next", "sleep", "Py_Something", "PyGILState_Ensure", "PyObject_CallOneArg"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Lookup(names[i%len(names)])
	}
}

// TestOwnership pins the derived and overlaid ownership facts borrowedref
// relies on.
func TestOwnership(t *testing.T) {
	for _, name := range []string{"PyList_New", "PyDict_New", "PyDict_Keys", "PyDict_Values", "PyDict_Items",
		"PySequence_List", "PySequence_Tuple", "PyObject_Dir", "PyUnicode_Split", "PyMapping_Keys", "PyDict_Copy"} {
		if f, ok := Lookup(name); !ok || !f.NewObject {
			t.Errorf("%s: NewObject not set", name)
		}
	}
	for _, name := range []string{"PyObject_GetAttrString", "PySequence_Fast", "PyList_GetItemRef", "PyImport_ImportModule",
		"PyList_GetItem", "PyObject_Call"} {
		if f, ok := Lookup(name); ok && f.NewObject {
			t.Errorf("%s: NewObject set for a function that can return an object others hold", name)
		}
	}
	for _, name := range []string{"PyTuple_GetItem", "PyModule_GetDict", "PyEval_GetBuiltins", "PySys_GetObject", "PyList_GetItem"} {
		if f, ok := Lookup(name); !ok || !f.IsBorrowedSource() {
			t.Errorf("%s: not a borrowed source", name)
		}
	}
	if f, _ := Lookup("PyObject_Init"); f.IsBorrowedSource() {
		t.Errorf("PyObject_Init returns its argument, not a borrowed reference")
	}
	for name, op := range map[string]RefOp{"Py_IncRef": RefOpIncRef, "Py_NewRef": RefOpNewRef, "Py_XDECREF": RefOpDecRef, "Py_DecRef": RefOpDecRef} {
		if f, _ := Lookup(name); f == nil || f.RefOp != op {
			t.Errorf("%s: RefOp %v, want %v", name, f.RefOp, op)
		}
	}
	if f, _ := Lookup("PyRun_String"); !f.IsNamespaceParam(3) || f.IsNamespaceParam(0) {
		t.Errorf("PyRun_String: namespaces %v", f.Namespaces)
	}
}

// TestPreInit: the documented pre-initialization functions are marked, the
// path getters (not before initialization) and PyConfig_Get (3.14, needs a
// thread state) are not.
func TestPreInit(t *testing.T) {
	for _, n := range []string{"Py_Initialize", "Py_SetProgramName", "Py_SetPath", "PySys_ResetWarnOptions", "PyConfig_InitPythonConfig",
		"PyPreConfig_InitIsolatedConfig", "PyStatus_Exception", "Py_GetVersion", "Py_DecodeLocale", "PyMem_RawMalloc", "PyMutex_Lock"} {
		if f, ok := Lookup(n); !ok || !f.PreInit || !f.NoThreadState {
			t.Errorf("%s: want PreInit and NoThreadState", n)
		}
	}
	for _, n := range []string{"Py_GetPath", "Py_GetPrefix", "Py_GetProgramName", "PyList_New", "PyGILState_Ensure"} {
		if f, ok := Lookup(n); !ok || f.PreInit {
			t.Errorf("%s: PreInit set (or not in the table)", n)
		}
	}
	if f, ok := Lookup("PyConfig_Get"); ok && (f.NoThreadState || f.PreInit) {
		t.Error("PyConfig_Get needs an attached thread state")
	}
	for _, n := range []string{"Py_GetPath", "PySys_ResetWarnOptions"} {
		if f, _ := Lookup(n); f.Removed != V(3, 15) {
			t.Errorf("%s: Removed = %v, want 3.15", n, f.Removed)
		}
	}
}

// TestCritSecShape: each kind names its one function, its struct, its
// two-object form and its End.
func TestCritSecShape(t *testing.T) {
	for _, tc := range []struct {
		c                     CritSec
		name, strct, two, end string
	}{
		{CritSecBegin, "PyCriticalSection_Begin", "PyCriticalSection", "PyCriticalSection2_Begin", "PyCriticalSection_End"},
		{CritSecBeginMutex, "PyCriticalSection_BeginMutex", "PyCriticalSection", "PyCriticalSection2_BeginMutex", "PyCriticalSection_End"},
		{CritSecEnd, "PyCriticalSection_End", "PyCriticalSection", "PyCriticalSection2_End", "PyCriticalSection_End"},
		{CritSecBegin2, "PyCriticalSection2_Begin", "PyCriticalSection2", "", "PyCriticalSection2_End"},
		{CritSecBegin2Mutex, "PyCriticalSection2_BeginMutex", "PyCriticalSection2", "", "PyCriticalSection2_End"},
		{CritSecEnd2, "PyCriticalSection2_End", "PyCriticalSection2", "", "PyCriticalSection2_End"},
	} {
		if got := [4]string{tc.c.Name(), tc.c.Struct(), tc.c.TwoObject().Name(), tc.c.Closer().Name()}; got != [4]string{tc.name, tc.strct, tc.two, tc.end} {
			t.Errorf("kind %d: name, struct, two-object form, End = %q, want %q", tc.c, got, [4]string{tc.name, tc.strct, tc.two, tc.end})
		}
	}
	if CritSecNone.Name() != "" {
		t.Errorf("CritSecNone names %q", CritSecNone.Name())
	}
}

// TestContainer: the container functions by name, changing or reading.
func TestContainer(t *testing.T) {
	for name, want := range map[string]ContainerOp{
		"PyList_GetItem": ContainerReads, "PyDict_Size": ContainerReads, "PyObject_GetItem": ContainerReads,
		"PyList_SetItem": ContainerChanges, "PyDict_DelItem": ContainerChanges, "PyList_Append": ContainerChanges,
		"PySet_Discard": ContainerChanges, "PyDict_Clear": ContainerChanges,
		"PyObject_Repr": ContainerNone, "Py_IncRef": ContainerNone,
	} {
		if got := (&Func{Name: name}).Container(); got != want {
			t.Errorf("%s: %d, want %d", name, got, want)
		}
	}
}

// TestPairs: what gives back what a call takes, and the other way.
func TestPairs(t *testing.T) {
	for opener, closer := range map[string]string{
		"PyGILState_Ensure": "PyGILState_Release", "PyThreadState_Ensure": "PyThreadState_Release",
		"PyThreadState_EnsureFromView": "PyThreadState_Release", "PyInterpreterGuard_FromView": "PyInterpreterGuard_Close",
		"PyInterpreterGuard_FromCurrent": "PyInterpreterGuard_Close", "PyInterpreterView_FromMain": "PyInterpreterView_Close",
		"PyInterpreterView_FromCurrent": "PyInterpreterView_Close", "PyList_GetItem": "",
	} {
		f, ok := Lookup(opener)
		if !ok || f.Closer() != closer {
			t.Errorf("%s: closer %q, want %q", opener, f.Closer(), closer)
		}
	}
	for closer, opener := range map[string]string{"PyGILState_Release": "PyGILState_Ensure", "PyThreadState_Release": "PyThreadState_Ensure", "PyInterpreterGuard_Close": ""} {
		if f, _ := Lookup(closer); f.Opener() != opener {
			t.Errorf("%s: opener %q, want %q", closer, f.Opener(), opener)
		}
	}
	if got := FirstWithState(StateRelease); got != "PyGILState_Release" {
		t.Errorf("FirstWithState(StateRelease) = %q", got)
	}
}
