// Package funcvalues exercises function values, method values, method
// expressions and interface method calls of another package's wrappers.
// pyvet follows calls of named functions and methods only (through facts):
// a call through a function value, a method value, a method expression or
// an interface is not followed, so a wrapper that returns a borrowed
// reference is not reported when it is called that way. Only the direct
// calls are.
package funcvalues

import "example.com/odd/funcvalues/pylist"

func use(any) {}

// g is a package-level function value of a wrapper.
var g = pylist.First

func Direct(l pylist.List) {
	use(l.Item(0))         // finding: borrowedref
	use(pylist.First(nil)) // finding: borrowedref
	_ = l.Item(0)          // silent: discarded
}

func MethodValue(l pylist.List) {
	f := l.Item // a method value: not a call
	_ = f(0)    // silent: function values are not followed
}

func MethodExpr(l pylist.List) {
	f := pylist.List.Item // a method expression
	_ = f(l, 0)           // silent: function values are not followed
}

func FuncValue() {
	_ = g(nil) // silent: function values are not followed
	h := pylist.First
	_ = h(nil) // silent: function values are not followed
}

func Interface(l pylist.List) {
	var x pylist.Getter = l
	_ = x.Item(0) // silent: interface calls are not followed
	var y interface{ Size() int } = l
	_ = y.Size() // silent: no borrowed API behind it
}

func Slice(l pylist.List) {
	ops := []func() int{l.Size, func() int { return l.Size() }}
	for _, op := range ops {
		_ = op() // silent: no borrowed API anywhere
	}
}
