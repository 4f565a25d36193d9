package claims

import (
	"sort"
	"strings"

	"github.com/letterdiff/letterdiff/align/terms"
)

// Linking constants, each with its reason.
const (
	// restateScore is how alike two items of one letter must be to count
	// as one claim stated twice. It is high: two asks on one theme are two
	// claims; the same ask repeated ("measures should be narrowly
	// tailored" in a list of commitments and again in the request) is one.
	restateScore = 0.4
	// restateContain and restateFloor admit a short item that restates
	// part of a long one: most of the short item's weight is in the long
	// one (restateContain), and the two are still somewhat alike overall
	// (restateFloor), which keeps a two-word item from being swallowed by
	// any long sentence that happens to hold its words.
	restateContain = 0.5
	restateFloor   = 0.2
	// linkFloor is the lowest score at which claims of two letters are the
	// same claim, reworded. Reworded asks on one subject share one or two
	// rare terms and score 0.2 to 0.5.
	linkFloor = 0.2
	// relatedFloor is the lowest score at which an unlinked claim is
	// reported as related to a claim of the other letter, when the two
	// share two content words or more; relatedOne is the score needed when
	// they share only one (a single shared word is often a generic one).
	relatedFloor = 0.15
	relatedOne   = 0.2
	// contextBonus is added when the two claims stand in sentences the
	// aligner paired: the documents' structure supports the link.
	contextBonus = 0.05
	// maxAssign is the largest component solved by optimal assignment;
	// larger ones (documents with hundreds of claims) are matched
	// greedily.
	maxAssign = 400
)

// Claim is one ask or complaint of a letter, with every place the letter
// states it: Items[0] is the first statement, the others restate it.
type Claim struct {
	Kind  Kind
	Items []Item
}

// scorer measures how alike two items are, with term weights from both
// letters.
type scorer struct {
	an     *terms.Analyzer
	corpus *terms.Corpus
	cache  map[string]scored
	// meta are the terms of cue words that frame a claim without being
	// its content: "request", "urge", "should", "concerned".
	meta map[string]bool
}

type scored struct {
	terms []string
	vec   terms.Vec
	bi    []uint64
}

// newScorer builds a scorer whose term weights come from the given
// background texts (the sentences of both letters).
func newScorer(an *terms.Analyzer, background []string, lex *Lexicon) *scorer {
	s := &scorer{an: an, corpus: terms.NewCorpus(), cache: map[string]scored{}, meta: map[string]bool{}}
	for _, sec := range []string{"demand-verbs", "demand-frames", "demand-modals", "grievance-stance", "offers", "positives"} {
		for _, p := range lex.sections[sec] {
			for _, w := range strings.Fields(p.Text) {
				if t := an.Term(w); t != "" {
					s.meta[t] = true
				}
			}
		}
	}
	for _, t := range background {
		s.corpus.Add(s.content(t))
	}
	return s
}

// content returns the terms of a text without its meta terms.
func (s *scorer) content(text string) []string {
	var out []string
	for _, t := range s.an.Terms(text) {
		if !s.meta[t] {
			out = append(out, t)
		}
	}
	return out
}

// containment returns the share of the shorter text's weight that the
// longer text shares: 1 when every content word of the shorter text is in
// the longer. A short item that restates part of a long one scores high,
// where cosine would be diluted by the long one's other words.
func (s *scorer) containment(a, b string) float64 {
	x, y := s.get(a), s.get(b)
	short, long := x.vec, y.vec
	if len(y.terms) < len(x.terms) {
		short, long = y.vec, x.vec
	}
	in := map[int]bool{}
	for _, e := range long {
		in[e.ID] = true
	}
	sum := 0.0
	for _, e := range short {
		if in[e.ID] {
			sum += e.W * e.W
		}
	}
	return sum
}

func (s *scorer) get(text string) scored {
	if v, ok := s.cache[text]; ok {
		return v
	}
	ts := s.content(text)
	v := scored{terms: ts, vec: s.corpus.Vector(ts), bi: terms.Bigrams(ts)}
	s.cache[text] = v
	return v
}

// score returns the similarity of two texts, from 0 to 1.
func (s *scorer) score(a, b string) float64 {
	x, y := s.get(a), s.get(b)
	return terms.Similarity(x.vec, y.vec, x.bi, y.bi)
}

// shared returns the content words two texts share, heaviest first, as the
// first text writes them.
func (s *scorer) shared(a, b string) []string {
	x, y := s.get(a), s.get(b)
	ids := terms.Shared(x.vec, y.vec)
	want := map[string]int{}
	for rank, id := range ids {
		want[s.corpus.Name(id)] = rank
	}
	out := make([]string, len(ids))
	for _, w := range terms.Words(a) {
		for _, part := range strings.Split(w.Text, "-") {
			if r, ok := want[s.an.Term(part)]; ok && out[r] == "" {
				out[r] = strings.ToLower(part)
			}
		}
	}
	var res []string
	for _, w := range out {
		if w != "" {
			res = append(res, w)
		}
	}
	if len(res) > 6 {
		res = res[:6]
	}
	return res
}

// Group gathers the items of one letter that state the same claim. Items
// of one list are never merged (a list names different things); an ask
// that only points back ("we request your assistance in this regard")
// joins the claim of the sentence before it.
func group(items []Item, s *scorer, lex *Lexicon) []Claim {
	var claims []Claim
	for _, it := range items {
		if it.Kind == None {
			continue
		}
		best, bestScore := -1, 0.0
		for ci := range claims {
			c := &claims[ci]
			if c.Kind != it.Kind || hasSibling(*c, it) {
				continue
			}
			for _, other := range c.Items {
				if sc := s.score(other.Text, it.Text); restates(s, other.Text, it.Text, sc) && sc > bestScore {
					best, bestScore = ci, sc
				}
			}
		}
		if best < 0 && pointsBack(it, lex) && len(claims) > 0 {
			last := &claims[len(claims)-1]
			prev := last.Items[len(last.Items)-1]
			if last.Kind == it.Kind && prev.Where == it.Where && prev.Sentence == it.Sentence-1 {
				best = len(claims) - 1
			}
		}
		if best >= 0 {
			claims[best].Items = append(claims[best].Items, it)
			continue
		}
		claims = append(claims, Claim{Kind: it.Kind, Items: []Item{it}})
	}
	return claims
}

// restates reports whether two items of one letter state the same claim.
func restates(s *scorer, a, b string, score float64) bool {
	return score >= restateScore || score >= restateFloor && s.containment(a, b) >= restateContain
}

// hasSibling reports whether a claim holds an item of the same list as it:
// the members of one list are different claims.
func hasSibling(c Claim, it Item) bool {
	for _, other := range c.Items {
		if other.Group == it.Group && other.Where == it.Where && other.Sentence == it.Sentence {
			return true
		}
	}
	return false
}

// pointsBack reports whether an item is short and refers back to what came
// before: "We request China's assistance in this regard."
func pointsBack(it Item, lex *Lexicon) bool {
	toks := tokenize(it.Text, 0, len(it.Text), nil)
	words := 0
	back := false
	for k, t := range toks {
		if t.kind != tokWord {
			continue
		}
		words++
		if lex.has("anaphors", t) {
			n := nextWordTok(toks, k)
			if n < 0 || lex.has("vague-words", toks[n]) || toks[n].is("regard", "respect", "end", "effort", "purpose") {
				back = true
			}
		}
	}
	return back && words <= 8
}

// Link is a claim of the earlier letter paired with one of the later, or a
// claim only one of them makes.
type Link struct {
	Kind   Kind
	Before int // index into the earlier letter's claims, or -1
	After  int // index into the later letter's claims, or -1
	Score  float64
	Kept   bool // the same wording
	Shared []string
	// the occurrences that matched best
	BeforeItem, AfterItem int
}

// Related is a weaker tie between an unlinked claim and a claim of the
// other letter on the same theme.
type Related struct {
	Kind          Kind
	Before, After int
	Score         float64
	Shared        []string
}

// Aligned tells whether two sentences were paired by the aligner.
type Aligned func(before Item, after Item) bool

// linkClaims pairs claims of the same kind across letters by optimal
// assignment on their similarity: each claim of either letter is linked to
// at most one of the other, and ties are broken by the best total, not by
// order.
func linkClaims(before, after []Claim, s *scorer, aligned Aligned) ([]Link, []Related) {
	var links []Link
	var related []Related
	for _, kind := range []Kind{Demand, Grievance} {
		var bi, ai []int
		for i, c := range before {
			if c.Kind == kind {
				bi = append(bi, i)
			}
		}
		for j, c := range after {
			if c.Kind == kind {
				ai = append(ai, j)
			}
		}
		w := make([][]float64, len(bi))
		bestOcc := make([][][2]int, len(bi))
		for x, i := range bi {
			w[x] = make([]float64, len(ai))
			bestOcc[x] = make([][2]int, len(ai))
			for y, j := range ai {
				sc, ob, oa := claimScore(before[i], after[j], s, aligned)
				w[x][y] = sc
				bestOcc[x][y] = [2]int{ob, oa}
			}
		}
		floor := make([][]float64, len(bi))
		for x := range w {
			floor[x] = make([]float64, len(ai))
			for y := range w[x] {
				if w[x][y] >= linkFloor {
					floor[x][y] = w[x][y]
				}
			}
		}
		match := assignLarge(floor)
		usedA := map[int]bool{}
		for x, y := range match {
			i := bi[x]
			if y < 0 {
				links = append(links, Link{Kind: kind, Before: i, After: -1})
				continue
			}
			j := ai[y]
			usedA[y] = true
			occ := bestOcc[x][y]
			bt, at := before[i].Items[occ[0]], after[j].Items[occ[1]]
			links = append(links, Link{
				Kind: kind, Before: i, After: j, Score: round2(w[x][y]),
				Kept:       normalize(bt.Text) == normalize(at.Text),
				Shared:     s.shared(bt.Text, at.Text),
				BeforeItem: occ[0], AfterItem: occ[1],
			})
		}
		for y, j := range ai {
			if !usedA[y] {
				links = append(links, Link{Kind: kind, Before: -1, After: j})
			}
		}
		// related: an unlinked claim and its closest claim of the other
		// letter
		for x, y := range match {
			if y >= 0 {
				continue
			}
			by, bs := -1, 0.0
			for yy := range ai {
				if w[x][yy] > bs {
					by, bs = yy, w[x][yy]
				}
			}
			if by >= 0 && bs >= relatedFloor {
				occ := bestOcc[x][by]
				sh := s.shared(before[bi[x]].Items[occ[0]].Text, after[ai[by]].Items[occ[1]].Text)
				if len(sh) >= 2 || bs >= relatedOne {
					related = append(related, Related{Kind: kind, Before: bi[x], After: ai[by], Score: round2(bs), Shared: sh})
				}
			}
		}
		for y := range ai {
			if usedA[y] {
				continue
			}
			bx, bs := -1, 0.0
			for x := range bi {
				if w[x][y] > bs {
					bx, bs = x, w[x][y]
				}
			}
			if bx >= 0 && bs >= relatedFloor && match[bx] != -1 {
				occ := bestOcc[bx][y]
				sh := s.shared(before[bi[bx]].Items[occ[0]].Text, after[ai[y]].Items[occ[1]].Text)
				if len(sh) >= 2 || bs >= relatedOne {
					related = append(related, Related{Kind: kind, Before: bi[bx], After: ai[y], Score: round2(bs), Shared: sh})
				}
			}
		}
	}
	sort.SliceStable(related, func(i, j int) bool {
		if related[i].Kind != related[j].Kind {
			return related[i].Kind < related[j].Kind
		}
		if related[i].Before != related[j].Before {
			return related[i].Before < related[j].Before
		}
		return related[i].After < related[j].After
	})
	return links, related
}

// claimScore is the best score between any statement of one claim and any
// of the other, with the bonus for aligned sentences; it returns the
// indices of the two statements.
func claimScore(b, a Claim, s *scorer, aligned Aligned) (float64, int, int) {
	best, ob, oa := 0.0, 0, 0
	for x, bi := range b.Items {
		for y, ai := range a.Items {
			sc := s.score(bi.Text, ai.Text)
			if aligned != nil && sc > 0 && aligned(bi, ai) {
				sc += contextBonus
			}
			if sc > best {
				best, ob, oa = sc, x, y
			}
		}
	}
	return min(best, 1), ob, oa
}

// assignLarge runs assign on each connected component of the positive
// weights; components larger than maxAssign are matched greedily.
func assignLarge(w [][]float64) []int {
	rows := len(w)
	out := make([]int, rows)
	for i := range out {
		out[i] = -1
	}
	if rows == 0 {
		return out
	}
	cols := len(w[0])
	// union-find over rows and columns
	parent := make([]int, rows+cols)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for i := range w {
		for j := range w[i] {
			if w[i][j] > 0 {
				parent[find(i)] = find(rows + j)
			}
		}
	}
	comps := map[int][2][]int{}
	var order []int
	for i := 0; i < rows; i++ {
		r := find(i)
		c, ok := comps[r]
		if !ok {
			order = append(order, r)
		}
		c[0] = append(c[0], i)
		comps[r] = c
	}
	for j := 0; j < cols; j++ {
		r := find(rows + j)
		if c, ok := comps[r]; ok {
			c[1] = append(c[1], j)
			comps[r] = c
		}
	}
	for _, r := range order {
		c := comps[r]
		rs, cs := c[0], c[1]
		if len(cs) == 0 {
			continue
		}
		sub := make([][]float64, len(rs))
		for x, i := range rs {
			sub[x] = make([]float64, len(cs))
			for y, j := range cs {
				sub[x][y] = w[i][j]
			}
		}
		var m []int
		if len(rs) <= maxAssign && len(cs) <= maxAssign {
			m = assign(sub)
		} else {
			m = greedyAssign(sub)
		}
		for x, y := range m {
			if y >= 0 {
				out[rs[x]] = cs[y]
			}
		}
	}
	return out
}

// greedyAssign matches the heaviest pairs first.
func greedyAssign(w [][]float64) []int {
	type cell struct {
		i, j int
		w    float64
	}
	var cells []cell
	for i := range w {
		for j := range w[i] {
			if w[i][j] > 0 {
				cells = append(cells, cell{i, j, w[i][j]})
			}
		}
	}
	sort.Slice(cells, func(a, b int) bool {
		if cells[a].w != cells[b].w {
			return cells[a].w > cells[b].w
		}
		if cells[a].i != cells[b].i {
			return cells[a].i < cells[b].i
		}
		return cells[a].j < cells[b].j
	})
	out := make([]int, len(w))
	for i := range out {
		out[i] = -1
	}
	usedJ := map[int]bool{}
	for _, c := range cells {
		if out[c.i] < 0 && !usedJ[c.j] {
			out[c.i] = c.j
			usedJ[c.j] = true
		}
	}
	return out
}

// normalize folds case, white space and punctuation for comparing
// wordings.
func normalize(s string) string {
	var b strings.Builder
	for _, w := range terms.Words(s) {
		b.WriteString(strings.ToLower(w.Text))
		b.WriteByte(' ')
	}
	return b.String()
}
