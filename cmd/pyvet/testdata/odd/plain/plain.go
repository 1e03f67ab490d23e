// Package plain has nothing to do with Python: pyvet does not even
// type-check it.
package plain

func Plain() int { return 1 }
