package creader

import "strings"

// maxNest bounds statement and call nesting; deeper code is left unread
// and the function marked Unknown.
const maxNest = 400

// bodyReader turns the tokens of a function body into events. It reads
// statements by their first token and expressions only for their calls,
// assignments and returned value; whatever it does not recognize is read as
// an expression statement up to the next ';'.
type bodyReader struct {
	fn        *Func
	toks      []token
	i         int
	objMacros map[string]bool
	depth     int
}

func readBody(fn *Func, toks []token, objMacros map[string]bool) {
	b := &bodyReader{fn: fn, toks: toks, objMacros: objMacros}
	b.stmts(false)
}

// readMacroBody reads a #define body: statements (do { } while (0),
// blocks) as a function body, an expression as if it were returned.
func readMacroBody(fn *Func, toks []token, objMacros map[string]bool) {
	b := &bodyReader{fn: fn, toks: toks, objMacros: objMacros}
	if len(toks) == 0 {
		return
	}
	first := toks[0]
	statements := first.is("{") || first.kind == tIdent && isStatementKeyword(first.text) ||
		len(toks) == 1 && first.kind == tIdent
	if len(splitTop(toks, ";")) > 1 {
		statements = true // a top-level ';' makes it a statement list
	}
	if statements {
		b.stmts(false)
		return
	}
	b.returnEvent(first, toks)
}

func (b *bodyReader) peekIs(s string) bool { return b.i < len(b.toks) && b.toks[b.i].is(s) }

func (b *bodyReader) emit(e Event) int {
	b.fn.Events = append(b.fn.Events, e)
	return len(b.fn.Events) - 1
}

func event(k EventKind, name string, t token) Event {
	return Event{Kind: k, Name: name, Line: t.line, Offset: t.off, Parent: -1, CallIndex: -1}
}

// last is the most recently consumed token, for positions of Close events.
func (b *bodyReader) last() token {
	if b.i > 0 && b.i <= len(b.toks) {
		return b.toks[b.i-1]
	}
	if len(b.toks) > 0 {
		return b.toks[0]
	}
	return token{line: b.fn.Line, off: b.fn.Offset}
}

// stmts reads statements up to the end or, inBlock, to an unconsumed '}'.
func (b *bodyReader) stmts(inBlock bool) {
	for b.i < len(b.toks) {
		if b.peekIs("}") {
			if inBlock {
				return
			}
			b.i++ // stray
			continue
		}
		before := b.i
		b.stmt()
		if b.i == before {
			b.i++
		}
	}
}

func (b *bodyReader) stmt() {
	if b.i >= len(b.toks) {
		return
	}
	if b.depth >= maxNest {
		b.fn.errorf("statements nest deeper than %d", maxNest)
		b.i = len(b.toks)
		return
	}
	b.depth++
	defer func() { b.depth-- }()

	t := b.toks[b.i]
	if t.kind == tPunct {
		switch t.text {
		case "{":
			b.i++
			b.emit(event(Open, "{", t))
			b.stmts(true)
			if b.peekIs("}") {
				b.i++
			} else {
				b.fn.errorf("a block is not closed")
			}
			b.emit(event(Close, "", b.last()))
		case ";":
			b.i++
		case "}":
		default:
			b.exprStmt()
		}
		return
	}
	if t.kind != tIdent {
		b.exprStmt()
		return
	}
	switch t.text {
	case "if":
		b.i++
		b.branchCond("if", t, b.cond(false))
		if b.peekIs("else") {
			e := b.toks[b.i]
			b.i++
			b.branch("else", e)
		}
	case "while":
		b.i++
		b.branchCond("while", t, b.cond(true))
	case "switch":
		b.i++
		b.branchCond("switch", t, b.cond(false))
	case "for":
		b.i++
		b.forHeader()
		b.branch("for", t)
	case "do":
		b.i++
		b.branch("do", t)
		if b.peekIs("while") {
			b.i++
			b.cond(true)
		}
		if b.peekIs(";") {
			b.i++
		}
	case "return":
		b.i++
		b.returnEvent(t, b.until())
	case "goto":
		b.i++
		name := ""
		if b.i < len(b.toks) && b.toks[b.i].kind == tIdent {
			name = b.toks[b.i].text
		}
		b.emit(event(Goto, name, t))
		b.until()
	case "break", "continue":
		b.i++
		b.emit(event(Jump, t.text, t))
		b.until()
	case "case":
		for b.i < len(b.toks) && !b.toks[b.i].is(":") && !b.toks[b.i].is(";") && !b.toks[b.i].is("}") {
			b.i++
		}
		if b.peekIs(":") {
			b.i++
		}
		b.emit(event(Label, "case", t))
	case "else":
		b.i++ // without its if: the if was in another #if branch
	default:
		if b.i+1 < len(b.toks) && b.toks[b.i+1].is(":") && !isKeyword(t.text) || t.text == "default" && b.i+1 < len(b.toks) && b.toks[b.i+1].is(":") {
			b.i += 2
			b.emit(event(Label, t.text, t))
			return
		}
		if b.bareMacro() {
			b.i++
			b.emit(event(Macro, t.text, t))
			if b.peekIs(";") {
				b.i++
			}
			return
		}
		b.exprStmt()
	}
}

// branch reads the statement controlled by keyword kw as a block.
func (b *bodyReader) branch(kw string, t token) { b.branchCond(kw, t, "") }

// branchCond is branch with the condition text, kept in the Open event.
func (b *bodyReader) branchCond(kw string, t token, cond string) {
	e := event(Open, kw, t)
	e.Expr = cond
	b.emit(e)
	if b.i < len(b.toks) && !b.peekIs("}") {
		b.stmt()
	}
	b.emit(event(Close, "", b.last()))
}

// cond reads a parenthesized condition and returns its text.
func (b *bodyReader) cond(loop bool) string {
	if !b.peekIs("(") {
		return ""
	}
	c := matchClose(b.toks, b.i)
	inner := b.toks[b.i+1 : min(c, len(b.toks))]
	b.calls(inner, loop, -1, -1)
	b.i = min(c+1, len(b.toks))
	return joinTokens(inner)
}

func (b *bodyReader) forHeader() {
	if !b.peekIs("(") {
		return
	}
	c := matchClose(b.toks, b.i)
	parts := splitTop(b.toks[b.i+1:min(c, len(b.toks))], ";")
	for k, p := range parts {
		if k == 0 {
			b.exprEvents(p)
		} else {
			b.calls(p, k == 1, -1, -1)
		}
	}
	b.i = min(c+1, len(b.toks))
}

// bareMacro reports whether the identifier at b.i is a statement on its
// own, such as Py_BEGIN_ALLOW_THREADS (which has no parentheses and often
// no semicolon).
func (b *bodyReader) bareMacro() bool {
	t := b.toks[b.i]
	if isKeyword(t.text) {
		return false
	}
	if isStatementMacro(t.text) || b.objMacros[t.text] || b.i+1 >= len(b.toks) {
		return true
	}
	next := b.toks[b.i+1]
	return next.is(";") || next.is("}") || next.bol && (next.kind == tIdent || next.is("{"))
}

// until collects an expression statement: up to a ';' (consumed) or a '}'
// (not consumed) outside brackets, or before a statement keyword, or after
// a leading macro call without its ';' (MACRO(x) followed by a new line).
func (b *bodyReader) until() []token {
	start := b.i
	depth := 0
	leadClose := -1 // the ')' of a leading MACRO(...), if the statement has one
	if start+1 < len(b.toks) && b.toks[start].kind == tIdent && b.toks[start+1].is("(") {
		leadClose = matchClose(b.toks, start+1)
	}
	for b.i < len(b.toks) {
		t := b.toks[b.i]
		if depth == 0 && b.i > start {
			if t.kind == tIdent && isStatementKeyword(t.text) {
				return b.toks[start:b.i]
			}
			if b.i == leadClose+1 && (t.is("{") || t.bol && t.kind == tIdent) {
				return b.toks[start:b.i]
			}
		}
		if t.kind == tPunct {
			switch t.text {
			case "(", "[", "{":
				depth++
			case ")", "]":
				if depth > 0 {
					depth--
				}
			case "}":
				if depth == 0 {
					return b.toks[start:b.i]
				}
				depth--
			case ";":
				if depth == 0 {
					b.i++
					return b.toks[start : b.i-1]
				}
			}
		}
		b.i++
	}
	return b.toks[start:b.i]
}

func (b *bodyReader) exprStmt() { b.exprEvents(b.until()) }

// exprEvents records the calls of an expression or declaration and its
// simple assignments NAME = value, one per comma-separated part.
func (b *bodyReader) exprEvents(toks []token) {
	for _, seg := range splitTop(toks, ",") {
		eq := -1
		depth := 0
		for k, t := range seg {
			if t.kind != tPunct {
				continue
			}
			switch t.text {
			case "(", "[", "{":
				depth++
			case ")", "]", "}":
				depth--
			case "=":
				if depth == 0 && eq < 0 {
					eq = k
				}
			}
		}
		target, ok := token{}, eq >= 1
		if ok {
			target, ok = assignTarget(seg[:eq])
		}
		if !ok {
			b.calls(seg, false, -1, -1)
			continue
		}
		b.calls(seg[:eq], false, -1, -1)
		rhs := seg[eq+1:]
		n0 := len(b.fn.Events)
		b.calls(rhs, false, -1, -1)
		e := event(Assign, target.text, target)
		b.describe(&e, rhs, n0)
		b.emit(e)
	}
}

// assignTarget returns the variable an assignment's left side lhs names:
// its last identifier (x, T *x, s.x), or the POSIX way of storing dlsym's
// void * into a function pointer, *(void **)(&NAME) or *(void **)&NAME,
// which stores into NAME.
func assignTarget(lhs []token) (token, bool) {
	n := len(lhs)
	if last := lhs[n-1]; last.kind == tIdent && !isKeyword(last.text) {
		return last, true
	}
	if n < 5 || lhs[0].text != "*" || lhs[1].text != "(" {
		return token{}, false
	}
	k := 2 // the cast's type: identifiers, then at least two '*'
	for k < n && lhs[k].kind == tIdent {
		k++
	}
	stars := 0
	for k < n && lhs[k].text == "*" {
		k, stars = k+1, stars+1
	}
	if k == 2 || stars < 2 || k >= n || lhs[k].text != ")" {
		return token{}, false
	}
	rest := lhs[k+1:]
	if len(rest) == 4 && rest[0].text == "(" && rest[3].text == ")" {
		rest = rest[1:3]
	}
	if len(rest) != 2 || rest[0].text != "&" || rest[1].kind != tIdent || isKeyword(rest[1].text) {
		return token{}, false
	}
	return rest[1], true
}

// returnEvent records return expr, after the calls in expr.
func (b *bodyReader) returnEvent(t token, expr []token) {
	n0 := len(b.fn.Events)
	b.calls(expr, false, -1, -1)
	e := event(Return, "", t)
	b.describe(&e, expr, n0)
	b.emit(e)
}

// describe fills the value fields of a Return or Assign event; the value's
// calls are the events from index n0 on.
func (b *bodyReader) describe(e *Event, value []token, n0 int) {
	e.Expr = joinTokens(value)
	s := stripCasts(value)
	switch {
	case len(s) == 1 && s[0].kind == tIdent && !isKeyword(s[0].text):
		e.Ident = s[0].text
	case len(s) >= 3 && s[0].kind == tIdent && s[1].is("(") && !isKeyword(s[0].text) && matchClose(s, 1) == len(s)-1:
		e.Callee = s[0].text
		for k := n0; k < len(b.fn.Events); k++ {
			if ev := b.fn.Events[k]; ev.Kind == Call && ev.Offset == s[0].off {
				e.CallIndex = k
				break
			}
		}
	}
}

// stripCasts removes enclosing parentheses and leading casts:
// ((PyObject *)PyList_GET_ITEM(l, i)) becomes PyList_GET_ITEM(l, i).
func stripCasts(s []token) []token {
	for len(s) >= 2 && s[0].is("(") {
		c := matchClose(s, 0)
		switch {
		case c == len(s)-1:
			s = s[1:c]
		case c < len(s)-1 && looksLikeType(s[1:c]):
			s = s[c+1:]
		default:
			return s
		}
	}
	return s
}

func looksLikeType(ts []token) bool {
	if len(ts) == 0 {
		return false
	}
	for _, t := range ts {
		if t.kind != tIdent && !t.is("*") {
			return false
		}
	}
	return true
}

// calls records every call NAME(args) in toks, nested calls after their
// enclosing one.
func (b *bodyReader) calls(toks []token, loop bool, parent, arg int) {
	if b.depth >= maxNest {
		b.fn.errorf("calls nest deeper than %d", maxNest)
		return
	}
	b.depth++
	defer func() { b.depth-- }()
	for k := 0; k+1 < len(toks); k++ {
		t := toks[k]
		if t.kind != tIdent || !toks[k+1].is("(") || isKeyword(t.text) {
			continue
		}
		if k > 0 && (toks[k-1].is(".") || toks[k-1].is("->")) {
			continue // a member called through a function pointer
		}
		c := matchClose(toks, k+1)
		inner := toks[k+2 : min(c, len(toks))]
		args := splitTop(inner, ",")
		if len(inner) == 0 {
			args = nil
		}
		e := event(Call, t.text, t)
		e.Parent, e.Arg, e.Loop = parent, arg, loop
		for _, a := range args {
			// TrimSpace: an unterminated literal keeps its trailing blanks.
			e.Args = append(e.Args, strings.TrimSpace(joinTokens(a)))
		}
		idx := b.emit(e)
		for ai, a := range args {
			b.calls(a, loop, idx, ai)
		}
		k = c
	}
}
