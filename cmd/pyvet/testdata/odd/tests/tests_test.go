package tests

import (
	"testing"

	"example.com/odd/good"
)

// The package's own test file: reported with -test only.
func TestFirst(t *testing.T) {
	t.Log(good.First(nil)) // finding: borrowedref // finding: gilstate (a test starts detached)
}
