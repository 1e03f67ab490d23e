package lsp

import (
	"context"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
	"golang.org/x/tools/go/analysis"

	"github.com/pyvet/pyvet/internal/driver"
)

// A run is one analysis of a package, until a newer one replaces it.
type run struct {
	cancel context.CancelFunc
}

// A snapshot is what an analysis starts from: the settings and the open
// buffers at that moment.
type snapshot struct {
	analyzers []*analysis.Analyzer
	overlay   map[string][]byte // open buffers, by file name
	versions  map[string]int32  // their versions
}

// fileFindings are the findings in one file from its package's last
// analysis, with what the code actions offer for them.
type fileFindings struct {
	version int32 // of the buffer analyzed; notOpen if it was not open
	items   []*finding
}

const notOpen = -1

type finding struct {
	diag   protocol.Diagnostic
	fixes  []protocol.CodeAction // one per SuggestedFix
	ignore *protocol.CodeAction  // adds a //pyvet:ignore directive; nil for findings about directives
}

// schedule analyzes the package of the file u after delay, cancelling the
// package's analysis in flight.
func (s *server) schedule(u protocol.DocumentURI, delay time.Duration) {
	name := u.Filename()
	if !strings.HasSuffix(name, ".go") {
		return
	}
	dir := filepath.Dir(name)
	ctx, cancel := context.WithCancel(s.ctx)
	r := &run{cancel: cancel}
	s.mu.Lock()
	if old := s.runs[dir]; old != nil {
		old.cancel()
	}
	s.runs[dir] = r
	s.mu.Unlock()
	s.busy.Add(1)
	go func() {
		defer s.busy.Done()
		defer cancel()
		s.analyze(ctx, r, dir, delay)
	}()
}

// analyze runs the driver on the package in dir and publishes what it
// found, unless a newer run replaced r meanwhile.
func (s *server) analyze(ctx context.Context, r *run, dir string, delay time.Duration) {
	select {
	case <-time.After(delay):
	case <-ctx.Done():
		return
	}
	select {
	case s.cpu <- struct{}{}:
	case <-ctx.Done():
		return
	}
	snap := s.snapshot()
	res, err := driver.Run(&driver.Config{
		Analyzers: snap.analyzers,
		Patterns:  []string{"."},
		Dir:       dir,
		Tests:     true,
		Overlay:   snap.overlay,
		Context:   ctx,
	})
	<-s.cpu
	if ctx.Err() != nil {
		return // a newer run took over, or the session ended
	}
	if err != nil {
		s.log(protocol.MessageTypeError, "pyvet: %s: %v", dir, err)
		return
	}
	for _, w := range res.Warnings {
		s.log(protocol.MessageTypeWarning, "pyvet: %s", w)
	}
	for _, e := range res.LoadErrors {
		s.log(protocol.MessageTypeWarning, "pyvet: %s", e)
	}
	s.publish(r, dir, findingsOf(res, snap))
}

func (s *server) snapshot() *snapshot {
	s.mu.Lock()
	defer s.mu.Unlock()
	snap := &snapshot{analyzers: s.analyzers, overlay: map[string][]byte{}, versions: map[string]int32{}}
	for name, doc := range s.docs {
		snap.overlay[name] = doc.text
		snap.versions[name] = doc.version
	}
	return snap
}

// findingsOf converts a result to diagnostics and code actions, by file.
func findingsOf(res *driver.Result, snap *snapshot) map[string]*fileFindings {
	src := newSources(snap.overlay)
	out := map[string]*fileFindings{}
	for _, d := range res.Diagnostics {
		name := d.Posn.Filename
		ff := out[name]
		if ff == nil {
			ff = &fileFindings{version: notOpen}
			if v, ok := snap.versions[name]; ok {
				ff.version = v
			}
			out[name] = ff
		}
		f := &finding{diag: diagnostic(d, res.Fset, src)}
		f.fixes = fixActions(d, res.Fset, src, f.diag)
		f.ignore = ignoreAction(d, src, f.diag)
		ff.items = append(ff.items, f)
	}
	return out
}

// publish stores a run's findings and sends them, with empty lists for
// the package's files that had findings and have none now.
func (s *server) publish(r *run, dir string, byFile map[string]*fileFindings) {
	s.pubMu.Lock()
	defer s.pubMu.Unlock()
	s.mu.Lock()
	if s.runs[dir] != r {
		s.mu.Unlock()
		return
	}
	delete(s.runs, dir)
	files := slices.Sorted(maps.Keys(byFile))
	for _, old := range s.published[dir] {
		if byFile[old] == nil {
			files = append(files, old)
			delete(s.findings, old)
		}
	}
	s.published[dir] = slices.Sorted(maps.Keys(byFile))
	maps.Copy(s.findings, byFile)
	s.mu.Unlock()

	for _, name := range files {
		p := &protocol.PublishDiagnosticsParams{URI: uri.File(name), Diagnostics: []protocol.Diagnostic{}}
		if ff := byFile[name]; ff != nil {
			if ff.version != notOpen {
				p.Version = uint32(ff.version)
			}
			for _, f := range ff.items {
				p.Diagnostics = append(p.Diagnostics, f.diag)
			}
		}
		s.conn.Notify(s.ctx, protocol.MethodTextDocumentPublishDiagnostics, p)
	}
}
