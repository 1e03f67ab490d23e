package capi

// The shape of the critical-section API [CS-H-313] [CS-H-314/315]: a
// section keeps its state in a struct the caller declares and hands to
// Begin, and the End of the same form (one or two objects) closes it.

// Struct returns the C type of the struct a section of kind c keeps its
// state in: PyCriticalSection2 for the two-object forms, else
// PyCriticalSection.
func (c CritSec) Struct() string {
	if c.Two() {
		return "PyCriticalSection2"
	}
	return "PyCriticalSection"
}

// TwoObject returns the two-object form of the one-object kind c (Begin →
// Begin2, BeginMutex → Begin2Mutex, End → End2), else CritSecNone.
func (c CritSec) TwoObject() CritSec {
	switch c {
	case CritSecBegin:
		return CritSecBegin2
	case CritSecBeginMutex:
		return CritSecBegin2Mutex
	case CritSecEnd:
		return CritSecEnd2
	}
	return CritSecNone
}

// Closer returns the End of c's form: the one that closes a section c
// begins.
func (c CritSec) Closer() CritSec {
	if c.Two() {
		return CritSecEnd2
	}
	return CritSecEnd
}

// Name returns the name of the C API function of kind c (each kind has
// one), or "" for CritSecNone.
func (c CritSec) Name() string {
	if c == CritSecNone {
		return ""
	}
	for _, name := range Names() {
		if f, _ := Lookup(name); f.CritSec == c {
			return name
		}
	}
	return ""
}
