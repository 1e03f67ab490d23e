package capi

import "sort"

// table and names are built once, at init, from the generated data and the
// overlay, and never change afterwards.
var (
	table = build()
	names = sortedNames(table)
)

func sortedNames(t map[string]*Func) []string {
	out := make([]string, 0, len(t))
	for n := range t {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}
