package claims

import "math"

// assign solves the assignment problem: given a weight for each pair of
// rows and columns, it returns for each row the column it is assigned to
// (or -1) so that the total weight of the assigned pairs is greatest.
// Pairs with weight 0 or less are never assigned.
//
// It is the Hungarian algorithm in its O(n³) shortest-augmenting-path form
// (Jonker–Volgenant style potentials) on the square matrix padded with
// zero-weight dummies. The claims of two letters number in the tens, so
// the cubic cost is small; linkClaims splits larger inputs into connected
// components first.
func assign(w [][]float64) []int {
	rows := len(w)
	if rows == 0 {
		return nil
	}
	cols := len(w[0])
	n := max(rows, cols)
	// cost = -weight, on a square matrix; 1-based arrays as in the
	// textbook formulation
	cost := func(i, j int) float64 {
		if i < rows && j < cols && w[i][j] > 0 {
			return -w[i][j]
		}
		return 0
	}
	u := make([]float64, n+1)
	v := make([]float64, n+1)
	p := make([]int, n+1) // p[j]: row assigned to column j (1-based), 0 none
	way := make([]int, n+1)
	for i := 1; i <= n; i++ {
		p[0] = i
		j0 := 0
		minv := make([]float64, n+1)
		used := make([]bool, n+1)
		for j := range minv {
			minv[j] = math.Inf(1)
		}
		for {
			used[j0] = true
			i0 := p[j0]
			delta := math.Inf(1)
			j1 := 0
			for j := 1; j <= n; j++ {
				if used[j] {
					continue
				}
				cur := cost(i0-1, j-1) - u[i0] - v[j]
				if cur < minv[j] {
					minv[j] = cur
					way[j] = j0
				}
				if minv[j] < delta {
					delta = minv[j]
					j1 = j
				}
			}
			for j := 0; j <= n; j++ {
				if used[j] {
					u[p[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
			if p[j0] == 0 {
				break
			}
		}
		for {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
			if j0 == 0 {
				break
			}
		}
	}
	out := make([]int, rows)
	for i := range out {
		out[i] = -1
	}
	for j := 1; j <= n; j++ {
		i := p[j] - 1
		if i >= 0 && i < rows && j-1 < cols && w[i][j-1] > 0 {
			out[i] = j - 1
		}
	}
	return out
}
