package claims

import (
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/letterdiff/letterdiff/align/terms"
)

// exhaustiveCandidates is candidates without an index: every claim that
// shares a content term with text, the most terms shared first (then the
// earliest), at most maxCandidates, in claim order; terms held by more
// than limit claims do not count.
func exhaustiveCandidates(s *scorer, claims []string, text string, limit int) []int {
	held := map[int]int{}
	for _, c := range claims {
		for _, e := range s.get(c).vec {
			held[e.ID]++
		}
	}
	type cand struct{ c, shared int }
	var cs []cand
	for c, ct := range claims {
		n := 0
		for _, e := range s.get(text).vec {
			if held[e.ID] > limit {
				continue
			}
			for _, f := range s.get(ct).vec {
				if f.ID == e.ID {
					n++
				}
			}
		}
		if n > 0 {
			cs = append(cs, cand{c, n})
		}
	}
	slices.SortStableFunc(cs, func(a, b cand) int { return b.shared - a.shared })
	var out []int
	for _, x := range cs[:min(len(cs), maxCandidates)] {
		out = append(out, x.c)
	}
	slices.Sort(out)
	return out
}

// TestCandidatesAsExhaustive checks that the index finds what trying
// every claim finds, on a letter small enough for the postings budget,
// and that on a large one no claim reads past it.
func TestCandidatesAsExhaustive(t *testing.T) {
	s := newScorer(&terms.Analyzer{}, nil, DefaultLexicon())
	nouns := []string{"tariff", "permit", "levy", "subsidy", "quota", "licence", "audit", "registry"}
	places := []string{"Riverton", "Eastland", "Westbrook", "Northgate", "Lakeside"}
	var claims []string
	for i := range 120 {
		claims = append(claims, fmt.Sprintf("repeal the %s on %s widgets in %s", nouns[i%len(nouns)], fmt.Sprint(i%7), places[i%len(places)]))
	}
	ix := newTermIndex(s, len(claims))
	for c, text := range claims {
		ix.add(c, text)
	}
	for _, text := range []string{"repeal the tariff on widgets in Riverton", "a quota for Lakeside", "nothing shared here"} {
		got := ix.candidates(text)
		if want := exhaustiveCandidates(s, claims, text, ix.limit); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: index gives %v, trying every claim %v", text, got, want)
		}
	}

	// thousands of claims on one term (under the index's limit on a
	// letter this long): the search reads the rarer term's postings and
	// stops before the budget, instead of reading thousands
	big := newTermIndex(s, 100000)
	for c := range 9000 {
		big.add(c, fmt.Sprintf("widgets %d", c))
	}
	big.add(9000, "widgets sprocket")
	if got := big.candidates("widgets sprocket"); !reflect.DeepEqual(got, []int{9000}) {
		t.Errorf("candidates among 9,001 claims: %v, want [9000]", got)
	}
}
