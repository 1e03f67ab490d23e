// Package wrap returns util's type; util's external test uses it, so the
// go command rebuilds wrap against util's test variant.
package wrap

import "example.com/xtest/util"

// Wrap returns a T.
func Wrap() util.T { return util.T{} }
