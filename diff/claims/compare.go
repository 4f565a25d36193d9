package claims

import (
	"github.com/letterdiff/letterdiff/align/letter"
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
	lex := opts.Lexicon
	if lex == nil {
		lex = DefaultLexicon()
	}
	eo := Options{Lexicon: lex, Classifier: opts.Classifier, Rules: opts.Rules}
	v := newVocab(lex)
	bi := extract(before, eo, v)
	ai := extract(after, eo, v)
	var background []string
	for _, d := range []*letter.Document{before, after} {
		for _, p := range d.Paragraphs {
			for _, s := range p.Sentences {
				background = append(background, p.Text[s.Start:s.End])
			}
		}
		for _, f := range d.Footnotes {
			background = append(background, f.Text)
		}
	}
	s := newScorer(lex.Analyzer(), background, lex)
	gb, ga := group(bi, s, v), group(ai, s, v)
	// each letter read in the light of the other: plain statements that
	// restate a grievance of the other letter (see across.go), both
	// against the other's grievances as first read, so that adopting
	// does not chain and swapping the letters gives the same reading
	nb := adoptAcross(bi, gb, ga, s, opts.Aligned, true)
	na := adoptAcross(ai, ga, gb, s, opts.Aligned, false)
	if nb > 0 {
		gb = group(bi, s, v)
	}
	if na > 0 {
		ga = group(ai, s, v)
	}
	return &Prepared{before: gb, after: ga, scorer: s, aligned: opts.Aligned}
}

// Link links the prepared claims across the letters at the given floors
// (zero fields for the fitted ones). Each call gives a new Comparison;
// the Prepared is not changed.
func (p *Prepared) Link(floors Floors) *Comparison {
	c := &Comparison{Before: p.before, After: p.after}
	c.Links, c.Related = linkClaims(c.Before, c.After, p.scorer, p.aligned, floors.orDefault())
	return c
}
