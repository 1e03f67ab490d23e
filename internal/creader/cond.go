package creader

import "strings"

// This file follows the preprocessor without evaluating it. Every branch of
// an #if group that any configuration can compile is read; when the
// branches do not each balance their brackets (a function header or an
// opening brace written twice, once per branch), reading them all would
// break the structure, so only the first live branch is read and the group
// is recorded as degraded.

// maxCondDepth bounds #if nesting; deeper groups are read flat and degraded.
const maxCondDepth = 200

// item is a token or an #if group or a #define, in source order.
type item struct {
	tok    int // index in cpp.toks, when group and define are nil
	group  *condGroup
	define *macroDef
}

type condGroup struct {
	branches   []condBranch
	start, end int // byte range from the #if to the end of the #endif line
}

type condBranch struct {
	dead  bool // no configuration compiles it (#if 0, C++ only, after #if 1)
	items []item
}

// macroDef is a #define as written.
type macroDef struct {
	name     token
	funcLike bool
	params   []string
	body     []token
}

// cpp turns the token stream into items.
type cpp struct {
	toks      []token
	i         int
	pending   []token // the directive that ended the last branch
	depth     int
	flat      bool // nesting limit hit: conditionals are dropped from here on
	flatStart int
}

// directive returns the tokens of the directive starting at c.i (the '#')
// without the '#' and the tEOL, and moves past it.
func (c *cpp) directive() []token {
	c.i++ // '#'
	start := c.i
	for c.i < len(c.toks) && c.toks[c.i].kind != tEOL {
		c.i++
	}
	d := c.toks[start:c.i]
	if c.i < len(c.toks) {
		c.i++ // tEOL
	}
	return d
}

// items reads until the end of input or, inside a group, until the
// #elif/#else/#endif that ends the current branch (returned, with that
// directive left in c.pending).
func (c *cpp) items(inGroup bool) ([]item, string) {
	var out []item
	for c.i < len(c.toks) {
		t := c.toks[c.i]
		if t.kind != tDirective {
			out = append(out, item{tok: c.i})
			c.i++
			continue
		}
		hash := t.off
		d := c.directive()
		if len(d) == 0 {
			continue
		}
		switch name := d[0].text; name {
		case "if", "ifdef", "ifndef":
			if c.flat || c.depth >= maxCondDepth {
				if !c.flat {
					c.flat, c.flatStart = true, hash
				}
				continue
			}
			c.depth++
			out = append(out, item{group: c.group(hash, d)})
			c.depth--
		case "elif", "elifdef", "elifndef", "else", "endif":
			if inGroup && !c.flat {
				c.pending = d
				return out, name
			}
		case "define":
			if m := parseDefine(d[1:]); m != nil {
				out = append(out, item{define: m})
			}
		}
	}
	return out, ""
}

// group reads an #if group whose opening directive is first.
func (c *cpp) group(hash int, first []token) *condGroup {
	g := &condGroup{start: hash}
	d := first
	taken := false // an earlier branch is always compiled (#if 1)
	for {
		live := branchLive(d)
		its, term := c.items(true)
		g.branches = append(g.branches, condBranch{dead: taken || live == condNever, items: its})
		if live == condAlways {
			taken = true
		}
		if term == "" {
			g.end = c.endOffset()
			return g
		}
		if term == "endif" {
			g.end = c.pending[len(c.pending)-1].end
			return g
		}
		d = c.pending
	}
}

func (c *cpp) endOffset() int {
	if len(c.toks) == 0 {
		return 0
	}
	return c.toks[len(c.toks)-1].end
}

type condLive uint8

const (
	condMaybe condLive = iota
	condNever
	condAlways
)

// branchLive decides the few conditions whose value does not depend on the
// configuration: 0, 1, and __cplusplus (cgo compiles C, never C++).
func branchLive(d []token) condLive {
	name := d[0].text
	rest := d[1:]
	if name == "else" {
		return condMaybe
	}
	cond := joinTokens(rest)
	cond = strings.ReplaceAll(cond, " ", "")
	cplusplus := cond == "__cplusplus" || cond == "defined(__cplusplus)" || cond == "defined__cplusplus"
	switch name {
	case "ifdef", "elifdef":
		if cond == "__cplusplus" {
			return condNever
		}
	case "ifndef", "elifndef":
		if cond == "__cplusplus" {
			return condAlways
		}
	case "if", "elif":
		switch {
		case cond == "0" || cplusplus:
			return condNever
		case cond == "1" || cond == "!defined(__cplusplus)" || cond == "!defined__cplusplus":
			return condAlways
		}
	}
	return condMaybe
}

// parseDefine reads the tokens after "define".
func parseDefine(d []token) *macroDef {
	if len(d) == 0 || d[0].kind != tIdent {
		return nil
	}
	m := &macroDef{name: d[0]}
	rest := d[1:]
	// Function-like only when '(' touches the name.
	if len(rest) > 0 && rest[0].is("(") && rest[0].off == d[0].end {
		m.funcLike = true
		k := 1
		for k < len(rest) && !rest[k].is(")") {
			if rest[k].kind == tIdent || rest[k].is("...") {
				m.params = append(m.params, rest[k].text)
			}
			k++
		}
		if k < len(rest) {
			k++
		}
		rest = rest[k:]
	}
	m.body = rest
	return m
}

// flattened is the preprocessor's result: the tokens to read, the macros
// defined in live code, and the degraded ranges.
type flattened struct {
	src      []token // cpp.toks, which item.tok indexes
	toks     []token
	defines  []*macroDef
	degraded []Span
}

func (f *flattened) add(its []item) {
	for _, it := range its {
		switch {
		case it.group != nil:
			f.addGroup(it.group)
		case it.define != nil:
			f.defines = append(f.defines, it.define)
		default:
			f.toks = append(f.toks, f.src[it.tok])
		}
	}
}

func (f *flattened) addGroup(g *condGroup) {
	var live [][]token
	for _, b := range g.branches {
		if b.dead {
			continue
		}
		sub := &flattened{src: f.src}
		sub.add(b.items)
		f.defines = append(f.defines, sub.defines...)
		f.degraded = append(f.degraded, sub.degraded...)
		live = append(live, sub.toks)
	}
	balanced := true
	for _, l := range live {
		balanced = balanced && bracketsBalance(l)
	}
	if balanced || len(live) == 1 {
		// One live branch needs no choice, balanced or not.
		for _, l := range live {
			f.toks = append(f.toks, l...)
		}
		return
	}
	f.toks = append(f.toks, live[0]...)
	f.degraded = append(f.degraded, Span{g.start, g.end})
}

// bracketsBalance reports whether every (, [ and { in toks is closed, in
// order, inside toks.
func bracketsBalance(toks []token) bool {
	var stack []byte
	for _, t := range toks {
		if t.kind != tPunct || len(t.text) != 1 {
			continue
		}
		switch c := t.text[0]; c {
		case '(', '[', '{':
			stack = append(stack, c)
		case ')', ']', '}':
			if len(stack) == 0 || stack[len(stack)-1] != opener(c) {
				return false
			}
			stack = stack[:len(stack)-1]
		}
	}
	return len(stack) == 0
}

func opener(c byte) byte {
	switch c {
	case ')':
		return '('
	case ']':
		return '['
	}
	return '{'
}

// preprocess runs the steps above on the lexed source.
func preprocess(toks []token) *flattened {
	c := &cpp{toks: toks}
	its, _ := c.items(false)
	f := &flattened{src: toks, toks: make([]token, 0, len(toks))}
	f.add(its)
	if c.flat {
		f.degraded = append(f.degraded, Span{c.flatStart, c.endOffset()})
	}
	return f
}
