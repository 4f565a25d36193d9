package reader

import (
	"math"
	"math/rand/v2"
	"sync"
)

// A linear-chain conditional random field (Lafferty, McCallum and Pereira
// 2001) over the same weights as the perceptron: the probability of a
// labelling is proportional to exp(score), where the score sums the
// lines' feature weights and the transitions' weights, over the labellings
// the grammar allows. Training maximises the log-likelihood of the gold
// labellings minus an L2 penalty, by stochastic gradient with AdaGrad
// step sizes (Duchi, Hazan and Singer 2011), one letter at a time in a
// seeded order. The gradient of a weight is its count in the gold
// labelling minus its expected count, from the forward-backward
// marginals.
//
// Against the perceptron, the CRF's weights stay on a scale set by the
// penalty, and rare labels are not drowned by frequent ones: each line
// contributes by how wrong its probabilities are, not only when the
// decoding is.

// crfTrainer holds the weights being fitted and AdaGrad's sums of squared
// gradients.
type crfTrainer struct {
	m     *Model
	w     []float64
	g2    []float64
	trans [nl + 1][nl]float64
	gt2   [nl + 1][nl]float64
	rate  float64
	l2    float64 // per letter: the penalty is spread over the examples
	// grad and touched are scratch space for one letter's gradient
	grad    []float64
	touched []int
	// weight scales the gradient of a line by its gold label (see
	// TrainOptions.Balance)
	weight [nl]float64
}

// trainCRF fits the model's weights; rows are each example's feature
// rows, as Train computes them. With opts.Orders above one it fits the
// weights once for each of that many example orders (seeds Seed,
// Seed+1, …) and writes their average: one order's weights move by the
// letters it happened to see last, and their average less. The fits are
// independent and run at once; they are averaged in the order of their
// seeds, so the model is the same however they are scheduled.
func trainCRF(m *Model, examples []Example, rows [][][]int32, opts TrainOptions) {
	orders := max(opts.Orders, 1)
	fits := make([]*crfTrainer, orders)
	var wg sync.WaitGroup
	for o := range orders {
		wg.Go(func() { fits[o] = fitCRF(m, examples, rows, opts, opts.Seed+uint64(o)) })
	}
	wg.Wait()
	w := make([]float64, len(m.w))
	var trans [nl + 1][nl]float64
	for _, t := range fits {
		for i, v := range t.w {
			w[i] += v / float64(orders)
		}
		for a := range t.trans {
			for b := range t.trans[a] {
				trans[a][b] += t.trans[a][b] / float64(orders)
			}
		}
	}
	for i, v := range w {
		if math.Abs(v) >= opts.Prune {
			m.w[i] = float32(v)
		}
	}
	for a := range trans {
		for b := range trans[a] {
			m.trans[a][b] = float32(trans[a][b])
		}
	}
}

// fitCRF fits the weights over one order of the examples, the one seed
// gives, and returns the trainer holding them.
func fitCRF(m *Model, examples []Example, rows [][][]int32, opts TrainOptions, seed uint64) *crfTrainer {
	t := &crfTrainer{m: m, w: make([]float64, len(m.w)), g2: make([]float64, len(m.w)), grad: make([]float64, len(m.w)),
		rate: opts.Rate, l2: opts.L2 / float64(max(len(examples), 1))}
	var count [nl]int
	total := 0
	for _, ex := range examples {
		for _, y := range ex.Labels {
			count[indexOf(y)]++
			total++
		}
	}
	for k, n := range count {
		t.weight[k] = 1
		if n > 0 {
			t.weight[k] = math.Pow(float64(total)/float64(nl*n), opts.Balance)
		}
	}
	rng := rand.New(rand.NewPCG(seed, seed))
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	// the weights kept are the average of those at the end of each
	// epoch of the last half (Polyak averaging): stochastic steps leave
	// the weights of the last epoch where the last letters pushed them
	sum := make([]float64, len(t.w))
	var sumTrans [nl + 1][nl]float64
	averaged := 0
	for e := range opts.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			t.step(rows[i], examples[i].Labels)
		}
		if 2*e+2 <= opts.Epochs {
			continue
		}
		averaged++
		for i, v := range t.w {
			sum[i] += v
		}
		for a := range t.trans {
			for b := range t.trans[a] {
				sumTrans[a][b] += t.trans[a][b]
			}
		}
	}
	if averaged > 0 {
		for i := range t.w {
			t.w[i] = sum[i] / float64(averaged)
		}
		for a := range t.trans {
			for b := range t.trans[a] {
				t.trans[a][b] = sumTrans[a][b] / float64(averaged)
			}
		}
	}
	return t
}

// stateArcs lists, for each decoder state, the labels that may follow it
// and the state each leads to; its row nStates lists those that may
// start a letter. It is worked out on first use.
var stateArcs = sync.OnceValue(func() (out *[nStates + 1][][2]int) {
	out = new([nStates + 1][][2]int)
	for s0 := range nStates + 1 {
		p0, prev := Opening, Blank
		if s0 < nStates {
			p0, prev = Part(s0%int(numParts)), labelOf(s0/int(numParts))
		}
		for k := range nl {
			if p, ok := next(p0, prev, labelOf(k)); ok {
				out[s0] = append(out[s0], [2]int{k, k*int(numParts) + int(p)})
			}
		}
	}
	return out
})

// marginals runs forward-backward over the grammar's states, in
// probabilities scaled line by line (Rabiner 1989), and returns, for each
// line, each label's probability, and the expected count of each
// transition.
func (t *crfTrainer) marginals(em [][nl]float64) (lab [][nl]float64, tr [nl + 1][nl]float64) {
	arcs := stateArcs()
	n := len(em)
	var T [nl + 1][nl]float64
	for a := range T {
		for b := range T[a] {
			T[a][b] = math.Exp(t.trans[a][b])
		}
	}
	psi := make([][nl]float64, n)
	for i := range n {
		top := em[i][0]
		for _, v := range em[i] {
			top = max(top, v)
		}
		for k, v := range em[i] {
			psi[i][k] = math.Exp(v - top)
		}
	}
	alpha := make([][nStates]float64, n)
	beta := make([][nStates]float64, n)
	scale := make([]float64, n)
	for _, a := range arcs[nStates] {
		alpha[0][a[1]] = T[nl][a[0]] * psi[0][a[0]]
	}
	scale[0] = normalize(&alpha[0])
	for i := 1; i < n; i++ {
		for s0, a0 := range alpha[i-1] {
			if a0 == 0 {
				continue
			}
			k0 := s0 / int(numParts)
			for _, a := range arcs[s0] {
				alpha[i][a[1]] += a0 * T[k0][a[0]] * psi[i][a[0]]
			}
		}
		scale[i] = normalize(&alpha[i])
	}
	for s := range nStates {
		beta[n-1][s] = 1
	}
	for i := n - 2; i >= 0; i-- {
		for s0 := range nStates {
			k0 := s0 / int(numParts)
			b := 0.0
			for _, a := range arcs[s0] {
				b += T[k0][a[0]] * psi[i+1][a[0]] * beta[i+1][a[1]]
			}
			beta[i][s0] = b / scale[i+1]
		}
	}
	lab = make([][nl]float64, n)
	for i := range n {
		for s, a := range alpha[i] {
			lab[i][s/int(numParts)] += a * beta[i][s]
		}
	}
	for _, a := range arcs[nStates] {
		tr[nl][a[0]] += alpha[0][a[1]] * beta[0][a[1]]
	}
	for i := 1; i < n; i++ {
		for s0, a0 := range alpha[i-1] {
			if a0 == 0 {
				continue
			}
			k0 := s0 / int(numParts)
			for _, a := range arcs[s0] {
				tr[k0][a[0]] += a0 * T[k0][a[0]] * psi[i][a[0]] * beta[i][a[1]] / scale[i]
			}
		}
	}
	return lab, tr
}

// normalize scales a row of probabilities to sum to one and returns the
// sum.
func normalize(row *[nStates]float64) float64 {
	sum := 0.0
	for _, v := range row {
		sum += v
	}
	if sum == 0 {
		return 1
	}
	for i := range row {
		row[i] /= sum
	}
	return sum
}

// step moves the weights along the gradient of one letter's
// log-likelihood.
func (t *crfTrainer) step(rows [][]int32, gold []Label) {
	if len(rows) == 0 {
		return
	}
	em := t.emissions(rows)
	lab, tr := t.marginals(em)
	t.touched = t.touched[:0]
	for i, rs := range rows {
		g := indexOf(gold[i])
		for _, r := range rs {
			base := int(r) * nl
			for k := range nl {
				d := -lab[i][k]
				if k == g {
					d++
				}
				d *= t.weight[g]
				if t.grad[base+k] == 0 {
					t.touched = append(t.touched, base+k)
				}
				t.grad[base+k] += d
			}
		}
	}
	for _, idx := range t.touched {
		d := t.grad[idx] - t.l2*t.w[idx]
		t.grad[idx] = 0
		if d == 0 {
			continue
		}
		t.g2[idx] += d * d
		t.w[idx] += t.rate * d / (math.Sqrt(t.g2[idx]) + adagradEpsilon)
	}
	var gt [nl + 1][nl]float64
	prev := nl
	for i := range gold {
		g := indexOf(gold[i])
		gt[prev][g]++
		prev = g
	}
	for a := range gt {
		for b := range gt[a] {
			d := gt[a][b] - tr[a][b] - t.l2*t.trans[a][b]
			if d == 0 {
				continue
			}
			t.gt2[a][b] += d * d
			t.trans[a][b] += t.rate * d / (math.Sqrt(t.gt2[a][b]) + adagradEpsilon)
		}
	}
}

// logLikelihood returns the log-probability of a gold labelling under the
// trainer's weights: its score minus the log of the sum over all
// labellings the grammar allows (from the forward pass's scales).
func (t *crfTrainer) logLikelihood(rows [][]int32, gold []Label) float64 {
	arcs := stateArcs()
	em := t.emissions(rows)
	n := len(em)
	score := 0.0
	prev := nl
	for i, y := range gold {
		k := indexOf(y)
		score += em[i][k] + t.trans[prev][k]
		prev = k
	}
	var T [nl + 1][nl]float64
	for a := range T {
		for b := range T[a] {
			T[a][b] = math.Exp(t.trans[a][b])
		}
	}
	logZ := 0.0
	var alpha, nextAlpha [nStates]float64
	for i := range n {
		top := em[i][0]
		for _, v := range em[i] {
			top = max(top, v)
		}
		nextAlpha = [nStates]float64{}
		if i == 0 {
			for _, a := range arcs[nStates] {
				nextAlpha[a[1]] = T[nl][a[0]] * math.Exp(em[0][a[0]]-top)
			}
		} else {
			for s0, a0 := range alpha {
				if a0 == 0 {
					continue
				}
				k0 := s0 / int(numParts)
				for _, a := range arcs[s0] {
					nextAlpha[a[1]] += a0 * T[k0][a[0]] * math.Exp(em[i][a[0]]-top)
				}
			}
		}
		alpha = nextAlpha
		logZ += math.Log(normalize(&alpha)) + top
	}
	return score - logZ
}

// emissions sums each line's feature weights per label.
func (t *crfTrainer) emissions(rows [][]int32) [][nl]float64 {
	em := make([][nl]float64, len(rows))
	for i, rs := range rows {
		for _, r := range rs {
			ws := t.w[int(r)*nl : int(r)*nl+nl]
			for k, v := range ws {
				em[i][k] += v
			}
		}
	}
	return em
}

// adagradEpsilon keeps AdaGrad's step finite when a gradient is so small
// that its square rounds to zero.
const adagradEpsilon = 1e-8
