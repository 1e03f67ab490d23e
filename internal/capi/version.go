package capi

import (
	"fmt"
	"strconv"
	"strings"
)

// Version is a Python major.minor version. The zero Version means unknown.
type Version struct{ Major, Minor int }

// V returns the Version major.minor.
func V(major, minor int) Version { return Version{major, minor} }

// ParseVersion parses "3.13" (a trailing "t" for free-threaded builds, as in
// "3.13t", is accepted and ignored).
func ParseVersion(s string) (Version, error) {
	s = strings.TrimSuffix(strings.TrimSpace(s), "t")
	maj, min, ok := strings.Cut(s, ".")
	if !ok {
		return Version{}, fmt.Errorf("bad Python version %q: want major.minor, e.g. 3.13", s)
	}
	a, err1 := strconv.Atoi(maj)
	b, err2 := strconv.Atoi(min)
	if err1 != nil || err2 != nil || a < 0 || b < 0 {
		return Version{}, fmt.Errorf("bad Python version %q: want major.minor, e.g. 3.13", s)
	}
	return Version{a, b}, nil
}

// IsZero reports whether v is unknown.
func (v Version) IsZero() bool { return v == Version{} }

// Less reports whether v is older than w.
func (v Version) Less(w Version) bool {
	if v.Major != w.Major {
		return v.Major < w.Major
	}
	return v.Minor < w.Minor
}

func (v Version) String() string {
	if v.IsZero() {
		return "unknown"
	}
	return fmt.Sprintf("%d.%d", v.Major, v.Minor)
}

// Set parses s into v, so that a *Version is a flag.Value.
func (v *Version) Set(s string) error {
	w, err := ParseVersion(s)
	if err != nil {
		return err
	}
	*v = w
	return nil
}
