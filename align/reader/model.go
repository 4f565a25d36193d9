// Package reader is letterdiff's learned line reader: a linear-chain
// sequence labeller that gives each line of a letter a Label (its zone:
// address, body, signatory, footnote …) from the features of the line and
// its neighbours, decoded with Viterbi under the letter's grammar (see
// grammar.go).
//
// The model is an averaged structured perceptron (Collins 2002): a weight
// for each (feature, label) pair and for each pair of consecutive labels.
// A line's score for a label is the sum of its features' weights for that
// label; a labelling's score is the sum of its lines' scores and its
// transitions' weights; the decoder returns the best-scoring labelling
// the grammar allows. Training (Train) is deterministic: the same corpus
// gives the same model, byte for byte.
//
// What a line's features are is not this package's business: package
// letter computes them (one place for all of them), and this package
// treats them as opaque names.
package reader

import (
	"math"
	"slices"

	"github.com/letterdiff/letterdiff/align/wtable"
)

// nl is the number of labels the model chooses from: all but Blank.
const nl = int(NumLabels) - 1

// nStates is the number of decoder states: a label in a part.
const nStates = nl * int(numParts)

func labelOf(k int) Label { return Label(k + 1) }
func indexOf(y Label) int { return int(y) - 1 }

// Features are the names of the features of one line.
type Features []string

// Model holds the weights of a trained line reader: in memory (index,
// names and w) when it was trained or read from text, or read in place
// from the binary form (view) when it is the embedded model.
type Model struct {
	index map[string]int32 // feature name → row of w
	names []string         // feature names, sorted; names[row]
	w     []float32        // len(names) × nl
	view  *wtable.View     // the features' rows, when read in place
	// trans[a][b] weighs label b after label a; row nl is the start.
	trans [nl + 1][nl]float32
}

// row returns a feature's row of weights, and whether the model has it.
func (m *Model) row(f string) (int, bool) {
	if m.view != nil {
		return m.view.Find(f)
	}
	r, ok := m.index[f]
	return int(r), ok
}

// rowOf is row for a feature name held in a byte slice.
func (m *Model) rowOf(key []byte) (int, bool) {
	if m.view != nil {
		return m.view.FindBytes(key)
	}
	r, ok := m.index[string(key)] // the conversion in a map index does not copy
	return int(r), ok
}

// addRow adds a row's weights to a line's scores.
func (m *Model) addRow(out *[nl]float64, row int) {
	if m.view != nil {
		m.view.AddRow(out[:], row)
		return
	}
	for k, v := range m.w[row*nl : row*nl+nl] {
		out[k] += float64(v)
	}
}

// inMemory returns the model with its rows in memory, copied out of the
// binary form when it was read in place.
func (m *Model) inMemory() *Model {
	if m.view == nil {
		return m
	}
	t := m.view.Table()
	return &Model{index: t.Index(), names: t.Names, w: t.W, trans: m.trans}
}

// scores returns, for each line, its score for each label.
func (m *Model) scores(seq []Features) [][nl]float64 {
	out := make([][nl]float64, len(seq))
	for t, fs := range seq {
		out[t] = m.score(fs)
	}
	return out
}

// score returns a line's score for each label.
func (m *Model) score(fs Features) [nl]float64 {
	var out [nl]float64
	for _, f := range fs {
		if row, ok := m.row(f); ok {
			m.addRow(&out, row)
		}
	}
	return out
}

// Label returns the best labelling of a sequence of lines that the
// grammar allows.
func (m *Model) Label(seq []Features) []Label {
	if len(seq) == 0 {
		return nil
	}
	return decode(m.scores(seq), &m.trans, annexStarts(seq))
}

// AnnexStart is the feature of a line an annex may open at straight
// after the body: its title ("Annex 1", "APPENDIX: Costings"). After
// the closing or the signatures an annex may open at any line; inside
// the body only at such a line. Without that rule a consultation
// response in numbered paragraphs with no greeting and no closing was
// read as one long attachment, and its asks were lost.
const AnnexStart = "is:annex-start"

// annexStarts returns which lines of seq hold AnnexStart.
func annexStarts(seq []Features) []bool {
	out := make([]bool, len(seq))
	for t, fs := range seq {
		out[t] = slices.Contains(fs, AnnexStart)
	}
	return out
}

// Emit gives a line's features one at a time, each as a prefix and a
// name whose joining is the feature: "-1:" and "is:date" give
// "-1:is:date".
type Emit func(prefix, name string)

// LabelStream is Label for n lines whose features features(k, emit)
// gives, called once for each k in order: a line's features are weighed
// as they come, and neither they nor their names are kept.
func (m *Model) LabelStream(n int, features func(k int, emit Emit)) []Label {
	if n == 0 {
		return nil
	}
	em := make([][nl]float64, n)
	starts := make([]bool, n)
	var key []byte
	for k := range n {
		out := &em[k]
		features(k, func(prefix, name string) {
			key = append(append(key[:0], prefix...), name...)
			if prefix == "" && name == AnnexStart {
				starts[k] = true
			}
			if row, ok := m.rowOf(key); ok {
				m.addRow(out, row)
			}
		})
	}
	return decode(em, &m.trans, starts)
}

// negInf marks a state that cannot be reached.
var negInf = math.Inf(-1)

// viterbi runs the forward pass: delta[t][s] is the best score of a
// labelling of lines 0..t that ends in state s, back[t][s] the state
// before it.
func viterbi(em [][nl]float64, trans *[nl + 1][nl]float32, starts []bool) (delta [][nStates]float64, back [][nStates]int16) {
	n := len(em)
	delta = make([][nStates]float64, n)
	back = make([][nStates]int16, n)
	first(&delta[0], &back[0], &em[0], trans)
	for t := 1; t < n; t++ {
		step(&delta[t-1], &delta[t], &back[t], &em[t], trans, opensAnnex(starts, t))
	}
	return delta, back
}

// first sets the scores of the states the first line may be in, and no
// state before them.
func first(delta *[nStates]float64, back *[nStates]int16, em *[nl]float64, trans *[nl + 1][nl]float32) {
	for s := range nStates {
		delta[s], back[s] = negInf, -1
	}
	for k := range nl {
		if p, ok := next(Opening, Blank, labelOf(k)); ok {
			s := k*int(numParts) + int(p)
			delta[s] = em[k] + float64(trans[nl][k])
		}
	}
}

// closedAnnex reports whether going from state (k0, p0) to part p opens
// an annex straight after the body, not after a closing: what AnnexStart
// must allow.
func closedAnnex(p0 Part, k0 int, p Part) bool {
	return p0 == Main && p == Annex && labelOf(k0) != Closing
}

// opensAnnex reports whether an annex may open at line t straight after
// the body: at any line when starts is nil (training), else at the
// lines starts marks.
func opensAnnex(starts []bool, t int) bool { return starts == nil || starts[t] }

// step advances the forward pass by a line: from prev, the best scores of
// the lines before it by state, it sets cur, theirs with this line's
// state, and back, the state before each; mayOpen: the body may give way
// to an annex at this line.
func step(prev, cur *[nStates]float64, back *[nStates]int16, em *[nl]float64, trans *[nl + 1][nl]float32, mayOpen bool) {
	for s := range nStates {
		cur[s], back[s] = negInf, -1
	}
	arcs := stateArcs()
	for s0 := range nStates {
		d := prev[s0]
		if d == negInf {
			continue
		}
		k0, p0 := s0/int(numParts), Part(s0%int(numParts))
		for _, arc := range arcs[s0] {
			k, s := arc[0], arc[1]
			if !mayOpen && closedAnnex(p0, k0, Part(s%int(numParts))) {
				continue
			}
			v := d + float64(trans[k0][k]) + em[k]
			if v > cur[s] {
				cur[s], back[s] = v, int16(s0)
			}
		}
	}
}

// decode returns the labels of the best path. It keeps two rows of
// scores, not one a line: on a long text that is most of the decoder's
// memory.
func decode(em [][nl]float64, trans *[nl + 1][nl]float32, starts []bool) []Label {
	n := len(em)
	back := make([][nStates]int16, n)
	var prev, cur [nStates]float64
	first(&prev, &back[0], &em[0], trans)
	for t := 1; t < n; t++ {
		step(&prev, &cur, &back[t], &em[t], trans, opensAnnex(starts, t))
		prev = cur
	}
	best := 0
	for s := range nStates {
		if prev[s] > prev[best] {
			best = s
		}
	}
	out := make([]Label, n)
	for t := n - 1; t >= 0; t-- {
		out[t] = labelOf(best / int(numParts))
		best = int(back[t][best])
	}
	return out
}

// maxMarginals returns, for each line and label, the score of the best
// labelling that gives the line that label (−Inf when the grammar allows
// none).
func maxMarginals(em [][nl]float64, trans *[nl + 1][nl]float32, starts []bool) [][nl]float64 {
	n := len(em)
	delta, _ := viterbi(em, trans, starts)
	beta := make([][nStates]float64, n) // best score of lines t+1.. from state s at t
	for t := n - 2; t >= 0; t-- {
		for s0 := range nStates {
			k0, p0 := s0/int(numParts), Part(s0%int(numParts))
			b := negInf
			for k := range nl {
				p, ok := next(p0, labelOf(k0), labelOf(k))
				if !ok || !opensAnnex(starts, t+1) && closedAnnex(p0, k0, p) {
					continue
				}
				s := k*int(numParts) + int(p)
				b = max(b, float64(trans[k0][k])+em[t+1][k]+beta[t+1][s])
			}
			beta[t][s0] = b
		}
	}
	out := make([][nl]float64, n)
	for t := range n {
		for k := range nl {
			out[t][k] = negInf
		}
		for s := range nStates {
			k := s / int(numParts)
			out[t][k] = max(out[t][k], delta[t][s]+beta[t][s])
		}
	}
	return out
}

// Weight returns a feature's weight for a label (0 for an unknown
// feature).
func (m *Model) Weight(feature string, y Label) float64 {
	row, ok := m.row(feature)
	switch {
	case !ok || y == Blank || y >= NumLabels:
		return 0
	case m.view != nil:
		return float64(m.view.Weight(row, indexOf(y)))
	}
	return float64(m.w[row*nl+indexOf(y)])
}

// NumFeatures returns the number of the model's features.
func (m *Model) NumFeatures() int {
	if m.view != nil {
		return m.view.Rows()
	}
	return len(m.names)
}

// Features returns the names of the model's features, sorted.
func (m *Model) Features() []string { return slices.Clone(m.inMemory().names) }
