#!/usr/bin/env bash
# Fetches the C headers of Python 3.14 and 3.15 from Debian unstable (headers
# only: those builds need a newer glibc, so nothing links or runs against
# them) and runs the tests that type-check testdata against them
# (func TestHeaders*), which fail here instead of skipping when the headers
# are missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash proof/headers.sh
PYVET_HEADERS_REQUIRE=1 go test -count=1 -run '^TestHeaders' ./...
