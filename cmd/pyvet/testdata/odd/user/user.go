// Package user calls good's wrapper and never C itself.
package user

import (
	"fmt"

	"example.com/odd/good"
)

func Head(l any) {
	_ = good.First               // a method value: not a call, not reported
	fmt.Println(good.First(nil)) // finding: borrowedref
}
