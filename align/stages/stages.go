// Package stages runs the independent stages of reading and comparing
// letters: at once when the letters are small, one after another when
// they are large, so that the working memory of the stages does not add
// up where it matters.
package stages

import "sync"

// ConcurrentBytes is the most text, in bytes, whose stages Run runs at
// once: far more than any letter, far less than the inputs whose stages'
// memory would add up to a gigabyte.
const ConcurrentBytes = 8 << 20

// Run runs fns, at once when size (the bytes of text they read) is at
// most ConcurrentBytes, else one after another in their order. Each fn
// must depend on its own inputs alone.
func Run(size int, fns ...func()) {
	if size > ConcurrentBytes {
		for _, fn := range fns {
			fn()
		}
		return
	}
	var wg sync.WaitGroup
	for _, fn := range fns {
		wg.Go(fn)
	}
	wg.Wait()
}
