package diff

import (
	"fmt"
	"slices"
	"testing"

	"github.com/letterdiff/letterdiff/align/corpus"
	"github.com/letterdiff/letterdiff/align/letter"
	"github.com/letterdiff/letterdiff/align/source"
)

// TestPartiesSameWhateverTheOtherLetter checks, over the corpus, that a
// comparison reports for a letter exactly the parties that reading the
// letter alone gives (what inspect shows), whichever letter it is
// compared with and on whichever side: a letter's reading never depends
// on the letter it is compared with.
func TestPartiesSameWhateverTheOtherLetter(t *testing.T) {
	if testing.Short() {
		t.Skip("reads and compares the corpus")
	}
	c, err := corpus.Load("../testdata/corpus")
	if err != nil {
		t.Fatal(err)
	}
	docs := make([]*letter.Document, len(c.Letters))
	for i, l := range c.Letters {
		src, err := source.Decode(l.Path, []byte(l.Text))
		if err != nil {
			t.Fatal(err)
		}
		docs[i] = letter.Parse(src, letter.Options{})
	}
	alone := func(ps []letter.Party) []string {
		var out []string
		for _, p := range ps {
			out = append(out, fmt.Sprintf("%s@%d", p.Name, p.Line))
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	side := func(cs []PartyChange, before bool) []string {
		var out []string
		for _, pc := range cs {
			ref := pc.After
			if before {
				ref = pc.Before
			}
			if ref != nil {
				out = append(out, fmt.Sprintf("%s@%d", ref.Name, ref.Line))
			}
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	n := len(docs)
	for i, x := range docs {
		// two other letters: the next in the corpus and one far off
		for _, j := range []int{(i + 1) % n, (i + n/2) % n} {
			y := docs[j]
			for _, before := range []bool{true, false} {
				a, b := x, y
				if !before {
					a, b = y, x
				}
				r, err := Compare(a, b, Options{})
				if err != nil {
					t.Fatal(err)
				}
				name := c.Letters[i].Name + " vs " + c.Letters[j].Name
				if got, want := side(r.Recipients, before), alone(x.Recipients); !slices.Equal(got, want) {
					t.Errorf("%s: recipients %q, alone %q", name, got, want)
				}
				if got, want := side(r.Signatories, before), alone(x.Signatories); !slices.Equal(got, want) {
					t.Errorf("%s: signatories %q, alone %q", name, got, want)
				}
			}
		}
	}
}
