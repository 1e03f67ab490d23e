package flow_test

import (
	"fmt"
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/pyvet/pyvet/internal/cgocall"
	"github.com/pyvet/pyvet/internal/cgotest"
	"github.com/pyvet/pyvet/internal/flow"
	"github.com/pyvet/pyvet/internal/helpers"
)

// bigFunc generates one function of n blocks, each with an Ensure/Release
// pair, a branch, a loop with a select, a detached region and a blocking
// receive: about 12 statements and 8 CFG blocks per block.
func bigFunc(n int) string {
	var b strings.Builder
	b.WriteString(`package big

/*
#cgo pkg-config: python3-embed
#include <Python.h>
*/
import "C"

import (
	"runtime"
	"time"
)

func Big(o *C.PyObject, ch chan int, x, n int) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
`)
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `	st%[1]d := C.PyGILState_Ensure()
	if x > %[1]d {
		C.Py_DecRef(o)
	} else {
		time.Sleep(0)
	}
	for i := 0; i < n; i++ {
		select {
		case <-ch:
		default:
		}
	}
	ts%[1]d := C.PyEval_SaveThread()
	<-ch
	C.PyEval_RestoreThread(ts%[1]d)
	C.PyGILState_Release(st%[1]d)
`, i)
	}
	b.WriteString("}\n")
	return b.String()
}

// BenchmarkFlow measures the engine on one generated function (cgo
// processing and type checking are done once, outside the timer).
func BenchmarkFlow(b *testing.B) {
	for _, n := range []int{10, 100} {
		b.Run(fmt.Sprintf("blocks=%d", n), func(b *testing.B) {
			dir := b.TempDir()
			src := filepath.Join(dir, "src", "big")
			if err := os.MkdirAll(src, 0o755); err != nil {
				b.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(src, "big.go"), []byte(bigFunc(n)), 0o644); err != nil {
				b.Fatal(err)
			}
			pkgs, err := cgotest.Load(dir, "big")
			if err != nil {
				b.Fatal(err)
			}
			p := cgotest.Cooked(pkgs[0])
			idx := cgocall.New(p.Fset, p.Files, p.Info)
			pass := &analysis.Pass{
				Analyzer:          flow.Analyzer,
				Fset:              p.Fset,
				Files:             p.Files,
				Pkg:               p.Types,
				TypesInfo:         p.Info,
				ResultOf:          map[*analysis.Analyzer]any{cgocall.Analyzer: idx},
				Report:            func(analysis.Diagnostic) {},
				ImportObjectFact:  func(types.Object, analysis.Fact) bool { return false },
				ExportObjectFact:  func(types.Object, analysis.Fact) {},
				ImportPackageFact: func(*types.Package, analysis.Fact) bool { return false },
				ExportPackageFact: func(analysis.Fact) {},
				AllObjectFacts:    func() []analysis.ObjectFact { return nil },
				AllPackageFacts:   func() []analysis.PackageFact { return nil },
			}
			hs, err := helpers.Analyzer.Run(pass)
			if err != nil {
				b.Fatal(err)
			}
			pass.ResultOf[helpers.Analyzer] = hs
			b.ResetTimer()
			for b.Loop() {
				res, err := flow.Analyzer.Run(pass)
				if err != nil {
					b.Fatal(err)
				}
				r := res.(*flow.Result)
				events := 0
				for _, fn := range r.Funcs() {
					r.Walk(fn, func(*flow.Event, *flow.State) { events++ })
				}
				if events == 0 {
					b.Fatal("no events")
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/block")
		})
	}
}
