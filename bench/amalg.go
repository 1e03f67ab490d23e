package main

import (
	"fmt"
	"log"
	"os"
	"path/filepath"
)

// The amalgamation benchmark (issue 14): a module whose cgo package
// compiles a large single-file C library with no Python in it, beside a
// Python wrapper. pyvet must not pay for reading that C: its peak RSS is
// measured as a ratio to the floor's on the same module (target ≤ 1.2×).
//
//	go run ./bench -amalgamation=10     # a 10 MB amalgamation, -rounds rounds

// amalgamationModule writes the module and returns the size of its C file.
func amalgamationModule(dir string, mb int) (int, error) {
	if err := os.RemoveAll(dir); err != nil {
		return 0, err
	}
	c := []byte("/* A generated amalgamation: an embedded library in one file, no Python. */\n" +
		"#include <pthread.h>\n#include <unistd.h>\n\nstatic pthread_mutex_t db_mu = PTHREAD_MUTEX_INITIALIZER;\n\n")
	n := 0
	for ; len(c) < mb<<20; n++ {
		c = fmt.Appendf(c, "static int db_page_%d(int a, int b) {\n\tint r = a;\n\tpthread_mutex_lock(&db_mu);\n"+
			"\tif (b > %d) r += b; else usleep(r);\n\tpthread_mutex_unlock(&db_mu);\n\treturn r;\n}\n\n", n, n%97)
	}
	c = append(c, "int db_step(int a) {\n\tint r = 0;\n"...)
	for i := 0; i < n; i += n/64 + 1 {
		c = fmt.Appendf(c, "\tr += db_page_%d(a, r);\n", i)
	}
	c = append(c, "\treturn r;\n}\n"...)
	py, _ := wrapperPkg(0, 25)
	files := map[string][]byte{
		"go.mod":  []byte("module example.com/amalg\n\ngo 1.26\n"),
		"db/db.c": c,
		"db/db.go": []byte("// Package db wraps the amalgamation.\npackage db\n\n// int db_step(int a);\nimport \"C\"\n\n" +
			"// Step steps the database.\nfunc Step(a int) int { return int(C.db_step(C.int(a))) }\n"),
		"py0/py.go": []byte(py),
		"app/app.go": []byte("// Package app uses both.\npackage app\n\nimport (\n\t\"example.com/amalg/db\"\n\t\"example.com/amalg/py0\"\n)\n\n" +
			"var _ = py0.Item0\n\n// Run steps the database.\nfunc Run() int { return db.Step(1) }\n"),
	}
	for name, data := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return 0, err
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			return 0, err
		}
	}
	return len(c), nil
}

// amalgamation runs pyvet and the floor on the module, rounds times each
// (after a warm-up that compiles the C), and prints their peak RSS and its
// ratio; it fails when pyvet needs more than 1.2× the floor.
func amalgamation(dir, pyvet string, mb, rounds int) {
	mdir := filepath.Join(dir, "amalg")
	size, err := amalgamationModule(mdir, mb)
	must(err)
	cmds := map[string][]string{"pyvet": {"./..."}, "floor": {"-floor", "./..."}}
	order := []string{"pyvet", "floor"}
	rss := map[string][]int64{}
	for round := range rounds + 1 {
		for i := range order {
			tool := order[(i+round)%len(order)]
			cmd := command(mdir, pyvet, cmds[tool]...)
			// The C compiler's speed is not measured: compile it quickly.
			cmd.Env = append(os.Environ(), "CGO_CFLAGS=-O0 -g0")
			m, err := run(cmd)
			if err != nil {
				log.Fatalf("%s on the amalgamation module: %v", tool, err)
			}
			if round > 0 {
				rss[tool] = append(rss[tool], m.rss)
			}
		}
	}
	p, f := median(rss["pyvet"]), median(rss["floor"])
	r := float64(p) / float64(f)
	fmt.Printf("| module | C file | pyvet peak RSS | floor peak RSS | pyvet ÷ floor |\n| --- | ---: | ---: | ---: | ---: |\n")
	fmt.Printf("| amalgamation | %.1f MB | %d MB | %d MB | %.2f× |\n", float64(size)/(1<<20), p/1024, f/1024, r)
	if r > 1.2 {
		log.Fatalf("pyvet's peak RSS is %.2f× the floor's on a module with a %d MB C amalgamation (target ≤ 1.2×)", r, mb)
	}
}
