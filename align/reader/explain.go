package reader

import (
	"math"
	"sort"
)

// Reading is the labelling of one line with the evidence for it.
type Reading struct {
	Label Label
	// RunnerUp is the label the line would have in the best labelling
	// that gives it another one, and Margin how much worse that
	// labelling scores: a small margin is a close call.
	RunnerUp Label
	Margin   float64
	// Weights are the features that most favour Label over RunnerUp on
	// this line, strongest first.
	Weights []Evidence
}

// Evidence is one feature's part in a decision.
type Evidence struct {
	Feature string  `json:"feature"`
	Weight  float64 `json:"weight"` // its weight for the label minus its weight for the runner-up
}

// Explain labels a sequence as Label does and says, for each line, how
// close the call was and which features decided it; top bounds the
// features listed per line.
func (m *Model) Explain(seq []Features, top int) []Reading {
	if len(seq) == 0 {
		return nil
	}
	em := m.scores(seq)
	starts := annexStarts(seq)
	labels := decode(em, &m.trans, starts)
	mm := maxMarginals(em, &m.trans, starts)
	out := make([]Reading, len(seq))
	for t, y := range labels {
		r := Reading{Label: y, RunnerUp: y, Margin: math.Inf(1)}
		best := mm[t][indexOf(y)]
		for k := range nl {
			if k == indexOf(y) || math.IsInf(mm[t][k], -1) {
				continue
			}
			if d := best - mm[t][k]; d < r.Margin {
				r.Margin, r.RunnerUp = d, labelOf(k)
			}
		}
		if r.RunnerUp != y {
			r.Weights = m.evidence(seq[t], y, r.RunnerUp, top)
		}
		out[t] = r
	}
	return out
}

// evidence returns the features of a line that most favour label a over
// label b.
func (m *Model) evidence(fs Features, a, b Label, top int) []Evidence {
	var ev []Evidence
	seen := map[string]bool{}
	for _, f := range fs {
		if seen[f] {
			continue
		}
		seen[f] = true
		if d := m.Weight(f, a) - m.Weight(f, b); d > 0 {
			ev = append(ev, Evidence{f, d})
		}
	}
	sort.Slice(ev, func(i, j int) bool {
		if ev[i].Weight != ev[j].Weight {
			return ev[i].Weight > ev[j].Weight
		}
		return ev[i].Feature < ev[j].Feature
	})
	return ev[:min(top, len(ev))]
}
