package analyzers_test

import (
	"log"
	"os"
	"syscall"
	"testing"
)

// redirect points file descriptors 1 and 2 (so also fmt.Print, println and
// C code), os.Stdout, os.Stderr and the log package at w, and returns the
// function that undoes it.
func redirect(t *testing.T, w *os.File) func() {
	t.Helper()
	out, err1 := syscall.Dup(1)
	errfd, err2 := syscall.Dup(2)
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	if err := syscall.Dup3(int(w.Fd()), 1, 0); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Dup3(int(w.Fd()), 2, 0); err != nil {
		t.Fatal(err)
	}
	stdout, stderr := os.Stdout, os.Stderr
	os.Stdout, os.Stderr = w, w
	logw := log.Writer()
	log.SetOutput(w)
	return func() {
		log.SetOutput(logw)
		os.Stdout, os.Stderr = stdout, stderr
		syscall.Dup3(out, 1, 0)
		syscall.Dup3(errfd, 2, 0)
		syscall.Close(out)
		syscall.Close(errfd)
	}
}
