// Package user calls the wrappers of package wrap.
package user

import "wrap"

func Use(l, d, k *wrap.Object) {
	_ = wrap.ListGetItem(l, 0) // want `wrap\.ListGetItem returns a borrowed reference \(the result of C\.PyList_GetItem\), which another thread can free while you use it on free-threaded Python; use a wrapper of PyList_GetItemRef \(Python 3\.13\+[^)]*\), which returns a strong reference`
	_ = wrap.Item(l, 0)        // want `wrap\.Item returns a borrowed reference \(the result of C\.PyList_GetItem\)`
	_, _ = d.GetItem(k)        // want `wrap\.Object\.GetItem returns a borrowed reference \(the result of C\.PyDict_GetItem\)`
	_ = wrap.ListGetItemRef(l, 0)
	_ = wrap.TupleItem(l, 0)
}
