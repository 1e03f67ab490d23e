#include <Python.h>

PyObject *dict_get(PyObject *d, PyObject *k) {
	PyObject *v = PyDict_GetItem(d, k);
	return v;
}

/* Increfs the borrowed value: still too late. */
PyObject *dict_get_ref(PyObject *d, PyObject *k) {
	PyObject *v = PyDict_GetItem(d, k);
	Py_XINCREF(v);
	return v;
}
