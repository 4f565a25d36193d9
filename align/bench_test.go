package align

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/letterdiff/letterdiff/align/letter"
	"github.com/letterdiff/letterdiff/align/sentence"
	"github.com/letterdiff/letterdiff/align/source"
	"github.com/letterdiff/letterdiff/align/terms"
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

// plainLevels splits a plain text, repeated times times, into paragraphs
// at blank lines and those into sentences, without the letter reader: the
// RFCs of testdata/perf are not letters, and what the aligner is given,
// not how a letter is read, is measured or tested with them.
func plainLevels(t testing.TB, path string, times int) [2][]string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out [2][]string
	for range times {
		for block := range strings.SplitSeq(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n\n") {
			p := strings.Join(strings.Fields(block), " ")
			if p == "" {
				continue
			}
			out[0] = append(out[0], p)
			for _, sp := range sentence.Split(p) {
				out[1] = append(out[1], p[sp.Start:sp.End])
			}
		}
	}
	return out
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

// growthSizes are the numbers of copies of a revision pair that the
// growth benchmarks align: 1× is 850 paragraphs and 1,500 sentences a
// side, 16× 13,600 and 23,500. Each copy repeats every unit, the hardest
// case for a search of the best partners (each unit has as many equals as
// copies).
var growthSizes = []int{1, 2, 4, 8, 16}

// BenchmarkGrowth aligns the RFC 2246 → 4346 revision, its paragraphs and
// its sentences, repeated 1× to 16×: with linear cost the time per unit
// (ns/unit) stays flat as the documents grow.
func BenchmarkGrowth(b *testing.B) {
	for lv, level := range []string{"paragraphs", "sentences"} {
		for _, k := range growthSizes {
			before := plainLevels(b, "../testdata/perf/rfc2246.txt", k)[lv]
			after := plainLevels(b, "../testdata/perf/rfc4346.txt", k)[lv]
			b.Run(fmt.Sprintf("%s/copies=%d", level, k), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					Align(before, after, Options{})
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(before)), "ns/unit")
			})
		}
	}
}

// BenchmarkCandidates times the candidate search alone, the aligner's
// hot path, on the same units as BenchmarkGrowth.
func BenchmarkCandidates(b *testing.B) {
	for lv, level := range []string{"paragraphs", "sentences"} {
		for _, k := range growthSizes {
			before := plainLevels(b, "../testdata/perf/rfc2246.txt", k)[lv]
			after := plainLevels(b, "../testdata/perf/rfc4346.txt", k)[lv]
			a := newAligner(before, after, &terms.Analyzer{}, DefaultMinScore)
			b.Run(fmt.Sprintf("%s/copies=%d", level, k), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					a.candidates()
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(before)), "ns/unit")
			})
		}
	}
}

// BenchmarkScaling aligns the first n paragraphs of a long document with
// an edited copy, for growing n: with candidates from the inverted index,
// the time per paragraph stays about flat (linear cost) instead of growing
// with n (quadratic cost).
func BenchmarkScaling(b *testing.B) {
	all := plainLevels(b, "../testdata/perf/rfc2616.txt", 1)[0]
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
