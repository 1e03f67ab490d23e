// Package user calls the vendored wrapper.
package user

import "example.com/vend"

func Head() {
	_ = vend.First(nil) // finding: borrowedref
}
