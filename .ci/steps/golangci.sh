#!/usr/bin/env bash
# Builds a custom golangci-lint v2.15.0 with pyvet's module plugin (as
# "golangci-lint custom" would, from the Go module proxy instead of git) and
# checks its findings on gclplugin/testdata/mod and on the bundled example.
# Slow (minutes): the plain "go test ./..." skips it.
set -euo pipefail
cd "$(dirname "$0")/../.."
PYVET_GOLANGCI=1 go test -count=1 -timeout 40m -run '^TestGolangciLint$' -v ./gclplugin/
