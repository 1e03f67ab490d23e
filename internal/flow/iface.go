package flow

import (
	"go/types"
	"sort"

	"golang.org/x/tools/go/analysis"
)

// Calls through an interface: when every implementation pyvet can see
// has an effect (blocks, attaches, opens a section, needs a lock), the call
// has it. Implementations are in sight only for an unexported interface of
// this package: its values come from types this package (and what it
// imports) declares. An exported interface can be implemented anywhere:
// its calls stay unknown.

// ifaceMethod reports whether fn is the method of an interface of this
// package whose implementations are all in sight.
func (r *Result) ifaceMethod(fn *types.Func) (*types.Interface, bool) {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return nil, false
	}
	named, ok := types.Unalias(sig.Recv().Type()).(*types.Named)
	if !ok || named.Obj().Pkg() != r.pkg || named.Obj().Exported() || named.TypeParams().Len() > 0 {
		return nil, false
	}
	iface, ok := named.Underlying().(*types.Interface)
	return iface, ok
}

// implementations returns the concrete methods that implement the interface
// method fn among the named types this package declares or names, in a
// stable order; nil when fn is not an interface method in sight. (A type
// the package never names cannot become one of its values but through an
// exported API, and the interface is unexported.)
func (r *Result) implementations(fn *types.Func) []*types.Func {
	if impls, ok := r.impls[fn]; ok {
		return impls
	}
	iface, ok := r.ifaceMethod(fn)
	var out []*types.Func
	if ok {
		seen := map[*types.Func]bool{}
		for _, tn := range r.typeNames() {
			if tn.IsAlias() || types.IsInterface(tn.Type()) {
				continue
			}
			if named, ok := tn.Type().(*types.Named); ok && named.TypeParams().Len() > 0 {
				continue
			}
			for _, t := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
				if !types.Implements(t, iface) {
					continue
				}
				obj, _, _ := types.LookupFieldOrMethod(t, true, fn.Pkg(), fn.Name())
				if m, ok := obj.(*types.Func); ok && !seen[m] {
					seen[m] = true
					out = append(out, m)
				}
				break
			}
		}
		sort.Slice(out, func(i, j int) bool { return out[i].FullName() < out[j].FullName() })
	}
	r.impls[fn] = out
	return out
}

// ifaceCallees links a function that calls the interface method fn to the
// implementations, so that their summaries are computed first and imported
// ones are read.
func (r *Result) ifaceCallees(pass *analysis.Pass, f *Func, fn *types.Func) {
	for _, m := range r.implementations(fn) {
		if cf := r.byObj[m]; cf != nil {
			f.callees = append(f.callees, cf)
		} else {
			r.summaryOf(pass, m)
			f.extern = append(f.extern, m)
		}
	}
}

// ifaceSummary is what a call of the interface method fn does for sure:
// what every implementation does. nil when an implementation does nothing
// of interest, or none is in sight.
func (r *Result) ifaceSummary(fn *types.Func) *Summary {
	impls := r.implementations(fn)
	if len(impls) == 0 {
		return nil
	}
	var out *Summary
	for _, m := range impls {
		s := r.Summary(m)
		if s.IsZero() {
			return nil
		}
		if out == nil {
			c := *s
			c.ReleaseClosure = nil
			c.ReleasesParams, c.RestoresParams = 0, 0
			out = &c
			name := displayName(m)
			out.BlockWhy = prefix(name, s.BlockWhy)
			out.BeginsWhy = prefix(name, s.BeginsWhy)
			out.LockWhy = prefix(name, s.LockWhy)
			out.NeedsWhy = prefix(name, s.NeedsWhy)
			continue
		}
		out.Blocks = out.Blocks && s.Blocks
		out.Begins = out.Begins && s.Begins
		out.RequiresLocked = out.RequiresLocked && s.RequiresLocked
		out.NeedsThreadState = out.NeedsThreadState && s.NeedsThreadState
		out.ReturnsToken = out.ReturnsToken && s.ReturnsToken
		out.ReturnsSaved = out.ReturnsSaved && s.ReturnsSaved
		if out.Attach != s.Attach {
			out.Attach = EffNone
		}
		if out.Lock != s.Lock {
			out.Lock = 0
		}
		if out.Sections != s.Sections {
			out.Sections, out.SectionWhy = 0, ""
		}
		out.EndsSome = out.EndsSome || s.EndsSome
	}
	if !out.Blocks {
		out.BlockWhy = ""
	}
	if !out.Begins {
		out.BeginsWhy = ""
	}
	if !out.RequiresLocked {
		out.LockWhy = ""
	}
	if !out.NeedsThreadState {
		out.NeedsWhy = ""
	}
	if out.IsZero() {
		return nil
	}
	return out
}

func prefix(name, why string) string {
	if why == "" {
		return ""
	}
	return name + " → " + why
}

// typeNames returns the type names of this package and the imported ones
// it names.
func (r *Result) typeNames() []*types.TypeName {
	var out []*types.TypeName
	sc := r.pkg.Scope()
	for _, name := range sc.Names() {
		if tn, ok := sc.Lookup(name).(*types.TypeName); ok {
			out = append(out, tn)
		}
	}
	seen := map[*types.TypeName]bool{}
	var named []*types.TypeName
	for _, obj := range r.info.Uses {
		if tn, ok := obj.(*types.TypeName); ok && tn.Pkg() != nil && tn.Pkg() != r.pkg && !seen[tn] {
			seen[tn] = true
			named = append(named, tn)
		}
	}
	sort.Slice(named, func(i, j int) bool {
		return named[i].Pkg().Path()+"."+named[i].Name() < named[j].Pkg().Path()+"."+named[j].Name()
	})
	return append(out, named...)
}

// outOfSight reports whether fn is a method of an exported interface this
// package declares: code pyvet cannot see may implement it, attaching or
// not, so after a call the thread state is unknown.
func (r *Result) outOfSight(fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil || !types.IsInterface(sig.Recv().Type()) {
		return false
	}
	named, ok := types.Unalias(sig.Recv().Type()).(*types.Named)
	return ok && named.Obj().Pkg() == r.pkg && named.Obj().Exported()
}
