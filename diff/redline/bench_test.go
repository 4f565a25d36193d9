package redline

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkWords redlines two texts of growing length that differ in one
// word in ten: 200 words is a long claim, 20,000 a long paragraph of a
// report.
func BenchmarkWords(b *testing.B) {
	for _, n := range []int{200, 2000, 20000} {
		var x, y strings.Builder
		for i := 0; i < n; i++ {
			w := []string{"measures", "should", "be", "narrowly", "tailored", "and", "consistent", "with", "norms", "agreed"}[i%10]
			x.WriteString(w + " ")
			if i%10 == 3 {
				y.WriteString("broadly ")
			} else {
				y.WriteString(w + " ")
			}
		}
		a, c := x.String(), y.String()
		b.Run(fmt.Sprintf("words=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(a) + len(c)))
			for b.Loop() {
				Words(a, c)
			}
		})
	}
}
