package claims

import (
	"math/rand"
	"reflect"
	"testing"
)

func TestAssign(t *testing.T) {
	tests := []struct {
		name string
		w    [][]float64
		want []int
	}{
		{"empty", nil, nil},
		{"one", [][]float64{{0.5}}, []int{0}},
		{"zero weight is never assigned", [][]float64{{0}}, []int{-1}},
		// first-come (greedy) would take 0.9 and leave 0.1; optimal takes 0.8+0.7
		{"optimal beats greedy", [][]float64{{0.9, 0.8}, {0.7, 0.1}}, []int{1, 0}},
		{"more rows", [][]float64{{0.2}, {0.9}, {0.3}}, []int{-1, 0, -1}},
		{"more columns", [][]float64{{0.1, 0.6, 0.2}}, []int{1}},
	}
	for _, tt := range tests {
		if got := assign(tt.w); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: assign = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestAssignOptimal checks assign against brute force on small random
// matrices.
func TestAssignOptimal(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for trial := 0; trial < 300; trial++ {
		rows, cols := 1+r.Intn(5), 1+r.Intn(5)
		w := make([][]float64, rows)
		for i := range w {
			w[i] = make([]float64, cols)
			for j := range w[i] {
				if r.Intn(3) > 0 {
					w[i][j] = float64(r.Intn(100)) / 100
				}
			}
		}
		got := total(w, assign(w))
		if best := brute(w, 0, make([]bool, cols)); got < best-1e-9 {
			t.Fatalf("assign total %v < optimum %v for %v", got, best, w)
		}
	}
}

func total(w [][]float64, a []int) float64 {
	s := 0.0
	for i, j := range a {
		if j >= 0 {
			s += w[i][j]
		}
	}
	return s
}

func brute(w [][]float64, i int, used []bool) float64 {
	if i == len(w) {
		return 0
	}
	best := brute(w, i+1, used)
	for j := range used {
		if !used[j] && w[i][j] > 0 {
			used[j] = true
			best = max(best, w[i][j]+brute(w, i+1, used))
			used[j] = false
		}
	}
	return best
}
