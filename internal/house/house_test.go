package house

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"
)

// A goFile is one non-test Go file of the repository, parsed.
type goFile struct {
	pkg  string // its directory, relative to the repository root, with slashes
	name string // its base name
	ast  *ast.File
}

// repoFiles parses the repository's Go files: not tests, not testdata, not
// hidden directories. The repository root is two levels up.
func repoFiles(t *testing.T, fset *token.FileSet) []goFile {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	var out []goFile
	err = filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != root && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".") || strings.HasPrefix(d.Name(), "_")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, p, nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(root, filepath.Dir(p))
		if err != nil {
			return err
		}
		out = append(out, goFile{pkg: filepath.ToSlash(rel), name: filepath.Base(p), ast: f})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) < 100 {
		t.Fatalf("found %d Go files under %s: not the repository", len(out), root)
	}
	return out
}

// parseSnippets parses src, keyed by a file name with its directory, as
// if they were the repository's files.
func parseSnippets(t *testing.T, fset *token.FileSet, src map[string]string) []goFile {
	t.Helper()
	var out []goFile
	for name, text := range src {
		f, err := parser.ParseFile(fset, name, text, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, goFile{pkg: path.Dir(name), name: path.Base(name), ast: f})
	}
	return out
}
