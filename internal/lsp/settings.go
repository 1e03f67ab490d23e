package lsp

import (
	"bytes"
	"encoding/json"
	"fmt"

	"golang.org/x/tools/go/analysis"

	"github.com/pyvet/pyvet/gclplugin"
)

// Settings are the server's settings, in initializationOptions or in
// workspace/didChangeConfiguration (bare, or under a "pyvet" key). They
// are the golangci-lint plugin's, so one block of settings serves both:
//
//	{"checks": ["borrowedref"], "python": "3.12",
//	 "blocking-funcs": ["example.com/q.(*Queue).Pop"],
//	 "flags": {"gilstate": {"python": "3.14"}}}
type Settings = gclplugin.Settings

// decodeSettings reads settings from raw JSON and builds the analyzers
// they select. Empty input, or null, means the defaults.
func decodeSettings(raw json.RawMessage) ([]*analysis.Analyzer, error) {
	var s Settings
	raw = bytes.TrimSpace(raw)
	if len(raw) > 0 && !bytes.Equal(raw, []byte("null")) {
		var wrapped struct {
			Pyvet json.RawMessage `json:"pyvet"`
		}
		if err := json.Unmarshal(raw, &wrapped); err == nil && len(wrapped.Pyvet) > 0 {
			raw = wrapped.Pyvet
		}
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&s); err != nil {
			return nil, fmt.Errorf("pyvet settings: %w", err)
		}
	}
	return gclplugin.Build(s)
}
