// Package textedit holds the text edits pyvet's fixes share. Fixes edit the
// user's original file (drivers drop edits to the files cgo writes).
package textedit

import (
	"bytes"
	"go/ast"
	"go/token"

	"golang.org/x/tools/go/analysis"
)

// DeleteLine deletes n with its whole line when nothing else stands on it,
// else just n. src is the content of tf, the file n is in.
func DeleteLine(src []byte, tf *token.File, n ast.Node) analysis.TextEdit {
	edit := analysis.TextEdit{Pos: n.Pos(), End: n.End()}
	if tf == nil || tf.Size() != len(src) {
		return edit
	}
	line := tf.Line(n.Pos())
	start := tf.LineStart(line)
	end := token.Pos(tf.Base() + tf.Size())
	if line < tf.LineCount() {
		end = tf.LineStart(line + 1)
	}
	before := src[tf.Offset(start):tf.Offset(n.Pos())]
	after := src[tf.Offset(n.End()):tf.Offset(end)]
	if len(bytes.TrimSpace(before)) == 0 && len(bytes.TrimSpace(after)) == 0 {
		edit.Pos, edit.End = start, end
	}
	return edit
}
