// Command gen writes table_gen.go, the generated part of package capi's C
// function table, from CPython's data files. Run it through go generate:
//
//	go generate ./internal/capi
//
// which runs `go run ./gen -data data -o table_gen.go` in internal/capi.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
)

func main() {
	data := flag.String("data", "data", "directory holding refcounts.dat, stable_abi.toml and threadsafety.dat")
	out := flag.String("o", "table_gen.go", "output file")
	flag.Parse()
	src, err := Generate(*data)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	if old, err := os.ReadFile(*out); err == nil && bytes.Equal(old, src) {
		return // up to date; leave the file's mtime alone
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
