#ifndef WINDOW_H
#define WINDOW_H
void window_set_key_callback(int win);
void window_poll(void);
#endif
