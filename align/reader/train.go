package reader

import (
	"fmt"
	"math/rand/v2"
	"sort"
)

// Example is one labelled document: the features of each line that is not
// blank, and its gold label.
type Example struct {
	Name     string
	Features []Features
	Labels   []Label
}

// TrainOptions tune training. The zero value is not useful; use
// DefaultTrainOptions.
type TrainOptions struct {
	// Epochs is the number of passes over the examples. The perceptron
	// has usually settled after ten; more only memorise the corpus.
	Epochs int
	// MinCount drops features seen on fewer lines than this: a feature
	// seen once (a rare first word) can only memorise its line.
	MinCount int
	// Seed orders the examples in each epoch; a fixed seed makes
	// training deterministic.
	Seed uint64
	// Prune drops from the written model the weights smaller than this in
	// absolute value; they change no decision worth keeping and would
	// only make the model file larger.
	Prune float64
	// Method is "crf" (the default) or "perceptron".
	Method string
	// Rate is the CRF's AdaGrad step size, and L2 its penalty on the
	// squared weights, summed over the corpus.
	Rate, L2 float64
	// Balance weighs each line's part of the CRF's gradient by the
	// inverse of its gold label's share of the lines, raised to this
	// power: 0 weighs all lines alike; more lifts rare labels (a copy
	// list, a signatory heading) against the body's thousands of lines.
	// On 846 letters (grouped cross-validation, one run, the same folds)
	// 0, 0.1, 0.15, 0.3 and 0.5 read lines alike (macro F1 0.754–0.761),
	// and signatories per letter at 0.584, 0.582, 0.582, 0.570 and 0.564,
	// recipients at 0.534, 0.535, 0.540, 0.535 and 0.523, pairs' demands
	// at 0.398, 0.398, 0.396, 0.389 and 0.393: 0.15.
	Balance float64
	// Orders is how many orders of the examples the CRF is fitted over,
	// from seeds Seed, Seed+1, …; the model is their average. On 146
	// letters three orders read no better than one (signatories per
	// letter 0.55–0.58 against 0.56–0.59); on 167, grouped
	// cross-validation with seeds 1–3 read signatories per letter at
	// 0.551–0.557 with three orders against 0.525–0.536 with one, pairs'
	// signatories at 0.417–0.428 against 0.375–0.410, the rest alike:
	// three, which also moves less with the seed.
	Orders int
}

// DefaultTrainOptions are the options `corpus train` uses.
func DefaultTrainOptions() TrainOptions {
	return TrainOptions{Epochs: 12, MinCount: 2, Seed: 1, Prune: 0.01, Method: "crf", Rate: 0.1, L2: 1, Balance: 0.15, Orders: 3}
}

// Train fits a model to the examples with the averaged structured
// perceptron. Every example's gold labelling must keep to the grammar.
func Train(examples []Example, opts TrainOptions) (*Model, error) {
	for _, ex := range examples {
		if len(ex.Features) != len(ex.Labels) {
			return nil, fmt.Errorf("%s: %d feature rows, %d labels", ex.Name, len(ex.Features), len(ex.Labels))
		}
		if ok, i := Allowed(ex.Labels); !ok {
			return nil, fmt.Errorf("%s: line %d: label %s breaks the letter's grammar", ex.Name, i+1, ex.Labels[i])
		}
	}
	m := &Model{index: map[string]int32{}}
	m.names = vocabulary(examples, opts.MinCount)
	for i, f := range m.names {
		m.index[f] = int32(i)
	}
	m.w = make([]float32, len(m.names)*nl)
	t := newTrainer(m)
	rng := rand.New(rand.NewPCG(opts.Seed, opts.Seed))
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	rows := make([][][]int32, len(examples))
	for i, ex := range examples {
		rows[i] = m.rows(ex.Features)
	}
	if opts.Method != "perceptron" {
		trainCRF(m, examples, rows, opts)
		return m.compact(), nil
	}
	for range opts.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			t.step(rows[i], examples[i].Labels)
		}
	}
	t.average(opts.Prune)
	return m.compact(), nil
}

// vocabulary returns the features seen on at least minCount lines, sorted.
func vocabulary(examples []Example, minCount int) []string {
	count := map[string]int{}
	for _, ex := range examples {
		for _, fs := range ex.Features {
			for _, f := range fs {
				count[f]++
			}
		}
	}
	var out []string
	for f, c := range count {
		if c >= minCount {
			out = append(out, f)
		}
	}
	sort.Strings(out)
	return out
}

// rows maps each line's features to the model's rows, dropping unknown
// ones.
func (m *Model) rows(seq []Features) [][]int32 {
	out := make([][]int32, len(seq))
	for t, fs := range seq {
		for _, f := range fs {
			if r, ok := m.index[f]; ok {
				out[t] = append(out[t], r)
			}
		}
	}
	return out
}

// trainer keeps the perceptron's running sums for averaging: the average
// weight is w − u/c, where u accumulates each update times the step at
// which it was made (Daumé's trick).
type trainer struct {
	m      *Model
	u      []float64
	w      []float64
	trans  [nl + 1][nl]float64
	utrans [nl + 1][nl]float64
	c      float64
}

func newTrainer(m *Model) *trainer {
	return &trainer{m: m, u: make([]float64, len(m.w)), w: make([]float64, len(m.w)), c: 1}
}

func (t *trainer) emissions(rows [][]int32) [][nl]float64 {
	out := make([][nl]float64, len(rows))
	for i, rs := range rows {
		for _, r := range rs {
			ws := t.w[int(r)*nl : int(r)*nl+nl]
			for k, v := range ws {
				out[i][k] += v
			}
		}
	}
	return out
}

// step decodes one example with the current weights and moves them
// towards its gold labelling where the decoding differs.
func (t *trainer) step(rows [][]int32, gold []Label) {
	var trans [nl + 1][nl]float32
	for a := range trans {
		for b := range trans[a] {
			trans[a][b] = float32(t.trans[a][b])
		}
	}
	pred := decode(t.emissions(rows), &trans, nil)
	for i := range gold {
		g, p := indexOf(gold[i]), indexOf(pred[i])
		if g != p {
			for _, r := range rows[i] {
				t.add(int(r)*nl+g, 1)
				t.add(int(r)*nl+p, -1)
			}
		}
		gp, pp := nl, nl
		if i > 0 {
			gp, pp = indexOf(gold[i-1]), indexOf(pred[i-1])
		}
		if gp != pp || g != p {
			t.addTrans(gp, g, 1)
			t.addTrans(pp, p, -1)
		}
	}
	t.c++
}

func (t *trainer) add(i int, v float64) {
	t.w[i] += v
	t.u[i] += t.c * v
}

func (t *trainer) addTrans(a, b int, v float64) {
	t.trans[a][b] += v
	t.utrans[a][b] += t.c * v
}

// average sets the model's weights to the averaged ones, dropping those
// smaller than prune.
func (t *trainer) average(prune float64) {
	round := func(v float64) float32 {
		if v > -prune && v < prune {
			return 0
		}
		return float32(v)
	}
	for i := range t.w {
		t.m.w[i] = round(t.w[i] - t.u[i]/t.c)
	}
	for a := range t.trans {
		for b := range t.trans[a] {
			t.m.trans[a][b] = float32(t.trans[a][b] - t.utrans[a][b]/t.c)
		}
	}
}

// compact drops the features whose weights are all zero.
func (m *Model) compact() *Model {
	m = m.inMemory()
	out := &Model{index: map[string]int32{}, trans: m.trans}
	for row, f := range m.names {
		ws := m.w[row*nl : row*nl+nl]
		zero := true
		for _, v := range ws {
			zero = zero && v == 0
		}
		if zero {
			continue
		}
		out.index[f] = int32(len(out.names))
		out.names = append(out.names, f)
		out.w = append(out.w, ws...)
	}
	return out
}
