package claims

import (
	"github.com/letterdiff/letterdiff/align/letter"
	"github.com/letterdiff/letterdiff/align/stages"
	"github.com/letterdiff/letterdiff/diff/logreg"
)

// Comparison is the claims of two letters and how they link.
type Comparison struct {
	Before, After []Claim
	Links         []Link    // one per claim of either letter
	Related       []Related // weaker ties between unlinked claims
}

// CompareOptions tune a comparison of claims.
type CompareOptions struct {
	Lexicon *Lexicon // nil for DefaultLexicon()
	// Aligned reports whether two items stand in sentences the aligner
	// paired; nil for no alignment context.
	Aligned Aligned
	// Classifier and Rules choose how items are classified (see Options).
	Classifier *logreg.Model
	Rules      bool
	// Floors are the lowest scores at which claims of the two letters are
	// one claim; zero fields for the floors fitted on the corpus.
	Floors Floors
}

// Compare extracts the claims of two letters, groups each letter's
// restatements and links the claims across the letters.
func Compare(before, after *letter.Document, opts CompareOptions) *Comparison {
	return Prepare(before, after, opts).Link(opts.Floors)
}

// Prepared is two letters' claims, grouped and read in the light of each
// other, ready to be linked.
type Prepared struct {
	before, after []Claim
	scorer        *scorer
	aligned       Aligned
}

// Prepare extracts the claims of two letters and groups each letter's
// restatements: everything Compare does before it links them, so that
// links at several floors cost one extraction.
func Prepare(before, after *letter.Document, opts CompareOptions) *Prepared {
	return ExtractPair(before, after, opts).Prepare(opts.Aligned)
}

// Extracted is two letters' claims as each letter alone gives them, with
// the scorer of their terms: what Prepare does before it reads the
// letters in the light of each other and of their alignment.
type Extracted struct {
	before, after []Item
	vb, va        *vocab
	scorer        *scorer
}

// ExtractPair extracts the claims of two letters and readies the scorer
// of their terms, the three at once (one after another for very large
// letters; see stages.Run): each depends on its input alone.
func ExtractPair(before, after *letter.Document, opts CompareOptions) *Extracted {
	lex := opts.Lexicon
	if lex == nil {
		lex = DefaultLexicon()
	}
	eo := Options{Lexicon: lex, Classifier: opts.Classifier, Rules: opts.Rules}
	// a vocabulary each: it caches what it reads of words, and is not
	// shared between goroutines
	x := &Extracted{vb: newVocab(lex), va: newVocab(lex)}
	stages.Run(len(before.Source.Text)+len(after.Source.Text),
		func() { x.before = extract(before, eo, x.vb) },
		func() { x.after = extract(after, eo, x.va) },
		func() { x.scorer = newScorer(lex.Analyzer(), background(before, after), lex) })
	return x
}

// background returns the sentences and footnotes of the letters, against
// which the scorer weighs terms.
func background(docs ...*letter.Document) []string {
	var out []string
	for _, d := range docs {
		for _, p := range d.Paragraphs {
			for _, s := range p.Sentences {
				out = append(out, p.Text[s.Start:s.End])
			}
		}
		for _, f := range d.Footnotes {
			out = append(out, f.Text)
		}
	}
	return out
}

// Prepare groups each letter's restatements and reads each letter in the
// light of the other, with aligned telling which sentences the aligner
// paired (nil for none).
func (x *Extracted) Prepare(aligned Aligned) *Prepared {
	bi, ai, s := x.before, x.after, x.scorer
	gb, ga := group(bi, s, x.vb), group(ai, s, x.va)
	// each letter read in the light of the other: plain statements that
	// restate a grievance of the other letter (see across.go), both
	// against the other's grievances as first read, so that adopting
	// does not chain and swapping the letters gives the same reading
	nb := adoptAcross(bi, gb, ga, s, aligned, true)
	na := adoptAcross(ai, ga, gb, s, aligned, false)
	if nb > 0 {
		gb = group(bi, s, x.vb)
	}
	if na > 0 {
		ga = group(ai, s, x.va)
	}
	return &Prepared{before: gb, after: ga, scorer: s, aligned: aligned}
}

// Link links the prepared claims across the letters at the given floors
// (zero fields for the fitted ones). Each call gives a new Comparison;
// the Prepared is not changed.
func (p *Prepared) Link(floors Floors) *Comparison {
	c := &Comparison{Before: p.before, After: p.after}
	c.Links, c.Related = linkClaims(c.Before, c.After, p.scorer, p.aligned, floors.orDefault())
	return c
}
