//pyvet:file-ignore borrowedref // want `^pyvet:file-ignore has no reason, so it suppresses nothing; write //pyvet:file-ignore CHECK -- reason$`

package fileignore

/*
#include <Python.h>
*/
import "C"

func Second(l *C.PyObject) {
	_ = C.PyObject_Repr(C.PyList_GetItem(l, 1)) // want `PyList_GetItem returns a borrowed reference`
}
