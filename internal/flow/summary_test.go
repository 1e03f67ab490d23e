package flow

import (
	"reflect"
	"testing"
	"unsafe"
)

// commentaryFields are the Summary fields equal leaves out, each with why.
var commentaryFields = map[string]string{
	"blockAt":   "a position for Related, not carried by facts",
	"mutexAt":   "a position for Related, not carried by facts",
	"sectionAt": "a position for Related, not carried by facts",
}

// TestSummaryEqualComparesEveryField sets each field of a Summary in turn
// (by reflection, so a field added later is covered) and checks that equal
// tells it from the zero Summary, but for the commentary fields, which it
// must not tell apart.
func TestSummaryEqualComparesEveryField(t *testing.T) {
	for _, problem := range uncompared(func(a, b *Summary) bool { return a.equal(b) }) {
		t.Error(problem)
	}
}

// TestSummaryEqualComparesEveryFieldFails shows the check catching an
// equal that forgets a field, and one that compares a position.
func TestSummaryEqualComparesEveryFieldFails(t *testing.T) {
	forgetful := func(a, b *Summary) bool {
		c, d := *a, *b
		c.Inits, d.Inits = false, false
		c.blockAt, d.blockAt = 0, 0
		return c.equal(&d)
	}
	if got := uncompared(forgetful); len(got) != 1 || got[0] != "equal does not compare Summary.Inits" {
		t.Errorf("a forgetful equal: got %q", got)
	}
	strict := func(a, b *Summary) bool { return a.equal(b) && a.sectionAt == b.sectionAt }
	if got := uncompared(strict); len(got) != 1 || got[0] != "equal compares Summary.sectionAt, which is commentary" {
		t.Errorf("an equal that compares a position: got %q", got)
	}
}

// uncompared returns what eq gets wrong about each field of Summary.
func uncompared(eq func(a, b *Summary) bool) []string {
	var out []string
	typ := reflect.TypeFor[Summary]()
	for i := range typ.NumField() {
		var s Summary
		f := reflect.ValueOf(&s).Elem().Field(i)
		f = reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem() // unexported fields too
		setNonZero(f)
		name := typ.Field(i).Name
		_, commentary := commentaryFields[name]
		switch differs := !eq(&s, &Summary{}) || !eq(&Summary{}, &s); {
		case commentary && differs:
			out = append(out, "equal compares Summary."+name+", which is commentary")
		case !commentary && !differs:
			out = append(out, "equal does not compare Summary."+name)
		}
	}
	return out
}

// setNonZero gives v a value other than its zero.
func setNonZero(v reflect.Value) {
	switch v.Kind() {
	case reflect.Bool:
		v.SetBool(true)
	case reflect.String:
		v.SetString("x")
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(1)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(1)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
	default:
		panic("setNonZero: a field of kind " + v.Kind().String() + ": teach the test its non-zero value")
	}
}
