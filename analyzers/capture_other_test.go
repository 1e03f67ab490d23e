//go:build !linux

package analyzers_test

import (
	"log"
	"os"
	"testing"
)

// redirect points os.Stdout, os.Stderr and the log package at w, and
// returns the function that undoes it.
func redirect(t *testing.T, w *os.File) func() {
	stdout, stderr := os.Stdout, os.Stderr
	os.Stdout, os.Stderr = w, w
	logw := log.Writer()
	log.SetOutput(w)
	return func() {
		log.SetOutput(logw)
		os.Stdout, os.Stderr = stdout, stderr
	}
}
