package ignore

// A file without cgo is read as the driver gives it.

//pyvet:ignore borrowedref // want `pyvet:ignore has no reason`
var _ = 0
