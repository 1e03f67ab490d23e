package lsp

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/pyvet/pyvet/internal/rules"
)

// TestNeovim drives Neovim's built-in LSP client (headless) against pyvet
// lsp, configured by testdata/nvim/pyvet.lua, the configuration
// docs/editors.md gives: open a file, wait for the diagnostics, check
// their ranges, codes and related information as Neovim holds them, apply
// the fix Neovim's code action offers first, wait for the analysis of the
// unsaved buffer, and compare the buffer with a golden file.
func TestNeovim(t *testing.T) {
	nvim := neovim(t)
	if testing.Short() {
		t.Skip("-short: the Neovim test builds pyvet and runs an editor")
	}
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "bin")
	build := exec.Command("go", "build", "-o", filepath.Join(bin, "pyvet"), "github.com/pyvet/pyvet/cmd/pyvet")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	mod := filepath.Join(tmp, "mod")
	if err := os.CopyFS(mod, os.DirFS("testdata/mod")); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(mod, "worker", "worker.go")
	config, _ := filepath.Abs("testdata/nvim/pyvet.lua")
	script, _ := filepath.Abs("testdata/nvim/test.lua")
	out := filepath.Join(tmp, "out.json")

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, nvim, "--headless", "--clean", "-n", "-c", "luafile "+script)
	cmd.Dir = mod
	cmd.Env = append(os.Environ(),
		"PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"),
		"PYVET_FILE="+file, "PYVET_CONFIG="+config, "PYVET_OUT="+out,
		"XDG_CONFIG_HOME="+tmp, "XDG_DATA_HOME="+tmp, "XDG_STATE_HOME="+tmp, "XDG_CACHE_HOME="+tmp)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("nvim: %v\n%s\nlsp.log:\n%s", err, b, readLog(tmp))
	}
	var got struct {
		Error         string
		Before, After []nvimDiagnostic
		Actions       []string
		Text          string
		Modified      bool
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("the script wrote no result: %v\nlsp.log:\n%s", err, readLog(tmp))
	}
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatalf("%v: %s", err, data)
	}
	if got.Error != "" {
		t.Fatalf("%s\nlsp.log:\n%s", got.Error, readLog(tmp))
	}

	// Neovim's columns are bytes: "\t\tétat := " is 11 bytes (10 UTF-16
	// units on the wire).
	if len(got.Before) != 2 {
		t.Fatalf("diagnostics before the fix: %+v, want 2", got.Before)
	}
	gil, thread := got.Before[0], got.Before[1]
	if gil.Lnum != 19 || gil.Col != 7 || !strings.HasPrefix(gil.Code, "gilstate") || gil.Source != "pyvet" {
		t.Errorf("gilstate finding: %+v, want line 19, column 7", gil)
	}
	if len(gil.Related) != 1 || gil.Related[0].Location.URI != "file://"+file ||
		gil.Related[0].Location.Range.Start.Line != 21 || gil.Related[0].Location.Range.Start.Character != 2 {
		t.Errorf("gilstate finding's related information: %+v, want the return at 21:2", gil.Related)
	}
	r, _ := rules.Lookup("osthread/unlocked-goroutine")
	if thread.Lnum != 31 || thread.Col != 11 || thread.EndLnum != 31 || thread.EndCol != 32 || thread.Code != r.ID || thread.Href != r.URL() {
		t.Errorf("osthread finding: %+v, want 31:11-31:32, code %s, href %s", thread, r.ID, r.URL())
	}
	if len(got.Actions) != 2 || got.Actions[0] != "Lock the goroutine to its OS thread for the whole function" || !strings.HasPrefix(got.Actions[1], "Ignore osthread/unlocked-goroutine") {
		t.Errorf("code actions offered: %q, want the fix, then the ignore action", got.Actions)
	}
	if len(got.After) != 1 || !strings.HasPrefix(got.After[0].Code, "gilstate") || !got.Modified {
		t.Errorf("after the fix, unsaved (modified %v): %+v, want the gilstate finding alone", got.Modified, got.After)
	}
	golden, err := os.ReadFile("testdata/worker.fixed.golden")
	if err != nil {
		t.Fatal(err)
	}
	if got.Text != string(golden) {
		t.Errorf("the buffer after the fix differs from testdata/worker.fixed.golden:\n%s", got.Text)
	}
}

type nvimDiagnostic struct {
	Lnum, Col, EndLnum, EndCol int
	Code, Source, Message      string
	Href                       string
	Related                    []struct {
		Location struct {
			URI   string `json:"uri"`
			Range struct {
				Start struct{ Line, Character int }
			}
		}
		Message string
	}
}

func (d *nvimDiagnostic) UnmarshalJSON(b []byte) error {
	type plain nvimDiagnostic
	var aux struct {
		plain
		EndLnum int `json:"end_lnum"`
		EndCol  int `json:"end_col"`
	}
	if err := json.Unmarshal(b, &aux); err != nil {
		return err
	}
	*d = nvimDiagnostic(aux.plain)
	d.EndLnum, d.EndCol = aux.EndLnum, aux.EndCol
	return nil
}

// neovim returns the nvim command, skipping the test without Neovim 0.7
// or later (the first with vim.api.nvim_create_autocmd and vim.diagnostic).
func neovim(t *testing.T) string {
	t.Helper()
	nvim, err := exec.LookPath("nvim")
	if err != nil {
		t.Skip("Neovim is not installed (apt-get install -y neovim; CI's .ci/steps/lsp.sh does): this test drives its built-in LSP client")
	}
	out, err := exec.Command(nvim, "--version").Output()
	m := regexp.MustCompile(`NVIM v(\d+)\.(\d+)`).FindSubmatch(out)
	if err != nil || m == nil {
		t.Skipf("cannot tell Neovim's version (%v): %.80s", err, out)
	}
	major, _ := strconv.Atoi(string(m[1]))
	minor, _ := strconv.Atoi(string(m[2]))
	if major == 0 && minor < 7 {
		t.Skipf("Neovim %s.%s is older than 0.7, whose LSP client and API the test uses", m[1], m[2])
	}
	return nvim
}

// readLog returns Neovim's LSP log, for failures.
func readLog(home string) string {
	matches, _ := filepath.Glob(filepath.Join(home, "nvim", "lsp.log"))
	var b strings.Builder
	for _, m := range matches {
		data, _ := os.ReadFile(m)
		b.Write(data)
	}
	return b.String()
}
