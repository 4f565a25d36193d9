package redline

import (
	"reflect"
	"strconv"
	"strings"
	"testing"
)

func TestWords(t *testing.T) {
	tests := []struct {
		a, b string
		want []Edit
	}{
		{"", "", nil},
		{"same text", "same text", []Edit{{Equal, "same text"}}},
		{"we urge a delay", "we request a delay", []Edit{{Equal, "we "}, {Delete, "urge"}, {Insert, "request"}, {Equal, " a delay"}}},
		{"postpone implementation of the measures", "delay implementation of the law",
			[]Edit{{Delete, "postpone"}, {Insert, "delay"}, {Equal, " implementation of the "}, {Delete, "measures"}, {Insert, "law"}}},
		{"must comply", "must fully comply", []Edit{{Equal, "must "}, {Insert, "fully "}, {Equal, "comply"}}},
		// a space between two changes folds into them
		{"a b c", "a x y c", []Edit{{Equal, "a "}, {Delete, "b"}, {Insert, "x y"}, {Equal, " c"}}},
		{"naïve café", "naïve cafés", []Edit{{Equal, "naïve "}, {Delete, "café"}, {Insert, "cafés"}}},
	}
	for _, tt := range tests {
		got := Words(tt.a, tt.b)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Words(%q, %q)\n got %v\nwant %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestManyTokens checks that more distinct tokens than the Private Use
// Area holds (6,400) still round-trip: runes then run on above it.
func TestManyTokens(t *testing.T) {
	var a, b strings.Builder
	for i := 0; i < 20000; i++ {
		w := "w" + strconv.Itoa(i) + " "
		a.WriteString(w)
		if i%10 != 0 {
			b.WriteString(w)
		}
	}
	x, y := Texts(Words(a.String(), b.String()))
	if x != a.String() || y != b.String() {
		t.Fatal("round trip failed")
	}
}

func FuzzWords(f *testing.F) {
	f.Add("we urge a delay", "we request a delay")
	f.Add("", "x")
	f.Add("a\u00a0b", "a b\xff")
	f.Fuzz(func(t *testing.T, a, b string) {
		x, y := Texts(Words(a, b))
		if x != a || y != b {
			t.Fatalf("Texts(Words(%q, %q)) = %q, %q", a, b, x, y)
		}
	})
}
