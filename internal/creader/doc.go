// Package creader reads the C helpers of cgo code — static functions and
// macros in cgo preambles and in a package's .c and .h files — and
// summarizes what each does to references, the thread state, critical
// sections and blocking, so that pyvet judges a helper by its body, never
// by its name.
//
// Parse turns one source into functions and ordered body events (calls with
// their arguments and nesting, bare macro statements, returns, simple
// assignments, blocks, labels and jumps). Summarize combines the functions
// of several files into one Summary per name, resolving helper-to-helper
// calls to a fixed point. C API facts come from package capi; the few
// macros the table cannot express are in macros.go.
//
// # Why not a real C front end
//
// modernc.org/cc/v4 (v4.31.0, evaluated) is a full C99 front end: Parse
// runs its own preprocessor and needs the include files and a host C
// compiler's configuration (NewConfig). Given a preamble with
// #include <Python.h> and no headers it fails ("include file not found");
// without the include it fails at the first unknown typedef (PyObject *:
// "unexpected '*', expected external declaration") and returns no AST, so
// it cannot degrade gracefully on the code pyvet sees. This package is a
// token-level reader instead.
//
// # What the reader does not understand
//
// The reader does not expand macros or evaluate #if. It reads every branch
// of an #if group except those no configuration compiles (#if 0, C++-only
// code, the #else of #if 1). These shapes degrade:
//
//   - #if branches that do not each balance their brackets (a function
//     header or an opening brace repeated per branch): only the first live
//     branch is read, the range is listed in File.Degraded, and every
//     function overlapping it is Unknown;
//   - a body not closed before the end of the input (a truncated file), a
//     block not closed inside a body, statements or calls nested more than
//     400 deep: Unknown;
//   - #if nesting deeper than 200: the rest of the file is read without
//     following its conditionals, and recorded as degraded;
//   - K&R definitions (int f(a) int a; { ... }): the body is skipped;
//   - calls through function pointers or struct members, and macros whose
//     expansion hides control flow other than the known ones: not seen,
//     except pointers loaded with dlsym(handle, "Name") directly, in the
//     POSIX form *(void **)(&p) = dlsym(...), or by a loader macro
//     (name##_p, p##name), whose calls are calls of Name (dlsym.go);
//   - an object-like macro defined in another file and used as a bare
//     statement is recognized only when it stands alone (X; or X on its own
//     line before the next statement);
//   - an internal error: Parse returns what it read with File.Unreadable.
//
// Prototypes, typedefs, struct and enum definitions, globals and their
// initializers, extern "C" blocks and attributes are skipped.
package creader
