package letter

import (
	"os"
	"testing"

	"github.com/letterdiff/letterdiff/align/source"
)

// BenchmarkParse parses the largest document of testdata/perf (420 KB).
func BenchmarkParse(b *testing.B) {
	data, err := os.ReadFile("../../testdata/perf/rfc2616.txt")
	if err != nil {
		b.Fatal(err)
	}
	src, err := source.Decode("rfc2616.txt", data)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		Parse(src, Options{})
	}
}

// BenchmarkParseWords reads the embedded words.txt, as the package does
// once when a process starts: its cost is paid by every run, even
// `letterdiff version`.
func BenchmarkParseWords(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parseWords(wordsText); err != nil {
			b.Fatal(err)
		}
	}
}
