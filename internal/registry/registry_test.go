package registry_test

import (
	"flag"
	"testing"

	"github.com/pyvet/pyvet/internal/registry"
)

// TestEntries: each entry builds its check under its name, from nil and
// from its Options, and each call builds a new instance whose flags are
// its own.
func TestEntries(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range registry.All() {
		if seen[c.Name] {
			t.Errorf("two entries named %s", c.Name)
		}
		seen[c.Name] = true
		a, b := c.New(nil), c.New(c.Options)
		if a.Name != c.Name || b.Name != c.Name {
			t.Errorf("entry %s builds %s and %s", c.Name, a.Name, b.Name)
		}
		if a == b {
			t.Errorf("entry %s: two calls of New give the same analyzer", c.Name)
		}
		a.Flags.VisitAll(func(f *flag.Flag) {
			if f.Value == b.Flags.Lookup(f.Name).Value {
				t.Errorf("%s: two instances share the value of flag %s", c.Name, f.Name)
			}
		})
		if got, ok := registry.Lookup(c.Name); !ok || got.Name != c.Name {
			t.Errorf("Lookup(%q) = %v, %v", c.Name, got.Name, ok)
		}
	}
	if _, ok := registry.Lookup("nosuch"); ok {
		t.Error("Lookup found a check named nosuch")
	}
}
