// Package tests exercises test files: its test files (which cannot use cgo)
// call good's wrapper with no thread state attached (a test starts on a
// goroutine of its own), reported with -test (the default) and not with
// -test=false, since go list then does not load the test files at all.
// This file has no hazard, so nothing here is reported twice in the -json
// tree (which lists a finding under every variant of a package).
package tests

func Len(s []int) int { return len(s) }
