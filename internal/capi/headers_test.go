package capi_test

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/pyvet/pyvet/internal/capi"
	"github.com/pyvet/pyvet/internal/checktest"
)

// TestHeaders314 and TestHeaders315 hold the table to the real headers of
// Python 3.14 and 3.15 (proof/headers.sh) for the families the checks care
// about: thread state, critical sections and borrowed references. The table
// may not say an API exists in a version whose headers lack it, nor miss
// one they declare, nor miss a deprecation they mark.
func TestHeaders314(t *testing.T) { checkHeaders(t, capi.V(3, 14)) }
func TestHeaders315(t *testing.T) { checkHeaders(t, capi.V(3, 15)) }

func checkHeaders(t *testing.T, v capi.Version) {
	checktest.Headers(t, v.String())
	h := readHeaders(t, includeDir(t, v))
	if len(h.declared) < 1000 {
		t.Fatalf("read %d declarations from the %s headers, want over 1000", len(h.declared), v)
	}
	for _, name := range capi.Names() {
		f, _ := capi.Lookup(name)
		if f.Lib != capi.LibPython || !inFamily(name, f, h) {
			continue
		}
		if existsIn(f, v) && !h.declared[name] {
			t.Errorf("%s: the table says it exists in %s (added %s, removed %s), but the %s headers do not declare it",
				name, v, f.Added, f.Removed, v)
		}
		if !existsIn(f, v) && h.declared[name] {
			t.Errorf("%s: declared in the %s headers, but the table says added %s, removed %s", name, v, f.Added, f.Removed)
		}
	}
	for name := range h.declared {
		if !inFamily(name, nil, h) {
			continue
		}
		if _, ok := capi.Lookup(name); !ok {
			t.Errorf("%s: declared in the %s headers, missing from the table", name, v)
		}
	}
	for name, dep := range h.deprecated {
		f, ok := capi.Lookup(name)
		if !ok || !inFamily(name, f, h) {
			continue
		}
		if f.Deprecated != dep || f.SoftDeprecated {
			t.Errorf("%s: the %s headers mark it Py_DEPRECATED(%s), the table says deprecated %s (soft %v)",
				name, v, dep, f.Deprecated, f.SoftDeprecated)
		}
	}
}

// existsIn reports whether the table says f is part of the C API of v. An
// unknown Added means "since before the stable ABI".
func existsIn(f *capi.Func, v capi.Version) bool {
	return !v.Less(f.Added) && (f.Removed.IsZero() || v.Less(f.Removed))
}

// Families by name: what the thread-state, critical-section and
// borrowed-reference checks look at.
var familyPrefixes = []string{
	"PyGILState_", "PyThreadState_", "PyInterpreterGuard_", "PyInterpreterView_",
	"PyCriticalSection_", "PyCriticalSection2_", "PyMutex_",
}

var familyNames = map[string]bool{
	"PyEval_SaveThread": true, "PyEval_RestoreThread": true, "PyEval_AcquireThread": true,
	"PyEval_ReleaseThread": true, "Py_NewInterpreter": true, "Py_NewInterpreterFromConfig": true,
	"Py_EndInterpreter": true, "Py_Initialize": true, "Py_InitializeEx": true,
	"Py_InitializeFromConfig": true, "Py_Finalize": true, "Py_FinalizeEx": true,
}

// inFamily reports whether name (with table entry f, if known) belongs to a
// family: by name, by what the table says it does, or, for borrowed
// references, because the headers also declare its strong twin NameRef.
func inFamily(name string, f *capi.Func, h *headers) bool {
	if strings.HasPrefix(name, "_") {
		return false // private
	}
	if familyNames[name] {
		return true
	}
	for _, p := range familyPrefixes {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	if f != nil && (f.State != capi.StateNone || f.CritSec != capi.CritSecNone || f.Replacement != nil || f.DictNext) {
		return true
	}
	return h.declared[name+"Ref"] && !strings.HasSuffix(name, "Ref")
}

func includeDir(t *testing.T, v capi.Version) string {
	flags := os.Getenv("CGO_CFLAGS")
	first, _, _ := strings.Cut(flags, " ")
	dir := strings.TrimPrefix(first, "-I")
	if !strings.HasSuffix(dir, "python"+v.String()) {
		t.Fatalf("CGO_CFLAGS %q does not name the python%s include directory first", flags, v)
	}
	return dir
}

type headers struct {
	declared   map[string]bool
	deprecated map[string]capi.Version
}

var (
	// PyAPI_FUNC(type) Name( — the type may hold parentheses, the name may
	// be on the next line.
	funcRE = regexp.MustCompile(`PyAPI_FUNC\((?:[^()]|\([^()]*\))*\)\s*(\w+)\s*\(`)
	// Py_DEPRECATED(3.13) before a PyAPI_FUNC or a static inline function.
	deprecatedRE = regexp.MustCompile(`Py_DEPRECATED\((\d+\.\d+)\)\s*(?:PyAPI_FUNC\((?:[^()]|\([^()]*\))*\)|static\s+inline\s+[\w\s*]*?)\s*\b(\w+)\s*\(`)
	// #define Name( — function-like macros (PyList_GET_ITEM, PyCell_GET).
	macroRE = regexp.MustCompile(`(?m)^\s*#\s*define\s+(\w+)\(`)
	// static inline type Name( — inline functions (Py_NewRef, PyCell_GET).
	inlineRE = regexp.MustCompile(`static\s+inline\s+(?:Py_ALWAYS_INLINE\s+)?[\w\s*]*?\b(\w+)\s*\(`)
)

// readHeaders collects the public declarations of the headers under dir
// (internal/ is CPython's own, Py_BUILD_CORE only).
func readHeaders(t *testing.T, dir string) *headers {
	h := &headers{declared: map[string]bool{}, deprecated: map[string]capi.Version{}}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "internal" {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".h") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		src := string(b)
		for _, m := range deprecatedRE.FindAllStringSubmatch(src, -1) {
			dv, err := capi.ParseVersion(m[1])
			if err != nil {
				t.Errorf("%s: %v", path, err)
			}
			h.deprecated[m[2]] = dv
		}
		for _, re := range []*regexp.Regexp{funcRE, macroRE, inlineRE} {
			for _, m := range re.FindAllStringSubmatch(src, -1) {
				h.declared[m[1]] = true
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// TestDeprecated311 holds the table to every Py_DEPRECATED mark of the
// system's Python headers (3.11 on Debian bookworm, python3-dev), in every
// family: a function the table knows and the headers deprecate is marked
// deprecated in the table, with the headers' version.
func TestDeprecated311(t *testing.T) {
	out, err := exec.Command("pkg-config", "--variable=includedir", "python3-embed").Output()
	if err != nil {
		t.Skipf("SKIP: no python3-embed for pkg-config (install python3-dev): %v", err)
	}
	dirs, _ := filepath.Glob(filepath.Join(strings.TrimSpace(string(out)), "python3.*"))
	if len(dirs) != 1 {
		t.Fatalf("python3.* include directories under %s: %v, want one", out, dirs)
	}
	h := readHeaders(t, dirs[0])
	if len(h.deprecated) < 20 {
		t.Fatalf("read %d Py_DEPRECATED marks from %s, want over 20", len(h.deprecated), dirs[0])
	}
	for name, dep := range h.deprecated {
		f, ok := capi.Lookup(name)
		if !ok || f.Lib != capi.LibPython || strings.HasPrefix(name, "_") {
			continue
		}
		if f.Deprecated != dep {
			t.Errorf("%s: %s marks it Py_DEPRECATED(%s), the table says deprecated %q", name, dirs[0], dep, f.Deprecated)
		}
	}
}
