package driver

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/packages"
)

// The loader makes one go list call (go/packages, metadata plus export data,
// cgo run where it can be), decides which packages can matter to pyvet, and
// type-checks from source only those. Everything else is read from the
// compiler's export data, exactly as for a driver whose analyzers declare no
// facts: that is the "floor" pyvet is measured against.

// metaMode is what the single go list call asks for: names, files (cgo's
// output in CompiledGoFiles), the import graph, export data and modules; no
// syntax and no types, which the loader builds itself. (Not NeedTypesSizes:
// it costs a second go list; the sizes follow from go env's GOARCH.)
const metaMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
	packages.NeedImports | packages.NeedDeps | packages.NeedExportFile | packages.NeedModule

// goEnv is what the loader needs to know about the go command's setup.
type goEnv struct {
	GOROOT      string
	GOOS        string
	GOARCH      string
	CGO_ENABLED string
}

func readGoEnv(dir string, env []string) (goEnv, error) {
	cmd := exec.Command("go", "env", "-json", "GOROOT", "GOOS", "GOARCH", "CGO_ENABLED")
	cmd.Dir = dir
	cmd.Env = env
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return goEnv{}, fmt.Errorf("go env: %v: %s", err, stderr.String())
	}
	var e goEnv
	err = json.Unmarshal(out, &e)
	return e, err
}

// A Listing is what go list said about a configuration's packages.
type Listing struct {
	roots []*packages.Package
	env   goEnv
}

// List runs go list (and go env) for cfg. Run does it itself unless
// cfg.Listing is set.
func List(cfg *Config) (*Listing, error) {
	l := &Listing{}
	var envErr error
	envDone := make(chan struct{})
	go func() {
		defer close(envDone)
		l.env, envErr = readGoEnv(cfg.Dir, cfg.env())
	}()
	pcfg := &packages.Config{
		Mode:       metaMode,
		Dir:        cfg.Dir,
		Env:        cfg.env(),
		BuildFlags: cfg.BuildFlags,
		Tests:      cfg.Tests,
		Overlay:    cfg.Overlay,
		Context:    cfg.Context,
	}
	roots, err := packages.Load(pcfg, cfg.Patterns...)
	<-envDone
	if cerr := cfg.cancelled(); cerr != nil {
		return nil, cerr // go/packages does not wrap it
	}
	if err != nil {
		return nil, err
	}
	if envErr != nil {
		return nil, envErr
	}
	l.roots = roots
	return l, nil
}

// unit is one package as the loader sees it.
type unit struct {
	meta *packages.Package // from go list; never mutated
	out  *packages.Package // what the checker gets (source units only)

	std      bool
	usesC    bool     // a file imports "C" (as listed, or ignored because cgo is off)
	cgoOff   []string // cgo files added back because CGO_ENABLED=0
	matters  bool
	source   bool // type-checked from source
	imports  []*unit
	checking sync.Once
	// sourceBelow lists, for a unit read from export data, the units
	// type-checked from source that its export data may refer to: those
	// reachable through its imports without passing another such unit.
	// (Only the benchmark floor has any: a root's test variant imported by
	// a dependency's.)
	sourceBelow []*unit

	parseErrs []error
	typeErrs  []types.Error
}

type loader struct {
	cfg   *Config
	env   goEnv
	fset  *token.FileSet
	units map[string]*unit // by package ID
	bctx  *build.Context   // cgo-enabled build context, when cgo is off

	exportMu sync.Mutex
	universe *universe // the packages export data refers to (exportdata.go)

	skipped []string // with cgo off: matched packages made only of cgo files

	cgoOffMu      sync.Mutex
	cgoOffExports map[string]string // with cgo off: export files of what only cgo files import

	cpu   chan struct{} // type-checking tokens
	sizes types.Sizes
}

func (ld *loader) unitOf(p *packages.Package) *unit { return ld.units[p.ID] }

// load lists the patterns and builds the units. It returns the root units.
func (ld *loader) load() ([]*unit, error) {
	l := ld.cfg.Listing
	if l == nil {
		var err error
		if l, err = List(ld.cfg); err != nil {
			return nil, err
		}
	}
	ld.env = l.env
	roots := l.roots
	if len(roots) == 0 {
		return nil, ld.whyNoPackages()
	}
	ld.sizes = types.SizesFor("gc", ld.env.GOARCH)
	if ld.sizes == nil {
		ld.sizes = types.SizesFor("gc", "amd64")
	}
	if ld.env.CGO_ENABLED != "1" {
		ctx := build.Default
		ctx.GOROOT, ctx.GOOS, ctx.GOARCH = ld.env.GOROOT, ld.env.GOOS, ld.env.GOARCH
		ctx.CgoEnabled = true
		ctx.BuildTags = buildTags(ld.cfg.BuildFlags)
		ld.bctx = &ctx
	}

	ld.units = map[string]*unit{}
	packages.Visit(roots, nil, func(p *packages.Package) {
		ld.units[p.ID] = &unit{meta: p, std: ld.isStd(p)}
	})
	ids := make([]string, 0, len(ld.units))
	for id := range ld.units {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		u := ld.units[id]
		paths := make([]string, 0, len(u.meta.Imports))
		for path := range u.meta.Imports {
			paths = append(paths, path)
		}
		slices.Sort(paths)
		for _, path := range paths {
			u.imports = append(u.imports, ld.unitOf(u.meta.Imports[path]))
		}
	}
	ld.classify(ids)
	if ld.bctx != nil {
		ld.findSkipped()
	}

	var out []*unit
	for _, r := range roots {
		u := ld.unitOf(r)
		if isTestMain(r) {
			continue // the generated test main holds no user code
		}
		out = append(out, u)
	}
	return out, nil
}

// isStd reports whether p is part of the Go distribution (which never calls
// Python).
func (ld *loader) isStd(p *packages.Package) bool {
	if p.Module != nil {
		return false
	}
	if p.PkgPath == "unsafe" || p.PkgPath == "C" {
		return true
	}
	files := p.GoFiles
	if len(files) == 0 {
		files = p.IgnoredFiles
	}
	if len(files) == 0 || ld.env.GOROOT == "" {
		return false
	}
	src := filepath.Join(ld.env.GOROOT, "src") + string(filepath.Separator)
	return strings.HasPrefix(files[0], src)
}

func isTestMain(p *packages.Package) bool {
	return p.Name == "main" && strings.HasSuffix(p.ID, ".test") && strings.HasSuffix(p.PkgPath, ".test")
}

// classify decides which units matter: those outside the Go distribution
// that use cgo, and those that import (transitively) one that does. Nothing
// else can produce or use a pyvet fact or call C, so nothing else is
// type-checked from source or analyzed.
func (ld *loader) classify(ids []string) {
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0)*2)
	for _, id := range ids {
		u := ld.units[id]
		if u.std {
			continue
		}
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			u.usesC = ld.importsC(u)
		}()
	}
	wg.Wait()

	state := map[*unit]int{} // 0 new, 1 visiting, 2 done
	var visit func(u *unit) bool
	visit = func(u *unit) bool {
		switch state[u] {
		case 1:
			return false // import cycle (an error go list reports)
		case 2:
			return u.matters
		}
		state[u] = 1
		all := ld.cfg.AnalyzeAll && u.meta.PkgPath != "unsafe"
		m := (u.usesC && !u.std) || all
		for _, imp := range u.imports {
			if visit(imp) && (!u.std || all) {
				m = true
			}
		}
		u.matters = m
		state[u] = 2
		return m
	}
	for _, id := range ids {
		visit(ld.units[id])
	}
}

// importsC reports whether a file of u imports "C". With cgo off, the cgo
// files are among the ignored files; those that a cgo-enabled build would
// compile are taken back (see cgoOffFiles).
func (ld *loader) importsC(u *unit) bool {
	p := u.meta
	found := false
	for _, f := range p.GoFiles {
		if fileImportsC(f) {
			found = true
			break
		}
	}
	if ld.bctx != nil {
		for _, f := range p.IgnoredFiles {
			if strings.HasSuffix(f, ".go") && fileImportsC(f) && ld.matchCgo(f) {
				u.cgoOff = append(u.cgoOff, f)
			}
		}
		found = found || len(u.cgoOff) > 0
	}
	return found
}

// findSkipped names the packages that the patterns would match with cgo on
// but go list did not see with cgo off: those made only of cgo files. (This
// go list runs no cgo and builds nothing.)
func (ld *loader) findSkipped() {
	args := append([]string{"list", "-e", "-f", "{{if .CgoFiles}}{{.ImportPath}}{{end}}"}, ld.cfg.BuildFlags...)
	args = append(append(args, "--"), ld.cfg.Patterns...)
	cmd := exec.Command("go", args...)
	cmd.Dir = ld.cfg.Dir
	cmd.Env = append(slices.Clone(ld.cfg.env()), "CGO_ENABLED=1")
	out, err := cmd.Output()
	if err != nil && len(out) == 0 {
		return
	}
	seen := map[string]bool{}
	for _, u := range ld.units {
		seen[u.meta.PkgPath] = true
	}
	for _, path := range strings.Fields(string(out)) {
		if !seen[path] {
			ld.skipped = append(ld.skipped, path)
		}
	}
	slices.Sort(ld.skipped)
}

func (ld *loader) matchCgo(filename string) bool {
	ok, err := ld.bctx.MatchFile(filepath.Dir(filename), filepath.Base(filename))
	return err == nil && ok
}

// fileImportsC parses a file's imports. A file whose imports cannot be read
// counts as using C: pyvet looks rather than guesses.
func fileImportsC(filename string) bool {
	f, err := parser.ParseFile(token.NewFileSet(), filename, nil, parser.ImportsOnly)
	if f == nil {
		return err != nil
	}
	for _, imp := range f.Imports {
		if imp.Path.Value == `"C"` {
			return true
		}
	}
	return err != nil
}

func buildTags(flags []string) []string {
	for i, f := range flags {
		v, ok := strings.CutPrefix(f, "-tags=")
		if !ok {
			v, ok = strings.CutPrefix(f, "--tags=")
		}
		if !ok && (f == "-tags" || f == "--tags") && i+1 < len(flags) {
			v, ok = flags[i+1], true
		}
		if ok {
			return strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' })
		}
	}
	return nil
}

// prepare marks the units to type-check from source: the units that matter
// reachable from the roots, and any dependency of theirs that has no export
// data (it failed to compile), which is checked from source but not
// analyzed.
func (ld *loader) prepare(roots []*unit) {
	var mark func(u *unit)
	mark = func(u *unit) {
		if u.source {
			return
		}
		u.source = true
		for _, imp := range u.imports {
			if imp.matters || (imp.meta.ExportFile == "" && imp.meta.PkgPath != "unsafe" && !imp.std) {
				mark(imp)
			}
		}
	}
	for _, r := range roots {
		if r.matters {
			mark(r)
		}
	}
}

// findSourceBelow fills in sourceBelow for the units read from export data.
func (ld *loader) findSourceBelow() {
	done := map[*unit]bool{}
	var visit func(u *unit)
	visit = func(u *unit) {
		if done[u] {
			return
		}
		done[u] = true
		var below []*unit
		for _, imp := range u.imports {
			if imp.source {
				below = append(below, imp)
				continue
			}
			visit(imp)
			below = append(below, imp.sourceBelow...)
		}
		slices.SortFunc(below, func(a, b *unit) int { return strings.Compare(a.meta.ID, b.meta.ID) })
		u.sourceBelow = slices.Compact(below)
	}
	for _, u := range ld.units {
		if !u.source {
			visit(u)
		}
	}
}

// check type-checks u from source, after its source dependencies.
func (ld *loader) check(u *unit) {
	u.checking.Do(func() { ld.doCheck(u) })
}

func (ld *loader) doCheck(u *unit) {
	p := u.meta
	var wg sync.WaitGroup
	for _, imp := range u.imports {
		if imp.source {
			wg.Add(1)
			go func() { defer wg.Done(); ld.check(imp) }()
		}
	}
	// Read the export data of the others meanwhile (serially: one
	// universe), once the packages type-checked from source that it may
	// refer to are in the universe.
	importErrs := map[string]error{}
	for _, imp := range u.imports {
		if !imp.source {
			for _, dep := range imp.sourceBelow {
				ld.check(dep)
			}
			if _, err := ld.exportTypes(imp); err != nil {
				importErrs[imp.meta.ID] = err
			}
		}
	}
	files := ld.sourceFiles(u)
	syntax := ld.parse(u, files)
	wg.Wait()

	out := &packages.Package{
		ID:              p.ID,
		Name:            p.Name,
		PkgPath:         p.PkgPath,
		Errors:          listErrors(p),
		GoFiles:         p.GoFiles,
		CompiledGoFiles: files,
		OtherFiles:      p.OtherFiles,
		EmbedFiles:      p.EmbedFiles,
		EmbedPatterns:   p.EmbedPatterns,
		IgnoredFiles:    p.IgnoredFiles,
		ExportFile:      p.ExportFile,
		Imports:         map[string]*packages.Package{},
		Fset:            ld.fset,
		Syntax:          syntax,
		TypesSizes:      ld.sizes,
		Module:          p.Module,
	}
	if len(u.cgoOff) > 0 {
		out.IgnoredFiles = slices.DeleteFunc(slices.Clone(p.IgnoredFiles), func(f string) bool { return slices.Contains(u.cgoOff, f) })
	}
	for _, err := range u.parseErrs {
		out.Errors = append(out.Errors, packages.Error{Pos: posOf(err), Msg: msgOf(err), Kind: packages.ParseError})
	}
	out.Types = types.NewPackage(p.PkgPath, p.Name)
	out.TypesInfo = &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Instances:    map[*ast.Ident]types.Instance{},
		Scopes:       map[ast.Node]*types.Scope{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		FileVersions: map[*ast.File]string{},
	}
	illTyped := false
	for path, ip := range p.Imports {
		if iu := ld.unitOf(ip); iu.source && iu.matters && iu.out != nil {
			out.Imports[path] = iu.out // pyvet's facts flow along these edges only
		}
	}
	tc := &types.Config{
		Importer: importerFunc(func(path string) (*types.Package, error) {
			if path == "unsafe" {
				return types.Unsafe, nil
			}
			ip := p.Imports[path]
			if ip == nil && len(u.cgoOff) > 0 {
				return ld.cgoOffImport(path) // imported by cgo files only
			}
			if ip == nil {
				return nil, fmt.Errorf("no metadata for %s", path)
			}
			iu := ld.unitOf(ip)
			if iu.source {
				if iu.out == nil || iu.out.Types == nil {
					return nil, fmt.Errorf("no types for %s", path)
				}
				if iu.out.IllTyped {
					illTyped = true
				}
				return iu.out.Types, nil
			}
			if err := importErrs[ip.ID]; err != nil {
				return nil, err
			}
			return ld.exportTypes(iu)
		}),
		Error: func(err error) {
			if te, ok := err.(types.Error); ok {
				u.typeErrs = append(u.typeErrs, te)
				out.TypeErrors = append(out.TypeErrors, te)
				out.Errors = append(out.Errors, packages.Error{Pos: te.Fset.Position(te.Pos).String(), Msg: te.Msg, Kind: packages.TypeError})
			}
		},
		Sizes: out.TypesSizes,
	}
	if p.Module != nil && p.Module.GoVersion != "" {
		tc.GoVersion = "go" + p.Module.GoVersion
	}
	ld.cpu <- struct{}{}
	_ = types.NewChecker(tc, ld.fset, out.Types, out.TypesInfo).Files(syntax)
	<-ld.cpu
	out.IllTyped = illTyped || len(out.Errors) > 0
	u.out = out
	ld.exportMu.Lock()
	ld.universe.add(u, out.Types)
	ld.exportMu.Unlock()
}

// listErrors returns go list's errors about p, less the build output of
// go list -export (it starts "# pkg"): a compiler's errors, which the type
// checker finds again, or that a dependency failed to build. A failed cgo
// step stays: it explains the untyped C.f.
func listErrors(p *packages.Package) []packages.Error {
	var out []packages.Error
	for _, e := range p.Errors {
		if e.Kind == packages.ListError && isBuildOutput(e.Msg) && cgoFailure(e.Msg) == "" {
			continue
		}
		out = append(out, e)
	}
	return out
}

func isBuildOutput(msg string) bool { return strings.HasPrefix(msg, "# ") }

// sourceFiles returns the files to parse: cgo's output where cgo ran, the
// files as written where it failed (go/packages falls back to them), and
// with cgo off, the cgo files a cgo-enabled build would compile instead of
// the files it would not.
func (ld *loader) sourceFiles(u *unit) []string {
	p := u.meta
	files := p.CompiledGoFiles
	if len(files) == 0 {
		files = p.GoFiles
	}
	if len(u.cgoOff) == 0 {
		return files
	}
	var out []string
	for _, f := range files {
		if ld.matchCgo(f) {
			out = append(out, f)
		}
	}
	return append(out, u.cgoOff...)
}

func (ld *loader) parse(u *unit, files []string) []*ast.File {
	syntax := make([]*ast.File, len(files))
	errs := make([]error, len(files))
	var wg sync.WaitGroup
	for i, name := range files {
		wg.Add(1)
		go func() {
			defer wg.Done()
			src, err := ld.readFile(name)
			if err != nil {
				errs[i] = err
				return
			}
			syntax[i], errs[i] = parser.ParseFile(ld.fset, name, src, parser.AllErrors|parser.ParseComments|parser.SkipObjectResolution)
		}()
	}
	wg.Wait()
	var out []*ast.File
	for i := range files {
		if syntax[i] != nil {
			out = append(out, syntax[i])
		}
		if errs[i] != nil {
			if list, ok := errs[i].(scanner.ErrorList); ok {
				for _, e := range list {
					u.parseErrs = append(u.parseErrs, e)
				}
			} else {
				u.parseErrs = append(u.parseErrs, errs[i])
			}
		}
	}
	return out
}

// readFile reads a file to parse, from the overlay when it has the file.
func (ld *loader) readFile(name string) ([]byte, error) {
	if src, ok := ld.cfg.Overlay[name]; ok {
		return src, nil
	}
	return os.ReadFile(name)
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

func posOf(err error) string {
	if e, ok := err.(*scanner.Error); ok {
		return e.Pos.String()
	}
	return "-"
}

func msgOf(err error) string {
	if e, ok := err.(*scanner.Error); ok {
		return e.Msg
	}
	return err.Error()
}
