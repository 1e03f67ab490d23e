package capi

import "strings"

// The overlay holds the facts that CPython's data files (data/) do not carry.
// Every entry cites its source with the tags of the project's fact sheet
// (shared/notes/capi-facts.md, "Sources"):
//
//	[HOWTO]      Doc/howto/free-threading-extensions.rst, "Borrowed References"
//	[DICT] [LIST] [IMPORT] [MEMORY] [SYNC] [THREADS] [SUBINTERP] [INTERP-LC]
//	             the matching Doc/c-api/*.rst pages
//	[PERFMAPS]   Doc/c-api/perfmaps.rst
//	[TOML-NEW]   Misc/stable_abi.toml newer than data/stable_abi.toml
//	[CS-H-313] [CS-H-314/315] Include/cpython/critical_section.h
//	[PEP788]     PEP 788 (Final, 3.15)
//	[COMPAT-H]   pythoncapi-compat's pythoncapi_compat.h
//	[CHECKINS-WEAKREF] gh-133644, removal of PyWeakref_GetObject in 3.15
//	[RC]         Doc/data/refcounts.dat
//	[DEVDANZIN]  devdanzin/cext-review-toolkit scan_gil_usage.py
//	[INIT-312]   Doc/c-api/init.rst of 3.12, "Before Python Initialization" (the
//	             list before the 3.13 deprecations; "should not be called before
//	             Py_Initialize()" for the path getters)
//	[INIT-CONFIG] Doc/c-api/init_config.rst (PEP 587, 3.8): PyConfig, PyPreConfig, PyStatus
//	[DEPR-314] [DEPR-315] Doc/deprecations/c-api-pending-removal-in-3.14.rst and -3.15.rst
//	[H-311]      Py_DEPRECATED(version) in the Include/ headers of 3.11
//
// An overlay entry patches the generated entry of the same name field by
// field: every field it sets (non-zero) wins, the others keep the generated
// value. Entries without a generated counterpart are added as they are.

// Strong-reference replacements of the borrowed APIs [HOWTO] table; the
// signatures and conventions are from [DICT], [LIST], [IMPORT], the versions
// from [DICT], [LIST], [IMPORT], [TOML], the Compat flags from [COMPAT-H].
var (
	replListGetItem = &Replacement{
		Name:      "PyList_GetItemRef",
		Signature: "PyObject* PyList_GetItemRef(PyObject *list, Py_ssize_t index)",
		Added:     V(3, 13),
		Compat:    true,
		DropIn:    true, // same arguments, NULL with an exception on failure
	}
	replListGETITEM = &Replacement{
		Name:      "PyList_GetItemRef",
		Signature: "PyObject* PyList_GetItemRef(PyObject *list, Py_ssize_t index)",
		Added:     V(3, 13),
		Compat:    true,
		Note:      "checked, unlike the macro: an out-of-bounds index (<0 or >=len) returns NULL with IndexError set",
	}
	replDictGetItem = &Replacement{
		Name:      "PyDict_GetItemRef",
		Signature: "int PyDict_GetItemRef(PyObject *p, PyObject *key, PyObject **result)",
		Added:     V(3, 13),
		Compat:    true,
		Note: "returns int and stores the value in *result: 1 found (strong reference), 0 missing (*result NULL), " +
			"-1 error with an exception set; PyDict_GetItem swallowed errors and returned NULL without an exception",
	}
	replDictGetItemWithError = &Replacement{
		Name:      "PyDict_GetItemRef",
		Signature: "int PyDict_GetItemRef(PyObject *p, PyObject *key, PyObject **result)",
		Added:     V(3, 13),
		Compat:    true,
		Note: "returns int and stores the value in *result (a strong reference): NULL with an exception " +
			"becomes -1, NULL without one becomes 0, a value becomes 1",
	}
	replDictGetItemString = &Replacement{
		Name:      "PyDict_GetItemStringRef",
		Signature: "int PyDict_GetItemStringRef(PyObject *p, const char *key, PyObject **result)",
		Added:     V(3, 13),
		Compat:    true,
		Note:      "returns int and stores the value in *result: 1 found (strong reference), 0 missing (*result NULL), -1 error with an exception set",
	}
	replDictSetDefault = &Replacement{
		Name:      "PyDict_SetDefaultRef",
		Signature: "int PyDict_SetDefaultRef(PyObject *p, PyObject *key, PyObject *default_value, PyObject **result)",
		Added:     V(3, 13),
		Compat:    true,
		Note: "returns int: 1 key present (default_value not inserted), 0 default_value inserted, -1 error " +
			"with an exception set; *result (which may be NULL) receives a strong reference",
	}
	replWeakrefGetObject = &Replacement{
		Name:      "PyWeakref_GetRef",
		Signature: "int PyWeakref_GetRef(PyObject *ref, PyObject **pobj)",
		Added:     V(3, 13),
		Compat:    true,
		Note: "returns int: 1 and a strong reference in *pobj, 0 and *pobj NULL for a dead referent " +
			"(the old API returned Py_None), -1 with an exception set on error",
	}
	replImportAddModule = &Replacement{
		Name:      "PyImport_AddModuleRef",
		Signature: "PyObject* PyImport_AddModuleRef(const char *name)",
		Added:     V(3, 13),
		Compat:    true,
		DropIn:    true, // same arguments, NULL with an exception on failure
	}
	replImportAddModuleObject = &Replacement{
		Name:      "PyImport_AddModuleRef",
		Signature: "PyObject* PyImport_AddModuleRef(const char *name)",
		Added:     V(3, 13),
		Compat:    true,
		Note:      "takes the name as a UTF-8 C string; there is no object variant (no PyImport_AddModuleObjectRef)",
	}
	replCellGET = &Replacement{
		Name:      "PyCell_Get",
		Signature: "PyObject* PyCell_Get(PyObject *cell)",
		// Added: very old (2.x) per the fact sheet; no exact version, so unknown.
		Note: "a function returning a new reference; PyCell_GET is the unchecked macro. Not in the limited API",
	}
)

// overlay is merged into generated by build; see the comment at the top.
var overlay = [...]Func{
	// --- Borrowed-reference APIs the free-threading HOWTO says to replace [HOWTO].
	{Name: "PyList_GetItem", Replacement: replListGetItem},                   // [HOWTO] [LIST]
	{Name: "PyList_GET_ITEM", Replacement: replListGETITEM},                  // [HOWTO] (row added by gh-137043) [GH-137046]
	{Name: "PyDict_GetItem", Replacement: replDictGetItem},                   // [HOWTO] [DICT]
	{Name: "PyDict_GetItemWithError", Replacement: replDictGetItemWithError}, // [HOWTO] [DICT]
	{Name: "PyDict_GetItemString", Replacement: replDictGetItemString},       // [HOWTO] [DICT]
	{Name: "PyDict_SetDefault", Replacement: replDictSetDefault},             // [HOWTO] [DICT]
	// Py_DEPRECATED(3.13) in the 3.13 and 3.14 headers, removed in 3.15 [CHECKINS-WEAKREF].
	{Name: "PyWeakref_GetObject", Deprecated: V(3, 13), Removed: V(3, 15), Replacement: replWeakrefGetObject},  // [HOWTO]
	{Name: "PyWeakref_GET_OBJECT", Deprecated: V(3, 13), Removed: V(3, 15), Replacement: replWeakrefGetObject}, // [HOWTO]
	{Name: "PyImport_AddModule", Replacement: replImportAddModule},                                             // [HOWTO] [IMPORT]
	// Not in the HOWTO table: the object-name variant stays borrowed and has no
	// Ref twin, so the C-string PyImport_AddModuleRef is the replacement [IMPORT].
	{Name: "PyImport_AddModuleObject", Replacement: replImportAddModuleObject},
	{Name: "PyCell_GET", Replacement: replCellGET}, // [HOWTO]; PyCell_Get is +1 in [RC]

	// --- The replacements themselves (3.13) [DICT] [LIST] [IMPORT] [TOML] [COMPAT-H].
	// PyDict_*Ref and PyWeakref_GetRef return int (the object comes back through
	// an out-parameter), so their Return stays RefNone.
	{Name: "PyList_GetItemRef", Added: V(3, 13), Limited: true, Return: RefNew},
	{Name: "PyDict_GetItemRef", Added: V(3, 13), Limited: true},
	{Name: "PyDict_GetItemStringRef", Added: V(3, 13), Limited: true},
	// Added in 3.13 [DICT], but in the limited API only from 3.15 [TOML].
	{Name: "PyDict_SetDefaultRef", Added: V(3, 13), Limited: true, LimitedSince: V(3, 15)},
	{Name: "PyWeakref_GetRef", Added: V(3, 13), Limited: true},
	{Name: "PyImport_AddModuleRef", Added: V(3, 13), Limited: true, Return: RefNew},

	// --- PyDict_Next does not lock the dict; its borrowed key and value are
	// valid only inside a critical section on it [HOWTO] [DICT].
	{Name: "PyDict_Next", DictNext: true},

	// --- Critical sections [SYNC] [CS-H-313] [CS-H-314/315]; limited API from
	// 3.15 [TOML-NEW]. The section stack lives in the calling thread's thread
	// state, so Begin and End must run on the same OS thread.
	{Name: "PyCriticalSection_Begin", Added: V(3, 13), Limited: true, LimitedSince: V(3, 15), CritSec: CritSecBegin, ThreadBound: true},
	{Name: "PyCriticalSection_End", Added: V(3, 13), Limited: true, LimitedSince: V(3, 15), CritSec: CritSecEnd, ThreadBound: true},
	{Name: "PyCriticalSection2_Begin", Added: V(3, 13), Limited: true, LimitedSince: V(3, 15), CritSec: CritSecBegin2, ThreadBound: true},
	{Name: "PyCriticalSection2_End", Added: V(3, 13), Limited: true, LimitedSince: V(3, 15), CritSec: CritSecEnd2, ThreadBound: true},
	{Name: "PyCriticalSection_BeginMutex", Added: V(3, 14), CritSec: CritSecBeginMutex, ThreadBound: true},   // [CS-H-314/315] [GH-136969]
	{Name: "PyCriticalSection2_BeginMutex", Added: V(3, 14), CritSec: CritSecBegin2Mutex, ThreadBound: true}, // [CS-H-314/315] [GH-136969]

	// --- PyMutex [SYNC]: usable before initialization and without a thread
	// state [INTERP-LC]; PyMutex_Lock detaches by itself while it waits.
	{Name: "PyMutex_Lock", Added: V(3, 13), NoThreadState: true, PreInit: true},
	{Name: "PyMutex_Unlock", Added: V(3, 13), NoThreadState: true, PreInit: true},
	{Name: "PyMutex_IsLocked", Added: V(3, 14)},

	// --- Thread-state transitions [THREADS] [SUBINTERP]. All act on the
	// calling OS thread's thread state: ThreadBound.
	// PyGILState_* are soft-deprecated in 3.15 (no warning, no removal) in
	// favour of PEP 788's PyThreadState_Ensure/Release [PEP788].
	{Name: "PyGILState_Ensure", State: StateEnsure, ThreadBound: true, NoThreadState: true, Deprecated: V(3, 15), SoftDeprecated: true,
		Successor: "PyThreadState_EnsureFromView"},
	// PyGILState_Release is NOT NoThreadState: it must be called on the same
	// thread while the state its PyGILState_Ensure left attached is still
	// attached ("the thread state is restored to its previous state before
	// the Release()") [THREADS].
	{Name: "PyGILState_Release", State: StateRelease, ThreadBound: true, Deprecated: V(3, 15), SoftDeprecated: true,
		Successor: "PyThreadState_Release"},
	{Name: "PyEval_SaveThread", State: StateSave, ThreadBound: true},                            // needs an attached state: it detaches it
	{Name: "PyEval_RestoreThread", State: StateRestore, ThreadBound: true, NoThreadState: true}, // must NOT be attached
	{Name: "PyEval_AcquireThread", State: StateAcquire, ThreadBound: true, NoThreadState: true}, // must NOT be attached
	{Name: "PyEval_ReleaseThread", State: StateReleaseThread, ThreadBound: true},                // fatal error unless ts is attached
	// "The current thread state must be attached"; it is cleared and deleted,
	// leaving the thread detached [THREADS].
	{Name: "PyThreadState_DeleteCurrent", State: StateReleaseThread, ThreadBound: true},
	{Name: "PyThreadState_Swap", State: StateSwap, ThreadBound: true, NoThreadState: true},                     // "safe to call without an attached thread state"
	{Name: "Py_Initialize", State: StateInit, ThreadBound: true, NoThreadState: true, PreInit: true},           // pre-init safe [INTERP-LC]
	{Name: "Py_InitializeEx", State: StateInit, ThreadBound: true, NoThreadState: true, PreInit: true},         // pre-init safe [INTERP-LC]
	{Name: "Py_InitializeFromConfig", State: StateInit, ThreadBound: true, NoThreadState: true, PreInit: true}, // pre-init safe [INTERP-LC]
	{Name: "Py_Finalize", State: StateFinalize, ThreadBound: true},
	{Name: "Py_FinalizeEx", State: StateFinalize, ThreadBound: true},
	{Name: "Py_NewInterpreter", State: StateNewInterp, ThreadBound: true, CreatesInterpreter: true},                            // [SUBINTERP]
	{Name: "Py_NewInterpreterFromConfig", Added: V(3, 12), State: StateNewInterp, ThreadBound: true, CreatesInterpreter: true}, // [SUBINTERP]; not limited
	{Name: "Py_EndInterpreter", State: StateEndInterp, ThreadBound: true},                                                      // tstate must be attached [SUBINTERP]
	// PEP 788 (3.15, limited API 3.15) [PEP788] [THREADS] [INTERP-LC] [TOML-NEW].
	{Name: "PyThreadState_Ensure", Added: V(3, 15), Limited: true, State: StateEnsure315, ThreadBound: true, NoThreadState: true},
	{Name: "PyThreadState_EnsureFromView", Added: V(3, 15), Limited: true, State: StateEnsure315, ThreadBound: true, NoThreadState: true},
	{Name: "PyThreadState_Release", Added: V(3, 15), Limited: true, State: StateRelease315, ThreadBound: true},
	// "If an interpreter guard is never closed, the interpreter will
	// infinitely wait when trying to enter finalization" [PEP788].
	{Name: "PyInterpreterGuard_FromCurrent", Added: V(3, 15), Limited: true, Handle: HandleGuardOpen}, // needs an attached thread state
	{Name: "PyInterpreterGuard_FromView", Added: V(3, 15), Limited: true, NoThreadState: true, Handle: HandleGuardOpen},
	{Name: "PyInterpreterGuard_Close", Added: V(3, 15), Limited: true, NoThreadState: true, Handle: HandleGuardClose},
	{Name: "PyInterpreterView_FromCurrent", Added: V(3, 15), Limited: true, Handle: HandleViewOpen}, // needs an attached thread state
	{Name: "PyInterpreterView_FromMain", Added: V(3, 15), Limited: true, NoThreadState: true, Handle: HandleViewOpen},
	{Name: "PyInterpreterView_Close", Added: V(3, 15), Limited: true, NoThreadState: true, Handle: HandleViewClose},

	// --- Other functions callable without an attached thread state [THREADS].
	{Name: "PyGILState_GetThisThreadState", NoThreadState: true, Deprecated: V(3, 15), SoftDeprecated: true},    // [PEP788]
	{Name: "PyGILState_Check", Added: V(3, 4), NoThreadState: true, Deprecated: V(3, 15), SoftDeprecated: true}, // not limited; [PEP788]
	{Name: "PyThreadState_New", NoThreadState: true},                                                            // "An attached thread state is not needed"
	{Name: "PyThreadState_GetDict", NoThreadState: true},                                                        // "okay to call when no thread state is attached"
	{Name: "PyThreadState_GetUnchecked", Added: V(3, 13), NoThreadState: true},                                  // returns NULL then; not limited
	// Other PyThreadState_* of the headers (cpython/pystate.h, pystate.h)
	// [THREADS], so that the table knows the whole family (headers_test.go).
	{Name: "PyThreadState_Next"},                          // walks an interpreter's thread states
	{Name: "PyThreadState_EnterTracing", Added: V(3, 11)}, // not limited
	{Name: "PyThreadState_LeaveTracing", Added: V(3, 11)}, // not limited
	{Name: "PyThreadState_GET"},                           // macro alias of PyThreadState_Get
	// "doesn't need an attached thread state. However, to call this function in
	// a subinterpreter, the caller must have an attached thread state."
	{Name: "Py_AddPendingCall", NoThreadState: true},
	{Name: "PyInterpreterState_New", NoThreadState: true}, // [SUBINTERP]
	// OS thread helpers [THREADS] and legacy locks [SYNC].
	{Name: "PyThread_start_new_thread", NoThreadState: true},
	{Name: "PyThread_get_thread_ident", NoThreadState: true},
	{Name: "PyThread_get_thread_native_id", NoThreadState: true},
	{Name: "PyThread_set_stacksize", NoThreadState: true},
	{Name: "PyThread_get_stacksize", NoThreadState: true},
	{Name: "PyThread_allocate_lock", NoThreadState: true},
	{Name: "PyThread_free_lock", NoThreadState: true},
	{Name: "PyThread_acquire_lock", NoThreadState: true},
	{Name: "PyThread_acquire_lock_timed", NoThreadState: true},
	{Name: "PyThread_release_lock", NoThreadState: true},
	// Perf maps: "holding an attached thread state is not required for these
	// APIs" [PERFMAPS].
	{Name: "PyUnstable_PerfMapState_Init", NoThreadState: true},
	{Name: "PyUnstable_WritePerfMapEntry", NoThreadState: true},
	{Name: "PyUnstable_PerfMapState_Fini", NoThreadState: true},
	// Safe before initialization [INTERP-LC "Before Python initialization"];
	// the 3.12 list [INIT-312] also names Py_SetPath, Py_SetStandardStreamEncoding,
	// PySys_AddWarnOption, PySys_AddXOption and PySys_ResetWarnOptions, since
	// deprecated [DEPR-314] [DEPR-315]. They need no thread state, before
	// initialization or after finalization.
	{Name: "Py_BytesMain", NoThreadState: true, PreInit: true},
	{Name: "Py_Main", NoThreadState: true, PreInit: true},
	{Name: "PyImport_AppendInittab", NoThreadState: true, PreInit: true},
	{Name: "PyImport_ExtendInittab", NoThreadState: true, PreInit: true},
	{Name: "PyMem_SetAllocator", NoThreadState: true, PreInit: true},
	{Name: "PyMem_SetupDebugHooks", NoThreadState: true, PreInit: true},
	{Name: "PyObject_SetArenaAllocator", NoThreadState: true, PreInit: true},
	{Name: "Py_SetProgramName", NoThreadState: true, PreInit: true, Deprecated: V(3, 11)},                         // pending removal in 3.14 [DEPR-314]
	{Name: "Py_SetPythonHome", NoThreadState: true, PreInit: true, Deprecated: V(3, 11)},                          // pending removal in 3.14 [DEPR-314]
	{Name: "Py_SetPath", NoThreadState: true, PreInit: true, Deprecated: V(3, 11)},                                // [INIT-312]
	{Name: "Py_SetStandardStreamEncoding", NoThreadState: true, PreInit: true, Deprecated: V(3, 11)},              // [INIT-312]
	{Name: "PySys_AddWarnOption", NoThreadState: true, PreInit: true, Deprecated: V(3, 11)},                       // [INIT-312]
	{Name: "PySys_AddXOption", NoThreadState: true, PreInit: true, Deprecated: V(3, 11)},                          // [INIT-312]
	{Name: "PySys_ResetWarnOptions", NoThreadState: true, PreInit: true, Deprecated: V(3, 13), Removed: V(3, 15)}, // [DEPR-315]
	{Name: "Py_IsInitialized", NoThreadState: true, PreInit: true},
	{Name: "PyMem_GetAllocator", NoThreadState: true, PreInit: true},
	{Name: "PyObject_GetArenaAllocator", NoThreadState: true, PreInit: true},
	{Name: "Py_GetBuildInfo", NoThreadState: true, PreInit: true},
	{Name: "Py_GetCompiler", NoThreadState: true, PreInit: true},
	{Name: "Py_GetCopyright", NoThreadState: true, PreInit: true},
	{Name: "Py_GetPlatform", NoThreadState: true, PreInit: true},
	{Name: "Py_GetVersion", NoThreadState: true, PreInit: true},
	{Name: "Py_DecodeLocale", NoThreadState: true, PreInit: true},
	// The pre-initialization and configuration functions of [INIT-CONFIG]
	// (PEP 587, 3.8): structures filled before Py_InitializeFromConfig.
	// Not PyConfig_Get/GetInt/Names/Set (3.14): they need an attached
	// thread state.
	{Name: "Py_PreInitialize", Added: V(3, 8), NoThreadState: true, PreInit: true},
	{Name: "Py_PreInitializeFromArgs", Added: V(3, 8), NoThreadState: true, PreInit: true},
	{Name: "Py_PreInitializeFromBytesArgs", Added: V(3, 8), NoThreadState: true, PreInit: true},
	{Name: "PyPreConfig_InitPythonConfig", Added: V(3, 8), NoThreadState: true, PreInit: true},
	{Name: "PyPreConfig_InitIsolatedConfig", Added: V(3, 8), NoThreadState: true, PreInit: true},
	{Name: "PyConfig_InitPythonConfig", Added: V(3, 8), NoThreadState: true, PreInit: true},
	{Name: "PyConfig_InitIsolatedConfig", Added: V(3, 8), NoThreadState: true, PreInit: true},
	{Name: "PyConfig_Clear", Added: V(3, 8), NoThreadState: true, PreInit: true},
	{Name: "PyConfig_Read", Added: V(3, 8), NoThreadState: true, PreInit: true},
	{Name: "PyConfig_SetArgv", Added: V(3, 8), NoThreadState: true, PreInit: true},
	{Name: "PyConfig_SetBytesArgv", Added: V(3, 8), NoThreadState: true, PreInit: true},
	{Name: "PyConfig_SetBytesString", Added: V(3, 8), NoThreadState: true, PreInit: true},
	{Name: "PyConfig_SetString", Added: V(3, 8), NoThreadState: true, PreInit: true},
	{Name: "PyConfig_SetWideStringList", Added: V(3, 8), NoThreadState: true, PreInit: true},
	{Name: "PyWideStringList_Append", Added: V(3, 8), NoThreadState: true, PreInit: true},
	{Name: "PyWideStringList_Insert", Added: V(3, 8), NoThreadState: true, PreInit: true},
	{Name: "PyStatus_Ok", Added: V(3, 8), NoThreadState: true, PreInit: true},
	{Name: "PyStatus_Error", Added: V(3, 8), NoThreadState: true, PreInit: true},
	{Name: "PyStatus_NoMemory", Added: V(3, 8), NoThreadState: true, PreInit: true},
	{Name: "PyStatus_Exit", Added: V(3, 8), NoThreadState: true, PreInit: true},
	{Name: "PyStatus_Exception", Added: V(3, 8), NoThreadState: true, PreInit: true},
	{Name: "PyStatus_IsError", Added: V(3, 8), NoThreadState: true, PreInit: true},
	{Name: "PyStatus_IsExit", Added: V(3, 8), NoThreadState: true, PreInit: true},
	// The process-wide path getters must not be called before initialization
	// [INIT-312] ("should not be called before Py_Initialize()"), but they
	// read the path configuration, not the thread state: no "no thread
	// state" finding. Deprecated in 3.13, removed in 3.15 [DEPR-315].
	{Name: "Py_GetProgramName", NoThreadState: true, Deprecated: V(3, 13), Removed: V(3, 15)},
	{Name: "Py_GetPath", NoThreadState: true, Deprecated: V(3, 13), Removed: V(3, 15)},
	{Name: "Py_GetPrefix", NoThreadState: true, Deprecated: V(3, 13), Removed: V(3, 15)},
	{Name: "Py_GetExecPrefix", NoThreadState: true, Deprecated: V(3, 13), Removed: V(3, 15)},
	{Name: "Py_GetProgramFullPath", NoThreadState: true, Deprecated: V(3, 13), Removed: V(3, 15)},
	{Name: "Py_GetPythonHome", NoThreadState: true, Deprecated: V(3, 13), Removed: V(3, 15)},
	// Raw memory: "the GIL does not need to be held" [MEMORY] [INTERP-LC].
	{Name: "PyMem_RawMalloc", NoThreadState: true, PreInit: true},
	{Name: "PyMem_RawRealloc", NoThreadState: true, PreInit: true},
	{Name: "PyMem_RawCalloc", NoThreadState: true, PreInit: true},
	{Name: "PyMem_RawFree", NoThreadState: true, PreInit: true},
	// Deprecated by Py_DEPRECATED in the 3.11 headers [H-311]; capi
	// TestDeprecated311 holds the table to them.
	{Name: "PyObject_AsCharBuffer", Deprecated: V(3, 0)},
	{Name: "PyObject_AsReadBuffer", Deprecated: V(3, 0)},
	{Name: "PyObject_AsWriteBuffer", Deprecated: V(3, 0)},
	{Name: "PyObject_CheckReadBuffer", Deprecated: V(3, 0)},
	{Name: "PyEval_AcquireLock", Deprecated: V(3, 2)},
	{Name: "PyEval_ReleaseLock", Deprecated: V(3, 2)},
	{Name: "PyModule_GetFilename", Deprecated: V(3, 2)},
	{Name: "PyUnicode_GetSize", Deprecated: V(3, 3)},
	{Name: "PyUnicode_AsDecodedObject", Deprecated: V(3, 6)},
	{Name: "PyUnicode_AsDecodedUnicode", Deprecated: V(3, 6)},
	{Name: "PyUnicode_AsEncodedObject", Deprecated: V(3, 6)},
	{Name: "PyUnicode_AsEncodedUnicode", Deprecated: V(3, 6)},
	{Name: "PyOS_AfterFork", Deprecated: V(3, 7)},
	{Name: "PySlice_GetIndicesEx", Deprecated: V(3, 7)},
	{Name: "PyThread_ReInitTLS", Deprecated: V(3, 7)},
	{Name: "PyThread_create_key", Deprecated: V(3, 7)},
	{Name: "PyThread_delete_key", Deprecated: V(3, 7)},
	{Name: "PyThread_delete_key_value", Deprecated: V(3, 7)},
	{Name: "PyThread_get_key_value", Deprecated: V(3, 7)},
	{Name: "PyThread_set_key_value", Deprecated: V(3, 7)},
	{Name: "PyCFunction_Call", Deprecated: V(3, 9)},
	{Name: "PyEval_CallFunction", Deprecated: V(3, 9)},
	{Name: "PyEval_CallMethod", Deprecated: V(3, 9)},
	{Name: "PyEval_CallObjectWithKeywords", Deprecated: V(3, 9)},
	{Name: "PyEval_InitThreads", Deprecated: V(3, 9)},
	{Name: "PyEval_ThreadsInitialized", Deprecated: V(3, 9)},
	{Name: "PyUnicode_InternImmortal", Deprecated: V(3, 10)},
	{Name: "PySys_AddWarnOptionUnicode", Deprecated: V(3, 11)},
	{Name: "PySys_HasWarnOptions", Deprecated: V(3, 11)},
	{Name: "PySys_SetArgv", Deprecated: V(3, 11)},
	{Name: "PySys_SetArgvEx", Deprecated: V(3, 11)},
	{Name: "PySys_SetPath", Deprecated: V(3, 11)},
}

// libcBlocking lists the C library and pthread functions that can wait
// indefinitely; build adds each as {Lib: LibC, Blocks: true}. Source: the
// blocking-call list of [DEVDANZIN] scan_gil_usage.py, extended with the
// sibling calls of the same kinds ([THREADS]: "blocking I/O"; [HOWTO]: "I/O
// or lock acquisitions"). open is included: it waits indefinitely on a FIFO
// (until the other end opens) and on slow or remote file systems, the same
// kind of file I/O as read and write.
var libcBlocking = [...]string{
	// sleeping
	"sleep", "usleep", "nanosleep", "clock_nanosleep", "pause",
	// file and socket I/O
	"open", "read", "write", "pread", "pwrite", "readv", "writev",
	"recv", "recvfrom", "recvmsg", "send", "sendto", "sendmsg",
	"accept", "accept4", "connect",
	"poll", "ppoll", "select", "pselect", "epoll_wait",
	"fsync", "fdatasync", "sync",
	// stdio
	"fgets", "fgetc", "getc", "getchar", "fread", "fwrite", "fflush",
	"gets", "scanf", "fscanf", "getline", "getdelim",
	// locks and joins
	"pthread_mutex_lock", "pthread_cond_wait", "pthread_cond_timedwait",
	"pthread_join", "pthread_rwlock_rdlock", "pthread_rwlock_wrlock",
	"sem_wait", "sem_timedwait", "flock", "lockf", "fcntl",
	// child processes
	"waitpid", "wait", "wait3", "wait4", "waitid", "system", "popen", "pclose",
	// name resolution
	"getaddrinfo", "gethostbyname",
	// IPC and signals
	"msgrcv", "msgsnd", "mq_receive", "mq_send", "sigwait", "sigsuspend",
}

// CallsPython rule. A CPython table entry gets CallsPython when its name is
// one of callsPythonNames or starts with one of callsPythonPrefixes at a
// CamelCase word boundary: the name equals the prefix, the prefix ends in
// '_', or the character after the prefix is an upper-case letter or '_'.
// So PyObject_Call matches PyObject_CallMethod and PyObject_CallOneArg but
// not PyObject_Calloc. The rule is applied to the names in the table only;
// it marks calls that run arbitrary Python code (calls, attribute hooks,
// comparisons, iteration, imports, code execution, and finalizers run by a
// decref), nothing that merely may allocate or raise.
var (
	callsPythonPrefixes = [...]string{
		"PyObject_Call",            // PyObject_Call, _CallObject, _CallFunction*, _CallMethod*, _CallNoArgs, _CallOneArg
		"_PyObject_Call",           // _PyObject_CallFunction_SizeT, _PyObject_CallMethod_SizeT (behind the macros)
		"PyObject_Vectorcall",      // PyObject_Vectorcall, _VectorcallMethod, _VectorcallDict
		"PyEval_EvalCode",          // PyEval_EvalCode, _EvalCodeEx
		"PyRun_",                   // every PyRun_*
		"PyImport_Import",          // PyImport_Import, _ImportModule*, _ImportFrozenModule* (run module code)
		"PyObject_GetAttr",         // __getattr__/__getattribute__/descriptors
		"PyObject_GetOptionalAttr", // same lookup, 3.13
		"PyObject_SetAttr",         // __setattr__/descriptors
		"PyObject_DelAttr",         // __delattr__ (documented as SetAttr with NULL)
		"PyObject_RichCompare",     // __eq__, __lt__, ...
		"PyIter_Next",              // __next__ (PyIter_Next, PyIter_NextItem)
	}
	callsPythonNames = [...]string{
		"PyObject_Repr", "PyObject_Str", // __repr__, __str__
		"Py_DecRef", "Py_DECREF", "Py_XDECREF", // a finalizer (__del__, weakref callbacks) may run
	}
)

// callsPython reports whether name falls under the CallsPython rule.
func callsPython(name string) bool {
	for _, n := range callsPythonNames {
		if name == n {
			return true
		}
	}
	for _, p := range callsPythonPrefixes {
		if !strings.HasPrefix(name, p) {
			continue
		}
		if len(name) == len(p) || strings.HasSuffix(p, "_") {
			return true
		}
		if c := name[len(p)]; c == '_' || 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// build merges generated, overlay and libcBlocking into the lookup table.
// It allocates the map and one backing array for all entries, and leaves
// the package-level inputs untouched, so calling it twice gives equal tables.
func build() map[string]*Func {
	n := len(generated) + len(overlay) + len(ownershipOverlay) + len(libcBlocking)
	all := make([]Func, 0, n) // never grows beyond n, so pointers into it stay valid
	t := make(map[string]*Func, n)
	add := func(f Func) {
		if old, ok := t[f.Name]; ok {
			merge(old, &f)
			return
		}
		all = append(all, f)
		t[f.Name] = &all[len(all)-1]
	}
	for i := range generated {
		f := generated[i]
		if f.Limited && f.LimitedSince.IsZero() {
			// stable_abi.toml's "added" is when it entered the stable ABI,
			// that is the limited API for non-abi_only functions. Record it
			// before the overlay may correct Added.
			f.LimitedSince = f.Added
		}
		add(f)
	}
	for i := range overlay {
		add(overlay[i])
	}
	for i := range ownershipOverlay {
		add(ownershipOverlay[i])
	}
	for _, name := range libcBlocking {
		add(Func{Name: name, Lib: LibC, Blocks: true})
	}
	for i := range all {
		f := &all[i]
		if f.Limited && f.LimitedSince.IsZero() {
			f.LimitedSince = f.Added
		}
		if f.Lib == LibPython && callsPython(f.Name) {
			f.CallsPython = true
		}
		f.NewObject = isNewObject(f)
	}
	return t
}

// merge copies every field that src sets (non-zero) into dst. Name is the
// key and is left alone.
func merge(dst, src *Func) {
	if src.Lib != LibPython {
		dst.Lib = src.Lib
	}
	if !src.Added.IsZero() {
		dst.Added = src.Added
	}
	if !src.Removed.IsZero() {
		dst.Removed = src.Removed
	}
	if src.Limited {
		dst.Limited = true
	}
	if !src.Deprecated.IsZero() {
		dst.Deprecated = src.Deprecated
	}
	if src.Successor != "" {
		dst.Successor = src.Successor
	}
	if src.SoftDeprecated {
		dst.SoftDeprecated = true
	}
	if !src.LimitedSince.IsZero() {
		dst.LimitedSince = src.LimitedSince
	}
	if src.Return != RefNone {
		dst.Return = src.Return
	}
	if src.ThreadSafety != "" {
		dst.ThreadSafety = src.ThreadSafety
	}
	if src.Replacement != nil {
		dst.Replacement = src.Replacement
	}
	if src.DictNext {
		dst.DictNext = true
	}
	if src.State != StateNone {
		dst.State = src.State
	}
	if src.CritSec != CritSecNone {
		dst.CritSec = src.CritSec
	}
	if src.Handle != HandleNone {
		dst.Handle = src.Handle
	}
	if src.NoThreadState {
		dst.NoThreadState = true
	}
	if src.PreInit {
		dst.PreInit = true
	}
	if src.ThreadBound {
		dst.ThreadBound = true
	}
	if src.CreatesInterpreter {
		dst.CreatesInterpreter = true
	}
	if src.Blocks {
		dst.Blocks = true
	}
	if src.CallsPython {
		dst.CallsPython = true
	}
	if src.RefOp != RefOpNone {
		dst.RefOp = src.RefOp
	}
	if src.ReturnsArg {
		dst.ReturnsArg = true
	}
	if src.NewObject {
		dst.NewObject = true
	}
	if src.Namespaces != nil {
		dst.Namespaces = src.Namespaces
	}
}
