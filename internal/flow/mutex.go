package flow

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"sort"
	"strings"

	"github.com/pyvet/pyvet/internal/capi"
)

// Go mutexes. Locking a sync.Mutex or RWMutex while attached can deadlock
// only when the mutex's holder may wait for a thread state: thread A,
// attached, waits for M while the holder of M waits to attach (Ensure,
// RestoreThread, or a call that does). A mutex that guards Go data for a
// few lines of pure Go (an object registry, a type cache) cannot. So a
// lock is a blocking operation only when
//
//   - some region of this package holding the same mutex (the same package
//     variable, or the same field of the same named type) attaches or calls
//     something that may attach (Summary.MayAttach), or
//   - its holders cannot all be seen: an exported variable or field, a
//     mutex promoted from an exported type, a parameter, a local, an
//     element: Mutex.Open.
//
// The engine tracks the mutexes held (State.mutexes), records where each
// is held while attaching (Result.MutexHeld), and counts a lock in a
// summary's Blocks only when it is such a hazard (settleMutexes).

// A Mutex is the sync.Mutex or RWMutex a Lock, RLock or Unlock call acts on.
type Mutex struct {
	// Key names it the same way at every use: "path.var" for a package
	// variable, "path.T.field" for a field of the named type T; for an
	// Open mutex with no such name, "open:" and the expression.
	Key string
	// Name is how a message writes it: "registry.mu", "mu".
	Name string
	// Open is set when code this package cannot see may hold it.
	Open bool
}

// mutexOf returns the mutex a method call of sync.Mutex or RWMutex acts
// on, and the method's name; nil when the call is not one.
func (r *Result) mutexOf(call *ast.CallExpr, callee *types.Func) (*Mutex, string) {
	if callee == nil || callee.Pkg() == nil || callee.Pkg().Path() != "sync" {
		return nil, ""
	}
	switch recvName(callee) {
	case "Mutex", "RWMutex":
	default:
		return nil, ""
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil, ""
	}
	x := sel.X
	if s, ok := r.info.Selections[sel]; ok && len(s.Index()) > 1 {
		// A method promoted from an embedded mutex: the embedding type's
		// field.
		if m := r.embeddedMutex(x, s.Index()); m != nil {
			return m, callee.Name()
		}
		return r.openMutex(sel.X), callee.Name()
	}
	return r.mutexExpr(x), callee.Name()
}

// mutexExpr names the mutex the expression x (the receiver) denotes.
func (r *Result) mutexExpr(x ast.Expr) *Mutex {
	x = ast.Unparen(x)
	if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
		x = ast.Unparen(u.X)
	}
	switch e := x.(type) {
	case *ast.Ident:
		if v, ok := r.info.Uses[e].(*types.Var); ok && v.Pkg() != nil && v.Parent() == v.Pkg().Scope() {
			return r.pkgVarMutex(v)
		}
	case *ast.SelectorExpr:
		if v, ok := r.info.Uses[e.Sel].(*types.Var); ok && !v.IsField() && v.Pkg() != nil && v.Parent() == v.Pkg().Scope() {
			return r.pkgVarMutex(v) // pkg.Var
		}
		if s, ok := r.info.Selections[e]; ok && s.Kind() == types.FieldVal {
			f := s.Obj().(*types.Var)
			if owner := ownerOf(s); owner != nil {
				return r.fieldMutex(owner, f)
			}
			// A field of a package variable of an unnamed struct type:
			// var cache struct{ mu sync.Mutex; … }.
			if id, ok := ast.Unparen(e.X).(*ast.Ident); ok && len(s.Index()) == 1 {
				if v, ok := r.info.Uses[id].(*types.Var); ok && v.Pkg() != nil && v.Parent() == v.Pkg().Scope() {
					m := r.pkgVarMutex(v)
					m.Key, m.Name = m.Key+"."+f.Name(), m.Name+"."+f.Name()
					m.Open = m.Open || f.Exported()
					return m
				}
			}
		}
	}
	return r.openMutex(x)
}

func (r *Result) pkgVarMutex(v *types.Var) *Mutex {
	return &Mutex{Key: v.Pkg().Path() + "." + v.Name(), Name: v.Name(), Open: v.Exported() || v.Pkg() != r.pkg}
}

func (r *Result) fieldMutex(owner *types.TypeName, f *types.Var) *Mutex {
	return &Mutex{
		Key:  owner.Pkg().Path() + "." + owner.Name() + "." + f.Name(),
		Name: owner.Name() + "." + f.Name(),
		Open: f.Exported() || f.Pkg() != r.pkg,
	}
}

// embeddedMutex names a mutex embedded in a struct: r.Lock() on
// type registry struct{ sync.Mutex; … }. Its promoted methods are part of
// the embedding type's method set, so any holder of an exported type can
// lock it.
func (r *Result) embeddedMutex(x ast.Expr, index []int) *Mutex {
	t := r.info.TypeOf(x)
	if m := r.embeddedInVar(x, t, index); m != nil {
		return m
	}
	var owner *types.TypeName
	var field *types.Var
	for _, i := range index[:len(index)-1] {
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		n, ok := types.Unalias(t).(*types.Named)
		if !ok {
			return nil
		}
		st, ok := n.Underlying().(*types.Struct)
		if !ok || i >= st.NumFields() {
			return nil
		}
		owner, field = n.Obj(), st.Field(i)
		t = field.Type()
	}
	if owner == nil || owner.Pkg() == nil {
		return nil
	}
	m := r.fieldMutex(owner, field)
	m.Open = owner.Exported() || owner.Pkg() != r.pkg
	return m
}

// embeddedInVar names a mutex embedded in a package variable of an
// unnamed struct type, var registry = struct{ sync.Mutex; m map[…]… }{…}:
// the variable is its only name, so only this package can lock it unless
// the variable is exported.
func (r *Result) embeddedInVar(x ast.Expr, t types.Type, index []int) *Mutex {
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok || len(index) != 2 {
		return nil
	}
	st, ok := types.Unalias(t).(*types.Struct)
	if !ok || index[0] >= st.NumFields() {
		return nil
	}
	v, ok := r.info.Uses[id].(*types.Var)
	if !ok || v.Pkg() == nil || v.Parent() != v.Pkg().Scope() {
		return nil
	}
	m := r.pkgVarMutex(v)
	m.Key += "." + st.Field(index[0]).Name()
	return m
}

// ownerOf returns the named struct type a field selection's field belongs to.
func ownerOf(s *types.Selection) *types.TypeName {
	t := s.Recv()
	idx := s.Index()
	for k, i := range idx {
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		n, ok := types.Unalias(t).(*types.Named)
		if !ok {
			return nil
		}
		st, ok := n.Underlying().(*types.Struct)
		if !ok || i >= st.NumFields() {
			return nil
		}
		if k == len(idx)-1 {
			if n.Obj().Pkg() == nil {
				return nil
			}
			return n.Obj()
		}
		t = st.Field(i).Type()
	}
	return nil
}

// openMutex is a mutex whose holders cannot all be seen: a parameter, a
// local, an element.
func (r *Result) openMutex(x ast.Expr) *Mutex {
	name := strings.TrimPrefix(r.idx.Render(x), "&")
	return &Mutex{Key: "open:" + name, Name: name, Open: true}
}

// mayAttach reports whether an event may wait to attach a thread state,
// and names what does.
func mayAttach(ev *Event) (string, bool) {
	switch ev.Kind {
	case EvCCall:
		if ev.Func != nil && attaches(ev.Func) {
			return "C." + ev.Call.Name, true
		}
		if h := ev.Helper; h != nil && (h.Ensures || h.NetAttach) {
			return "C." + ev.Call.Name, true
		}
	case EvGoCall:
		if s := ev.Summary; s != nil && s.MayAttach {
			return ev.Name + " → " + s.MayAttachWhy, true
		}
	}
	return "", false
}

// attaches reports whether f attaches a thread state, waiting for the
// right to run if another thread holds it.
func attaches(f *capi.Func) bool {
	switch f.State {
	case capi.StateEnsure, capi.StateEnsure315, capi.StateRestore, capi.StateAcquire, capi.StateSwap,
		capi.StateInit, capi.StateNewInterp:
		return true
	}
	return false
}

// MutexHeld is where a region holding a mutex may wait to attach.
type MutexHeld struct {
	Pos  token.Pos // the attaching call
	What string    // what attaches: "C.PyGILState_Ensure", "pkg.f → C.PyGILState_Ensure"
}

// MutexHeldWhileAttaching returns where the mutex key is held while
// attaching, in this package, if anywhere.
func (r *Result) MutexHeldWhileAttaching(key string) (MutexHeld, bool) {
	h, ok := r.mutexHeld[key]
	return h, ok
}

// MutexHazard reports whether locking m while attached can deadlock: its
// holders cannot all be seen, or one of them attaches while holding it.
func (r *Result) MutexHazard(m *Mutex) bool {
	if m == nil {
		return false
	}
	_, held := r.mutexHeld[m.Key]
	return m.Open || held
}

// settleMutexes finds the regions holding a mutex that may attach, then
// counts in each summary the mutex locks that are hazards as blocking.
func (r *Result) settleMutexes() {
	if !r.locksMutex {
		return
	}
	r.mutexHeld = map[string]MutexHeld{}
	for _, f := range r.funcs {
		if !f.scan.locksMutex {
			continue // a mutex is held in a flow only after the function's own Lock
		}
		r.Walk(f, func(ev *Event, before *State) {
			if len(before.mutexes) == 0 {
				return
			}
			what, ok := mayAttach(ev)
			if !ok {
				return
			}
			for _, k := range before.mutexes {
				if h, ok := r.mutexHeld[k]; !ok || ev.Pos < h.Pos {
					r.mutexHeld[k] = MutexHeld{Pos: ev.Pos, What: what}
				}
			}
		})
	}
	for _, f := range r.funcs {
		s := f.Summary
		if s.Mutex != nil && !s.Blocks && r.MutexHazard(s.Mutex) {
			s.Blocks, s.BlockWhy, s.blockAt = true, s.MutexWhy, s.mutexAt
		}
	}
}

// mutexSet is the Go-mutex domain of a State: the keys of the mutexes
// held on some path, sorted. Its slices are never written in place.
type mutexSet []string

// holdMutex and releaseMutex keep State.mutexes.
func holdMutex(s *State, key string) {
	i := sort.SearchStrings(s.mutexes, key)
	if i < len(s.mutexes) && s.mutexes[i] == key {
		return
	}
	s.mutexes = append(s.mutexes[:i:i], append([]string{key}, s.mutexes[i:]...)...)
}

func releaseMutex(s *State, key string) {
	i := sort.SearchStrings(s.mutexes, key)
	if i < len(s.mutexes) && s.mutexes[i] == key {
		s.mutexes = append(s.mutexes[:i:i], s.mutexes[i+1:]...)
	}
}

// join is the union of two sets: a mutex held on some path may be held.
func (a mutexSet) join(b mutexSet) mutexSet {
	if len(b) == 0 {
		return a[:len(a):len(a)]
	}
	out := append(mutexSet(nil), a...)
	for _, k := range b {
		i := sort.SearchStrings(out, k)
		if i == len(out) || out[i] != k {
			out = append(out[:i:i], append([]string{k}, out[i:]...)...)
		}
	}
	return out
}

func (a mutexSet) equal(b mutexSet) bool { return slices.Equal(a, b) }
