package align

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/letterdiff/letterdiff/align/letter"
	"github.com/letterdiff/letterdiff/align/source"
)

// The revision pairs of testdata/perf (see its SOURCES.md): a close
// revision, a larger one, and a rewrite 41 years later.
var perfPairs = [][2]string{
	{"rfc2246.txt", "rfc4346.txt"},
	{"rfc4346.txt", "rfc5246.txt"},
	{"rfc793.txt", "rfc9293.txt"},
}

func perfDoc(b *testing.B, name string) *letter.Document {
	b.Helper()
	data, err := os.ReadFile("../testdata/perf/" + name)
	if err != nil {
		b.Fatal(err)
	}
	src, err := source.Decode(name, data)
	if err != nil {
		b.Fatal(err)
	}
	return letter.Parse(src, letter.Options{})
}

// BenchmarkDocuments aligns the paragraphs and sentences of each revision
// pair.
func BenchmarkDocuments(b *testing.B) {
	for _, p := range perfPairs {
		db, da := perfDoc(b, p[0]), perfDoc(b, p[1])
		b.Run(strings.TrimSuffix(p[0], ".txt")+"-"+strings.TrimSuffix(p[1], ".txt"), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Documents(db, da, Options{})
			}
		})
	}
}

// BenchmarkScaling aligns the first n paragraphs of a long document with
// an edited copy, for growing n: with candidates from the inverted index,
// the time per paragraph stays about flat (linear cost) instead of growing
// with n (quadratic cost).
func BenchmarkScaling(b *testing.B) {
	d := perfDoc(b, "rfc2616.txt")
	var all []string
	for _, p := range d.Paragraphs {
		all = append(all, p.Text)
	}
	for _, n := range []int{250, 500, 1000, 2000} {
		if n > len(all) {
			break
		}
		before := all[:n]
		after := make([]string, 0, n)
		for i, t := range before {
			switch {
			case i%11 == 0:
				continue // deleted
			case i%7 == 0:
				after = append(after, t+" This sentence was added in the revision.")
			default:
				after = append(after, t)
			}
		}
		b.Run(fmt.Sprintf("paragraphs=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Align(before, after, Options{})
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/paragraph")
		})
	}
}
