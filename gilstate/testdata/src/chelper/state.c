#include <Python.h>

static PyThreadState *parked;

/* Leaves the thread detached. */
void park(void) { parked = PyEval_SaveThread(); }

/* Attaches it again. */
void unpark(void) { PyEval_RestoreThread(parked); }
