//go:build proof

// Package proof runs the hazard programs in proof/<class>/{bad,good} against
// real CPython runtimes and checks that pyvet flags exactly the marked lines.
//
//	proof/runtimes.sh                      # install 3.11, build 3.13t (and 3.13 with "all")
//	go test -tags=proof ./proof/...        # run
//	go test -tags=proof ./proof/ -update   # also rewrite proof/RESULTS.md
//
// A runtime that proof/runtimes.sh has not installed is skipped, unless
// PYVET_PROOF_REQUIRE=1. PYVET_CACHE overrides the cache (default
// /var/cache/pyvet), as in runtimes.sh.
//
// The programs carry their own build tag, pyvet_proof, so that `go build
// ./...`, `go vet ./...` and this very `go test -tags=proof ./proof/...`,
// none of which has Python's headers configured, leave them alone. The
// runner builds them with -tags=pyvet_proof and CGO_CFLAGS/CGO_LDFLAGS from
// pkg-config, and runs pyvet with GOFLAGS=-tags=pyvet_proof.
package proof

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite RESULTS.md from this run")

// A hazard is one case of one class: the bad program must fail within
// badRuns runs on every runtime it applies to; the good twin must pass
// goodRuns runs out of goodRuns.
type hazard struct {
	class    string   // directory under proof/
	args     []string // the case, passed to both programs
	env      []string // extra environment
	runtimes []string // where it applies
	badRuns  int      // documented number of runs within which bad fails
	goodRuns int
	timeout  time.Duration // per run; a run that times out is "deadlocked"
	note     string        // for RESULTS.md
}

func (h hazard) name() string {
	if len(h.args) == 0 {
		return h.class
	}
	return h.class + "/" + strings.Join(h.args, " ")
}

var all = []string{"3.11", "3.13", "3.13t"}

var hazards = []hazard{
	{class: "osthread", runtimes: all, badRuns: 5, goodRuns: 5, timeout: 30 * time.Second,
		note: "8 goroutines Ensure / 20× Gosched / Release without LockOSThread"},
	{class: "blocking", runtimes: all, badRuns: 2, goodRuns: 5, timeout: 5 * time.Second,
		note: "attached channel receive; producer must attach (GIL) or runs gc.collect() (3.13t)"},
	{class: "gilstate", args: []string{"detached"}, env: []string{"PYTHONMALLOC=debug"}, runtimes: all,
		badRuns: 5, goodRuns: 5, timeout: 30 * time.Second, note: "PyLong_FromLong after PyEval_SaveThread"},
	{class: "gilstate", args: []string{"leak"}, runtimes: all, badRuns: 2, goodRuns: 5, timeout: 5 * time.Second,
		note: "Ensure without Release on an error path, then RestoreThread/Py_FinalizeEx"},
	{class: "gilstate-subinterp", runtimes: all, badRuns: 5, goodRuns: 5, timeout: 30 * time.Second,
		note: "PyGILState_Ensure on a fresh thread for a subinterpreter's work"},
	{class: "borrowedref", args: []string{"clear"}, env: []string{"PYTHONMALLOC=debug"}, runtimes: all,
		badRuns: 5, goodRuns: 5, timeout: 30 * time.Second, note: "PyList_GetItem item used after PyList_SetSlice cleared the list"},
	{class: "borrowedref", args: []string{"race"}, env: []string{"PYTHONMALLOC=debug"}, runtimes: []string{"3.13t"},
		badRuns: 5, goodRuns: 5, timeout: 60 * time.Second, note: "PyList_GetItem racing PyList_SetItem, 200000 iterations"},
	{class: "ownership", args: []string{"stored"}, env: []string{"PYTHONMALLOC=debug"}, runtimes: all,
		badRuns: 5, goodRuns: 5, timeout: 30 * time.Second, note: "PyTuple_GetItem item kept in a struct field, used after the tuple is released"},
	{class: "ownership", args: []string{"overrelease"}, env: []string{"PYTHONMALLOC=debug"}, runtimes: all,
		badRuns: 5, goodRuns: 5, timeout: 30 * time.Second, note: "Py_DecRef of a borrowed PyTuple_GetItem item (a run-time str the tuple owns), then the tuple's repr"},
	{class: "critsecnest", runtimes: []string{"3.13t"}, badRuns: 3, goodRuns: 5, timeout: 30 * time.Second,
		note: "outer section on A suspended by a contended inner section on B; 10 rounds per run"},
}

// ---- runtimes ----------------------------------------------------------------

type pyRuntime struct {
	name     string
	pcPath   string // PKG_CONFIG_PATH ("" = system)
	module   string // pkg-config module
	cflags   string
	ldflags  string
	cacheDir string
}

func cacheDir() string {
	if d := os.Getenv("PYVET_CACHE"); d != "" {
		return d
	}
	return "/var/cache/pyvet"
}

func pkgConfig(pcPath string, args ...string) (string, error) {
	cmd := exec.Command("pkg-config", args...)
	cmd.Env = append(os.Environ(), "PKG_CONFIG_PATH="+pcPath)
	out, err := cmd.Output()
	return strings.TrimSpace(string(out)), err
}

// findRuntime locates a runtime installed by runtimes.sh; the error says why not.
func findRuntime(name string) (*pyRuntime, error) {
	rt := &pyRuntime{name: name}
	switch name {
	case "3.11":
		rt.module = "python3-embed"
		v, err := pkgConfig("", "--modversion", rt.module)
		if err != nil {
			return nil, fmt.Errorf("pkg-config %s: %v (run proof/runtimes.sh 3.11)", rt.module, err)
		}
		if v != "3.11" {
			return nil, fmt.Errorf("pkg-config %s is version %s, not 3.11", rt.module, v)
		}
	case "3.13", "3.13t":
		prefix := filepath.Join(cacheDir(), "cpython-"+name)
		if _, err := os.Stat(filepath.Join(prefix, ".pyvet-built")); err != nil {
			return nil, fmt.Errorf("%s is not built in %s (run proof/runtimes.sh %s)", name, prefix, name)
		}
		rt.cacheDir = prefix
		rt.pcPath = filepath.Join(prefix, "lib", "pkgconfig")
		want := "python-" + name + "-embed.pc" // the real file; python3-embed.pc etc. are symlinks
		if _, err := os.Stat(filepath.Join(rt.pcPath, want)); err != nil {
			return nil, fmt.Errorf("%s: %v", name, err)
		}
		rt.module = strings.TrimSuffix(want, ".pc")
	default:
		return nil, fmt.Errorf("unknown runtime %s", name)
	}
	var err error
	if rt.cflags, err = pkgConfig(rt.pcPath, "--cflags", rt.module); err != nil {
		return nil, fmt.Errorf("pkg-config --cflags %s: %v", rt.module, err)
	}
	if rt.ldflags, err = pkgConfig(rt.pcPath, "--libs", rt.module); err != nil {
		return nil, fmt.Errorf("pkg-config --libs %s: %v", rt.module, err)
	}
	if rt.cacheDir != "" { // the .pc carries no rpath
		rt.ldflags += " -Wl,-rpath," + filepath.Join(rt.cacheDir, "lib")
	}
	return rt, nil
}

func (rt *pyRuntime) env() []string {
	return append(os.Environ(), "CGO_ENABLED=1", "CGO_CFLAGS="+rt.cflags, "CGO_LDFLAGS="+rt.ldflags)
}

// needRuntime returns the runtime or skips (fails with PYVET_PROOF_REQUIRE=1).
func needRuntime(t *testing.T, name string) *pyRuntime {
	t.Helper()
	rt, err := findRuntime(name)
	if err != nil {
		if os.Getenv("PYVET_PROOF_REQUIRE") == "1" {
			t.Fatalf("runtime %s required (PYVET_PROOF_REQUIRE=1): %v", name, err)
		}
		t.Skipf("runtime %s not installed: %v", name, err)
	}
	return rt
}

// ---- running and classifying ---------------------------------------------------

type outcome string

const (
	passed     outcome = "passed"
	wrong      outcome = "wrong result"
	fatal      outcome = "fatal error"
	crashed    outcome = "crashed"
	deadlocked outcome = "deadlocked"
	otherExit  outcome = "other exit"
)

type runResult struct {
	outcome outcome
	detail  string // the telling line of output
	elapsed time.Duration
}

var (
	hexRE   = regexp.MustCompile(`0x[0-9a-f]{6,}`)
	fatalRE = regexp.MustCompile(`(?m)^Fatal Python error: .*$`)
	// Go's signal dump starts "SIGSEGV: segmentation violation" on a line
	// of its own, or at the end of whatever the crashed C code was
	// printing (CPython's debug allocator reports mid-line).
	signalRE = regexp.MustCompile(`(?m)(\bSIG[A-Z]+: .*|^\[signal SIG.*|^fatal error: unexpected signal.*)$`)
)

func runOnce(bin string, h hazard) runResult {
	ctx, cancel := context.WithTimeout(context.Background(), h.timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, h.args...)
	cmd.Env = append(os.Environ(), h.env...)
	cmd.Env = append(cmd.Env, "GOTRACEBACK=single")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	cmd.WaitDelay = 2 * time.Second
	start := time.Now()
	err := cmd.Run()
	r := classify(out.String(), err, ctx.Err() != nil, h.timeout)
	r.elapsed = time.Since(start)
	return r
}

// classify says how a run ended from its output, its error and whether it
// timed out.
func classify(text string, err error, timedOut bool, timeout time.Duration) runResult {
	var r runResult
	var exitErr *exec.ExitError
	switch {
	case timedOut:
		r.outcome, r.detail = deadlocked, fmt.Sprintf("no exit within %v", timeout)
	case err == nil:
		r.outcome = passed
	case fatalRE.MatchString(text):
		r.outcome, r.detail = fatal, fatalRE.FindString(text)
	case signalRE.MatchString(text):
		r.outcome, r.detail = crashed, signalRE.FindString(text)
	case errors.As(err, &exitErr):
		if ws, ok := exitErr.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			r.outcome, r.detail = crashed, ws.Signal().String()
		} else if exitErr.ExitCode() == 3 {
			r.outcome, r.detail = wrong, lastLine(text)
		} else {
			r.outcome, r.detail = otherExit, fmt.Sprintf("exit %d: %s", exitErr.ExitCode(), lastLine(text))
		}
	default:
		r.outcome, r.detail = otherExit, err.Error()
	}
	return r
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return strings.TrimSpace(lines[len(lines)-1])
}

func build(t *testing.T, rt *pyRuntime, pkg, out string) {
	t.Helper()
	cmd := exec.Command("go", "build", "-tags=pyvet_proof", "-o", out, "./"+pkg)
	cmd.Env = rt.env()
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build ./%s against %s: %v\n%s", pkg, rt.name, err, b)
	}
}

type row struct {
	hazard, runtime, bad, good string
}

// summary: "3/5 failed: fatal error ×3 (`Fatal Python error: …`)".
func summary(rs []runResult) (nFailed int, s string) {
	counts := map[outcome]int{}
	details := map[outcome]string{}
	var order []outcome
	for _, r := range rs {
		if r.outcome != passed {
			nFailed++
		}
		if counts[r.outcome] == 0 {
			order = append(order, r.outcome)
			details[r.outcome] = hexRE.ReplaceAllString(r.detail, "0x…")
		}
		counts[r.outcome]++
	}
	var parts []string
	for _, o := range order {
		p := fmt.Sprintf("%s ×%d", o, counts[o])
		if d := details[o]; d != "" {
			p += " (`" + strings.ReplaceAll(d, "|", `\|`) + "`)"
		}
		parts = append(parts, p)
	}
	if nFailed == 0 {
		return 0, fmt.Sprintf("%d/%d passed", len(rs), len(rs))
	}
	return nFailed, fmt.Sprintf("%d/%d failed: %s", nFailed, len(rs), strings.Join(parts, ", "))
}

func TestHazards(t *testing.T) {
	bin := t.TempDir()
	var rows []row
	for _, h := range hazards {
		for _, rtName := range h.runtimes {
			h, rtName := h, rtName
			t.Run(strings.ReplaceAll(h.name(), " ", "_")+"@"+rtName, func(t *testing.T) {
				rt := needRuntime(t, rtName)
				badBin := filepath.Join(bin, h.class+"-bad-"+rtName)
				goodBin := filepath.Join(bin, h.class+"-good-"+rtName)
				build(t, rt, h.class+"/bad", badBin)
				build(t, rt, h.class+"/good", goodBin)

				var bad, good []runResult
				for i := 0; i < h.badRuns; i++ {
					r := runOnce(badBin, h)
					t.Logf("bad  run %d: %s %s (%v)", i+1, r.outcome, r.detail, r.elapsed.Round(time.Millisecond))
					bad = append(bad, r)
				}
				for i := 0; i < h.goodRuns; i++ {
					r := runOnce(goodBin, h)
					t.Logf("good run %d: %s %s (%v)", i+1, r.outcome, r.detail, r.elapsed.Round(time.Millisecond))
					good = append(good, r)
				}
				nBad, badSum := summary(bad)
				nGood, goodSum := summary(good)
				if nBad == 0 {
					t.Errorf("bad program did not fail in %d runs", h.badRuns)
				}
				for _, r := range bad {
					if r.outcome == otherExit {
						t.Errorf("bad program failed in an unexpected way: %s", r.detail)
					}
				}
				if nGood != 0 {
					t.Errorf("good twin failed: %s", goodSum)
				}
				rows = append(rows, row{h.name(), rtName, badSum, goodSum})
			})
		}
	}
	if *update {
		writeResults(t, rows)
	}
}

func writeResults(t *testing.T, rows []row) {
	var b strings.Builder
	b.WriteString("# Hazard programs on real runtimes\n\n")
	b.WriteString("Generated by `go test -tags=proof ./proof/ -run TestHazards -update` (see proof_test.go);\n")
	b.WriteString("runtimes from `proof/runtimes.sh all`. Outcomes: crashed (signal), fatal error\n")
	b.WriteString("(\"Fatal Python error\"), deadlocked (no exit within the timeout), wrong result (exit 3),\n")
	b.WriteString("passed (exit 0). Each bad program must fail within its runs; each good twin must pass every run.\n\n")
	fmt.Fprintf(&b, "Machine: %s, generated %s.\n\n", machine(), time.Now().UTC().Format("2006-01-02"))
	b.WriteString("| hazard | what the bad program does | runtime | bad program | good twin | flagged by |\n|---|---|---|---|---|---|\n")
	notes, classes := map[string]string{}, map[string]string{}
	for _, h := range hazards {
		notes[h.name()] = h.note
		classes[h.name()] = h.class
	}
	// The // pyvet:CHECK marks of each bad program: TestPyvet holds pyvet
	// to reporting exactly those.
	flaggedBy := map[string][]string{}
	for _, m := range marks(t) {
		class, rest, _ := strings.Cut(m.file, "/")
		if strings.HasPrefix(rest, "bad/") {
			flaggedBy[class] = append(flaggedBy[class], fmt.Sprintf("%s (%s:%d)", m.check, rest, m.line))
		}
	}
	for _, r := range rows {
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s |\n", r.hazard, notes[r.hazard], r.runtime, r.bad, r.good,
			strings.Join(flaggedBy[classes[r.hazard]], ", "))
	}
	var skipped []string
	have := map[string]bool{}
	for _, r := range rows {
		have[r.hazard+"@"+r.runtime] = true
	}
	for _, h := range hazards {
		for _, rt := range h.runtimes {
			if !have[h.name()+"@"+rt] {
				skipped = append(skipped, h.name()+"@"+rt)
			}
		}
	}
	if len(skipped) > 0 {
		fmt.Fprintf(&b, "\nNot run (runtime missing or test failed to build): %s\n", strings.Join(skipped, ", "))
	}
	if err := os.WriteFile("RESULTS.md", []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote RESULTS.md")
}

func machine() string {
	n := "?"
	if b, err := exec.Command("nproc").Output(); err == nil {
		n = strings.TrimSpace(string(b))
	}
	return fmt.Sprintf("%s CPUs", n)
}

// ---- pyvet over proof/ -------------------------------------------------------------

var markRE = regexp.MustCompile(`//\s*pyvet:([a-z]+)\s*$`)

type mark struct {
	file  string // relative to proof/
	line  int
	check string
}

func (m mark) String() string { return fmt.Sprintf("%s:%d: %s", m.file, m.line, m.check) }

// marks returns every `// pyvet:<check>` line in the hazard programs.
func marks(t *testing.T) []mark {
	var ms []mark
	err := filepath.WalkDir(".", func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for n := 1; sc.Scan(); n++ {
			if m := markRE.FindStringSubmatch(sc.Text()); m != nil {
				ms = append(ms, mark{filepath.ToSlash(path), n, m[1]})
			}
		}
		return sc.Err()
	})
	if err != nil {
		t.Fatal(err)
	}
	return ms
}

// pyvetChecks lists the checks `pyvet help` names: indented "name  doc"
// lines (pyvet's "Checks:" list; multichecker's "Registered analyzers:").
func pyvetChecks(pyvet string) map[string]bool {
	out, _ := exec.Command(pyvet, "help").CombinedOutput()
	checks := map[string]bool{}
	for _, m := range helpLineRE.FindAllStringSubmatch(string(out), -1) {
		checks[m[1]] = true
	}
	return checks
}

var helpLineRE = regexp.MustCompile(`(?m)^[ \t]+([a-z][a-z0-9_]*)[ \t]{2,}\S`)

type jsonDiag struct {
	Posn    string `json:"posn"`
	Message string `json:"message"`
}

// TestPyvet runs pyvet over proof/ once per installed runtime (the headers
// decide which #if branches of the preambles pyvet reads) and checks the
// reports against the // pyvet:<check> marks.
func TestPyvet(t *testing.T) {
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	pyvet := filepath.Join(t.TempDir(), "pyvet")
	bcmd := exec.Command("go", "build", "-o", pyvet, "./cmd/pyvet")
	bcmd.Dir = root
	if out, err := bcmd.CombinedOutput(); err != nil {
		t.Skipf("cmd/pyvet does not build yet: %v\n%s", err, out)
	}
	for _, name := range all {
		t.Run(name, func(t *testing.T) {
			rt := needRuntime(t, name)
			checkPyvet(t, root, pyvet, rt)
		})
	}
}

func checkPyvet(t *testing.T, root, pyvet string, rt *pyRuntime) {
	known := pyvetChecks(pyvet)
	t.Logf("pyvet checks: %v", sortedKeys(known))

	cmd := exec.Command(pyvet, "-json", "./proof/...")
	cmd.Dir = root
	cmd.Env = append(rt.env(), "GOFLAGS=-tags=pyvet_proof")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	runErr := cmd.Run()
	// {"<pkgpath>": {"<check>": [diag...] | {"error": "..."}}}
	var res map[string]map[string]json.RawMessage
	if err := json.Unmarshal(stdout.Bytes(), &res); err != nil {
		t.Fatalf("pyvet -json ./proof/... (%v): output is not JSON: %v\nstdout:\n%s\nstderr:\n%s", runErr, err, stdout.String(), stderr.String())
	}
	proofDir := filepath.Join(root, "proof") + string(filepath.Separator)
	got := map[mark][]string{}
	for pkg, byCheck := range res {
		for check, raw := range byCheck {
			known[check] = true // a check that reports is a check pyvet knows
			var diags []jsonDiag
			if err := json.Unmarshal(raw, &diags); err != nil {
				var e struct{ Error string }
				_ = json.Unmarshal(raw, &e)
				t.Errorf("%s: %s failed: %s", pkg, check, e.Error)
				continue
			}
			for _, d := range diags {
				file, line, ok := splitPosn(d.Posn)
				if !ok {
					t.Errorf("%s: %s: bad posn %q", pkg, check, d.Posn)
					continue
				}
				if !filepath.IsAbs(file) {
					file = filepath.Join(root, file)
				}
				if !strings.HasPrefix(file, proofDir) {
					continue
				}
				rel := filepath.ToSlash(strings.TrimPrefix(file, proofDir))
				m := mark{rel, line, check}
				got[m] = append(got[m], d.Message)
			}
		}
	}

	want := map[mark]bool{}
	var skipped []string
	for _, m := range marks(t) {
		want[m] = true
		if !known[m.check] {
			skipped = append(skipped, m.String())
			continue
		}
		if len(got[m]) == 0 {
			t.Errorf("%s: not reported by pyvet's %s check", m, m.check)
		}
	}
	for m, msgs := range got {
		if !want[m] {
			t.Errorf("%s: unexpected report: %s", m, strings.Join(msgs, "; "))
		} else {
			t.Logf("%s: reported: %s", m, strings.Join(msgs, "; "))
		}
	}
	if len(skipped) > 0 {
		sort.Strings(skipped)
		t.Logf("not checked, pyvet has no such check yet: %s", strings.Join(skipped, ", "))
		var missing []string
		for _, s := range skipped {
			c := s[strings.LastIndex(s, " ")+1:]
			if !contains(missing, c) {
				missing = append(missing, c)
			}
		}
		if len(skipped) == len(want) {
			t.Skipf("pyvet knows none of the checks %v yet", missing)
		}
	}
}

func splitPosn(p string) (file string, line int, ok bool) {
	parts := strings.Split(p, ":") // file:line:col or file:line
	if len(parts) >= 3 {
		if n, err := strconv.Atoi(parts[len(parts)-2]); err == nil {
			return strings.Join(parts[:len(parts)-2], ":"), n, true
		}
	}
	if len(parts) >= 2 {
		if n, err := strconv.Atoi(parts[len(parts)-1]); err == nil {
			return strings.Join(parts[:len(parts)-1], ":"), n, true
		}
	}
	return "", 0, false
}

func sortedKeys(m map[string]bool) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
