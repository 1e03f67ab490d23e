package analysisutil

import (
	"os"

	"golang.org/x/tools/go/analysis"
)

// ReadSource reads the file name as the driver sees it: through
// pass.ReadFile (gopls: the editor's unsaved buffer; pyvet: its overlay).
// Only a file the driver refuses is read from disk: drivers allow the
// package's own files, and refuse the user's original of a cgo-processed
// file, which is not among them but which fixes and //pyvet:ignore need.
func ReadSource(pass *analysis.Pass, name string) ([]byte, error) {
	if pass.ReadFile != nil {
		if b, err := pass.ReadFile(name); err == nil {
			return b, nil
		}
	}
	return os.ReadFile(name)
}
