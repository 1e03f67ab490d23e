// Package pyexample is pyvet's bundled example: a small embedding of CPython
// with real free-threading hazards, each next to its correct twin. Run
// pyvet on it from the repository root:
//
//	go run ./cmd/pyvet ./example/...
//
// Every hazard is marked "HAZARD" and every correct twin "OK"; pyvet reports
// each hazard once, at the call, and nothing else.
package pyexample
