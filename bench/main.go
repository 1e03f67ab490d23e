// Command bench measures pyvet against its floor and go vet on synthetic
// modules, and prints a Markdown table (issue 7):
//
//	go run ./bench -rounds=5 -size=large     # the README's table
//	go run ./bench -short                    # CI: small, one round
//	go run ./bench -amalgamation=10          # peak RSS with a 10 MB C file (amalg.go)
//
// The modules: three synthetic ones (a Python-heavy one, a 4× larger one
// for linearity and one without Python of the same size as the first) and
// four real-shaped ones (issue 18): a 1:1 binding over every stable-ABI
// function refcounts.dat describes, with tests and application packages
// (binding.go), its 4× twin, an idiomatic binding with a Lock type,
// mutex-guarded registries and method values (idiomatic.go), and an
// embedding program of one cgo file with C helpers (embed.go), whose
// pyvet − floor difference is the fixed start-up cost. On each module it
// alternates, round by round, three commands:
//
//   - pyvet ./...
//   - the floor: the same driver with one analyzer that does nothing and
//     declares no facts, type-checking every package of the module from
//     source and its dependencies from export data (pyvet -floor);
//   - stock go vet ./... (its result cache defeated with a new
//     -printf.funcs value each time);
//
// and, on every module but the 4× twins and plain, go vet -vettool=pyvet
// against go vet -vettool=noop (a unitchecker with one no-op analyzer),
// both binaries relinked each round with a new salt so that go vet's cache never
// answers. It reports medians of wall time, CPU time (user+sys of the
// process and its children) and peak RSS (the largest process), and the
// ratios to the floor.
//
// To see where the time goes: pyvet -cpuprofile=FILE ./... for the
// standalone driver; PYVET_CPUPROFILE=DIR go vet -vettool=$(command -v
// pyvet) ./... writes one profile per go vet unit into DIR (go tool pprof
// DIR/*.pprof merges them).
package main

import (
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"time"
)

var (
	rounds  = flag.Int("rounds", 5, "rounds (each runs every command once)")
	size    = flag.String("size", "large", "module size: small, medium or large")
	short   = flag.Bool("short", false, "CI mode: small modules, one round, no go vet -vettool comparison")
	keep    = flag.String("dir", "", "write the modules and binaries here and keep them (default: a temporary directory)")
	genOnly = flag.Bool("generate", false, "write the modules (into -dir) and stop")
	amalg   = flag.Int("amalgamation", 0, "instead: peak RSS of pyvet ÷ floor on a module with a C amalgamation of this many MB (amalg.go)")
)

// The go vet -vettool commands compared on each module that has vettool.
const (
	vetPyvet = "go vet -vettool=pyvet"
	vetNoop  = "go vet -vettool=noop"
)

var sizes = map[string]shape{
	"small":  {Wrappers: 1, Users: 4, Plain: 4, Funcs: 25},
	"medium": {Wrappers: 2, Users: 16, Plain: 16, Funcs: 60},
	"large":  {Wrappers: 4, Users: 32, Plain: 32, Funcs: 100},
}

var realSizes = map[string]realShape{
	"small":  {Tests: 10, Apps: 1, AppFuncs: 20, Types: 10, Handlers: 5},
	"medium": {Tests: 30, Apps: 2, AppFuncs: 40, Types: 25, Handlers: 10},
	"large":  {Tests: 60, Apps: 4, AppFuncs: 60, Types: 40, Handlers: 20},
}

// A benchModule is a module of the benchmark and how to write it.
type benchModule struct {
	name    string
	vettool bool // also compare go vet -vettool=pyvet with a no-op vet tool
	gen     func(dir, path string) (stats, error)
}

// benchModules lists the synthetic modules (python, its 4× twin, plain)
// and the real-shaped ones (a 1:1 binding and its 4× twin, an idiomatic
// binding, an embedding program); short mode keeps one of each shape.
func benchModules(sh shape, rs realShape, fns []cfunc, short bool) []benchModule {
	big, bigReal := sh, rs
	big.Funcs *= 4
	bigReal.Wrappers, bigReal.Tests, bigReal.Apps = 4*len(fns), 4*rs.Tests, 4*rs.Apps
	plain := shape{Plain: sh.Wrappers + sh.Users + sh.Plain, Funcs: sh.Funcs}
	synthetic := func(s shape) func(dir, path string) (stats, error) {
		return func(dir, path string) (stats, error) { return generate(dir, path, s) }
	}
	binding := func(s realShape) func(dir, path string) (stats, error) {
		return func(dir, path string) (stats, error) { return generateBinding(dir, path, fns, s) }
	}
	mods := []benchModule{
		{"python", true, synthetic(sh)},
		{"python×4", false, synthetic(big)},
		{"plain", false, synthetic(plain)},
		{"binding", true, binding(rs)},
		{"binding×4", false, binding(bigReal)},
		{"idiomatic", true, func(dir, path string) (stats, error) { return generateIdiomatic(dir, path, rs) }},
		{"embed", true, func(dir, path string) (stats, error) { return generateEmbed(dir, path, rs) }},
	}
	if short {
		mods = slices.DeleteFunc(mods, func(m benchModule) bool { return strings.HasSuffix(m.name, "×4") })
	}
	return mods
}

type measure struct {
	wall, cpu time.Duration
	rss       int64 // KiB
}

type result struct {
	module, tool string
	runs         []measure
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("bench: ")
	flag.Parse()
	if *short {
		*size, *rounds = "small", 1
	}
	sh, ok := sizes[*size]
	if !ok {
		log.Fatalf("unknown -size %q", *size)
	}
	dir := *keep
	if dir == "" {
		d, err := os.MkdirTemp("", "pyvet-bench")
		if err != nil {
			log.Fatal(err)
		}
		defer os.RemoveAll(d)
		dir = d
	}
	dir, _ = filepath.Abs(dir)
	repo, err := repoRoot()
	if err != nil {
		log.Fatal(err)
	}

	fns, err := stableFuncs(repo)
	if err != nil {
		log.Fatal(err)
	}
	mods := benchModules(sh, realSizes[*size], fns, *short)
	modStats := map[string]stats{}
	for _, m := range mods {
		st, err := m.gen(filepath.Join(dir, modDir(m.name)), "example.com/"+modDir(m.name))
		if err != nil {
			log.Fatal(err)
		}
		modStats[m.name] = st
	}

	if *genOnly {
		return
	}

	// The binaries.
	bin := filepath.Join(dir, "bin")
	pyvet := filepath.Join(bin, "pyvet")
	must(build(repo, pyvet, "./cmd/pyvet", ""))
	if *amalg > 0 {
		amalgamation(dir, pyvet, *amalg, *rounds)
		return
	}

	var results []*result
	get := func(module, tool string) *result {
		for _, r := range results {
			if r.module == module && r.tool == tool {
				return r
			}
		}
		r := &result{module: module, tool: tool}
		results = append(results, r)
		return r
	}
	salt := 0
	commands := func(mdir string) map[string]func() *exec.Cmd {
		return map[string]func() *exec.Cmd{
			"pyvet": func() *exec.Cmd { return command(mdir, pyvet, "./...") },
			"floor": func() *exec.Cmd { return command(mdir, pyvet, "-floor", "./...") },
			"go vet": func() *exec.Cmd {
				salt++
				return command(mdir, "go", "vet", fmt.Sprintf("-printf.funcs=Zz%d%d", time.Now().UnixNano()%1e6, salt), "./...")
			},
		}
	}
	order := []string{"pyvet", "floor", "go vet"}

	// Warm the build cache (cgo, export data) with one untimed run each.
	for _, m := range mods {
		mdir := filepath.Join(dir, modDir(m.name))
		for _, tool := range order {
			if _, err := run(commands(mdir)[tool]()); err != nil {
				log.Fatalf("%s on %s: %v", tool, m.name, err)
			}
		}
	}
	for round := range *rounds {
		for _, m := range mods {
			mdir := filepath.Join(dir, modDir(m.name))
			cmds := commands(mdir)
			// Rotate the order each round, so no command always runs first.
			for i := range order {
				tool := order[(i+round)%len(order)]
				ms, err := run(cmds[tool]())
				if err != nil {
					log.Fatalf("%s on %s: %v", tool, m.name, err)
				}
				r := get(m.name, tool)
				r.runs = append(r.runs, ms)
			}
		}
		fmt.Fprintf(os.Stderr, "bench: round %d of %d done\n", round+1, *rounds)
	}

	// go vet -vettool: pyvet against a no-op vettool, both relinked with a
	// new salt each round (go vet keys its cache on the tool's build ID).
	if !*short {
		for round := range *rounds + 1 {
			s := fmt.Sprintf("-X=main.benchSalt=%d%d", time.Now().UnixNano(), round)
			vp, vn := filepath.Join(bin, "pyvet-vet"), filepath.Join(bin, "noopvet")
			must(build(repo, vp, "./cmd/pyvet", s))
			must(build(repo, vn, "./bench/noopvet", s))
			for _, m := range mods {
				if !m.vettool {
					continue
				}
				mdir := filepath.Join(dir, modDir(m.name))
				for i := range 2 {
					tool := []string{vetPyvet, vetNoop}[(i+round)%2]
					exe := vp
					if tool == vetNoop {
						exe = vn
					}
					ms, err := run(command(mdir, "go", "vet", "-vettool="+exe, "./..."))
					if err != nil {
						log.Fatalf("%s on %s: %v", tool, m.name, err)
					}
					if round > 0 { // the first round warms the cache of the vetted packages' builds
						r := get(m.name, tool)
						r.runs = append(r.runs, ms)
					}
				}
			}
		}
	}

	report(os.Stdout, results, mods, modStats)
}

func modDir(name string) string {
	return strings.NewReplacer("×", "x").Replace(name)
}

func must(err error) {
	if err != nil {
		log.Fatal(err)
	}
}

func repoRoot() (string, error) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}").Output()
	if err != nil {
		return "", fmt.Errorf("go list -m: %v", err)
	}
	return strings.TrimSpace(string(out)), nil
}

func build(repo, out, pkg, ldflags string) error {
	args := []string{"build", "-o", out}
	if ldflags != "" {
		args = append(args, "-ldflags="+ldflags)
	}
	cmd := exec.Command("go", append(args, pkg)...)
	cmd.Dir = repo
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go build %s: %v\n%s", pkg, err, b)
	}
	return nil
}

func command(dir, name string, args ...string) *exec.Cmd {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	return cmd
}

// run runs cmd and measures it. Exit codes 1 and 3 (findings) are fine for
// pyvet and go vet; anything printed about a failure is returned.
func run(cmd *exec.Cmd) (measure, error) {
	var stderr strings.Builder
	cmd.Stdout = io.Discard
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		if ee, ok := err.(*exec.ExitError); !ok || (ee.ExitCode() != 3 && ee.ExitCode() != 1) || strings.Contains(stderr.String(), "pyvet: example.com") {
			return measure{}, fmt.Errorf("%v: %v\n%s", cmd.Args, err, stderr.String())
		}
	}
	ps := cmd.ProcessState
	m := measure{wall: wall, cpu: ps.UserTime() + ps.SystemTime()}
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		m.rss = ru.Maxrss
	}
	return m, nil
}

func median[T int64 | time.Duration](xs []T) T {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func (r *result) med() measure {
	var w, c []time.Duration
	var m []int64
	for _, x := range r.runs {
		w, c, m = append(w, x.wall), append(c, x.cpu), append(m, x.rss)
	}
	return measure{median(w), median(c), median(m)}
}

func report(w io.Writer, results []*result, mods []benchModule, st map[string]stats) {
	fmt.Fprintf(w, "Machine: %d CPUs, %s/%s, %s; %d round(s), medians.\n\n", runtime.NumCPU(), runtime.GOOS, runtime.GOARCH, runtime.Version(), *rounds)
	fmt.Fprintln(w, "| module | size |")
	fmt.Fprintln(w, "| --- | --- |")
	for _, m := range mods {
		fmt.Fprintf(w, "| %s | %s |\n", m.name, st[m.name])
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| module | command | wall | CPU | peak RSS | wall ÷ base | CPU ÷ base | RSS ÷ base |")
	fmt.Fprintln(w, "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
	med := func(module, tool string) measure {
		for _, r := range results {
			if r.module == module && r.tool == tool {
				return r.med()
			}
		}
		return measure{}
	}
	for _, r := range results {
		m := r.med()
		base, label := med(r.module, "floor"), ""
		if strings.HasPrefix(r.tool, "go vet -vettool") {
			base, label = med(r.module, vetNoop), " (÷ noop vettool)"
		}
		fmt.Fprintf(w, "| %s | %s | %.2fs | %.2fs | %d MB | %s%s | %s | %s |\n", r.module, r.tool,
			m.wall.Seconds(), m.cpu.Seconds(), m.rss/1024,
			ratio(float64(m.wall), float64(base.wall)), label, ratio(float64(m.cpu), float64(base.cpu)), ratio(float64(m.rss), float64(base.rss)))
	}
	// Linearity: pyvet's time on each 4× module over its 1× one.
	fmt.Fprintln(w)
	for _, m := range mods {
		one, four := med(m.name, "pyvet"), med(m.name+"×4", "pyvet")
		if four.wall > 0 && one.wall > 0 {
			fmt.Fprintf(w, "Linearity: pyvet on %s×4 ÷ %s = %s wall, %s CPU (target ≤ 4.4×).\n", m.name, m.name,
				ratio(float64(four.wall), float64(one.wall)), ratio(float64(four.cpu), float64(one.cpu)))
		}
	}
	// Start-up: the fixed cost on a program of one cgo file.
	if p, f := med("embed", "pyvet"), med("embed", "floor"); p.wall > 0 && f.wall > 0 {
		fmt.Fprintf(w, "Start-up: pyvet on embed − floor = %+d ms wall (target ≤ 40 ms).\n", (p.wall - f.wall).Milliseconds())
	}
	fmt.Fprintln(w)
	reportTargets(w, targets(med, mods))
}

func ratio(a, b float64) string {
	if b == 0 {
		return "–"
	}
	return fmt.Sprintf("%.2f×", a/b)
}
