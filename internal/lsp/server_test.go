package lsp

import (
	"context"
	"encoding/json"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"github.com/pyvet/pyvet/internal/rules"
)

// client is a fake editor on the other end of an in-memory pipe: it
// records the diagnostics the server publishes.
type client struct {
	t     testing.TB
	conn  jsonrpc2.Conn
	diags chan *protocol.PublishDiagnosticsParams
}

// start runs a server and initializes it with options (JSON, or "").
func start(t testing.TB, opts Options, options string) *client {
	t.Helper()
	serverEnd, clientEnd := net.Pipe()
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- Serve(ctx, serverEnd, opts) }()
	c := &client{t: t, conn: jsonrpc2.NewConn(jsonrpc2.NewStream(clientEnd)), diags: make(chan *protocol.PublishDiagnosticsParams, 100)}
	c.conn.Go(ctx, func(ctx context.Context, reply jsonrpc2.Replier, req jsonrpc2.Request) error {
		if req.Method() == protocol.MethodTextDocumentPublishDiagnostics {
			p := new(protocol.PublishDiagnosticsParams)
			if err := json.Unmarshal(req.Params(), p); err != nil {
				t.Errorf("publishDiagnostics: %v", err)
			}
			c.diags <- p
		}
		return reply(ctx, nil, nil)
	})
	t.Cleanup(func() {
		c.conn.Call(ctx, protocol.MethodShutdown, nil, nil)
		c.conn.Notify(ctx, protocol.MethodExit, nil)
		select {
		case err := <-served:
			if err != nil {
				t.Errorf("Serve: %v", err)
			}
		case <-time.After(30 * time.Second):
			t.Errorf("Serve did not return after exit")
		}
		cancel()
	})
	params := map[string]any{"capabilities": map[string]any{}}
	if options != "" {
		params["initializationOptions"] = json.RawMessage(options)
	}
	var res protocol.InitializeResult
	if _, err := c.conn.Call(ctx, protocol.MethodInitialize, params, &res); err != nil {
		t.Fatalf("initialize: %v", err)
	}
	c.notify(protocol.MethodInitialized, map[string]any{})
	return c
}

func (c *client) notify(method string, params any) {
	c.t.Helper()
	if err := c.conn.Notify(context.Background(), method, params); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

func (c *client) open(name string, version int32, text string) {
	c.notify(protocol.MethodTextDocumentDidOpen, &protocol.DidOpenTextDocumentParams{TextDocument: protocol.TextDocumentItem{
		URI: uri.File(name), LanguageID: "go", Version: version, Text: text,
	}})
}

func (c *client) change(name string, version int32, text string) {
	c.notify(protocol.MethodTextDocumentDidChange, &protocol.DidChangeTextDocumentParams{
		TextDocument:   protocol.VersionedTextDocumentIdentifier{TextDocumentIdentifier: protocol.TextDocumentIdentifier{URI: uri.File(name)}, Version: version},
		ContentChanges: []protocol.TextDocumentContentChangeEvent{{Text: text}},
	})
}

// await returns the next diagnostics published for name.
func (c *client) await(name string) *protocol.PublishDiagnosticsParams {
	c.t.Helper()
	timeout := time.After(2 * time.Minute)
	for {
		select {
		case p := <-c.diags:
			if p.URI.Filename() == name {
				return p
			}
		case <-timeout:
			c.t.Fatalf("no diagnostics for %s", name)
		}
	}
}

func (c *client) codeActions(name string, line uint32) []protocol.CodeAction {
	c.t.Helper()
	var out []protocol.CodeAction
	at := protocol.Position{Line: line}
	_, err := c.conn.Call(context.Background(), protocol.MethodTextDocumentCodeAction, &protocol.CodeActionParams{
		TextDocument: protocol.TextDocumentIdentifier{URI: uri.File(name)},
		Range:        protocol.Range{Start: at, End: at},
	}, &out)
	if err != nil {
		c.t.Fatalf("codeAction: %v", err)
	}
	return out
}

func workerFile(t *testing.T) (string, string) {
	t.Helper()
	name, err := filepath.Abs("testdata/mod/worker/worker.go")
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return name, string(src)
}

func byCode(p *protocol.PublishDiagnosticsParams) map[string]protocol.Diagnostic {
	out := map[string]protocol.Diagnostic{}
	for _, d := range p.Diagnostics {
		code, _ := d.Code.(string)
		check, _, _ := strings.Cut(code, "/")
		out[check] = d
	}
	return out
}

func rng(l1, c1, l2, c2 uint32) protocol.Range {
	return protocol.Range{Start: protocol.Position{Line: l1, Character: c1}, End: protocol.Position{Line: l2, Character: c2}}
}

// TestDiagnostics: opening a file publishes its package's findings with
// LSP ranges (UTF-16 columns), rule IDs linked to their docs, and
// related positions.
func TestDiagnostics(t *testing.T) {
	name, src := workerFile(t)
	c := start(t, Options{}, "")
	c.open(name, 1, src)
	p := c.await(name)
	if p.Version != 1 || len(p.Diagnostics) != 2 {
		t.Fatalf("got version %d, %d diagnostics %+v; want version 1, 2 diagnostics", p.Version, len(p.Diagnostics), p.Diagnostics)
	}
	ds := byCode(p)
	gil, thread := ds["gilstate"], ds["osthread"]
	// The check cannot tell where cgo's call ends: the range is the name.
	if gil.Range != rng(19, 7, 19, 26) || gil.Source != "pyvet" || gil.Severity != protocol.DiagnosticSeverityWarning {
		t.Errorf("gilstate finding: %+v", gil)
	}
	if len(gil.RelatedInformation) != 1 || gil.RelatedInformation[0].Location.URI.Filename() != name ||
		gil.RelatedInformation[0].Location.Range != rng(21, 2, 21, 2) || gil.RelatedInformation[0].Message != "this return does not give it back" {
		t.Errorf("gilstate finding's related information: %+v", gil.RelatedInformation)
	}
	// "\t\tétat := C.PyGILState_Ensure()": byte column 12, UTF-16 column 10.
	if thread.Range != rng(31, 10, 31, 31) {
		t.Errorf("osthread finding's range: %+v, want 31:10-31:31", thread.Range)
	}
	r, _ := rules.Lookup("osthread/unlocked-goroutine")
	if thread.Code != r.ID || thread.CodeDescription == nil || string(thread.CodeDescription.Href) != r.URL() {
		t.Errorf("osthread finding's code %v and description %+v, want %s and %s", thread.Code, thread.CodeDescription, r.ID, r.URL())
	}
}

// TestCodeActions: a finding's fix is a quickfix editing the file, and an
// ignore action adds the directive on the line above.
func TestCodeActions(t *testing.T) {
	name, src := workerFile(t)
	c := start(t, Options{}, "")
	c.open(name, 1, src)
	c.await(name)
	actions := c.codeActions(name, 31)
	if len(actions) != 2 {
		t.Fatalf("got %d actions %+v, want the fix and the ignore action", len(actions), actions)
	}
	fix, ignore := actions[0], actions[1]
	want := "\t\truntime.LockOSThread()\n\t\tdefer runtime.UnlockOSThread()\n\t\tétat := C.PyGILState_Ensure()\n"
	if got := applyOne(t, src, name, fix); !strings.Contains(got, want) || fix.Kind != protocol.QuickFix || !fix.IsPreferred {
		t.Errorf("fix %q (kind %s, preferred %v) gives\n%s\nwant it to hold\n%s", fix.Title, fix.Kind, fix.IsPreferred, got, want)
	}
	want = "\t\t//pyvet:ignore osthread/unlocked-goroutine --\n\t\tétat := C.PyGILState_Ensure()\n"
	if got := applyOne(t, src, name, ignore); !strings.Contains(got, want) || ignore.Kind != protocol.QuickFix {
		t.Errorf("ignore action %q gives\n%s\nwant it to hold\n%s", ignore.Title, got, want)
	}
	if len(fix.Diagnostics) != 1 || fix.Diagnostics[0].Code != "osthread/unlocked-goroutine" {
		t.Errorf("the fix names diagnostics %+v, want the osthread finding", fix.Diagnostics)
	}
	if got := c.codeActions(name, 5); len(got) != 0 {
		t.Errorf("a line without findings has actions %+v", got)
	}
}

// TestUnsavedBuffer: a didChange is analyzed from the buffer, not the
// disk, and a fix edits the buffer where it is now: the checks read it
// through the overlay, so its offsets are the buffer's.
func TestUnsavedBuffer(t *testing.T) {
	name, src := workerFile(t)
	c := start(t, Options{ChangeDelay: time.Millisecond}, "")
	c.open(name, 1, src)
	c.await(name)
	locked := strings.Replace(src, "\t\tétat :=", "\t\truntime.LockOSThread()\n\t\tétat :=", 1)
	c.change(name, 2, locked)
	p := c.await(name)
	if ds := byCode(p); p.Version != 2 || len(p.Diagnostics) != 1 || ds["gilstate"].Range.Start.Line != 19 {
		t.Fatalf("after the unsaved change: version %d, diagnostics %+v; want version 2, the gilstate finding alone", p.Version, p.Diagnostics)
	}
	moved := "\n\n" + src
	c.change(name, 3, moved)
	p = c.await(name)
	ds := byCode(p)
	if p.Version != 3 || ds["osthread"].Range.Start.Line != 33 {
		t.Fatalf("after two lines were added: version %d, diagnostics %+v; want the osthread finding on line 33", p.Version, p.Diagnostics)
	}
	actions := c.codeActions(name, 33)
	if len(actions) != 2 || !strings.HasPrefix(actions[1].Title, "Ignore ") {
		t.Fatalf("unsaved buffer: actions %+v, want the fix and the ignore action", actions)
	}
	want := "\t\truntime.LockOSThread()\n\t\tdefer runtime.UnlockOSThread()\n\t\tétat := C.PyGILState_Ensure()\n"
	if got := applyOne(t, moved, name, actions[0]); !strings.Contains(got, want) || !strings.HasPrefix(got, "\n\n") {
		t.Errorf("the fix on the unsaved buffer gives\n%s\nwant it to start with the two new lines and hold\n%s", got, want)
	}
	ignored := strings.Replace(moved, "\t\tétat :=", "\t\t//pyvet:ignore osthread/unlocked-goroutine -- the test says so\n\t\tétat :=", 1)
	c.change(name, 4, ignored)
	p = c.await(name)
	if ds := byCode(p); p.Version != 4 || len(p.Diagnostics) != 1 || ds["gilstate"].Range.Start.Line != 21 {
		t.Errorf("after an unsaved //pyvet:ignore: version %d, diagnostics %+v; want the gilstate finding alone", p.Version, p.Diagnostics)
	}
}

// TestStaleFindings: no action is offered for findings older than the
// buffer.
func TestStaleFindings(t *testing.T) {
	name, src := workerFile(t)
	c := start(t, Options{ChangeDelay: time.Hour}, "")
	c.open(name, 1, src)
	c.await(name)
	c.change(name, 2, src+"\n") // its analysis waits an hour
	if actions := c.codeActions(name, 31); len(actions) != 0 {
		t.Errorf("stale findings: actions %+v, want none", actions)
	}
}

// TestNewerChangeWins: of two quick changes the first one's analysis is
// cancelled or discarded; only the newer buffer's findings are published.
func TestNewerChangeWins(t *testing.T) {
	name, src := workerFile(t)
	c := start(t, Options{ChangeDelay: time.Millisecond}, "")
	c.open(name, 1, "\n\n\n"+src)
	c.change(name, 2, src)
	p := c.await(name)
	if p.Version != 2 || byCode(p)["gilstate"].Range.Start.Line != 19 {
		t.Errorf("first publish: version %d, %+v; want version 2's findings", p.Version, p.Diagnostics)
	}
}

// TestSettings: initializationOptions and didChangeConfiguration choose
// the checks; bad settings are refused.
func TestSettings(t *testing.T) {
	name, src := workerFile(t)
	c := start(t, Options{}, `{"checks": ["gilstate"], "python": "3.13"}`)
	c.open(name, 1, src)
	if ds := byCode(c.await(name)); len(ds) != 1 || ds["gilstate"].Message == "" {
		t.Errorf("checks [gilstate]: got %+v", ds)
	}
	c.notify(protocol.MethodWorkspaceDidChangeConfiguration, map[string]any{"settings": map[string]any{"pyvet": map[string]any{"checks": []string{"osthread"}}}})
	if ds := byCode(c.await(name)); len(ds) != 1 || ds["osthread"].Message == "" {
		t.Errorf("checks [osthread]: got %+v", ds)
	}

	serverEnd, clientEnd := net.Pipe()
	go Serve(context.Background(), serverEnd, Options{})
	conn := jsonrpc2.NewConn(jsonrpc2.NewStream(clientEnd))
	conn.Go(context.Background(), jsonrpc2.MethodNotFoundHandler)
	defer conn.Close()
	_, err := conn.Call(context.Background(), protocol.MethodInitialize, map[string]any{"initializationOptions": map[string]any{"checks": []string{"nosuch"}}}, nil)
	if err == nil || !strings.Contains(err.Error(), `unknown check "nosuch"`) {
		t.Errorf("initialize with an unknown check: error %v, want it named", err)
	}
}

// applyOne applies the edits of a to src, the text of name.
func applyOne(t *testing.T, src, name string, a protocol.CodeAction) string {
	t.Helper()
	if a.Edit == nil || len(a.Edit.Changes) != 1 {
		t.Fatalf("action %q: want edits to one file, got %+v", a.Title, a.Edit)
	}
	edits := a.Edit.Changes[uri.File(name)]
	out := src
	for i := len(edits) - 1; i >= 0; i-- { // back to front: offsets stay valid
		e := edits[i]
		out = out[:offset(out, e.Range.Start)] + e.NewText + out[offset(out, e.Range.End):]
	}
	return out
}

// offset converts an LSP position to a byte offset in src.
func offset(src string, p protocol.Position) int {
	off := 0
	for range p.Line {
		off += strings.IndexByte(src[off:], '\n') + 1
	}
	n := 0
	for i, r := range src[off:] {
		if uint32(n) >= p.Character {
			return off + i
		}
		if r > 0xFFFF {
			n += 2
		} else {
			n++
		}
	}
	return len(src)
}
