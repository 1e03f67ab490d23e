#!/usr/bin/env bash
# The driver's caches under the race detector: a package, its test variant
# and its external test package analyzed 50 times at GOMAXPROCS=8 must give
# one answer, with no race (issue 14's flaky-exit reproducer).
set -euo pipefail
cd "$(dirname "$0")/../.."
go test -race -count=1 -run '^TestTestVariantsNeverCollide$' ./internal/driver/
