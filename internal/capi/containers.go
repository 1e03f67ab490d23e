package capi

import "strings"

// ContainerOp is what a function does to the container it takes as its
// first argument.
type ContainerOp uint8

const (
	ContainerNone    ContainerOp = iota // not a container function
	ContainerReads                      // reads it: a getter, a size
	ContainerChanges                    // changes it: may drop the references it held
)

// containerPrefixes are the name prefixes of the C API's list, dict,
// tuple, set, sequence and mapping functions, and the abstract object
// functions of the same kind, all of which take the container first
// (Doc/c-api/list.rst, dict.rst, tuple.rst, set.rst, sequence.rst,
// mapping.rst, object.rst).
var containerPrefixes = [...]string{"PyList_", "PyDict_", "PyTuple_", "PySet_", "PySequence_", "PyMapping_",
	"PyObject_GetItem", "PyObject_SetItem", "PyObject_DelItem", "PyObject_Size", "PyObject_Length"}

// changingVerbs mark, in the name after its prefix, the container functions
// that change it.
var changingVerbs = [...]string{"Set", "Del", "Append", "Insert", "Clear", "Pop", "Merge", "Update", "Sort",
	"Reverse", "Discard", "Add", "Extend"}

// Container returns what f does to the container it takes first, by its
// name.
func (f *Func) Container() ContainerOp {
	for _, prefix := range containerPrefixes {
		if strings.HasPrefix(f.Name, prefix) {
			_, verb, _ := strings.Cut(f.Name, "_")
			for _, v := range changingVerbs {
				if strings.Contains(verb, v) {
					return ContainerChanges
				}
			}
			return ContainerReads
		}
	}
	return ContainerNone
}
