package tests_test

import (
	"testing"

	"example.com/odd/good"
)

// An external test package: reported with -test only.
func TestFirstX(t *testing.T) {
	t.Log(good.First(nil)) // finding: borrowedref // finding: gilstate (a test starts detached)
}
