package helpers

import "bytes"

// These scans look at C source without tokenizing it, so that a large C
// file with no Python in it (an amalgamated library) costs one pass over
// its bytes and no memory.

// includesPython reports whether src has an #include of Python.h (in any
// directory: <python3.13/Python.h> too).
func includesPython(src []byte) bool {
	for len(src) > 0 {
		line := src
		if i := bytes.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i], src[i+1:]
		} else {
			src = nil
		}
		if target, ok := includeTarget(line); ok && (string(target) == "Python.h" || bytes.HasSuffix(target, []byte("/Python.h"))) {
			return true
		}
	}
	return false
}

// includeTarget returns the file named by an #include line.
func includeTarget(line []byte) ([]byte, bool) {
	line = bytes.TrimLeft(line, " \t")
	rest, ok := bytes.CutPrefix(line, []byte("#"))
	if !ok {
		return nil, false
	}
	rest, ok = bytes.CutPrefix(bytes.TrimLeft(rest, " \t"), []byte("include"))
	if !ok {
		return nil, false
	}
	rest = bytes.TrimLeft(rest, " \t")
	if len(rest) < 2 || (rest[0] != '<' && rest[0] != '"') {
		return nil, false
	}
	end := byte('>')
	if rest[0] == '"' {
		end = '"'
	}
	i := bytes.IndexByte(rest[1:], end)
	if i < 0 {
		return nil, false
	}
	return rest[1 : 1+i], true
}

// mentionsPython reports whether src has an identifier that starts with
// Py or _Py: every name of the C API, its macros and its types does.
func mentionsPython(src []byte) bool {
	for i := 0; ; {
		j := bytes.Index(src[i:], []byte("Py"))
		if j < 0 {
			return false
		}
		at := i + j
		start := at
		for start > 0 && src[start-1] == '_' {
			start--
		}
		if start == 0 || !isIdentByte(src[start-1]) {
			return true
		}
		i = at + 2
	}
}

func isIdentByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// loadsPython reports whether src loads symbols at run time (dlsym) and
// names Python's: a program that dlopens libpython and calls the C API
// through pointers, often without including Python.h.
func loadsPython(src []byte) bool {
	return bytes.Contains(src, []byte("dlsym")) && mentionsPython(src)
}
