// Package align pairs the corresponding parts of two documents: which
// paragraph (or sentence) of the later text continues which of the earlier
// one, even when the later text reorders, splits, merges and rewords them.
//
// # Similarity
//
// Each unit (a paragraph or a sentence) becomes a TF-IDF vector of stemmed
// content words (package terms), weighted by rarity across both documents,
// and a set of word bigrams. The score of a pair is
//
//	terms.CosineWeight·cos(u, v) + terms.BigramWeight·dice(bigrams(u), bigrams(v))
//
// so that shared rare words count most and shared phrases add to them.
// Identical texts score 1. Each pair is explained by the content words it
// shares.
//
// # Candidates
//
// Scoring all pairs would cost O(n·m). Candidates come instead from an
// inverted index from term to the later units that hold it: each earlier
// unit accumulates dot products only over the postings of its own terms,
// and terms held by more than a tenth of the units (and at least
// postingsFloor) are skipped as too common to tell units apart. Each unit
// keeps its best maxCandidates partners. The cost grows about linearly with
// the size of the documents.
//
// # Order
//
// Revisions of one document keep most of its order; a new letter on an old
// theme does not. With OrderAuto the aligner matches candidates greedily,
// takes the longest increasing run of that matching, and keeps order when
// that run holds at least keepOrderShare of the matches and the matching
// covers at least revisionCoverage of the smaller document.
//
// With order kept, the pairing is the chain of candidates, increasing on
// both sides, of greatest total score: a weighted longest increasing
// subsequence computed with a Fenwick tree in O(k log k) for k candidates
// (the dynamic programme of Needleman–Wunsch and Gale–Church, restricted
// to candidate cells). Units left off the chain that still pair well
// (moveScore or more) are reported as moved.
//
// With free order, candidates are matched greedily by score, highest
// first, and pairs outside the longest increasing run are marked moved.
//
// In both orders, units still unmatched are paired with their mutual best
// partner when it scores mutualFloor or more: in a rewritten letter whole
// passages share little vocabulary, but two passages that are each other's
// closest are counterparts. In the kept order such a pair is marked moved
// when it breaks the order of the chain.
//
// # Splits and merges
//
// After the one-to-one pass, a pair grows by an adjacent unmatched unit on
// either side when that unit shares content with the pair
// (mergePart or more) and reading the two units as one raises the pair's
// score by mergeGain or more: a paragraph split in two becomes a
// one-to-many pair, two merged paragraphs a many-to-one pair.
//
// # Guarantees
//
// Every unit is in exactly one pair or unmatched. Aligning a document with
// itself pairs every unit with itself at score 1. The result depends only
// on the inputs: ties break by position, and sums run in a fixed order.
package align
