package claims

import (
	"strings"
	"sync"
	"sync/atomic"
)

// maxStems bounds the words a stemMemo remembers: far more than the
// vocabulary of a batch of letters, far less than the memory of one large
// input.
const maxStems = 1 << 17

// stemMemo remembers the stems of the words it has stemmed. Stemming is a
// pure function of the word, and costs more than all the rest of
// tokenising; the same few thousand words recur in every letter. It is
// safe for use by any number of goroutines; a nil *stemMemo stems without
// remembering.
type stemMemo struct {
	m sync.Map // word → stem
	n atomic.Int64
}

// stem returns the stem of a lower-case word, as the package-level stem.
func (s *stemMemo) stem(w string) string {
	if s == nil {
		return stem(w)
	}
	if v, ok := s.m.Load(w); ok {
		return v.(string)
	}
	st := stem(w)
	if s.n.Load() < maxStems {
		// copies: w and st may share the memory of a whole letter
		if _, loaded := s.m.LoadOrStore(strings.Clone(w), strings.Clone(st)); !loaded {
			s.n.Add(1)
		}
	}
	return st
}
