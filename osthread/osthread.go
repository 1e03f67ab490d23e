package osthread

import (
	"bytes"
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"strconv"

	"golang.org/x/tools/go/analysis"

	"github.com/pyvet/pyvet/internal/analysisutil"
	"github.com/pyvet/pyvet/internal/cgocall"
	"github.com/pyvet/pyvet/internal/flow"
)

//go:embed doc.go
var doc string

// Analyzer is the check. It has no options.
var Analyzer = New()

// New returns a fresh instance of the check.
func New() *analysis.Analyzer {
	return analysisutil.NewCheck(analysisutil.Spec{
		Name:     "osthread",
		Doc:      doc,
		Requires: []*analysis.Analyzer{cgocall.Analyzer, flow.Analyzer},
		Run:      run,
	})
}

type finding struct {
	ev   *flow.Event
	what string // the C function, or "pkg.f (→ C function)"
}

func run(pass *analysis.Pass) (any, error) {
	r := pass.ResultOf[flow.Analyzer].(*flow.Result)
	for _, fn := range r.Funcs() {
		// One finding per function, the first: one LockOSThread at the top
		// fixes them all.
		var first *finding
		note := func(f *finding) {
			if first == nil || f.ev.Pos < first.ev.Pos {
				first = f
			}
		}
		if fn.Entry == flow.EntryMain && checkInitAttach(pass, r, fn) {
			continue
		}
		r.Walk(fn, func(ev *flow.Event, before *flow.State) {
			unlocked := ev.Spawn || before.Lock&flow.Unlocked != 0
			if !unlocked {
				return
			}
			switch ev.Kind {
			case flow.EvCCall:
				if flow.StartsThreadState(ev.Func) {
					note(&finding{ev: ev, what: ev.Call.Name})
				} else if flow.HelperStartsThreadState(ev.Helper) {
					note(&finding{ev: ev, what: "C." + ev.Call.Name + " (a C helper that changes the thread state)"})
				}
			case flow.EvGoCall:
				if ev.Summary != nil && ev.Summary.RequiresLocked {
					note(&finding{ev: ev, what: ev.Name + " (which calls " + flow.LastStep(ev.Summary.LockWhy) + ")"})
				}
			}
		})
		if first != nil {
			report(pass, r, fn, first)
		}
	}
	return nil, nil
}

// The check's rules, as diagnostic categories (docs/osthread.md).
const (
	ruleUnlockedGoroutine = "osthread/unlocked-goroutine"
	ruleLateLock          = "osthread/late-lock"
	ruleUnlockedMain      = "osthread/unlocked-main"
	ruleUnlockedEntry     = "osthread/unlocked-entry"
)

func report(pass *analysis.Pass, r *flow.Result, fn *flow.Func, f *finding) {
	ev := f.ev
	d := analysis.Diagnostic{Pos: ev.Pos, Category: ruleUnlockedGoroutine}
	if ev.Node != nil {
		d.End = ev.Node.End()
	}
	if ev.Spawn {
		d.Message = f.what + " on a new goroutine not locked to its OS thread; " +
			"run it in a func literal that calls runtime.LockOSThread() first"
		pass.Report(d)
		return
	}
	late := token.NoPos
	for _, p := range fn.LockCalls() {
		if p > ev.Pos {
			late = p
			break
		}
	}
	if late != token.NoPos {
		d.Category = ruleLateLock
		d.Message = f.what + " before runtime.LockOSThread: the lock comes too late; lock the OS thread first"
		d.Related = []analysis.RelatedInformation{{Pos: late, Message: "runtime.LockOSThread is called here"}}
		pass.Report(d)
		return
	}
	if d, ok := entryDiagnostic(fn, ev, f.what); ok {
		if ev.Call != nil {
			if fix, ok := lockFix(r.Index(), ev.Call, true); ok {
				d.SuggestedFixes = []analysis.SuggestedFix{fix}
			}
		}
		pass.Report(d)
		return
	}
	where := "on a goroutine not locked to its OS thread"
	switch fn.Entry {
	case flow.EntryGoroutine:
		where = "on a new goroutine not locked to its OS thread"
	case flow.EntryMain:
		where = "in main without runtime.LockOSThread in an init function"
		d.Category = ruleUnlockedMain
	}
	d.Message = fmt.Sprintf("%s %s; call runtime.LockOSThread() first", f.what, where)
	if ev.Call != nil {
		if fix, ok := lockFix(r.Index(), ev.Call, true); ok {
			d.SuggestedFixes = []analysis.SuggestedFix{fix}
		}
	}
	pass.Report(d)
}

// lockFix inserts runtime.LockOSThread() (and, with unlock, defer
// runtime.UnlockOSThread()) at the top of the function that makes the call,
// in the user's original file (edits to cgo's files are dropped by
// drivers), and imports runtime when the file does not.
func lockFix(idx *cgocall.Index, c *cgocall.Call, unlock bool) (analysis.SuggestedFix, bool) {
	file, node, err := idx.Original(c)
	if err != nil {
		return analysis.SuggestedFix{}, false
	}
	var body *ast.BlockStmt
	ast.Inspect(file, func(n ast.Node) bool {
		if n == nil || n.Pos() > node.Pos() || n.End() < node.End() {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncDecl:
			body = n.Body
		case *ast.FuncLit:
			body = n.Body
		}
		return true
	})
	if body == nil || len(body.List) == 0 {
		return analysis.SuggestedFix{}, false
	}
	first := body.List[0]
	at := idx.Fset().Position(first.Pos())
	if lb := idx.Fset().Position(body.Lbrace); lb.Line == at.Line {
		return analysis.SuggestedFix{}, false // a one-line body: leave it to the user
	}
	indent, ok := lineIndent(idx, at)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	text := "runtime.LockOSThread()\n" + indent
	if unlock {
		text += "defer runtime.UnlockOSThread()\n" + indent
	}
	edits := []analysis.TextEdit{{Pos: first.Pos(), End: first.Pos(), NewText: []byte(text)}}
	if !imports(file, "runtime") {
		last := file.Imports[len(file.Imports)-1]
		var decl ast.Node = last
		for _, d := range file.Decls {
			if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.IMPORT && gd.Pos() <= last.Pos() && last.End() <= gd.End() {
				decl = gd
			}
		}
		edits = append(edits, analysis.TextEdit{Pos: decl.End(), End: decl.End(), NewText: []byte("\n\nimport \"runtime\"")})
	}
	// Edits must be sorted by position: the import comes first.
	if len(edits) == 2 {
		edits[0], edits[1] = edits[1], edits[0]
	}
	msg := "Lock the goroutine to its OS thread for the whole function"
	if !unlock {
		msg = "Lock the main goroutine to the main OS thread for main too"
	}
	return analysis.SuggestedFix{Message: msg, TextEdits: edits}, true
}

// lineIndent returns the white space that starts the line of at, as the
// file has it (tabs, spaces, or both): the first statement keeps it on its
// new line, whatever precedes it on the old one.
func lineIndent(idx *cgocall.Index, at token.Position) (string, bool) {
	src, err := idx.ReadFile(at.Filename)
	if err != nil || at.Offset > len(src) {
		return "", false
	}
	start := bytes.LastIndexByte(src[:at.Offset], '\n') + 1
	line := src[start:at.Offset]
	return string(line[:len(line)-len(bytes.TrimLeft(line, " \t"))]), true
}

func imports(f *ast.File, path string) bool {
	for _, imp := range f.Imports {
		if p, _ := strconv.Unquote(imp.Path.Value); p == path {
			return true
		}
	}
	return false
}
