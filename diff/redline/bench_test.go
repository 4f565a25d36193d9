package redline

import (
	"strings"
	"testing"
)

// BenchmarkWords redlines two 2,000-word texts that differ in one word in
// ten.
func BenchmarkWords(b *testing.B) {
	var x, y strings.Builder
	for i := 0; i < 2000; i++ {
		w := []string{"measures", "should", "be", "narrowly", "tailored", "and", "consistent", "with", "norms", "agreed"}[i%10]
		x.WriteString(w + " ")
		if i%10 == 3 {
			y.WriteString("broadly ")
		} else {
			y.WriteString(w + " ")
		}
	}
	a, c := x.String(), y.String()
	b.ReportAllocs()
	for b.Loop() {
		Words(a, c)
	}
}
