#!/usr/bin/env bash
# Run every fuzz target in the repository for a short time. Targets are found
# by grep, so new ones are picked up: func FuzzX(f *testing.F) in a _test.go
# file runs as go test -run='^$' -fuzz='^FuzzX$' -fuzztime=$FUZZTIME ./pkg.
set -euo pipefail
cd "$(dirname "$0")/../.."
FUZZTIME=${FUZZTIME:-20s}

grep -rlE --include='*_test.go' '^func Fuzz[A-Za-z0-9_]*\(f \*testing\.F\)' . |
	grep -v '/testdata/' | sort |
	while read -r file; do
		dir=$(dirname "$file")
		grep -oE '^func Fuzz[A-Za-z0-9_]*' "$file" | sed 's/^func //' | sort -u |
			while read -r target; do
				echo "== fuzz $target in $dir ($FUZZTIME)"
				go test -run='^$' -fuzz="^${target}\$" -fuzztime="$FUZZTIME" "$dir" </dev/null
			done
	done
