// Package user calls the vendored wrapper.
package user

import (
	"fmt"

	"example.com/vend"
)

func Head() {
	fmt.Println(vend.First(nil)) // finding: borrowedref
}
