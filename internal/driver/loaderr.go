package driver

import (
	"bytes"
	"fmt"
	"os/exec"
	"slices"
	"strings"

	"golang.org/x/tools/go/packages"
)

// Load errors are what go list reports about the packages themselves: a
// missing go.sum entry, an import no module provides, a bad go.mod, a Go
// version the toolchain cannot provide. go build fails on them, so a run
// that met one checked less than it was asked to; pyvet prints each with
// go's own text and exits 1 (x/tools' "could not load"), whatever the
// output format. (A failed cgo step and a compiler's errors are not load
// errors: the package is analyzed as written and gets a warning.)

// loadErrors returns every load error of the units, "pos: message", sorted
// and without duplicates (test variants repeat their package's).
func (ld *loader) loadErrors() []string {
	var out []string
	for _, u := range ld.units {
		for _, e := range u.meta.Errors {
			if e.Kind != packages.ListError && e.Kind != packages.UnknownError {
				continue
			}
			if isBuildOutput(e.Msg) || cgoOffError(u, e.Msg) {
				continue
			}
			msg := strings.TrimSpace(e.Msg)
			if e.Pos != "" && e.Pos != "-" && !strings.HasPrefix(msg, e.Pos) {
				msg = e.Pos + ": " + msg
			}
			out = append(out, msg)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// cgoOffError reports whether msg is go list's complaint about a package
// whose cgo files it dropped because cgo is disabled ("build constraints
// exclude all Go files", "C source files not allowed when not using
// cgo"): pyvet took those files back (u.cgoOff) and analyzes them as
// written, with a warning.
func cgoOffError(u *unit, msg string) bool {
	return len(u.cgoOff) > 0 && (strings.Contains(msg, "build constraints exclude all Go files") ||
		strings.Contains(msg, "C source files not allowed when not using cgo"))
}

// whyNoPackages asks go list why the patterns matched nothing: with export
// data requested, go/packages keeps go list's output and drops its errors
// (a go.mod that needs a newer Go under GOTOOLCHAIN=local, a malformed
// go.mod or go.work). This go list builds nothing.
func (ld *loader) whyNoPackages() error {
	args := append([]string{"list", "-e", "-f", "{{.ImportPath}}"}, ld.cfg.BuildFlags...)
	args = append(append(args, "--"), ld.cfg.Patterns...)
	cmd := exec.Command("go", args...)
	cmd.Dir = ld.cfg.Dir
	cmd.Env = ld.cfg.env()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	if msg := strings.TrimSpace(stderr.String()); err != nil && msg != "" {
		return fmt.Errorf("%s", strings.TrimPrefix(msg, "go: "))
	}
	return fmt.Errorf("%s matched no packages", strings.Join(ld.cfg.Patterns, " "))
}
