package stages

import (
	"slices"
	"sync"
	"testing"
)

func TestRun(t *testing.T) {
	for _, size := range []int{0, ConcurrentBytes, ConcurrentBytes + 1} {
		var mu sync.Mutex
		var order []int
		fns := make([]func(), 5)
		for i := range fns {
			fns[i] = func() { mu.Lock(); order = append(order, i); mu.Unlock() }
		}
		Run(size, fns...)
		slices.Sort(order)
		if !slices.Equal(order, []int{0, 1, 2, 3, 4}) {
			t.Errorf("size %d: ran %v, want each once", size, order)
		}
	}
	// one after another: each sees what the one before did
	n := 0
	Run(ConcurrentBytes+1, func() { n = 1 }, func() { n *= 2 }, func() { n += 3 })
	if n != 5 {
		t.Errorf("large: n = %d, want 5 (in order)", n)
	}
}
