package align

import (
	"fmt"
	"sort"
	"strings"

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
	// postingsFloor is the smallest document frequency at which a term may
	// be skipped as too common (see postingsShare).
	postingsFloor = 64
	// postingsShare: a term in more than this share of the later units is
	// skipped when gathering candidates.
	postingsShare = 0.1
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
	corpus := terms.NewCorpus()
	bt, at := termsOf(an, before), termsOf(an, after)
	for _, t := range bt {
		corpus.Add(t)
	}
	for _, t := range at {
		corpus.Add(t)
	}
	bu, au := units(corpus, before, bt), units(corpus, after, at)
	a := &aligner{bu: bu, au: au, corpus: corpus, an: an, minScore: minScore}
	cands := a.candidates()
	mode := opts.Order
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
	sort.Slice(pairs, func(x, y int) bool {
		if pairs[x].Before[0] != pairs[y].Before[0] {
			return pairs[x].Before[0] < pairs[y].Before[0]
		}
		return pairs[x].After[0] < pairs[y].After[0]
	})
	out := &Alignment{Mode: mode, Pairs: pairs, UnmatchedBefore: []int{}, UnmatchedAfter: []int{}}
	for i := range bu {
		if !usedB[i] {
			out.UnmatchedBefore = append(out.UnmatchedBefore, i)
		}
	}
	for j := range au {
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

func units(c *terms.Corpus, texts []string, ts [][]string) []unit {
	out := make([]unit, len(texts))
	for i, t := range texts {
		out[i] = unit{text: t, terms: ts[i], vec: c.Vector(ts[i]), bi: terms.Bigrams(ts[i]), norm: strings.Join(strings.Fields(strings.ToLower(t)), " ")}
	}
	return out
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

// candidates gathers the pairs worth scoring from an inverted index.
func (a *aligner) candidates() []cand {
	type posting struct {
		j int
		w float64
	}
	index := map[int][]posting{}
	for j, u := range a.au {
		for _, e := range u.vec {
			index[e.ID] = append(index[e.ID], posting{j, e.W})
		}
	}
	limit := max(postingsFloor, int(postingsShare*float64(len(a.au))))
	exact := map[string][]int{}
	for j, u := range a.au {
		if u.norm != "" {
			exact[u.norm] = append(exact[u.norm], j)
		}
	}
	var out []cand
	acc := make([]float64, len(a.au))
	var touched []int
	for i, u := range a.bu {
		touched = touched[:0]
		for _, e := range u.vec {
			ps := index[e.ID]
			if len(ps) > limit {
				continue
			}
			for _, p := range ps {
				if acc[p.j] == 0 {
					touched = append(touched, p.j)
				}
				acc[p.j] += e.W * p.w
			}
		}
		var mine []cand
		for _, j := range exact[u.norm] {
			mine = append(mine, cand{i, j, 1})
			acc[j] = -1 // already a candidate
		}
		for _, j := range touched {
			if acc[j] >= candidateCosine {
				s := round(terms.CosineWeight*min(acc[j], 1) + terms.BigramWeight*terms.Dice(u.bi, a.au[j].bi))
				mine = append(mine, cand{i, j, s})
			}
			acc[j] = 0
		}
		for _, j := range exact[u.norm] {
			acc[j] = 0
		}
		sort.Slice(mine, func(x, y int) bool {
			if mine[x].score != mine[y].score {
				return mine[x].score > mine[y].score
			}
			return mine[x].j < mine[y].j
		})
		if len(mine) > maxCandidates {
			mine = mine[:maxCandidates]
		}
		out = append(out, mine...)
	}
	return out
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
	sort.Slice(m, func(x, y int) bool { return m[x].Before[0] < m[y].Before[0] })
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
func (a *aligner) greedy(cands []cand, usedB, usedA map[int]bool, floor float64) []Pair {
	cs := make([]cand, 0, len(cands))
	for _, c := range cands {
		if c.score >= floor && !usedB[c.i] && !usedA[c.j] {
			cs = append(cs, c)
		}
	}
	sort.Slice(cs, func(x, y int) bool {
		if cs[x].score != cs[y].score {
			return cs[x].score > cs[y].score
		}
		if cs[x].i != cs[y].i {
			return cs[x].i < cs[y].i
		}
		return cs[x].j < cs[y].j
	})
	tb, ta := map[int]bool{}, map[int]bool{}
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
func (a *aligner) mutual(cands []cand, usedB, usedA map[int]bool) []Pair {
	bestB, bestA := map[int]cand{}, map[int]cand{}
	better := func(c, old cand, ok bool) bool {
		return !ok || c.score > old.score || c.score == old.score && (c.i < old.i || c.i == old.i && c.j < old.j)
	}
	for _, c := range cands {
		if usedB[c.i] || usedA[c.j] || c.score < mutualFloor {
			continue
		}
		if old, ok := bestB[c.i]; better(c, old, ok) {
			bestB[c.i] = c
		}
		if old, ok := bestA[c.j]; better(c, old, ok) {
			bestA[c.j] = c
		}
	}
	var out []Pair
	for i := range a.bu {
		c, ok := bestB[i]
		if ok && bestA[c.j] == c {
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
	sort.Slice(cs, func(x, y int) bool {
		if cs[x].i != cs[y].i {
			return cs[x].i < cs[y].i
		}
		return cs[x].j > cs[y].j
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
	sort.Ints(out)
	return out
}

func (a *aligner) used(pairs []Pair) (map[int]bool, map[int]bool) {
	ub, ua := map[int]bool{}, map[int]bool{}
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
	sort.Slice(pairs, func(x, y int) bool { return pairs[x].Before[0] < pairs[y].Before[0] })
	seq := make([]int, len(pairs))
	for k, p := range pairs {
		seq[k] = p.After[0]
	}
	in := map[int]bool{}
	for _, k := range lis(seq) {
		in[k] = true
	}
	for k := range pairs {
		pairs[k].Moved = !in[k]
	}
}

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
		for _, w := range terms.Words(a.bu[i].text) {
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
