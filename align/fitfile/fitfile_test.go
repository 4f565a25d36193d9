package fitfile

import "testing"

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		text string
		a, b float64
		ok   bool
	}{
		{"# c\na 0.4\nb 0\n", 0.4, 0, true},
		{"a 0.4\n", 0, 0, false},               // b missing
		{"a x\nb 0.1\n", 0, 0, false},          // not a number
		{"a 0.4\na 0.5\nb 0.1\n", 0, 0, false}, // twice
		{"a 0.4\nb 0.1\nc 1\n", 0, 0, false},   // unknown key
		{"a 0.4 0.5\nb 0.1\n", 0, 0, false},    // two values
	} {
		got, err := Parse(tc.text, "test fit", "a", "b")
		if (err == nil) != tc.ok || tc.ok && (got["a"] != tc.a || got["b"] != tc.b) {
			t.Errorf("Parse(%q) = %v, %v; want a=%v b=%v, ok %v", tc.text, got, err, tc.a, tc.b, tc.ok)
		}
	}
}
