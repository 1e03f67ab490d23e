#!/usr/bin/env bash
# The language server against a real client: installs Neovim (Debian's,
# whose built-in LSP client the test drives headless) and runs TestNeovim,
# which must pass here, not skip.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v nvim >/dev/null; then
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq neovim >/dev/null
fi
out=$(go test -count=1 -run '^TestNeovim$' -v ./internal/lsp/ 2>&1) || { echo "$out"; exit 1; }
echo "$out" | tail -3
grep -q -- '--- PASS: TestNeovim' <<<"$out" || { echo "TestNeovim did not pass (skipped?)"; echo "$out"; exit 1; }
