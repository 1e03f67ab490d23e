#include <unistd.h>
#include "window.h"
#include "_cgo_export.h"

static int key_window = -1;

void window_set_key_callback(int win) { key_window = win; }

/* Waits for events and hands them to Go. */
void window_poll(void) {
	usleep(1000);
	if (key_window >= 0)
		goKeyCallback(key_window, 65);
	goRefreshCallback(key_window);
}
