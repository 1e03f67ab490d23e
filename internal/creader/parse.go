package creader

import (
	"fmt"
	"sort"
)

// Parse reads the function definitions and macros of one C source. It
// never fails and never panics: what it cannot read it skips, marking the
// functions concerned Unknown, and an internal error yields the partial
// result with File.Unreadable set.
func Parse(src []byte) (f *File) {
	f = &File{}
	defer func() {
		if r := recover(); r != nil {
			f.Unreadable = true
		}
	}()
	parseInto(f, string(src))
	return f
}

// parseInto does Parse's work without the recover, so that tests and the
// fuzzer see internal errors.
func parseInto(f *File, src string) {
	pp := preprocess(lex(src))
	f.Degraded = pp.degraded
	objMacros := map[string]bool{}
	for _, m := range pp.defines {
		if !m.funcLike {
			objMacros[m.name.text] = true
		}
	}
	p := &topParser{toks: pp.toks, file: f, objMacros: objMacros}
	p.run()
	for _, m := range pp.defines {
		if fn := macroFunc(m, objMacros); fn != nil {
			f.Funcs = append(f.Funcs, fn)
		}
	}
	sort.SliceStable(f.Funcs, func(i, j int) bool { return f.Funcs[i].Offset < f.Funcs[j].Offset })
}

// topParser reads file scope: it finds function definitions and skips
// everything else (prototypes, typedefs, structs, globals, initializers).
type topParser struct {
	toks      []token
	i         int
	file      *File
	objMacros map[string]bool
}

func (p *topParser) run() {
	for p.i < len(p.toks) {
		start := p.i
		depth := 0 // ( and [ nesting
	decl:
		for p.i < len(p.toks) {
			t := p.toks[p.i]
			if t.kind == tPunct {
				switch t.text {
				case "(", "[":
					depth++
				case ")", "]":
					if depth > 0 {
						depth--
					}
				case ";":
					if depth == 0 {
						p.i++
						break decl
					}
				case "}":
					if depth == 0 { // stray, e.g. the end of extern "C" {
						p.i++
						break decl
					}
				case "{":
					if depth != 0 {
						break
					}
					header := p.toks[start:p.i]
					if fn := funcHeader(header); fn != nil {
						p.body(fn, header)
						break decl
					}
					if isExternC(header) {
						p.i++ // read what the linkage block holds as file scope
						break decl
					}
					// struct body, initializer, or something unknown:
					// skip it and keep reading the declaration.
					p.i = matchClose(p.toks, p.i) + 1
					continue
				}
			}
			p.i++
		}
	}
}

// body reads the braces at p.i as the body of fn.
func (p *topParser) body(fn *Func, header []token) {
	open := p.i
	close := matchClose(p.toks, open)
	end := close
	if close >= len(p.toks) {
		fn.errorf("the body is not closed before the end of the input")
		end = len(p.toks)
	}
	body := p.toks[open+1 : end]
	fn.EndLine = p.toks[min(end, len(p.toks)-1)].line
	readBody(fn, body, p.objMacros)
	lo, hi := header[0].off, p.toks[min(end, len(p.toks)-1)].end
	for _, d := range p.file.Degraded {
		if d.Start < hi && lo < d.End {
			fn.errorf("its #if branches do not balance their brackets")
		}
	}
	p.file.Funcs = append(p.file.Funcs, fn)
	p.i = end + 1
}

// matchClose returns the index of the bracket closing toks[open], or
// len(toks) if there is none. Only the kind of toks[open] is counted.
func matchClose(toks []token, open int) int {
	o := toks[open].text
	c := closer(o)
	depth := 0
	for k := open; k < len(toks); k++ {
		t := toks[k]
		if t.kind != tPunct {
			continue
		}
		switch t.text {
		case o:
			depth++
		case c:
			depth--
			if depth == 0 {
				return k
			}
		}
	}
	return len(toks)
}

// matchOpen returns the index of the bracket opening toks[close], or -1.
func matchOpen(toks []token, close int) int {
	c := toks[close].text
	o := string(opener(c[0]))
	depth := 0
	for k := close; k >= 0; k-- {
		t := toks[k]
		if t.kind != tPunct {
			continue
		}
		switch t.text {
		case c:
			depth++
		case o:
			depth--
			if depth == 0 {
				return k
			}
		}
	}
	return -1
}

func closer(o string) string {
	switch o {
	case "(":
		return ")"
	case "[":
		return "]"
	}
	return "}"
}

func isExternC(h []token) bool {
	return len(h) == 2 && h[0].is("extern") && h[1].kind == tString
}

// funcHeader returns the function that header (the tokens before a '{' at
// file scope) defines, or nil if it does not define one.
func funcHeader(h []token) *Func {
	// Drop what may follow the parameter list: attributes and macro
	// annotations (__attribute__((x)), Py_GCC_ATTRIBUTE((x)), NOEXCEPT).
	for len(h) > 0 {
		last := len(h) - 1
		if h[last].is(")") {
			o := matchOpen(h, last)
			if o <= 0 || h[o-1].kind != tIdent {
				return nil
			}
			// IDENT((...)) after the parameters: Py_GCC_ATTRIBUTE((x)).
			doubled := o >= 2 && h[o-2].is(")") && h[o+1].is("(") && matchClose(h, o+1) == last-1
			if isAttribute(h[o-1].text) || doubled {
				h = h[:o-1]
				continue
			}
			break
		}
		if h[last].kind == tIdent && last > 0 && h[last-1].is(")") && !isKeyword(h[last].text) {
			h = h[:last]
			continue
		}
		return nil
	}
	if len(h) < 3 {
		return nil
	}
	o := matchOpen(h, len(h)-1)
	if o <= 0 {
		return nil
	}
	name := h[o-1]
	if name.kind != tIdent || isKeyword(name.text) {
		return nil
	}
	for _, t := range h[:o-1] {
		if t.is("=") {
			return nil // an initializer, e.g. int x = f(1) { ... } is not C
		}
	}
	fn := &Func{Name: name.text, Line: name.line, Offset: name.off}
	fn.Params = paramNames(h[o+1 : len(h)-1])
	fn.ReturnType = returnType(fn, h[:o-1])
	return fn
}

// returnType collects the type before the name, back to the previous
// declaration's end, setting fn's storage flags on the way.
func returnType(fn *Func, h []token) string {
	var keep []token
	k := len(h) - 1
	for ; k >= 0; k-- {
		t := h[k]
		if t.is(")") {
			o := matchOpen(h, k)
			if o <= 0 {
				break
			}
			switch callee := h[o-1].text; {
			case isAttribute(callee):
				k = o - 1
				continue
			case callee == "Py_LOCAL_INLINE" || callee == "Py_LOCAL":
				// CPython's Py_LOCAL_INLINE(T): static inline T.
				fn.Static, fn.Inline = true, callee == "Py_LOCAL_INLINE"
				keep = append(keep, reverse(h[o+1:k])...)
			}
			break
		}
		if t.kind == tPunct && (t.text == ";" || t.text == "}") {
			break
		}
		switch t.text {
		case "static":
			fn.Static = true
		case "inline", "__inline", "__inline__", "__forceinline":
			fn.Inline = true
		case "extern", "_Noreturn", "register", "__extension__":
		default:
			keep = append(keep, t)
		}
	}
	return joinTokens(reverse(keep))
}

func reverse(ts []token) []token {
	out := make([]token, len(ts))
	for i, t := range ts {
		out[len(ts)-1-i] = t
	}
	return out
}

// paramNames names each parameter: the last identifier of its declarator,
// the (*name) of a function pointer, the x of Py_UNUSED(x).
func paramNames(ps []token) []string {
	args := splitTop(ps, ",")
	if len(args) == 1 && (len(args[0]) == 0 || len(args[0]) == 1 && args[0][0].is("void")) {
		return nil
	}
	names := make([]string, 0, len(args))
	for _, a := range args {
		names = append(names, paramName(a))
	}
	return names
}

func paramName(a []token) string {
	// Drop array suffixes: int a[10].
	for len(a) > 0 && a[len(a)-1].is("]") {
		o := matchOpen(a, len(a)-1)
		if o < 0 {
			break
		}
		a = a[:o]
	}
	if len(a) == 0 {
		return ""
	}
	last := a[len(a)-1]
	if last.is("...") {
		return "..."
	}
	if last.is(")") {
		o := matchOpen(a, len(a)-1)
		if o > 0 && a[o-1].text == "Py_UNUSED" && o+1 < len(a) {
			return a[o+1].text
		}
		// int (*cb)(int): the name is in the first parenthesized group.
		for k, t := range a {
			if t.is("(") {
				for _, u := range a[k+1:] {
					if u.kind == tIdent && !isKeyword(u.text) {
						return u.text
					}
					if u.is(")") {
						break
					}
				}
				break
			}
		}
		return ""
	}
	if last.kind != tIdent || isKeyword(last.text) {
		return ""
	}
	if len(a) == 1 && isTypeWord(last.text) {
		return ""
	}
	return last.text
}

// splitTop splits toks at the separator sep outside brackets.
func splitTop(toks []token, sep string) [][]token {
	var out [][]token
	depth, start := 0, 0
	for k, t := range toks {
		if t.kind != tPunct {
			continue
		}
		switch t.text {
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			depth--
		case sep:
			if depth == 0 {
				out = append(out, toks[start:k])
				start = k + 1
			}
		}
	}
	return append(out, toks[start:])
}

// macroFunc turns a #define into a pseudo-function: function-like macros
// always, object-like ones only when their body calls something.
func macroFunc(m *macroDef, objMacros map[string]bool) *Func {
	fn := &Func{Name: m.name.text, Macro: true, Line: m.name.line, Offset: m.name.off, EndLine: m.name.line}
	if m.funcLike {
		fn.Params = m.params
		if fn.Params == nil {
			fn.Params = []string{}
		}
	}
	if len(m.body) > 0 {
		fn.EndLine = m.body[len(m.body)-1].line
	}
	readMacroBody(fn, m.body, objMacros)
	if m.funcLike {
		return fn
	}
	for _, e := range fn.Events {
		if e.Kind == Call || e.Kind == Macro {
			return fn
		}
	}
	return nil
}

// errorf records why fn could not be read in full.
func (fn *Func) errorf(format string, args ...any) {
	if !fn.Unknown {
		fn.Unknown, fn.Why = true, fmt.Sprintf(format, args...)
	}
}
