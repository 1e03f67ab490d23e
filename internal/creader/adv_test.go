package creader

import (
	"strings"
	"testing"
	"time"
)

// Adversarial inputs stay roughly linear.
func TestAdversarialSizes(t *testing.T) {
	for name, unit := range map[string]string{
		"unclosed calls":    "f(",
		"closed calls":      "f(x) ",
		"open braces":       "{",
		"close braces":      "}",
		"functions":         "int f(void) { g(); }\n",
		"ifs":               "#if X\n",
		"if else":           "#if X\n{\n#else\n}\n#endif\n",
		"defines":           "#define F(x) g(x); h(x)\n",
		"macro statements":  "int f(void) { M(x)\n",
		"parens at top":     "(",
		"idents":            "a ",
		"strings":           "\"",
		"comment openers":   "/*",
		"continuations":     "\\\n",
		"nested statements": "if (x) ",
	} {
		src := strings.Repeat(unit, 200_000/len(unit))
		start := time.Now()
		f := Parse([]byte(src))
		Summarize(f)
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("%s: %v", name, d)
		}
		if f.Unreadable {
			t.Errorf("%s: Unreadable", name)
		}
	}
}
