//pyvet:file-ignore borrowedref -- nothing in this file to suppress // want `this //pyvet:file-ignore matches no borrowedref finding; remove it`

package fileignore

/*
#include <Python.h>
*/
import "C"

func Size(l *C.PyObject) int { // want Size:`wrapsContainer\(PyList_Size, 0\)`
	return int(C.PyList_Size(l))
}
