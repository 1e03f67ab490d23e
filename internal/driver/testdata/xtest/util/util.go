// Package util has an internal function that its export_test.go exports
// to its external test package: a name that exists only in util's test
// variant. (The reproducer of a cache keyed by package path: pyvet then
// sometimes read the plain util for the test variant, "undefined:
// util.Internal", and changed its exit code from run to run.)
package util

func internal() int { return 1 }

// Count is what py uses.
func Count(n int) int { return n + internal() }

// T is a type that wrap hands back to util's tests.
type T struct{ N int }
