// Command noopvet is the benchmark's no-op vettool: go vet -vettool=noopvet
// runs one analyzer that does nothing and declares no facts, so its cost is
// go vet's own (type-checking every package and dependency).
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"
)

var noop = &analysis.Analyzer{
	Name: "noop",
	Doc:  "noop does nothing",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}

func main() { unitchecker.Main(noop) }
