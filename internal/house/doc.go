// Package house holds no code, only the tests that enforce the rules of the
// house across the repository (docs/design.md, "Rules this repository
// enforces"): no package-level mutable state outside main packages, no C
// API name spelt out in a check, machinery that imports no policy. Each
// test parses the repository's Go files with go/parser, and each has a
// twin that feeds it a bad snippet to show that it fails.
package house
