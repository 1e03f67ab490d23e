package flow

import (
	"go/token"
	"go/types"

	"github.com/pyvet/pyvet/internal/capi"
)

// The thread state's life cycle, beyond Ensure/Release pairs:
//
//   - Py_Initialize* leaves the main thread state attached; a
//     PyEval_SaveThread while it is (mainTS) is the documented way to let
//     other threads attach (an init or main saves it for worker
//     goroutines): the saved state is the program's, not this function's
//     to restore.
//   - PyEval_RestoreThread of a state the function was given (a parameter,
//     field or global) and a PyEval_SaveThread after it balance each other,
//     whatever the entry state: the save gives back what the restore took.
//   - Py_Finalize* ends every thread state: tokens still live are done.
//
// Go wrappers carry the first and last through Summary.Inits and
// Summary.Finalizes.

// lifecycleCCall applies the life-cycle part of a C call with a thread-state
// effect, before its transfer; pre is the state before the call.
func (w *walker) lifecycleCCall(f *capi.Func, arg types.Object, pre Attach, s *State) {
	given := s.given
	s.mainTS, s.given = false, 0
	switch f.State {
	case capi.StateInit:
		s.mainTS = true
	case capi.StateRestore:
		if t, ok := s.tokens.get(arg); !ok || t.Kind != TokSaved {
			s.given = pre
		}
	case capi.StateSave:
		s.given = given // read by save
	case capi.StateFinalize:
		finalize(s)
	}
}

// save applies a PyEval_SaveThread (or a Go function returning a saved
// state) at pos: it detaches, or gives back a restored given state.
func (w *walker) save(name string, pos token.Pos, pre Attach, mainTS bool, s *State) value {
	v := value{kind: vSaved, site: pos, from: name, pre: pre, balanced: mainTS || s.given != 0}
	s.Attach = Detached
	if s.given != 0 {
		s.Attach = restoredFrom(s.given)
	}
	s.mainTS, s.given = false, 0
	s.detachedBy(name, pos)
	return v
}

// finalize ends every thread state: what is still live is done.
func finalize(s *State) {
	for k, t := range s.tokens.m {
		if t.Status&Live != 0 {
			t.Status = t.Status&^Live | Done
			s.setToken(k, t)
		}
	}
}
