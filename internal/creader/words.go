package creader

// isKeyword reports whether s is a C keyword or a compiler extension word
// that can precede '(' without being a call.
func isKeyword(s string) bool {
	switch s {
	case "if", "else", "while", "for", "do", "switch", "case", "default",
		"return", "goto", "break", "continue", "sizeof", "typedef",
		"struct", "union", "enum", "static", "extern", "inline", "const",
		"volatile", "restrict", "register", "auto", "signed", "unsigned",
		"void", "char", "short", "int", "long", "float", "double", "_Bool",
		"_Alignof", "alignof", "__alignof__", "_Alignas", "alignas",
		"typeof", "__typeof__", "__typeof", "_Generic", "_Static_assert",
		"static_assert", "__extension__", "defined", "__builtin_offsetof",
		"__builtin_va_arg", "__builtin_types_compatible_p":
		return true
	}
	return isAttribute(s)
}

// isAttribute reports whether s introduces a compiler annotation.
func isAttribute(s string) bool {
	switch s {
	case "__attribute__", "__attribute", "__declspec", "__asm__", "__asm", "asm":
		return true
	}
	return false
}

// isTypeWord reports whether s alone can be a parameter's whole type.
func isTypeWord(s string) bool {
	switch s {
	case "void", "char", "short", "int", "long", "float", "double", "_Bool",
		"signed", "unsigned", "const", "volatile":
		return true
	}
	return false
}

// isStatementKeyword reports whether s starts a statement that an
// expression statement cannot contain outside brackets.
func isStatementKeyword(s string) bool {
	switch s {
	case "if", "else", "while", "for", "do", "switch", "case", "default",
		"return", "goto", "break", "continue":
		return true
	}
	return false
}
