// Package sqlitelike has an embedded database's shape: its C amalgamation
// (sqlitelike.c) takes locks, sleeps and reads files, and calls Go back
// through a busy handler. No Python anywhere, so no finding, and its C
// file is not read beyond a scan for Python's names.
package sqlitelike

/*
#include <stdlib.h>
int db_open(const char *name);
int db_step(int db);
void db_close(int db);
void db_set_busy_handler(int db);
*/
import "C"

import (
	"sync"
	"unsafe"
)

var (
	mu    sync.Mutex
	busy  = map[int]int{}
	dones = make(chan int)
)

// Open opens a database.
func Open(name string) int {
	cs := C.CString(name)
	defer C.free(unsafe.Pointer(cs))
	db := int(C.db_open(cs))
	C.db_set_busy_handler(C.int(db))
	return db
}

// Step steps a statement, holding the registry's lock.
func Step(db int) int {
	mu.Lock()
	defer mu.Unlock()
	return int(C.db_step(C.int(db))) // silent: blocks in C, nothing attached
}

//export goBusyHandler
func goBusyHandler(db C.int, count C.int) C.int {
	mu.Lock() // silent: the C caller is the database, not Python
	busy[int(db)]++
	mu.Unlock()
	dones <- int(db) // silent
	return C.int(count)
}

// Close closes a database.
func Close(db int) { C.db_close(C.int(db)) }
