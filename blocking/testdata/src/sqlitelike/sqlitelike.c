/* A small amalgamation: locks, sleeps and file reads, and a callback into
   Go. */
#include <pthread.h>
#include <unistd.h>
#include <fcntl.h>
#include "_cgo_export.h"

static pthread_mutex_t db_mutex = PTHREAD_MUTEX_INITIALIZER;
static int busy_handlers[16];

int db_open(const char *name) { return open(name, O_RDONLY); }

static int db_wait(int db, int count) {
	if (busy_handlers[db & 15])
		return goBusyHandler(db, count);
	usleep(1000);
	return count;
}

int db_step(int db) {
	char page[64];
	int n;
	pthread_mutex_lock(&db_mutex);
	n = (int)read(db, page, sizeof page);
	if (n < 0)
		n = db_wait(db, 1);
	pthread_mutex_unlock(&db_mutex);
	return n;
}

void db_set_busy_handler(int db) { busy_handlers[db & 15] = 1; }

void db_close(int db) { close(db); }
