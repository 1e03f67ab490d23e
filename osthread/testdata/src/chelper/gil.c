#include <Python.h>

/* Named like nothing in CPython; its body takes the thread state. */
PyGILState_STATE grab(void) { return PyGILState_Ensure(); }
void drop(PyGILState_STATE s) { PyGILState_Release(s); }
