// Package lsp is pyvet's language server (pyvet lsp): it runs beside gopls,
// which cannot load third-party analyzers, and shows pyvet's findings as
// diagnostics and its fixes as code actions in any LSP editor.
//
// On didOpen and didSave of a .go file (and shortly after a didChange) the
// server analyzes the file's package (its directory, with its tests) with
// the standalone driver, giving it the open buffers as an overlay, and
// publishes the findings of every file of the package. A newer request for
// the same package cancels the analysis in flight; one analysis runs at a
// time. Settings are values: each analysis takes the analyzers built from
// the settings in force when it starts.
//
// The transport and message types are go.lsp.dev/jsonrpc2 and
// go.lsp.dev/protocol; docs/editors.md says why.
package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"sync"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
	"golang.org/x/tools/go/analysis"
)

// Options tune a server; the zero value is what pyvet lsp uses.
type Options struct {
	// Version is pyvet's version, for the initialize reply.
	Version string
	// ChangeDelay is how long the server waits after a didChange before
	// analyzing the unsaved buffer (a newer change restarts the wait);
	// zero means 300ms.
	ChangeDelay time.Duration
}

// Serve runs the server on the stream rwc (stdin and stdout for pyvet lsp)
// until the client sends exit or closes the stream.
func Serve(ctx context.Context, rwc io.ReadWriteCloser, opts Options) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	conn := jsonrpc2.NewConn(jsonrpc2.NewStream(rwc))
	s := newServer(ctx, conn, opts)
	conn.Go(ctx, s.handle)
	select {
	case <-conn.Done():
	case <-ctx.Done(): // interrupted
		conn.Close()
		<-conn.Done()
	}
	interrupted := ctx.Err() != nil
	cancel() // the analyses in flight
	s.wait()
	// The stream ends in an error however it ends: after exit, when the
	// client closes it (EOF), or when interrupted; other errors are real.
	if err := conn.Err(); err != nil && !interrupted && !s.exited() && !errors.Is(err, io.EOF) {
		return err
	}
	return nil
}

// server is one client's session.
type server struct {
	ctx   context.Context // cancelled when the session ends
	conn  jsonrpc2.Conn
	opts  Options
	cpu   chan struct{} // one analysis at a time
	busy  sync.WaitGroup
	pubMu sync.Mutex // held from a run's last check to its last publish

	mu        sync.Mutex
	analyzers []*analysis.Analyzer
	docs      map[string]*document // open buffers, by file name
	runs      map[string]*run      // analyses in flight, by package directory
	findings  map[string]*fileFindings
	published map[string][]string // by package directory: files given diagnostics
	exit      bool
}

func newServer(ctx context.Context, conn jsonrpc2.Conn, opts Options) *server {
	if opts.ChangeDelay == 0 {
		opts.ChangeDelay = 300 * time.Millisecond
	}
	analyzers, _ := decodeSettings(nil)
	return &server{
		ctx:       ctx,
		conn:      conn,
		opts:      opts,
		cpu:       make(chan struct{}, 1),
		analyzers: analyzers,
		docs:      map[string]*document{},
		runs:      map[string]*run{},
		findings:  map[string]*fileFindings{},
		published: map[string][]string{},
	}
}

// A document is an open buffer.
type document struct {
	version int32
	text    []byte
}

// handle answers one message. jsonrpc2 calls it from its read loop, so it
// returns at once: analyses run on their own goroutines.
func (s *server) handle(ctx context.Context, reply jsonrpc2.Replier, req jsonrpc2.Request) error {
	params := req.Params()
	switch req.Method() {
	case protocol.MethodInitialize:
		return s.initialize(ctx, reply, params)
	case protocol.MethodInitialized:
		return reply(ctx, nil, nil)
	case protocol.MethodShutdown:
		return reply(ctx, nil, nil)
	case protocol.MethodExit:
		s.mu.Lock()
		s.exit = true
		s.mu.Unlock()
		return s.conn.Close()
	case protocol.MethodTextDocumentDidOpen:
		var p protocol.DidOpenTextDocumentParams
		return s.notified(ctx, reply, params, &p, func() {
			s.setDocument(p.TextDocument.URI, p.TextDocument.Version, p.TextDocument.Text)
			s.schedule(p.TextDocument.URI, 0)
		})
	case protocol.MethodTextDocumentDidChange:
		var p protocol.DidChangeTextDocumentParams
		return s.notified(ctx, reply, params, &p, func() {
			if n := len(p.ContentChanges); n > 0 { // full sync: the last one is the text
				s.setDocument(p.TextDocument.URI, p.TextDocument.Version, p.ContentChanges[n-1].Text)
				s.schedule(p.TextDocument.URI, s.opts.ChangeDelay)
			}
		})
	case protocol.MethodTextDocumentDidSave:
		var p protocol.DidSaveTextDocumentParams
		return s.notified(ctx, reply, params, &p, func() { s.schedule(p.TextDocument.URI, 0) })
	case protocol.MethodTextDocumentDidClose:
		var p protocol.DidCloseTextDocumentParams
		return s.notified(ctx, reply, params, &p, func() {
			s.mu.Lock()
			delete(s.docs, p.TextDocument.URI.Filename())
			s.mu.Unlock()
		})
	case protocol.MethodWorkspaceDidChangeConfiguration:
		var p struct {
			Settings json.RawMessage `json:"settings"`
		}
		return s.notified(ctx, reply, params, &p, func() { s.configure(p.Settings) })
	case protocol.MethodTextDocumentCodeAction:
		var p protocol.CodeActionParams
		if err := json.Unmarshal(params, &p); err != nil {
			return reply(ctx, nil, fmt.Errorf("%w: %v", jsonrpc2.ErrInvalidParams, err))
		}
		return reply(ctx, s.codeActions(p.TextDocument.URI.Filename(), p.Range), nil)
	}
	if _, isCall := req.(*jsonrpc2.Call); isCall {
		return jsonrpc2.MethodNotFoundHandler(ctx, reply, req)
	}
	return nil // notifications the server does not use ($/cancelRequest, …)
}

// notified decodes a notification's params into p and, if they decode,
// runs apply.
func (s *server) notified(ctx context.Context, reply jsonrpc2.Replier, params json.RawMessage, p any, apply func()) error {
	if err := json.Unmarshal(params, p); err != nil {
		s.log(protocol.MessageTypeError, "pyvet: bad params: %v", err)
		return reply(ctx, nil, nil)
	}
	apply()
	return reply(ctx, nil, nil)
}

func (s *server) initialize(ctx context.Context, reply jsonrpc2.Replier, params json.RawMessage) error {
	var p struct {
		InitializationOptions json.RawMessage `json:"initializationOptions"`
	}
	if err := json.Unmarshal(params, &p); err != nil {
		return reply(ctx, nil, fmt.Errorf("%w: %v", jsonrpc2.ErrInvalidParams, err))
	}
	analyzers, err := decodeSettings(p.InitializationOptions)
	if err != nil {
		return reply(ctx, nil, jsonrpc2.NewError(jsonrpc2.InvalidParams, err.Error()))
	}
	s.mu.Lock()
	s.analyzers = analyzers
	s.mu.Unlock()
	return reply(ctx, protocol.InitializeResult{
		Capabilities: protocol.ServerCapabilities{
			TextDocumentSync: protocol.TextDocumentSyncOptions{
				OpenClose: true,
				Change:    protocol.TextDocumentSyncKindFull,
				Save:      &protocol.SaveOptions{},
			},
			CodeActionProvider: protocol.CodeActionOptions{CodeActionKinds: []protocol.CodeActionKind{protocol.QuickFix}},
		},
		ServerInfo: &protocol.ServerInfo{Name: "pyvet", Version: s.opts.Version},
	}, nil)
}

// configure applies new settings and analyzes the open packages again;
// bad settings are reported and the old ones kept.
func (s *server) configure(raw json.RawMessage) {
	analyzers, err := decodeSettings(raw)
	if err != nil {
		s.show(protocol.MessageTypeError, "%v (the previous settings stay)", err)
		return
	}
	s.mu.Lock()
	s.analyzers = analyzers
	dirs := map[string]string{}
	for name := range s.docs {
		dirs[filepath.Dir(name)] = name
	}
	s.mu.Unlock()
	for _, name := range dirs {
		s.schedule(uri.File(name), 0)
	}
}

func (s *server) setDocument(u protocol.DocumentURI, version int32, text string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.docs[u.Filename()] = &document{version: version, text: []byte(text)}
}

func (s *server) exited() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.exit
}

// wait waits for the analyses in flight, which the session's end cancels.
func (s *server) wait() { s.busy.Wait() }

func (s *server) log(typ protocol.MessageType, format string, args ...any) {
	s.conn.Notify(s.ctx, protocol.MethodWindowLogMessage, &protocol.LogMessageParams{Type: typ, Message: fmt.Sprintf(format, args...)})
}

func (s *server) show(typ protocol.MessageType, format string, args ...any) {
	s.conn.Notify(s.ctx, protocol.MethodWindowShowMessage, &protocol.ShowMessageParams{Type: typ, Message: fmt.Sprintf(format, args...)})
}
