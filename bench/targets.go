package main

import (
	"fmt"
	"io"
	"strings"
)

// A target is one of issue 18's goals, checked against a run's medians.
type target struct {
	module, what string
	got, limit   float64 // ratios, or milliseconds for start-up
	unit         string  // "×" or " ms"
}

func (t target) met() bool { return t.got <= t.limit }

// targets lists the goals for the modules of this run: pyvet within 1.10×
// the floor's wall time and 1.2× its peak RSS on every module (the
// synthetic ones measured 1.07× when the goals were set), go vet
// -vettool=pyvet within 1.1× a no-op vet tool, a one-file program within
// 40 ms of the floor, and 4× the 1:1 binding within 4.4× the time.
func targets(med func(module, tool string) measure, mods []benchModule) []target {
	var out []target
	add := func(module, what string, got, limit float64, unit string) {
		if got > 0 {
			out = append(out, target{module, what, got, limit, unit})
		}
	}
	div := func(a, b int64) float64 {
		if b == 0 {
			return 0
		}
		return float64(a) / float64(b)
	}
	for _, m := range mods {
		p, f := med(m.name, "pyvet"), med(m.name, "floor")
		add(m.name, "wall ÷ floor", div(int64(p.wall), int64(f.wall)), 1.10, "×")
		add(m.name, "peak RSS ÷ floor", div(p.rss, f.rss), 1.2, "×")
		if m.vettool {
			add(m.name, "go vet -vettool wall ÷ no-op vet tool",
				div(int64(med(m.name, vetPyvet).wall), int64(med(m.name, vetNoop).wall)), 1.1, "×")
		}
	}
	if p, f := med("embed", "pyvet"), med("embed", "floor"); p.wall > 0 && f.wall > 0 {
		out = append(out, target{"embed", "start-up: wall − floor", float64((p.wall - f.wall).Milliseconds()), 40, " ms"})
	}
	add("binding×4", "linearity: wall ÷ binding's", div(int64(med("binding×4", "pyvet").wall), int64(med("binding", "pyvet").wall)), 4.4, "×")
	return out
}

// reportTargets prints the goals as a table, met or missed.
func reportTargets(w io.Writer, ts []target) {
	fmt.Fprintln(w, "| module | target | measured | limit | |")
	fmt.Fprintln(w, "| --- | --- | ---: | ---: | --- |")
	met := 0
	for _, t := range ts {
		verdict := "missed"
		if t.met() {
			verdict, met = "met", met+1
		}
		format := "%.2f%s"
		if strings.TrimSpace(t.unit) == "ms" {
			format = "%+.0f%s"
		}
		fmt.Fprintf(w, "| %s | %s | "+format+" | "+format+" | %s |\n", t.module, t.what, t.got, t.unit, t.limit, t.unit, verdict)
	}
	fmt.Fprintf(w, "\n%d of %d targets met.\n", met, len(ts))
}
