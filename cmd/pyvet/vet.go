package main

import (
	"encoding/json"
	"fmt"
	"go/build"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/pyvet/pyvet/internal/driver"
)

// vetMain speaks go vet's protocol (x/tools' unitchecker) and makes it see
// what the standalone driver sees: the package's C helpers, and no finding
// in a generated file.
func vetMain(suite []*analysis.Analyzer) {
	as := driver.SkipGenerated(suite)
	for i, a := range os.Args[1:] {
		if !strings.HasSuffix(a, ".cfg") || strings.HasPrefix(a, "-") {
			continue
		}
		if dir := os.Getenv(profileEnv); dir != "" {
			var err error
			if as, err = withProfile(as, a, dir); err != nil {
				fmt.Fprintf(os.Stderr, "pyvet: %s: %v\n", profileEnv, err)
				os.Exit(1)
			}
		}
		name, err := withCHelpers(a)
		if err != nil {
			fmt.Fprintf(os.Stderr, "pyvet: reading the package's C files: %v\n", err)
			break
		}
		os.Args[1+i] = name
	}
	unitchecker.Main(as...)
}

// withCHelpers returns the name of a vet config that lists the package's
// .c and .h files. For a cgo package the go command leaves the .c files
// that cgo compiles out of NonGoFiles, so the checks would not see the
// package's C helpers; they are the files of the package's directory that
// match the build constraints (go/build's MatchFile), as go list lists
// them for the standalone driver. The config is written beside go vet's
// own (in its work directory, which go vet removes), or returned as is
// when nothing is missing.
func withCHelpers(cfgFile string) (string, error) {
	data, err := os.ReadFile(cfgFile)
	if err != nil {
		return "", err
	}
	var cfg map[string]json.RawMessage
	if err := json.Unmarshal(data, &cfg); err != nil {
		return "", err
	}
	var dir string
	var nonGo []string
	json.Unmarshal(cfg["Dir"], &dir)
	json.Unmarshal(cfg["NonGoFiles"], &nonGo)
	if dir == "" {
		return cfgFile, nil
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return "", err
	}
	ctx := build.Default
	added := false
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || (!strings.HasSuffix(name, ".c") && !strings.HasSuffix(name, ".h")) {
			continue
		}
		path := filepath.Join(dir, name)
		if slices.Contains(nonGo, path) {
			continue
		}
		if ok, err := ctx.MatchFile(dir, name); err != nil || !ok {
			continue
		}
		nonGo = append(nonGo, path)
		added = true
	}
	if !added {
		return cfgFile, nil
	}
	cfg["NonGoFiles"], _ = json.Marshal(nonGo)
	out, err := json.Marshal(cfg)
	if err != nil {
		return "", err
	}
	name := strings.TrimSuffix(cfgFile, ".cfg") + ".pyvet.cfg"
	if err := os.WriteFile(name, out, 0o644); err != nil {
		return "", err
	}
	return name, nil
}
