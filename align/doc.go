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
// Scoring all pairs would cost O(n·m). Each earlier unit instead looks up
// its best maxCandidates partners in an inverted index from term to the
// later units that hold it, reading the postings of its terms from the
// rarest to the most common and summing partial dot products. Upper
// bounds of the score (from the weight left in the unread terms, with
// Cauchy–Schwarz, and from the word pairs a bigram needs) end the reading
// as soon as no later unit it has not met could be a candidate or enter
// its list, and skip the units met that cannot; only the rest are scored.
// What these bounds skip is exact: the lists are those of scoring every
// pair, less partners below the lowest score the passes below use. A
// fixed budget of postings per unit (not a share of the documents) keeps
// the cost per unit flat as documents grow: where it cuts a search short,
// units sharing only common terms are not met. A test compares the search
// with the exhaustive one on the corpus and the RFC revisions: the budget
// never binds on a letter, and the alignments are byte-identical
// everywhere. Sorts are typed (slices.SortFunc), never by reflection.
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
