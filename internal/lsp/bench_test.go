package lsp

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
)

// BenchmarkSaveToDiagnostics measures, on each package of the bundled
// example, the time from a didSave to the package's diagnostics (warm: the
// file was opened and analyzed first) against a warm pyvet command-line run
// on the same package, alternating the two. It reports both medians and
// their ratio (the target: lsp/cli ≤ 2):
//
//	go test -run '^$' -bench SaveToDiagnostics -benchtime 10x ./internal/lsp/
func BenchmarkSaveToDiagnostics(b *testing.B) {
	root, err := filepath.Abs("../..")
	if err != nil {
		b.Fatal(err)
	}
	pyvet := filepath.Join(b.TempDir(), "pyvet")
	if out, err := exec.Command("go", "build", "-o", pyvet, "github.com/pyvet/pyvet/cmd/pyvet").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	for _, file := range []string{"app/app.go", "pyexample/py.go", "worker/worker.go"} {
		name := filepath.Join(root, "example", file)
		b.Run(filepath.Dir(file), func(b *testing.B) {
			src, err := os.ReadFile(name)
			if err != nil {
				b.Fatal(err)
			}
			c := start(b, Options{}, "")
			c.open(name, 1, string(src))
			c.await(name)
			pkg := "./" + filepath.Dir(filepath.Join("example", file))
			cliRun := func() time.Duration {
				cmd := exec.Command(pyvet, pkg)
				cmd.Dir = root
				t0 := time.Now()
				if err := cmd.Run(); err != nil {
					if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 3 {
						b.Fatalf("pyvet: %v (want exit 3, findings)", err)
					}
				}
				return time.Since(t0)
			}
			cliRun() // warm
			var lsp, cmdline []time.Duration
			b.ResetTimer()
			for b.Loop() {
				t0 := time.Now()
				c.notify(protocol.MethodTextDocumentDidSave, &protocol.DidSaveTextDocumentParams{TextDocument: protocol.TextDocumentIdentifier{URI: uri.File(name)}})
				c.await(name)
				lsp = append(lsp, time.Since(t0))
				cmdline = append(cmdline, cliRun())
			}
			b.StopTimer()
			l, m := median(lsp), median(cmdline)
			b.ReportMetric(float64(l.Milliseconds()), "lsp-ms")
			b.ReportMetric(float64(m.Milliseconds()), "cli-ms")
			b.ReportMetric(float64(l)/float64(m), "lsp/cli")
		})
	}
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}
