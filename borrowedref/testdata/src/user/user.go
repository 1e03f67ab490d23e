// Package user calls the wrappers of package wrap.
package user

import "wrap"

func Use(l, d, k *wrap.Object) {
	use(wrap.ListGetItem(l, 0)) // want `wrap\.ListGetItem returns a borrowed reference \(the result of C\.PyList_GetItem\) another thread can free; use a wrapper of PyList_GetItemRef \(3\.13\+[^)]*\)`
	use(wrap.Item(l, 0))        // want `wrap\.Item returns a borrowed reference \(the result of C\.PyList_GetItem\)`
	v, _ := d.GetItem(k)        // want `wrap\.Object\.GetItem returns a borrowed reference \(the result of C\.PyDict_GetItem\)`
	use(v)
	use(wrap.ListGetItemRef(l, 0))
	use(wrap.TupleItem(l, 0))
	_ = wrap.ListGetItem(l, 0) // discarded: nothing holds it
}

// Head only returns the wrapper's result: a wrapper itself, silent here.
func Head(l *wrap.Object) *wrap.Object { // want Head:`returnsBorrowed\(PyList_GetItem\)`
	return wrap.ListGetItem(l, 0)
}

func use(...*wrap.Object) {}

// UseHandles uses the results of wrappers that return a struct around the
// pointer.
func UseHandles(l *wrap.Object) {
	useHandle(wrap.HandleItem(l, 0)) // want `wrap\.HandleItem returns a borrowed reference \(the result of C\.PyList_GetItem\)`
	useHandle(wrap.HandleItemRef(l, 0))
	useHandle(wrap.ReprHandle(l))
}

func useHandle(...*wrap.Handle) {}
