package align

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/letterdiff/letterdiff/align/terms"
)

// Scoring constants. Each is named for what it does; the reason for its
// value stands beside it.
const (
	// DefaultMinScore is the lowest score at which two units pair. Below
	// it, pairs share a word or two of little weight; at 0.25 a reworded
	// sentence sharing its key terms still pairs.
	DefaultMinScore = 0.25
	// candidateCosine is the cosine below which a pair is not kept as a
	// candidate at all.
	candidateCosine = 0.1
	// maxCandidates bounds the partners kept per unit, so that the order
	// pass sees O(n) candidates.
	maxCandidates = 12
	// postingsBudget bounds the postings read for one unit, so that the
	// cost per unit stays about flat as documents grow: past it, the
	// search stops before the next (more common) term, and later units
	// that share only such terms with the unit are not met. Letters never
	// reach it; in the RFC revisions of testdata/perf (200 KB) it cuts the
	// search of one unit in 15 and changes none of the pairs, where 512
	// would change some (TestSearchIsExhaustive).
	postingsBudget = 1024
	// boundSlack is added to every upper bound of the candidate search, so
	// that rounding in sums taken in another order never prunes a pair the
	// exhaustive search keeps.
	boundSlack = 1e-9
	// normSlack is added under the square root of the weight a unit has
	// left (1 less the squares of the weights read), whose rounding error
	// the root would magnify.
	normSlack = 1e-12
	// keepOrderShare: order is kept when the longest increasing run of a
	// greedy matching holds this share of its pairs. Revisions of one
	// document score 0.9 and above; rewritten letters well below.
	keepOrderShare = 0.75
	// mutualFloor is the lowest score at which two units that are each
	// other's best partner pair. Rewritten letters share little
	// vocabulary passage by passage: their counterparts score 0.12 to 0.25.
	mutualFloor = 0.12
	// revisionCoverage: a revision pairs at least this share of the
	// smaller document's units; below it, the documents are a rewrite and
	// the order is free.
	revisionCoverage = 0.3
	// moveScore is the score an off-chain pair needs to be reported as a
	// moved block rather than as a deletion and an insertion.
	moveScore = 0.5
	// mergePart and mergeGain govern splits and merges: the extra unit must
	// share this much with the pair, and reading it with the pair must
	// raise the score by this much.
	mergePart = 0.15
	mergeGain = 0.05
	// maxGroup bounds how many units one side of a pair may hold.
	maxGroup = 4
	// sharedShown is how many shared terms explain a pair.
	sharedShown = 8
)

// Order says whether the alignment keeps the order of the documents.
type Order int

// The orders.
const (
	OrderAuto Order = iota // decide from the documents
	OrderKeep              // order-preserving: revisions of one document
	OrderFree              // any order: rewritten documents
)

func (o Order) String() string {
	switch o {
	case OrderKeep:
		return "keep"
	case OrderFree:
		return "free"
	}
	return "auto"
}

// ParseOrder reads "auto", "keep" or "free".
func ParseOrder(s string) (Order, error) {
	switch s {
	case "auto", "":
		return OrderAuto, nil
	case "keep":
		return OrderKeep, nil
	case "free":
		return OrderFree, nil
	}
	return OrderAuto, fmt.Errorf("unknown order %q: use auto, keep or free", s)
}

// Options tune an alignment. The zero value is ready to use.
type Options struct {
	Order Order
	// Analyzer turns text into terms; nil for one without concepts.
	Analyzer *terms.Analyzer
	// MinScore overrides DefaultMinScore when above zero.
	MinScore float64
}

// Pair pairs units of the two documents: one to one, one to many (a unit
// split in two) or many to one (units merged).
type Pair struct {
	Before []int    `json:"before"` // indices of earlier units, ascending
	After  []int    `json:"after"`  // indices of later units, ascending
	Score  float64  `json:"score"`
	Shared []string `json:"shared_terms"` // content words both sides share
	Moved  bool     `json:"moved,omitempty"`
}

// Alignment is the pairing of two documents' units.
type Alignment struct {
	Mode            Order  `json:"-"`
	Pairs           []Pair `json:"pairs"` // in the earlier document's order
	UnmatchedBefore []int  `json:"unmatched_before"`
	UnmatchedAfter  []int  `json:"unmatched_after"`
}

type unit struct {
	text  string
	terms []string
	vec   terms.Vec
	bi    []uint64
	// pairs are the distinct consecutive term pairs (as term IDs) that
	// the bigrams of bi hash: the candidate search bounds the bigrams two
	// units can share by them.
	pairs [][2]int
	norm  string
}

type cand struct {
	i, j  int
	score float64
}

// Align pairs the units of before with those of after.
func Align(before, after []string, opts Options) *Alignment {
	an := opts.Analyzer
	if an == nil {
		an = &terms.Analyzer{}
	}
	minScore := opts.MinScore
	if minScore <= 0 {
		minScore = DefaultMinScore
	}
	a := newAligner(before, after, an, minScore)
	return a.align(a.candidates(), opts.Order)
}

// newAligner reads the units of two documents.
func newAligner(before, after []string, an *terms.Analyzer, minScore float64) *aligner {
	corpus := terms.NewCorpus()
	bt, at := termsOf(an, before), termsOf(an, after)
	bids, aids := make([][]int, len(bt)), make([][]int, len(at))
	for i, t := range bt {
		bids[i] = corpus.IDs(t)
		corpus.AddIDs(bids[i])
	}
	for j, t := range at {
		aids[j] = corpus.IDs(t)
		corpus.AddIDs(aids[j])
	}
	bu, au := units(corpus, before, bt, bids), units(corpus, after, at, aids)
	return &aligner{bu: bu, au: au, corpus: corpus, an: an, minScore: minScore}
}

// align pairs the units from the candidates.
func (a *aligner) align(cands []cand, mode Order) *Alignment {
	minScore := a.minScore
	if mode == OrderAuto {
		mode = a.decide(cands)
	}
	var pairs []Pair
	if mode == OrderKeep {
		pairs = a.chain(cands)
	} else {
		pairs = a.greedy(cands, nil, nil, minScore)
	}
	pairs = a.grow(pairs)
	usedB, usedA := a.used(pairs)
	if mode == OrderKeep {
		chain := append([]Pair{}, pairs...)
		extra := a.greedy(cands, usedB, usedA, moveScore)
		usedB, usedA = a.used(append(pairs, extra...))
		extra = append(extra, a.mutual(cands, usedB, usedA)...)
		for _, p := range extra {
			p.Moved = !fitsOrder(p, chain)
			pairs = append(pairs, p)
		}
	} else {
		pairs = append(pairs, a.mutual(cands, usedB, usedA)...)
		markMoved(pairs)
	}
	usedB, usedA = a.used(pairs)
	slices.SortFunc(pairs, func(x, y Pair) int {
		if c := cmp.Compare(x.Before[0], y.Before[0]); c != 0 {
			return c
		}
		return cmp.Compare(x.After[0], y.After[0])
	})
	out := &Alignment{Mode: mode, Pairs: pairs, UnmatchedBefore: []int{}, UnmatchedAfter: []int{}}
	for i := range a.bu {
		if !usedB[i] {
			out.UnmatchedBefore = append(out.UnmatchedBefore, i)
		}
	}
	for j := range a.au {
		if !usedA[j] {
			out.UnmatchedAfter = append(out.UnmatchedAfter, j)
		}
	}
	for k := range out.Pairs {
		out.Pairs[k].Shared = a.shared(out.Pairs[k])
	}
	return out
}

func termsOf(an *terms.Analyzer, texts []string) [][]string {
	out := make([][]string, len(texts))
	for i, t := range texts {
		out[i] = an.Terms(t)
	}
	return out
}

func units(c *terms.Corpus, texts []string, ts [][]string, ids [][]int) []unit {
	out := make([]unit, len(texts))
	for i, t := range texts {
		out[i] = unit{text: t, terms: ts[i], vec: c.VectorIDs(ids[i]), bi: terms.Bigrams(ts[i]), pairs: idPairs(ids[i]), norm: normText(t)}
	}
	return out
}

// normText returns text in lower case with its runs of white space made
// single spaces and none at either end: strings.Join(strings.Fields(
// strings.ToLower(text)), " ") in one pass.
func normText(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	space := false
	for _, r := range text {
		// an invalid byte is utf8.RuneError, written as U+FFFD, as
		// strings.ToLower writes it
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// idPairs returns the distinct consecutive pairs of ids, sorted.
func idPairs(ids []int) [][2]int {
	if len(ids) < 2 {
		return nil
	}
	out := make([][2]int, 0, len(ids)-1)
	for k := 0; k+1 < len(ids); k++ {
		out = append(out, [2]int{ids[k], ids[k+1]})
	}
	slices.SortFunc(out, func(x, y [2]int) int {
		if c := cmp.Compare(x[0], y[0]); c != 0 {
			return c
		}
		return cmp.Compare(x[1], y[1])
	})
	return slices.Compact(out)
}

type aligner struct {
	bu, au   []unit
	corpus   *terms.Corpus
	an       *terms.Analyzer
	minScore float64
}

// score returns the similarity of two groups of units.
func (a *aligner) score(bs, as []int) float64 {
	if len(bs) == 1 && len(as) == 1 && a.bu[bs[0]].norm == a.au[as[0]].norm && a.bu[bs[0]].norm != "" {
		return 1
	}
	var vb, va terms.Vec
	var bb, ba []uint64
	for _, i := range bs {
		vb = terms.Add(vb, a.bu[i].vec)
		bb = mergeSet(bb, a.bu[i].bi)
	}
	for _, j := range as {
		va = terms.Add(va, a.au[j].vec)
		ba = mergeSet(ba, a.au[j].bi)
	}
	return round(terms.Similarity(vb, va, bb, ba))
}

// round keeps four decimals, so that scores print and compare the same
// everywhere.
func round(x float64) float64 {
	return float64(int64(x*10000+0.5)) / 10000
}

func mergeSet(a, b []uint64) []uint64 {
	out := make([]uint64, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j >= len(b) || i < len(a) && a[i] < b[j]:
			out = append(out, a[i])
			i++
		case i >= len(a) || b[j] < a[i]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}

// pairScore returns the score of two units as candidates, and false when
// they are not candidates at all: score 1 for the same text (in any case
// and spacing), else CosineWeight·cos + BigramWeight·Dice, for a cosine of
// candidateCosine or more. The candidate search and the exhaustive one in
// the tests score with this one function, so that they agree to the bit.
func (a *aligner) pairScore(i, j int) (float64, bool) {
	u, v := &a.bu[i], &a.au[j]
	if u.norm != "" && u.norm == v.norm {
		return 1, true
	}
	c := terms.Cosine(u.vec, v.vec)
	if c < candidateCosine {
		return 0, false
	}
	return round(terms.CosineWeight*c + terms.BigramWeight*terms.Dice(u.bi, v.bi)), true
}

// ahead reports whether candidate x ranks before y among one unit's
// partners: higher score first, then the earlier later unit.
func ahead(x, y cand) bool {
	return x.score > y.score || x.score == y.score && x.j < y.j
}

// useful returns the least score at which the aligner uses a candidate:
// the passes take candidates at minScore, moveScore and mutualFloor or
// more, so that a partner below all three changes nothing, listed or not.
func (a *aligner) useful() float64 {
	return min(a.minScore, moveScore, mutualFloor)
}

// candidates returns, for each earlier unit in order, its best
// maxCandidates partners scoring useful() or more (as pairScore scores
// them, best first): the same lists as scoring every pair would give
// (see search).
func (a *aligner) candidates() []cand {
	s := newSearch(a)
	out := make([]cand, 0, min(len(a.bu)*maxCandidates, len(a.bu)*len(a.au)))
	for i := range a.bu {
		out = append(out, s.top(i)...)
	}
	return out
}

// posting is a later unit that holds a term, with the term's weight there.
type posting struct {
	j int32
	w float64
}

// termAt is one term of the unit being searched for, in the order the
// search reads postings: rarest first.
type termAt struct {
	id  int
	w   float64
	len int // of its postings
	// first and last count the unit's distinct term pairs whose
	// earlier-read and later-read term this is.
	first, last int32
}

// bounded is a partner met with an upper bound of its score, from all
// terms or from the terms read.
type bounded struct {
	j   int
	k   int // its place in met
	ub  float64
	all bool
}

// met is what the search knows of a later unit that holds terms read
// so far: the sums over those terms of the products of weights (the
// partial dot product) and of its squared weights, and how many of this
// unit's term pairs have their earlier-read, and their later-read, term
// among them.
type met struct {
	dot, sq     float64
	j           int32
	first, last int32
}

// slot is where a later unit's met is, if its epoch is the search's: its
// place in the search's met, or -1 when it is listed already.
type slot struct {
	epoch, k int32
}

// search finds each earlier unit's best partners without scoring every
// pair. It reads the postings of the unit's terms from the rarest to the
// most common, summing partial dot products for the later units it meets,
// and stops before the next term when no later unit not yet met could be
// a candidate (the weight left in the unread terms bounds its cosine below
// candidateCosine, or its score below useful() or below the worst of a
// full list of partners), or when the next term's postings would take it
// past postingsBudget. Then it takes the units met, best bound first: a
// unit's first bound is from the terms read; when it comes first, the
// terms left unread are looked up in the unit's own vector for a bound
// from all terms, and the unit goes back in line with that one; when it
// comes first with that, it is scored (pairScore). It stops when the next
// bound cannot enter the list. What stops it early is exact: the list is
// the exhaustive search's, less partners below useful(). Only the budget
// trades exactness for a flat cost per unit (see postingsBudget).
//
// The bounds. A later unit not met in the terms read so far shares only
// unread terms: its cosine is at most the lesser of Σ w·maxW (each unread
// term's weight here times its greatest weight in any later unit) and the
// norm of the unread weights (Cauchy–Schwarz); the bigrams it shares are
// among the c distinct term pairs of this unit whose two terms are both
// unread, so its Dice coefficient is at most 2c/(b+c) for b bigrams here.
// A unit met has its partial dot product plus the lesser of Σ w·maxW and
// the product of the norms of the unread weights here and there (its norm
// is 1 less what the terms read took), or, once looked up, its whole dot
// product; a bigram it shares is a term pair whose two terms it holds, so
// their number is at most that of the pairs whose earlier-read term it
// holds (or is unread), and likewise for the later-read term, and at most
// its own bigrams b'. Every bound is raised by boundSlack and rounded as
// scores are; ties in score are decided by position, as in the exhaustive
// search. (Bigrams are compared as 64-bit hashes: the bounds assume two
// distinct term pairs never share one.)
type search struct {
	a     *aligner
	index [][]posting // by term ID: the later units holding it, ascending
	maxW  []float64   // by term ID: its greatest weight in a later unit
	// bigrams holds, by later unit, how many bigrams it has
	bigrams []int32
	exact   map[string][]int

	// floor is the least score the aligner uses a candidate at (see
	// useful): a partner below it is not listed.
	floor float64

	// cut says whether the budget cut the last unit's search short.
	cut bool

	// scratch, reused from one earlier unit to the next
	epoch int32
	b     int    // the bigrams of this unit
	slots []slot // by later unit
	met   []met  // the later units met for this unit, in order met
	ord   []termAt
	pos   []int32 // by term ID: its place in ord, while ord is this unit's
	// by place l in ord, over the terms from l on: Σ w·maxW, the norm of
	// the weights, and the pairs whose earlier-read and later-read term is
	// there
	dotLeft, normLeft   []float64
	firstLeft, lastLeft []int32
	pend                []bounded
	// by term ID: the terms left unread, when leftAt is this epoch
	left   []termAt
	leftAt []int32
	best   []cand
}

func newSearch(a *aligner) *search {
	nt := a.corpus.Len()
	s := &search{
		a:       a,
		floor:   a.useful(),
		index:   make([][]posting, nt),
		maxW:    make([]float64, nt),
		exact:   map[string][]int{},
		slots:   make([]slot, len(a.au)),
		bigrams: make([]int32, len(a.au)),
		pos:     make([]int32, nt),
		left:    make([]termAt, nt),
		leftAt:  make([]int32, nt),
	}
	n := make([]int32, nt)
	for _, u := range a.au {
		for _, e := range u.vec {
			n[e.ID]++
		}
	}
	for id, c := range n {
		s.index[id] = make([]posting, 0, c)
	}
	for j, u := range a.au {
		s.bigrams[j] = int32(len(u.bi))
		for _, e := range u.vec {
			s.index[e.ID] = append(s.index[e.ID], posting{int32(j), e.W})
			s.maxW[e.ID] = max(s.maxW[e.ID], e.W)
		}
		if u.norm != "" {
			s.exact[u.norm] = append(s.exact[u.norm], j)
		}
	}
	return s
}

// top returns the best partners of earlier unit i, best first.
func (s *search) top(i int) []cand {
	a := s.a
	u := &a.bu[i]
	s.epoch++
	s.b = len(u.bi)
	s.best = s.best[:0]
	s.met = s.met[:0]
	for _, j := range s.exact[u.norm] {
		s.offer(cand{i, j, 1})
		s.slots[j] = slot{s.epoch, -1}
	}
	s.prepare(u)
	s.cut = false
	l, read := 0, 0
	for ; l < len(s.ord) && !s.finished(l); l++ {
		t := s.ord[l]
		if read += t.len; read > postingsBudget && l > 0 {
			s.cut = true
			break
		}
		for _, p := range s.index[t.id] {
			sl := &s.slots[p.j]
			if sl.epoch != s.epoch {
				*sl = slot{s.epoch, int32(len(s.met))}
				s.met = append(s.met, met{j: p.j})
			} else if sl.k < 0 {
				continue
			}
			m := &s.met[sl.k]
			m.dot += t.w * p.w
			m.sq += p.w * p.w
			m.first += t.first
			m.last += t.last
		}
	}
	s.score(i, l)
	return s.best
}

// prepare orders the terms of u for reading and sums what is left of them
// from each place on.
func (s *search) prepare(u *unit) {
	s.ord = s.ord[:0]
	for _, e := range u.vec {
		s.ord = append(s.ord, termAt{id: e.ID, w: e.W, len: len(s.index[e.ID])})
	}
	slices.SortFunc(s.ord, func(x, y termAt) int {
		if c := cmp.Compare(x.len, y.len); c != 0 {
			return c
		}
		return cmp.Compare(x.id, y.id)
	})
	for l, t := range s.ord {
		s.pos[t.id] = int32(l)
	}
	for _, p := range u.pairs {
		x, y := s.pos[p[0]], s.pos[p[1]]
		s.ord[min(x, y)].first++
		s.ord[max(x, y)].last++
	}
	m := len(s.ord)
	s.dotLeft = slices.Grow(s.dotLeft[:0], m+1)[:m+1]
	s.normLeft = slices.Grow(s.normLeft[:0], m+1)[:m+1]
	s.firstLeft = slices.Grow(s.firstLeft[:0], m+1)[:m+1]
	s.lastLeft = slices.Grow(s.lastLeft[:0], m+1)[:m+1]
	var dot, sq float64
	var first, last int32
	for l := m; l >= 0; l-- {
		if l < m {
			t := s.ord[l]
			dot += t.w * s.maxW[t.id]
			sq += t.w * t.w
			first += t.first
			last += t.last
		}
		s.dotLeft[l], s.normLeft[l] = dot, math.Sqrt(sq)
		s.firstLeft[l], s.lastLeft[l] = first, last
	}
}

// bound returns the rounded upper bound of a score from bounds of its
// cosine and Dice coefficient.
func bound(cos, dice float64) float64 {
	return round(terms.CosineWeight*min(cos+boundSlack, 1) + terms.BigramWeight*dice + boundSlack)
}

// dice returns the Dice coefficient of x shared bigrams out of b and b2.
func dice(x, b, b2 int) float64 {
	if x <= 0 {
		return 0
	}
	return 2 * float64(x) / float64(b+b2)
}

// admits reports whether a partner j scoring ub could enter the list:
// rank before its worst when it is full, and reach the floor.
func (s *search) admits(ub float64, j int) bool {
	if len(s.best) < maxCandidates {
		return ub >= s.floor
	}
	return ahead(cand{0, j, ub}, s.best[len(s.best)-1])
}

// finished reports whether no later unit unmet before place l can be a
// candidate or enter the list.
func (s *search) finished(l int) bool {
	cos := min(s.dotLeft[l], s.normLeft[l])
	if cos+boundSlack < candidateCosine {
		return true
	}
	c := int(s.firstLeft[l])
	return !s.admits(bound(cos, dice(c, s.b, c)), -1)
}

// score scores the partners met, when the places before l have been
// read. A partner's first bound, from the terms read, is loose when terms
// are left unread; the terms left are then looked up in the partner's own
// vector, for its bound from all terms. The maxCandidates partners of best
// first bound are scored first, to fill the list and raise the bar; of the
// others, those whose bounds could still enter the list are scored, best
// bound first, until the next one cannot.
func (s *search) score(i, l int) {
	b := s.b
	for _, t := range s.ord[l:] {
		s.left[t.id] = t
		s.leftAt[t.id] = s.epoch
	}
	all := l == len(s.ord)
	p := s.pend[:0]
	for k := range s.met {
		m := &s.met[k]
		j := int(m.j)
		b2 := int(s.bigrams[j])
		x := min(int(m.first+s.firstLeft[l]), int(m.last+s.lastLeft[l]), b, b2)
		cos := m.dot + s.dotLeft[l]
		if cos+boundSlack < candidateCosine || !s.admits(bound(cos, dice(x, b, b2)), j) {
			continue
		}
		// the norm of its unread weights, loosened by normSlack against
		// the rounding of weights normalised to 1
		cos = min(cos, m.dot+s.normLeft[l]*math.Sqrt(max(0, 1-m.sq)+normSlack))
		if ub := bound(cos, dice(x, b, b2)); cos+boundSlack >= candidateCosine && s.admits(ub, j) {
			p = append(p, bounded{j, k, ub, all})
		}
	}
	s.pend = p
	n := min(len(p), maxCandidates)
	bestFirst(p, n)
	for _, q := range p[:n] {
		if q.all || s.complete(&q) {
			s.scoreOne(i, q.j)
		}
	}
	rest := p[n:]
	keep := rest[:0]
	for _, q := range rest {
		if s.admits(q.ub, q.j) && (q.all || s.complete(&q)) {
			keep = append(keep, q)
		}
	}
	slices.SortFunc(keep, func(x, y bounded) int {
		if c := cmp.Compare(y.ub, x.ub); c != 0 {
			return c
		}
		return cmp.Compare(x.j, y.j)
	})
	for _, q := range keep {
		if !s.admits(q.ub, q.j) {
			// bounds only fall down the list, and the bar only rises
			break
		}
		s.scoreOne(i, q.j)
	}
}

// complete sets q's bound to the one from all terms, looking the terms
// left unread up in its vector, and reports whether it may still enter
// the list.
func (s *search) complete(q *bounded) bool {
	m := &s.met[q.k]
	dot, first, last := m.dot, m.first, m.last
	for _, e := range s.a.au[q.j].vec {
		if s.leftAt[e.ID] == s.epoch {
			t := &s.left[e.ID]
			dot += t.w * e.W
			first += t.first
			last += t.last
		}
	}
	b2 := int(s.bigrams[q.j])
	x := min(int(first), int(last), s.b, b2)
	q.ub, q.all = bound(dot, dice(x, s.b, b2)), true
	return dot+boundSlack >= candidateCosine && s.admits(q.ub, q.j)
}

// scoreOne scores partner j of earlier unit i and lists it if it ranks.
func (s *search) scoreOne(i, j int) {
	if sc, ok := s.a.pairScore(i, j); ok && sc >= s.floor {
		s.offer(cand{i, j, sc})
	}
}

// bestFirst reorders p so that its first n hold the n best bounds (then
// earliest units), best first.
func bestFirst(p []bounded, n int) {
	better := func(x, y bounded) bool { return x.ub > y.ub || x.ub == y.ub && x.j < y.j }
	up := func(c int) {
		for ; c > 0 && better(p[c], p[c-1]); c-- {
			p[c], p[c-1] = p[c-1], p[c]
		}
	}
	for k := 1; k < n; k++ {
		up(k)
	}
	for k := n; k < len(p); k++ {
		if better(p[k], p[n-1]) {
			p[k], p[n-1] = p[n-1], p[k]
			up(n - 1)
		}
	}
}

// offer puts c in the list of partners if it ranks there.
func (s *search) offer(c cand) {
	n := len(s.best)
	if n == maxCandidates {
		if !ahead(c, s.best[n-1]) {
			return
		}
		n--
		s.best = s.best[:n]
	}
	k := n
	for k > 0 && ahead(c, s.best[k-1]) {
		k--
	}
	s.best = slices.Insert(s.best, k, c)
}

// decide chooses keep or free order from a greedy matching's order.
func (a *aligner) decide(cands []cand) Order {
	m := a.greedy(cands, nil, nil, a.minScore)
	if float64(len(m)) < revisionCoverage*float64(min(len(a.bu), len(a.au))) {
		// too little text pairs for either order to be read from it: a
		// rewrite, not a revision
		return OrderFree
	}
	if len(m) < 2 {
		return OrderKeep
	}
	slices.SortFunc(m, byBefore)
	seq := make([]int, len(m))
	for k, p := range m {
		seq[k] = p.After[0]
	}
	if float64(len(lis(seq))) >= keepOrderShare*float64(len(m)) {
		return OrderKeep
	}
	return OrderFree
}

// greedy matches candidates one to one, best score first, skipping units
// already used and scores below floor.
func (a *aligner) greedy(cands []cand, usedB, usedA []bool, floor float64) []Pair {
	cs := make([]cand, 0, len(cands))
	for _, c := range cands {
		if c.score >= floor && !isUsed(usedB, c.i) && !isUsed(usedA, c.j) {
			cs = append(cs, c)
		}
	}
	slices.SortFunc(cs, func(x, y cand) int {
		if c := cmp.Compare(y.score, x.score); c != 0 {
			return c
		}
		if c := cmp.Compare(x.i, y.i); c != 0 {
			return c
		}
		return cmp.Compare(x.j, y.j)
	})
	tb, ta := make([]bool, len(a.bu)), make([]bool, len(a.au))
	var out []Pair
	for _, c := range cs {
		if tb[c.i] || ta[c.j] {
			continue
		}
		tb[c.i], ta[c.j] = true, true
		out = append(out, Pair{Before: []int{c.i}, After: []int{c.j}, Score: c.score})
	}
	return out
}

// mutual pairs the units left unmatched whose best partners are each
// other, at mutualFloor or more: in a rewritten letter, whole passages
// share little vocabulary, but the passage that shares most with another,
// and with which that other shares most, is its counterpart.
func (a *aligner) mutual(cands []cand, usedB, usedA []bool) []Pair {
	// a unit's best partner so far; i = -1 for none
	bestB, bestA := make([]cand, len(a.bu)), make([]cand, len(a.au))
	for k := range bestB {
		bestB[k].i = -1
	}
	for k := range bestA {
		bestA[k].i = -1
	}
	better := func(c, old cand) bool {
		return old.i < 0 || c.score > old.score || c.score == old.score && (c.i < old.i || c.i == old.i && c.j < old.j)
	}
	for _, c := range cands {
		if isUsed(usedB, c.i) || isUsed(usedA, c.j) || c.score < mutualFloor {
			continue
		}
		if better(c, bestB[c.i]) {
			bestB[c.i] = c
		}
		if better(c, bestA[c.j]) {
			bestA[c.j] = c
		}
	}
	var out []Pair
	for i := range a.bu {
		c := bestB[i]
		if c.i >= 0 && bestA[c.j] == c {
			out = append(out, Pair{Before: []int{c.i}, After: []int{c.j}, Score: c.score})
		}
	}
	return out
}

// fitsOrder reports whether a pair keeps the order of a chain of pairs
// sorted on both sides.
func fitsOrder(p Pair, chain []Pair) bool {
	i, j := p.Before[0], p.After[0]
	k := sort.Search(len(chain), func(k int) bool { return chain[k].Before[0] > i })
	if k > 0 && chain[k-1].After[len(chain[k-1].After)-1] >= j {
		return false
	}
	return k >= len(chain) || chain[k].After[0] > j
}

// chain returns the increasing chain of candidates of greatest total score.
func (a *aligner) chain(cands []cand) []Pair {
	var cs []cand
	for _, c := range cands {
		if c.score >= a.minScore {
			cs = append(cs, c)
		}
	}
	if len(cs) == 0 {
		return nil
	}
	slices.SortFunc(cs, func(x, y cand) int {
		if c := cmp.Compare(x.i, y.i); c != 0 {
			return c
		}
		return cmp.Compare(y.j, x.j)
	})
	m := len(a.au)
	tree := newFenwick(m)
	val := make([]float64, len(cs))
	prev := make([]int, len(cs))
	best, bestAt := -1.0, -1
	for k, c := range cs {
		v, from := tree.query(c.j) // best chain ending before column j
		val[k] = v + c.score
		prev[k] = from
		tree.update(c.j+1, val[k], k)
		if val[k] > best {
			best, bestAt = val[k], k
		}
	}
	var out []Pair
	for k := bestAt; k >= 0; k = prev[k] {
		out = append(out, Pair{Before: []int{cs[k].i}, After: []int{cs[k].j}, Score: cs[k].score})
	}
	for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
		out[l], out[r] = out[r], out[l]
	}
	return out
}

// fenwick is a Fenwick tree of prefix maxima over 1-based positions,
// remembering which candidate gave each maximum.
type fenwick struct {
	val []float64
	at  []int
}

func newFenwick(n int) *fenwick {
	f := &fenwick{val: make([]float64, n+1), at: make([]int, n+1)}
	for i := range f.at {
		f.at[i] = -1
	}
	return f
}

// query returns the maximum over positions 1..i.
func (f *fenwick) query(i int) (float64, int) {
	best, at := 0.0, -1
	for ; i > 0; i -= i & -i {
		if f.val[i] > best {
			best, at = f.val[i], f.at[i]
		}
	}
	return best, at
}

func (f *fenwick) update(i int, v float64, at int) {
	for ; i < len(f.val); i += i & -i {
		if v > f.val[i] {
			f.val[i], f.at[i] = v, at
		}
	}
}

// grow extends pairs by adjacent unmatched units (splits and merges).
func (a *aligner) grow(pairs []Pair) []Pair {
	usedB, usedA := a.used(pairs)
	for k := range pairs {
		p := &pairs[k]
		for changed := true; changed; {
			changed = false
			for _, side := range []int{0, 1} {
				group, other := p.Before, p.After
				used, n := usedB, len(a.bu)
				if side == 1 {
					group, other, used, n = p.After, p.Before, usedA, len(a.au)
				}
				if len(group) >= maxGroup {
					continue
				}
				for _, next := range []int{group[len(group)-1] + 1, group[0] - 1} {
					if next < 0 || next >= n || used[next] {
						continue
					}
					var part, whole float64
					grown := insertSorted(group, next)
					if side == 0 {
						part = a.score([]int{next}, other)
						whole = a.score(grown, other)
					} else {
						part = a.score(other, []int{next})
						whole = a.score(other, grown)
					}
					if part < mergePart || whole < p.Score+mergeGain {
						continue
					}
					used[next] = true
					if side == 0 {
						p.Before = grown
					} else {
						p.After = grown
					}
					p.Score = whole
					changed = true
					break
				}
			}
		}
	}
	return pairs
}

func insertSorted(s []int, x int) []int {
	out := append(append([]int{}, s...), x)
	slices.Sort(out)
	return out
}

func (a *aligner) used(pairs []Pair) ([]bool, []bool) {
	ub, ua := make([]bool, len(a.bu)), make([]bool, len(a.au))
	for _, p := range pairs {
		for _, i := range p.Before {
			ub[i] = true
		}
		for _, j := range p.After {
			ua[j] = true
		}
	}
	return ub, ua
}

// markMoved marks the pairs outside the longest run that keeps order.
func markMoved(pairs []Pair) {
	slices.SortFunc(pairs, byBefore)
	seq := make([]int, len(pairs))
	for k, p := range pairs {
		seq[k] = p.After[0]
	}
	in := make([]bool, len(pairs))
	for _, k := range lis(seq) {
		in[k] = true
	}
	for k := range pairs {
		pairs[k].Moved = !in[k]
	}
}

// byBefore orders pairs by their first earlier unit.
func byBefore(x, y Pair) int { return cmp.Compare(x.Before[0], y.Before[0]) }

// isUsed reports whether unit k is marked in used (nil for none).
func isUsed(used []bool, k int) bool { return used != nil && used[k] }

// lis returns the positions of a longest strictly increasing subsequence
// of seq (patience sorting, O(n log n)). Between runs of equal length it
// keeps the one whose values are smallest.
func lis(seq []int) []int {
	var tails []int // positions in seq
	prev := make([]int, len(seq))
	for k, x := range seq {
		lo := sort.Search(len(tails), func(t int) bool { return seq[tails[t]] >= x })
		if lo > 0 {
			prev[k] = tails[lo-1]
		} else {
			prev[k] = -1
		}
		if lo == len(tails) {
			tails = append(tails, k)
		} else {
			tails[lo] = k
		}
	}
	if len(tails) == 0 {
		return nil
	}
	out := make([]int, len(tails))
	for k, t := len(tails)-1, tails[len(tails)-1]; k >= 0; k, t = k-1, prev[t] {
		out[k] = t
	}
	return out
}

// shared returns the content words that explain a pair: the surface
// forms, in the earlier text, of the terms both sides share, heaviest
// first.
func (a *aligner) shared(p Pair) []string {
	var vb, va terms.Vec
	for _, i := range p.Before {
		vb = terms.Add(vb, a.bu[i].vec)
	}
	for _, j := range p.After {
		va = terms.Add(va, a.au[j].vec)
	}
	ids := terms.Shared(vb, va)
	if len(ids) > sharedShown {
		ids = ids[:sharedShown]
	}
	want := map[string]int{}
	for rank, id := range ids {
		want[a.corpus.Name(id)] = rank
	}
	surface := make([]string, len(ids))
	for _, i := range p.Before {
		for w := range terms.WordSeq(a.bu[i].text) {
			for _, part := range strings.FieldsFunc(w.Text, func(r rune) bool { return r == '-' }) {
				if rank, ok := want[a.an.Term(part)]; ok && surface[rank] == "" {
					surface[rank] = strings.ToLower(part)
				}
			}
		}
	}
	out := surface[:0]
	for _, s := range surface {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
