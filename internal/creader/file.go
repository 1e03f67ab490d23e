package creader

import "strings"

// File is what Parse read from one C source: a cgo preamble, a .c or a .h
// file.
type File struct {
	// Funcs holds the function definitions and the function-like (and
	// call-bearing object-like) macros, in source order. A name defined in
	// several preprocessor branches appears once per definition.
	Funcs []*Func

	// Unreadable is set when the reader hit an internal error and stopped;
	// Funcs then holds what was read before it.
	Unreadable bool

	// Degraded lists the byte ranges [Start, End) of #if groups whose
	// branches did not balance their brackets: only the first live branch
	// was read, and every function overlapping a range is Unknown.
	Degraded []Span
}

// Span is a byte range of the source.
type Span struct{ Start, End int }

// Func is one function definition, or one macro read as a pseudo-function.
type Func struct {
	Name       string
	Static     bool
	Inline     bool
	Macro      bool     // a #define, not a C function
	ReturnType string   // e.g. "PyObject *", with storage classes and attributes removed; "" for macros
	Params     []string // parameter names in order; "" for an unnamed one; nil for (void)
	Line       int      // line of the name
	EndLine    int      // line of the closing brace (or of the last token read)
	Offset     int      // byte offset of the name

	// Events is the body in source order (see Event for the exceptions).
	Events []Event

	// Unknown is set when the body could not be read in full; Why says
	// why. Events then holds what was read.
	Unknown bool
	Why     string
}

// ReturnsObject reports whether fn is declared to return a PyObject
// pointer (PyObject *, const PyObject *); macros have no declared type.
func (fn *Func) ReturnsObject() bool {
	t := strings.ReplaceAll(fn.ReturnType, " ", "")
	return strings.HasSuffix(t, "PyObject*")
}

// EventKind says what an Event is.
type EventKind uint8

const (
	// Call is a call NAME(args...). Calls nested in arguments follow their
	// enclosing call and name it in Parent and Arg.
	Call EventKind = iota + 1
	// Macro is a bare identifier used as a statement, e.g.
	// Py_BEGIN_ALLOW_THREADS. Name is the identifier.
	Macro
	// Return is a return statement; it follows the calls of its expression.
	Return
	// Assign is NAME = expr (also in a declaration, T *NAME = expr); it
	// follows the calls of expr. Name is the assigned variable.
	Assign
	// Open starts a block; Name is "if", "else", "while", "for", "do",
	// "switch" or "{" (a plain block). A braceless branch is a block too.
	// For if, while and switch, Expr is the condition.
	Open
	// Close ends the innermost open block.
	Close
	// Goto is goto Name.
	Goto
	// Label is Name: (also "case" and "default").
	Label
	// Jump is break or continue (Name).
	Jump
)

func (k EventKind) String() string {
	switch k {
	case Call:
		return "call"
	case Macro:
		return "macro"
	case Return:
		return "return"
	case Assign:
		return "assign"
	case Open:
		return "open"
	case Close:
		return "close"
	case Goto:
		return "goto"
	case Label:
		return "label"
	case Jump:
		return "jump"
	}
	return "?"
}

// Event is one thing a function body does.
type Event struct {
	Kind   EventKind
	Name   string   // callee, macro, variable, label or block keyword
	Args   []string // Call: the trimmed source text of each argument
	Line   int      // 1-based line in the source given to Parse
	Offset int      // byte offset in that source

	// Parent is the index in Func.Events of the call whose argument Arg
	// holds this call, or -1.
	Parent, Arg int

	// Loop marks a call in the condition of a while, for or do-while.
	Loop bool

	// Return and Assign: Expr is the expression text. After casts and
	// parentheses are stripped, Callee names the function if it is a call
	// (CallIndex is then that call's index in Func.Events, else -1) and
	// Ident names the variable if it is an identifier.
	Expr      string
	Callee    string
	CallIndex int
	Ident     string
}
