package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/pyvet/pyvet/internal/capi"
)

// A cfunc is a C API function a generated 1:1 binding wraps: its name and
// C types (result first) as refcounts.dat spells them.
type cfunc struct {
	name   string
	result string
	params []string
}

// goTypes maps the C types the generated wrappers handle to their Go
// spelling in the binding; functions with other types are left out.
var goTypes = map[string]string{
	"PyObject*":        "*PyObject",
	"Py_ssize_t":       "int",
	"int":              "int",
	"long":             "int",
	"unsigned long":    "uint",
	"double":           "float64",
	"const char*":      "string",
	"PyThreadState*":   "*PyThreadState",
	"PyGILState_STATE": "PyGILState",
	"void":             "",
}

// unlisted are stable-ABI functions every binding wraps that
// refcounts.dat does not list.
var unlisted = []cfunc{
	{name: "Py_IncRef", result: "void", params: []string{"PyObject*"}},
	{name: "Py_DecRef", result: "void", params: []string{"PyObject*"}},
	{name: "PyGILState_Ensure", result: "PyGILState_STATE"},
	{name: "PyGILState_Release", result: "void", params: []string{"PyGILState_STATE"}},
	{name: "PyEval_SaveThread", result: "PyThreadState*"},
	{name: "PyEval_RestoreThread", result: "void", params: []string{"PyThreadState*"}},
}

// misdescribed are functions refcounts.dat does not describe as the 3.11
// headers declare them.
var misdescribed = map[string]bool{
	"PyErr_SetImportErrorSubclass":  true, // four parameters, three listed
	"PyEval_GetFrame":               true, // returns PyFrameObject*
	"PyFile_WriteString":            true, // two parameters, three listed
	"PyImport_ExecCodeModuleObject": true, // PyObject* where char* is listed
	"PyObject_GC_Track":             true, // void*
	"PySequence_InPlaceRepeat":      true, // Py_ssize_t count, listed as PyObject*
	"PyType_GenericAlloc":           true, // PyTypeObject*
	"PyType_GenericNew":             true, // PyTypeObject*
}

// stableFuncs returns the stable-ABI functions of Python 3.11 (those in
// the headers, not only in the ABI) whose types goTypes covers, in name
// order, from the C API data pyvet's table is generated from.
func stableFuncs(repo string) ([]cfunc, error) {
	data := filepath.Join(repo, "internal", "capi", "data")
	stable, err := stableNames(filepath.Join(data, "stable_abi.toml"))
	if err != nil {
		return nil, err
	}
	f, err := os.Open(filepath.Join(data, "refcounts.dat"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	byName := map[string]*cfunc{}
	var order []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		parts := strings.Split(sc.Text(), ":")
		if len(parts) < 4 || strings.HasPrefix(parts[0], "#") || !stable[parts[0]] {
			continue
		}
		name, typ, param := parts[0], parts[1], parts[2]
		fn := byName[name]
		if fn == nil {
			fn = &cfunc{name: name, result: typ}
			byName[name] = fn
			order = append(order, name)
			continue
		}
		switch {
		case param == "...":
			fn.params = append(fn.params, param) // varargs: cgo cannot call it
		case param != "" && typ != "":
			fn.params = append(fn.params, typ)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	for _, fn := range unlisted {
		if byName[fn.name] == nil {
			byName[fn.name] = &fn
			order = append(order, fn.name)
		}
	}
	var out []cfunc
	for _, name := range order {
		fn := byName[name]
		if f, ok := capi.Lookup(name); ok && !f.SoftDeprecated && !f.Deprecated.IsZero() && !capi.V(3, 11).Less(f.Deprecated) || misdescribed[name] {
			continue // the 3.11 headers warn about deprecated ones at every build; misdescribed ones do not compile
		}
		if fn.handled() {
			out = append(out, *fn)
		}
	}
	slices.SortFunc(out, func(a, b cfunc) int { return strings.Compare(a.name, b.name) })
	if len(out) < 100 {
		return nil, fmt.Errorf("only %d wrappable functions in %s", len(out), data)
	}
	return out, nil
}

func (fn *cfunc) handled() bool {
	if _, ok := goTypes[fn.result]; !ok {
		return false
	}
	for _, p := range fn.params {
		if _, ok := goTypes[p]; !ok || p == "void" {
			return false
		}
	}
	return true
}

// stableNames reads the functions of stable_abi.toml added by 3.11 that
// the headers declare on Linux (abi_only ones are symbols, not API; some
// are Windows-only).
func stableNames(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]bool{}
	var name string
	keep := false
	flush := func() {
		if name != "" && keep {
			out[name] = true
		}
		name, keep = "", false
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case strings.HasPrefix(line, "[function.") && strings.HasSuffix(line, "]"):
			flush()
			name = strings.TrimSuffix(strings.TrimPrefix(line, "[function."), "]")
		case strings.HasPrefix(line, "["):
			flush()
		case name != "" && strings.HasPrefix(line, "added"):
			v := strings.Trim(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(strings.TrimPrefix(line, "added")), "=")), `'"`)
			keep = versionAtMost(v, 3, 11)
		case name != "" && (strings.HasPrefix(line, "abi_only") || strings.HasPrefix(line, "ifdef") && strings.Contains(line, "MS_WINDOWS")):
			name = ""
		}
	}
	flush()
	return out, sc.Err()
}

func versionAtMost(v string, major, minor int) bool {
	var a, b int
	if _, err := fmt.Sscanf(v, "%d.%d", &a, &b); err != nil {
		return false
	}
	return a < major || a == major && b <= minor
}
