// Package pyexample is pyvet's bundled example: a small embedding of CPython
// with real free-threading hazards, each next to its correct twin. Run
// pyvet on it from the repository root:
//
//	go run ./cmd/pyvet ./example/...
//
// Every hazard is marked "HAZARD" and every correct twin "OK"; each line
// pyvet must flag ends in a comment "flagged: CHECK", and pyvet reports those
// lines, once each, and nothing else (cmd/pyvet's tests hold it to that).
package pyexample
