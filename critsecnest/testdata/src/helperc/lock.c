#include <Python.h>

#if PY_VERSION_HEX < 0x030D0000
typedef struct { void *_unused[2]; } PyCriticalSection;
#endif

/* Begins a section on o in cs, on Pythons that have them. */
void dict_lock(PyCriticalSection *cs, PyObject *o) {
#if PY_VERSION_HEX >= 0x030D0000
	PyCriticalSection_Begin(cs, o);
#else
	(void)cs; (void)o;
#endif
}

/* Ends it. */
void dict_unlock(PyCriticalSection *cs) {
#if PY_VERSION_HEX >= 0x030D0000
	PyCriticalSection_End(cs);
#else
	(void)cs;
#endif
}
