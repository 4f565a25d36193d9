package letter

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/letterdiff/letterdiff/align/reader"
	"github.com/letterdiff/letterdiff/align/source"
)

func TestZZ(t *testing.T) {
	base := "../../testdata/corpus/coal-au-census-inquiry/coal-au-census-inquiry-2016-09-24"
	txt, _ := os.ReadFile(base + ".txt")
	lines, _ := os.ReadFile(base + ".lines")
	var labels []reader.Label
	for _, l := range strings.Split(strings.TrimRight(string(lines), "\n"), "\n") {
		y, _ := reader.ParseLabel(strings.SplitN(l, "\t", 2)[0])
		labels = append(labels, y)
	}
	src, _ := source.Decode("x.txt", txt)
	p := newParser(src, Options{Labels: labels})
	_ = p
	for _, c := range Parse(src, Options{Labels: labels, Explain: true}).Authors {
		fmt.Println(c.Name, c.Features)
	}
}
