#!/usr/bin/env bash
# The benchmark harness in its short mode (small modules, one round): it
# proves the harness runs; the numbers are not checked. The README's table
# comes from: go run ./bench -rounds=5 -size=large
set -euo pipefail
cd "$(dirname "$0")/../.."
go run ./bench -short
