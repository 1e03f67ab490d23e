package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
)

// TestLSP: pyvet lsp serves on stdin and stdout, answers initialize, and
// exits 0 on shutdown and exit; arguments are refused.
func TestLSP(t *testing.T) {
	var stderr bytes.Buffer
	if code := lspMain([]string{"./..."}, nil, nil, &stderr); code != exitUsage || !strings.Contains(stderr.String(), "takes no arguments") {
		t.Errorf("pyvet lsp ./...: exit %d, %q; want %d and a word about arguments", code, stderr.String(), exitUsage)
	}

	inR, inW, _ := os.Pipe()
	outR, outW, _ := os.Pipe()
	exited := make(chan int, 1)
	stderr.Reset()
	go func() { exited <- lspMain(nil, inR, outW, &stderr) }()
	conn := jsonrpc2.NewConn(jsonrpc2.NewStream(stdio{outR, inW}))
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	conn.Go(ctx, jsonrpc2.MethodNotFoundHandler)
	var res protocol.InitializeResult
	if _, err := conn.Call(ctx, protocol.MethodInitialize, map[string]any{"capabilities": map[string]any{}}, &res); err != nil {
		t.Fatalf("initialize: %v", err)
	}
	if res.ServerInfo == nil || res.ServerInfo.Name != "pyvet" {
		t.Errorf("initialize: server info %+v, want pyvet", res.ServerInfo)
	}
	conn.Call(ctx, protocol.MethodShutdown, nil, nil)
	conn.Notify(ctx, protocol.MethodExit, nil)
	select {
	case code := <-exited:
		if code != exitClean {
			t.Errorf("pyvet lsp exited %d after exit (stderr %q), want 0", code, stderr.String())
		}
	case <-ctx.Done():
		t.Fatal("pyvet lsp did not return after exit")
	}
	io.Copy(io.Discard, outR)
}
