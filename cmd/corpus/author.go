package main

import (
	"fmt"
	"io"

	"github.com/letterdiff/letterdiff/align/corpus"
	"github.com/letterdiff/letterdiff/align/letter"
	"github.com/letterdiff/letterdiff/diff/logreg"
	"github.com/letterdiff/letterdiff/diff/score"
)

// authorModelPath is where the trained author model is written, relative
// to the repository's root: package letter embeds it.
const authorModelPath = "align/letter/author.model"

// authorClasses are the author model's classes: a candidate is the body
// the letter speaks for, or not.
var authorClasses = []string{"other", "author"}

// authorOptions are the author model's training options. The examples
// are few (a few hundred candidates), so the penalty is stronger than
// the clause model's and every feature counts.
var authorOptions = func() logreg.Options {
	o := logreg.DefaultOptions()
	o.L2 = 4
	o.MinCount = 1
	o.Balance = 0
	return o
}()

// authorCase is one letter whose reading asks who its author is: its
// candidates, each marked when it is one of the letter's gold
// signatories (as the scorer matches names).
type authorCase struct {
	campaign string
	cands    []letter.AuthorCandidate
	gold     []bool
}

// authorCases reads each letter with its gold line labels and keeps the
// candidates of those that ask for an author.
func authorCases(docs []document) []authorCase {
	var out []authorCase
	for _, d := range docs {
		cands := letter.AuthorExamples(d.src, d.letter.Labels)
		if len(cands) == 0 {
			continue
		}
		ac := authorCase{campaign: d.letter.Campaign, cands: cands, gold: make([]bool, len(cands))}
		for i, c := range cands {
			ac.gold[i] = isGoldParty(c.Name, d.letter.Gold.Signatories)
		}
		out = append(out, ac)
	}
	return out
}

// isGoldParty reports whether name is one of the gold parties, in any of
// its forms.
func isGoldParty(name string, gold []corpus.Party) bool {
	for _, g := range gold {
		for _, form := range append([]string{g.Name}, g.Alt...) {
			if score.NameMatch(name, form) {
				return true
			}
		}
	}
	return false
}

// trainAuthor fits the author model on the cases.
func trainAuthor(cases []authorCase) (*logreg.Model, error) {
	var exs []logreg.Example
	for _, c := range cases {
		for i, cand := range c.cands {
			y := 0
			if c.gold[i] {
				y = 1
			}
			exs = append(exs, logreg.Example{Features: cand.Features, Class: y})
		}
	}
	return logreg.Train(authorClasses, exs, authorOptions)
}

// authorChoice counts held-out letters by whether the chosen author (or
// none) is right: a gold signatory when the letter has one among its
// candidates, none when it has not.
type authorChoice struct {
	right, wrong int
	// reachable counts the letters with a gold signatory among their
	// candidates
	reachable int
}

// choose scores a case by a candidate's probability: the best at or
// above threshold is the author.
func (a *authorChoice) add(c authorCase, prob func(letter.AuthorCandidate) float64, threshold float64) {
	best, bestP := -1, 0.0
	for i, cand := range c.cands {
		if p := prob(cand); p > bestP {
			best, bestP = i, p
		}
	}
	hasGold := false
	for _, g := range c.gold {
		hasGold = hasGold || g
	}
	if hasGold {
		a.reachable++
	}
	switch {
	case best >= 0 && bestP >= threshold && c.gold[best], (best < 0 || bestP < threshold) && !hasGold:
		a.right++
	default:
		a.wrong++
	}
}

// authorTable prints how often the model and the rule score choose the
// author right on held-out letters.
func authorTable(w io.Writer, model, rules authorChoice) {
	fmt.Fprintf(w, "Author of a letter that names no signatory (%d held-out letters, gold lines; a gold signatory among the candidates of %d)\n", model.right+model.wrong, model.reachable)
	for _, r := range []struct {
		name string
		c    authorChoice
	}{{"model", model}, {"rules", rules}} {
		fmt.Fprintf(w, "  %-6s right %3d  wrong %3d  accuracy %.3f\n", r.name, r.c.right, r.c.wrong, float64(r.c.right)/float64(max(r.c.right+r.c.wrong, 1)))
	}
	fmt.Fprintln(w)
}

// ruleAuthor is 1 for the candidate the rule score chooses, else 0.
func ruleAuthor(c letter.AuthorCandidate) float64 {
	best, author := false, false
	for _, f := range c.Features {
		best = best || f == "rule-best"
		author = author || f == "rule-author"
	}
	if best && author {
		return 1
	}
	return 0
}
