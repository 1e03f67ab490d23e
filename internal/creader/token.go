package creader

// tokKind classifies a token.
type tokKind uint8

const (
	tIdent tokKind = iota
	tNumber
	tString // "..." with any prefix (L, u, U, u8)
	tChar   // '...' with any prefix
	tPunct
	tDirective // the '#' that starts a preprocessor line
	tEOL       // the end of a preprocessor line
)

// token is one C token. text is a substring of the source; off and end are
// byte offsets, line is 1-based.
type token struct {
	kind     tokKind
	text     string
	off, end int
	line     int
	bol      bool // first token on its source line
}

// punctLen returns the length of the punctuator at src[i]: the longest
// multi-byte one that matches, else 1.
func punctLen(src string, i int) int {
	if len(src)-i >= 3 {
		switch src[i : i+3] {
		case "<<=", ">>=", "...":
			return 3
		}
	}
	if len(src)-i >= 2 {
		switch src[i : i+2] {
		case "->", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||",
			"+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "##":
			return 2
		}
	}
	return 1
}

// lex splits src into tokens. Comments vanish, backslash-newline joins
// lines, and every preprocessor line is bracketed by tDirective ... tEOL.
// It never fails: stray bytes become one-byte punctuators and unterminated
// literals and comments end at the end of the line or of the input.
func lex(src string) []token {
	var (
		toks  = make([]token, 0, len(src)/5)
		line  = 1
		bol   = true // nothing but blanks and comments since the last newline
		inDir = false
		i     = 0
	)
	emit := func(k tokKind, start, end int) {
		toks = append(toks, token{kind: k, text: src[start:end], off: start, end: end, line: line, bol: bol})
		bol = false
	}
	for i < len(src) {
		c := src[i]
		switch {
		case c == '\n':
			if inDir {
				toks = append(toks, token{kind: tEOL, off: i, end: i, line: line})
				inDir = false
			}
			line++
			bol = true
			i++
		case c == '\\' && i+1 < len(src) && (src[i+1] == '\n' || src[i+1] == '\r' && i+2 < len(src) && src[i+2] == '\n'):
			// Line continuation: the next line is part of this one.
			if src[i+1] == '\r' {
				i++
			}
			i += 2
			line++
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			i++
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			for i < len(src) && src[i] != '\n' {
				if src[i] == '\\' && i+1 < len(src) && src[i+1] == '\n' {
					line++ // a continued // comment swallows the next line
					i++
				}
				i++
			}
		case c == '/' && i+1 < len(src) && src[i+1] == '*':
			i += 2
			for i < len(src) && !(src[i] == '*' && i+1 < len(src) && src[i+1] == '/') {
				if src[i] == '\n' {
					line++
				}
				i++
			}
			i += 2
			if i > len(src) {
				i = len(src)
			}
		case c == '#' && bol && !inDir:
			emit(tDirective, i, i+1)
			inDir = true
			i++
		case c == '"' || c == '\'':
			start := i
			i, line = skipLiteral(src, i, line)
			if c == '"' {
				emit(tString, start, i)
			} else {
				emit(tChar, start, i)
			}
		case isDigit(c) || c == '.' && i+1 < len(src) && isDigit(src[i+1]):
			start := i
			i++
			for i < len(src) {
				d := src[i]
				if (d == '+' || d == '-') && strchr("eEpP", src[i-1]) {
					i++
					continue
				}
				if !isIdentByte(d) && d != '.' {
					break
				}
				i++
			}
			emit(tNumber, start, i)
		case isIdentStart(c):
			start := i
			for i < len(src) && isIdentByte(src[i]) {
				i++
			}
			word := src[start:i]
			if i < len(src) && (src[i] == '"' || src[i] == '\'') && (word == "L" || word == "u" || word == "U" || word == "u8") {
				q := src[i]
				i, line = skipLiteral(src, i, line)
				if q == '"' {
					emit(tString, start, i)
				} else {
					emit(tChar, start, i)
				}
				continue
			}
			emit(tIdent, start, i)
		default:
			n := punctLen(src, i)
			emit(tPunct, i, i+n)
			i += n
		}
	}
	if inDir {
		toks = append(toks, token{kind: tEOL, off: len(src), end: len(src), line: line})
	}
	return toks
}

// skipLiteral skips the string or character literal starting at src[i] and
// returns the offset after it and the updated line. An unterminated literal
// ends before the newline, as a C compiler would report it.
func skipLiteral(src string, i, line int) (int, int) {
	q := src[i]
	i++
	for i < len(src) {
		switch src[i] {
		case q:
			return i + 1, line
		case '\n':
			return i, line
		case '\\':
			if i+1 < len(src) && src[i+1] == '\n' {
				line++
			}
			i += 2
			continue
		}
		i++
	}
	if i > len(src) {
		i = len(src)
	}
	return i, line
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
func isIdentStart(c byte) bool {
	return c == '_' || c == '$' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= 0x80
}
func isIdentByte(c byte) bool { return isIdentStart(c) || isDigit(c) }

func strchr(set string, c byte) bool {
	for i := 0; i < len(set); i++ {
		if set[i] == c {
			return true
		}
	}
	return false
}

// is reports whether t is the punctuator or keyword s.
func (t token) is(s string) bool { return t.text == s && (t.kind == tPunct || t.kind == tIdent) }

// joinTokens rebuilds the source text of toks with comments dropped and
// every run of blanks between two tokens reduced to one space.
func joinTokens(toks []token) string {
	n := 0
	for _, t := range toks {
		n += len(t.text) + 1
	}
	b := make([]byte, 0, n)
	for k, t := range toks {
		if k > 0 && t.off > toks[k-1].end {
			b = append(b, ' ')
		}
		b = append(b, t.text...)
	}
	return string(b)
}
