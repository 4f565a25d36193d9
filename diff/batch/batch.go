// Package batch runs many independent comparisons in one process: it
// reads a manifest of pairs (CSV or JSON lines) and maps a function over
// them on several goroutines, handing the results on in input order.
//
// Memory is bounded by the work in flight, not by the size of the batch:
// the manifest is read as the work goes, and at most a fixed window of
// results waits for its turn to be emitted.
package batch

import (
	"errors"
	"sync"
)

// Map calls work on each item that next yields, on up to jobs goroutines
// at once, and passes each result to emit in the order of the items.
// next returns ok false at the end of the items. At most 2×jobs+2 items
// are held at any time: running, waiting to be emitted, being emitted, or
// yielded and waiting for a place. Map returns the
// first error of next or emit; it stops yielding items then, and waits for
// the work already started.
func Map[T, R any](jobs int, next func() (item T, ok bool, err error), work func(T) R, emit func(R) error) error {
	jobs = max(jobs, 1)
	queue := make(chan chan R, 2*jobs) // results, in input order
	slots := make(chan struct{}, jobs) // one per running goroutine
	stop := make(chan struct{})
	var nextErr error
	var wg sync.WaitGroup
	go func() {
		defer close(queue)
		for {
			item, ok, err := next()
			if err != nil {
				nextErr = err
				return
			}
			if !ok {
				return
			}
			result := make(chan R, 1)
			select {
			case queue <- result:
			case <-stop:
				return
			}
			select {
			case slots <- struct{}{}:
			case <-stop:
				return
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				result <- work(item)
				<-slots
			}()
		}
	}()
	var emitErr error
	for result := range queue {
		if emitErr != nil {
			continue // drain, so that the producer ends
		}
		if err := emit(<-result); err != nil {
			emitErr = err
			close(stop)
		}
	}
	wg.Wait()
	return errors.Join(emitErr, nextErr)
}
