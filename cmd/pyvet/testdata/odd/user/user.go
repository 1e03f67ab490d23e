// Package user calls good's wrapper and never C itself.
package user

import "example.com/odd/good"

func Head(l any) {
	_ = good.First      // a method value: not a call, not reported
	_ = good.First(nil) // finding: borrowedref
}
