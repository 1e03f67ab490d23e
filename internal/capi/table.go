package capi

import (
	"sort"
	"sync"
)

// The table is built on first use, from the generated data and the overlay,
// and never changes afterwards. Building it lazily keeps it off the start-up
// of every process: under go vet, pyvet runs once per package, and most
// packages never look a C function up.
var loaded = sync.OnceValues(func() (map[string]*Func, []string) {
	t := build()
	return t, sortedNames(t)
})

func sortedNames(t map[string]*Func) []string {
	out := make([]string, 0, len(t))
	for n := range t {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}
