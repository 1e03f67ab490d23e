package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/pyvet/pyvet/internal/lsp"
)

// lspMain runs pyvet lsp: the language server, on stdin and stdout, for
// editors to run beside gopls (docs/editors.md).
func lspMain(args []string, stdin io.ReadCloser, stdout io.WriteCloser, stderr io.Writer) int {
	if len(args) > 0 {
		fmt.Fprintf(stderr, "pyvet lsp takes no arguments (settings come from the editor: docs/editors.md), got %q\n", args)
		return exitUsage
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := lsp.Serve(ctx, stdio{stdin, stdout}, lsp.Options{Version: version()}); err != nil {
		fmt.Fprintf(stderr, "pyvet lsp: %v\n", err)
		return exitFailed
	}
	return exitClean
}

// stdio is stdin and stdout as one stream.
type stdio struct {
	io.ReadCloser
	io.WriteCloser
}

func (s stdio) Close() error {
	err := s.ReadCloser.Close()
	if werr := s.WriteCloser.Close(); err == nil {
		err = werr
	}
	return err
}
