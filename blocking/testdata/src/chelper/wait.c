#include <Python.h>
#include <unistd.h>

/* Blocks in sleep while its caller stays attached. */
void nap(unsigned s) { sleep(s); }

/* Detaches around the wait itself: fine to call attached. */
void nap_detached(unsigned s) {
	Py_BEGIN_ALLOW_THREADS
	sleep(s);
	Py_END_ALLOW_THREADS
}
