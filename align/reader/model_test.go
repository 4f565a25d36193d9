package reader

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestDecodeAsFullViterbi checks that decode, which keeps two rows of
// scores, gives the path the full forward pass gives, on random
// emissions and transitions.
func TestDecodeAsFullViterbi(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 50 {
		n := 1 + rng.IntN(40)
		em := make([][nl]float64, n)
		for i := range em {
			for k := range nl {
				em[i][k] = rng.NormFloat64()
			}
		}
		var trans [nl + 1][nl]float32
		for a := range trans {
			for b := range trans[a] {
				trans[a][b] = float32(rng.NormFloat64())
			}
		}
		delta, back := viterbi(em, &trans, nil)
		best := 0
		for s := range nStates {
			if delta[n-1][s] > delta[n-1][best] {
				best = s
			}
		}
		want := make([]Label, n)
		for i := n - 1; i >= 0; i-- {
			want[i] = labelOf(best / int(numParts))
			best = int(back[i][best])
		}
		if got := decode(em, &trans, nil); !slices.Equal(got, want) {
			t.Fatalf("n=%d: decode %v, full pass %v", n, got, want)
		}
	}
}
