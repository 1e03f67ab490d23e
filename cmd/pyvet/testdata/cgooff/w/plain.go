package w

// Count is plain Go, so go list sees the package without cgo.
var Count int
