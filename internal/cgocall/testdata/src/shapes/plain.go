package shapes

// notC is a look-alike: a Go value called C.
func notC() {
	var C struct{ PyList_GetItem func(int) int }
	C.PyList_GetItem = func(int) int { return 0 }
	_ = C.PyList_GetItem(1)
	_ = func() int { return 1 }()
}
