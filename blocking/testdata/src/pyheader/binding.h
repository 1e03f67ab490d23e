#ifndef BINDING_H
#define BINDING_H
#include <Python.h>

static PyObject *binding_none(void) { Py_RETURN_NONE; }
#endif
