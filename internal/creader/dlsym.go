package creader

import (
	"regexp"
	"strings"
)

// Programs that load libpython at run time call the C API through function
// pointers: pPyList_GetItem = dlsym(handle, "PyList_GetItem"), often
// through a loader macro (#define LOAD(name) name##_p = dlsym(lib, #name),
// then LOAD(PyList_GetItem)). A call through such a pointer is a call of the
// symbol it was loaded from. A pointer assigned a symbol whose name cannot
// be read (a variable, a computed string), or two different names, is
// unknown: its calls stay calls of an unknown function, never CPython's.
// The POSIX form *(void **)(&p) = dlsym(...), which stores dlsym's void *
// into p without a function-pointer cast, assigns p like p = dlsym(...),
// in a function and in a loader macro.

var (
	// dlsym(handle, "Name") or dlsym(lib, #param); the symbol is group 1.
	dlsymRE = regexp.MustCompile(`\bdlv?sym\s*\(\s*[^,()]+,\s*("(?:[^"\\]|\\.)*"|#\s*\w+|[^,()]*(?:\([^()]*\))?[^,()]*)`)
	// an assignment "target = …" inside a macro body or statement, or
	// "*(void **)(&target) = …" (assignedTo reads it).
	assignRE = regexp.MustCompile(`^\s*(?:([\w#\s]+?)|\*\s*\(\s*\w+(?:\s+\w+)*\s*\*\s*\*\s*\)\s*(?:\(\s*&\s*([\w#\s]+?)\s*\)|&\s*([\w#\s]+?)))\s*=[^=]`)
	identRE  = regexp.MustCompile(`^[A-Za-z_]\w*$`)
)

// pointerAliases maps each function pointer loaded with dlsym to the symbol
// it holds, from every function and macro of files; a pointer whose symbol
// is unknown maps to "(*pointer)", which names nothing, so that a pointer
// called like a C API function is not taken for it.
func pointerAliases(files []*File) map[string]string {
	al := aliases{sym: map[string]string{}, bad: map[string]bool{}}
	loaders := map[string]loader{}
	for _, f := range files {
		for _, fn := range funcsOf(f) {
			if fn == nil {
				continue
			}
			if l, ok := loaderMacro(fn); ok {
				loaders[fn.Name] = l
			}
			for _, e := range fn.Events {
				switch e.Kind {
				case Assign:
					al.add(e.Name, e.Expr)
				case Return:
					if target, ok := assignedTo(e.Expr); ok && identRE.MatchString(target) {
						al.add(target, e.Expr)
					}
				}
			}
		}
	}
	for _, f := range files {
		for _, fn := range funcsOf(f) {
			if fn == nil {
				continue
			}
			for _, e := range fn.Events {
				if l, ok := loaders[e.Name]; ok && e.Kind == Call && len(e.Args) == 1 && identRE.MatchString(e.Args[0]) {
					al.set(l.prefix+e.Args[0]+l.suffix, e.Args[0])
				}
			}
		}
	}
	for p := range al.bad {
		al.sym[p] = "(*" + p + ")" // a name no table or helper has: unknown
	}
	return al.sym
}

// assignedTo returns the target of an assignment expr, target = … or
// *(void **)(&target) = ….
func assignedTo(expr string) (string, bool) {
	m := assignRE.FindStringSubmatch(expr)
	if m == nil {
		return "", false
	}
	for _, g := range m[1:] {
		if g != "" {
			return g, true
		}
	}
	return "", false
}

func funcsOf(f *File) []*Func {
	if f == nil {
		return nil
	}
	return f.Funcs
}

type aliases struct {
	sym map[string]string // pointer → symbol
	bad map[string]bool   // pointers with an unreadable or second symbol
}

// add records pointer = expr when expr loads a symbol with dlsym.
func (a aliases) add(pointer, expr string) {
	m := dlsymRE.FindStringSubmatch(expr)
	if m == nil {
		return
	}
	name, ok := symbolName(m[1])
	if !ok {
		a.bad[pointer] = true
		return
	}
	a.set(pointer, name)
}

func (a aliases) set(pointer, name string) {
	if old, ok := a.sym[pointer]; ok && old != name {
		a.bad[pointer] = true
	}
	a.sym[pointer] = name
}

// symbolName reads a string literal naming a C identifier.
func symbolName(arg string) (string, bool) {
	arg = strings.TrimSpace(arg)
	if len(arg) < 2 || arg[0] != '"' || arg[len(arg)-1] != '"' {
		return "", false
	}
	name := arg[1 : len(arg)-1]
	return name, identRE.MatchString(name)
}

// loader is a macro that loads its argument's symbol into a pointer named
// prefix+name+suffix (name##_p, p##name).
type loader struct{ prefix, suffix string }

func loaderMacro(fn *Func) (loader, bool) {
	if fn == nil || !fn.Macro || len(fn.Params) != 1 {
		return loader{}, false
	}
	param := fn.Params[0]
	for _, e := range fn.Events {
		if e.Kind != Return && e.Kind != Assign {
			continue
		}
		target, ok := assignedTo(e.Expr)
		d := dlsymRE.FindStringSubmatch(e.Expr)
		if !ok || d == nil || strings.Join(strings.Fields(d[1]), "") != "#"+param {
			continue
		}
		parts := strings.Split(strings.Join(strings.Fields(target), ""), "##")
		switch {
		case len(parts) == 2 && parts[0] == param && identRE.MatchString("x"+parts[1]):
			return loader{suffix: parts[1]}, true
		case len(parts) == 2 && parts[1] == param && identRE.MatchString(parts[0]):
			return loader{prefix: parts[0]}, true
		}
	}
	return loader{}, false
}

// resolvePointers returns files with every call through a loaded pointer
// renamed to its symbol (Call names, Assign and Return callees). Files and
// functions that change are copied; files is left as it is.
func resolvePointers(files []*File) []*File {
	al := pointerAliases(files)
	if len(al) == 0 {
		return files
	}
	out := make([]*File, len(files))
	for i, f := range files {
		out[i] = f
		if f == nil {
			continue
		}
		var funcs []*Func
		for j, fn := range f.Funcs {
			if nf := renamed(fn, al); nf != fn {
				if funcs == nil {
					funcs = append([]*Func(nil), f.Funcs...)
				}
				funcs[j] = nf
			}
		}
		if funcs != nil {
			nf := *f
			nf.Funcs = funcs
			out[i] = &nf
		}
	}
	return out
}

func renamed(fn *Func, al map[string]string) *Func {
	if fn == nil {
		return fn
	}
	var evs []Event
	for i, e := range fn.Events {
		name, callee := e.Name, e.Callee
		if s, ok := al[name]; ok && (e.Kind == Call || e.Kind == Macro) {
			name = s
		}
		if s, ok := al[callee]; ok {
			callee = s
		}
		if name == e.Name && callee == e.Callee {
			continue
		}
		if evs == nil {
			evs = append([]Event(nil), fn.Events...)
		}
		evs[i].Name, evs[i].Callee = name, callee
	}
	if evs == nil {
		return fn
	}
	nf := *fn
	nf.Events = evs
	return &nf
}
