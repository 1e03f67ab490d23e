#!/usr/bin/env bash
# Proves the hazards are real: builds CPython 3.13t and 3.13 from Debian's
# source package (cached outside the repository; about 2.5 minutes each the
# first time), runs every hazard program and its fixed twin on each runtime
# it applies to, and checks that pyvet flags exactly the bad programs.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash proof/runtimes.sh all
PYVET_PROOF_REQUIRE=1 go test -count=1 -timeout 30m -tags=proof ./proof/...
