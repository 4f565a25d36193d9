package align

import (
	"cmp"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/letterdiff/letterdiff/align/letter"
	"github.com/letterdiff/letterdiff/align/source"
	"github.com/letterdiff/letterdiff/diff/claims"
)

// exhaustive returns the candidates the search must find, by scoring every
// pair: each earlier unit's best maxCandidates partners, best first.
func (a *aligner) exhaustive() []cand {
	var out []cand
	for i := range a.bu {
		var mine []cand
		for j := range a.au {
			if s, ok := a.pairScore(i, j); ok {
				mine = append(mine, cand{i, j, s})
			}
		}
		slices.SortFunc(mine, func(x, y cand) int {
			if c := cmp.Compare(y.score, x.score); c != 0 {
				return c
			}
			return cmp.Compare(x.j, y.j)
		})
		out = append(out, mine[:min(len(mine), maxCandidates)]...)
	}
	return out
}

// textPair is the units of two documents to align, at the levels of
// paragraphs and of sentences, named for messages.
type textPair struct {
	name          string
	before, after [2][]string
}

// levels returns the paragraphs and the sentences of a document.
func levels(d *letter.Document) [2][]string {
	s, _ := sentenceTexts(d)
	return [2][]string{paragraphTexts(d), s}
}

func readDoc(t testing.TB, path string) *letter.Document {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	src, err := source.Decode(filepath.Base(path), data)
	if err != nil {
		t.Fatal(err)
	}
	return letter.Parse(src, letter.Options{})
}

// realPairs returns the letters of each campaign of testdata/corpus paired
// with every later letter of the campaign, the seed pair, and (unless
// -short) the revision pairs of testdata/perf and the first of them with
// its units repeated three times, for runs of identical units whose ties
// the search must break as the exhaustive search does.
func realPairs(t *testing.T) []textPair {
	var out []textPair
	dirs, err := filepath.Glob("../testdata/corpus/*")
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range dirs {
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		slices.Sort(files)
		docs := make([][2][]string, len(files))
		for k, f := range files {
			docs[k] = levels(readDoc(t, f))
		}
		for x := range files {
			for y := x + 1; y < len(files); y++ {
				out = append(out, textPair{filepath.Base(files[x]) + " → " + filepath.Base(files[y]), docs[x], docs[y]})
			}
		}
	}
	if len(out) == 0 {
		t.Fatal("no letters under testdata/corpus")
	}
	out = append(out, textPair{"seed pair",
		levels(readDoc(t, "../seeds/2015-01-28-industry-letter-secure-and-controllable.txt")),
		levels(readDoc(t, "../seeds/2017-05-15-industry-letter-cybersecurity-law.txt"))})
	if testing.Short() {
		return out
	}
	for _, p := range perfPairs {
		out = append(out, textPair{p[0] + " → " + p[1], plainLevels(t, "../testdata/perf/"+p[0], 1), plainLevels(t, "../testdata/perf/"+p[1], 1)})
	}
	p := perfPairs[0]
	out = append(out, textPair{p[0] + " ×3 → " + p[1] + " ×3", plainLevels(t, "../testdata/perf/"+p[0], 3), plainLevels(t, "../testdata/perf/"+p[1], 3)})
	return out
}

// TestSearchIsExhaustive checks the candidate search against the search
// that scores every pair, on real letters and revisions, at the levels of
// paragraphs and of sentences:
//
//   - for every unit whose search ended within postingsBudget, the lists
//     are identical (units, scores and order), less the partners below
//     useful(): what stops the search early must be exact;
//   - where the budget cut a search short, the lists may differ: each
//     such unit is counted and the first few are logged, with the
//     partners each search found;
//   - in every case, the alignments built from the two are byte-identical.
func TestSearchIsExhaustive(t *testing.T) {
	an := claims.DefaultLexicon().Analyzer()
	pairs, units, cut, differ := 0, 0, 0, 0
	for _, p := range realPairs(t) {
		for lv, name := range []string{"paragraphs", "sentences"} {
			before, after := p.before[lv], p.after[lv]
			a := newAligner(before, after, an, DefaultMinScore)
			all := a.exhaustive()
			// the search lists only the partners the aligner can use
			want := slices.DeleteFunc(slices.Clone(all), func(c cand) bool { return c.score < a.useful() })
			s := newSearch(a)
			var got, exactGot, exactWant, cutGot, cutWant []cand
			wantOf := byUnit(want)
			for i := range a.bu {
				mine := slices.Clone(s.top(i))
				got = append(got, mine...)
				if s.cut {
					cut++
					cutGot, cutWant = append(cutGot, mine...), append(cutWant, wantOf[i]...)
					if !slices.Equal(mine, wantOf[i]) {
						differ++
					}
				} else {
					exactGot, exactWant = append(exactGot, mine...), append(exactWant, wantOf[i]...)
				}
			}
			if d := candDiff(exactGot, exactWant); d != "" {
				t.Errorf("%s, %s: the search, not cut short, differs from the exhaustive one:\n%s", p.name, name, d)
			}
			if d := candDiff(cutGot, cutWant); d != "" {
				t.Logf("%s, %s: where the budget cut the search short, it differs from the exhaustive one:\n%s", p.name, name, d)
			}
			gj, _ := json.Marshal(a.align(got, OrderAuto))
			wj, _ := json.Marshal(newAligner(before, after, an, DefaultMinScore).align(all, OrderAuto))
			if string(gj) != string(wj) {
				t.Errorf("%s, %s: the alignments from the search and from the exhaustive one differ", p.name, name)
			}
			pairs++
			units += len(before)
		}
	}
	t.Logf("%d alignments of %d earlier units, all identical; the budget cut %d searches short, %d of which list other partners", pairs, units, cut, differ)
}

func byUnit(cs []cand) map[int][]cand {
	m := map[int][]cand{}
	for _, c := range cs {
		m[c.i] = append(m[c.i], c)
	}
	return m
}

// candDiff describes where two candidate lists differ, or returns "".
func candDiff(got, want []cand) string {
	g, w := byUnit(got), byUnit(want)
	var units []int
	for i := range g {
		units = append(units, i)
	}
	for i := range w {
		if _, ok := g[i]; !ok {
			units = append(units, i)
		}
	}
	slices.Sort(units)
	var b strings.Builder
	shown := 0
	for _, i := range units {
		if slices.Equal(g[i], w[i]) {
			continue
		}
		if shown++; shown > 3 {
			b.WriteString("  …\n")
			break
		}
		fmt.Fprintf(&b, "  unit %d: search %v\n          exhaustive %v\n", i, g[i], w[i])
	}
	if b.Len() == 0 && !slices.Equal(got, want) {
		return "  same lists in another order"
	}
	return b.String()
}

// TestNormText checks normText against the three calls it stands for, on
// the letters and on strings of spaces, cases and broken UTF-8.
func TestNormText(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := normText(s), strings.Join(strings.Fields(strings.ToLower(s)), " "); got != want {
			t.Fatalf("normText(%q) = %q, want %q", s, got, want)
		}
	}
	files, _ := filepath.Glob("../testdata/corpus/*/*.txt")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		check(string(data))
	}
	parts := []string{" ", "\t", "\n", "\u00a0", "\u2028", "A", "z", "É", "ǅ", "İ", "K", "\ufffd", "\xff", "\xe2\x80", "ß", "Σ"}
	r := rand.New(rand.NewPCG(3, 4))
	for range 200_000 {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		check(b.String())
	}
}
