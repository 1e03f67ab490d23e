package pytarget

import (
	"testing"

	"github.com/pyvet/pyvet/internal/capi"
)

func TestFromPreamble(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want capi.Version
		src  string
	}{
		{"#cgo pkg-config: python-3.11-embed\n#include <Python.h>", capi.V(3, 11), "headers"},
		{"#cgo pkg-config: python-3.14t-embed", capi.V(3, 14), "free-threaded headers"},
		{"#cgo pkg-config: python-3.15-embed", capi.V(3, 15), "headers"},
		{"#cgo CFLAGS: -I/usr/include/python3.15", capi.V(3, 15), "headers"},
		{"#cgo CFLAGS: -I /opt/py/include/python3.14t -DX", capi.V(3, 14), "free-threaded headers"},
		{"#cgo pkg-config: python3-embed", capi.Version{}, ""},
		{"#include <Python.h>", capi.Version{}, ""},
	} {
		v, src, ok := FromPreamble(tc.in)
		if v != tc.want || src != tc.src || ok != !tc.want.IsZero() {
			t.Errorf("FromPreamble(%q) = %v, %q, %v; want %v, %q", tc.in, v, src, ok, tc.want, tc.src)
		}
	}
}

// TestFromCFlags reads the include flags checktest.Headers and users set.
func TestFromCFlags(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want capi.Version
		src  string
	}{
		{"-I/var/cache/pyvet/headers-3.15/usr/include/python3.15 -I/var/cache/pyvet/headers-3.15/usr/include", capi.V(3, 15), "headers"},
		{"-I/var/cache/pyvet/headers-3.14/usr/include/python3.14 -I/var/cache/pyvet/headers-3.14/usr/include", capi.V(3, 14), "headers"},
		{"-O2 -I/opt/cpython-3.14t/include/python3.14t", capi.V(3, 14), "free-threaded headers"},
		{"-O2 -g", capi.Version{}, ""},
	} {
		v, src, ok := FromCFlags(tc.in)
		if v != tc.want || src != tc.src || ok != !tc.want.IsZero() {
			t.Errorf("FromCFlags(%q) = %v, %q, %v; want %v, %q", tc.in, v, src, ok, tc.want, tc.src)
		}
	}
}

func TestLibName(t *testing.T) {
	for in, want := range map[string]string{
		`//go:cgo_import_dynamic _ _ "libpython3.14t.so.1.0"`: "3.14 free-threaded headers",
		`//go:cgo_import_dynamic _ _ "libpython3.15.so.1.0"`:  "3.15 headers",
	} {
		v, src, ok := parse(libRE, in)
		if got := v.String() + " " + src; !ok || got != want {
			t.Errorf("parse(libRE, %q) = %q, want %q", in, got, want)
		}
	}
}
