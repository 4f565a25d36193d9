package claims

import (
	"sort"
	"strings"
)

// This file reads one letter in the light of the other. A letter that
// complains of something again often restates it as a plain fact: "The
// amended plan continues to put the whole cost of a new line on the
// first plant" says nothing of complaint on its own, but the earlier
// letter complained of the same assignment of cost. An item of one letter
// that none of the cues classified, and that closely restates a grievance
// of the other letter that has no partner among the first letter's
// grievances, is taken for that grievance restated: a grievance with a
// lower confidence and its evidence said.

const (
	// adoptScore is how alike an unclassified item and a grievance of the
	// other letter must be for the item to be read as that grievance
	// restated. It is well above partnerFloor: the item has no cue of its
	// own, so its words must carry the claim.
	adoptScore = 0.4
	// adoptAligned is the lower score enough when the aligner paired the
	// two sentences: the documents' structure says they are the same
	// passage.
	adoptAligned = 0.3
	// adoptConfidence is the confidence of a grievance read from the
	// other letter.
	adoptConfidence = 0.5
	// adoptKind is the kind of cue given as the evidence.
	adoptKind = "restates a grievance of the other letter"
)

// adoptMinWords is the fewest words an item needs to be read as a
// grievance restated: a heading ("Upgrade costs") states nothing.
const adoptMinWords = 5

// statesFact reports whether a text may restate a complaint as a fact: it
// has adoptMinWords words or more, and it is not the writers speaking of
// themselves ("We write once more about …", "Our members employ …").
func statesFact(text string) bool {
	f := strings.Fields(text)
	if len(f) < adoptMinWords {
		return false
	}
	switch strings.ToLower(strings.Trim(f[0], `,;:"“‘'(`)) {
	case "we", "i", "our", "us", "my":
		return false
	}
	return true
}

// adoptAcross classifies the unclassified items of one letter (items) that
// restate a grievance of the other letter (other) left without a partner
// among this letter's grievances (own). itemsBefore tells which letter the
// items belong to, for the alignment. It returns how many it classified.
// Candidates come from an inverted index of content terms, so the cost
// grows with the number of items, not with its square.
func adoptAcross(items []Item, own, other []Claim, s *scorer, aligned Aligned, itemsBefore bool) int {
	lonely := unpartnered(own, other, s)
	if len(lonely) == 0 {
		return 0
	}
	var open []int // unclassified items, by index
	for i, it := range items {
		if it.Kind == None && it.CueKind == "" && statesFact(it.Text) {
			open = append(open, i)
		}
	}
	if len(open) == 0 {
		return 0
	}
	ix := newTermIndex(s, len(open))
	for x, i := range open {
		ix.add(x, items[i].Text)
	}
	type proposal struct {
		item  int // index into items
		score float64
		what  string
	}
	var props []proposal
	for _, g := range lonely {
		best, bestScore, what := -1, 0.0, ""
		for _, st := range other[g].Items[:min(len(other[g].Items), maxStatements)] {
			for _, x := range ix.candidates(st.Text) {
				it := items[open[x]]
				sc := s.score(st.Text, it.Text)
				need := adoptScore
				if aligned != nil && (itemsBefore && aligned(it, st) || !itemsBefore && aligned(st, it)) {
					need = adoptAligned
				}
				if sc >= need && sc > bestScore {
					best, bestScore, what = open[x], sc, st.Text
				}
			}
		}
		if best >= 0 {
			props = append(props, proposal{best, bestScore, what})
		}
	}
	// each item restates at most one grievance: the closest
	sort.SliceStable(props, func(a, b int) bool { return props[a].score > props[b].score })
	done := map[int]bool{}
	n := 0
	for _, p := range props {
		if done[p.item] {
			continue
		}
		done[p.item] = true
		it := &items[p.item]
		it.Kind = Grievance
		it.CueKind = adoptKind
		it.Confidence = adoptConfidence
		it.Evidence = append([]string{"restates «" + p.what + "» of the other letter"}, it.Evidence...)
		n++
	}
	return n
}

// unpartnered returns the grievances of other that no grievance of own
// scores partnerFloor or more against: those the linking would leave
// without a partner.
func unpartnered(own, other []Claim, s *scorer) []int {
	ownG := ofKind(own, Grievance)
	ix := indexClaims(s, own, ownG)
	var out []int
	for g, cl := range other {
		if cl.Kind == Grievance && !partnered(cl, own, ownG, ix, s) {
			out = append(out, g)
		}
	}
	return out
}

// partnered reports whether a claim has a grievance of own (indexed by ix
// over ownG) that scores partnerFloor or more against one of its statements.
func partnered(cl Claim, own []Claim, ownG []int, ix *termIndex, s *scorer) bool {
	for _, st := range cl.Items[:min(len(cl.Items), maxStatements)] {
		for _, y := range ix.candidates(st.Text) {
			c := own[ownG[y]]
			for _, it := range c.Items[:min(len(c.Items), maxStatements)] {
				if s.score(st.Text, it.Text) >= partnerFloor {
					return true
				}
			}
		}
	}
	return false
}
