package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/letterdiff/letterdiff/align/letter"
	"github.com/letterdiff/letterdiff/diff"
	"github.com/letterdiff/letterdiff/diff/claims"
	"github.com/letterdiff/letterdiff/diff/logreg"
	"github.com/letterdiff/letterdiff/diff/score"
)

// A gold claim is lost at the first stage that misses it. Each side of
// each gold demand or grievance of a held-out pair (its phrase in the
// earlier or the later letter, or one of its alternates) is put in one
// class, read with the gold line labels so that the line reader's errors
// do not count: it tells a linking error from a reading error, and an
// item cut wrongly from one classified wrongly.
type loss int

const (
	lossNone      loss = iota // a claim of its kind holds it, with the gold's status
	lossUnlinked              // a claim of its kind holds it, reported appeared or dropped where the gold says persisted
	lossFalseLink             // a claim of its kind holds it, reported persisted where the gold says appeared or dropped
	lossOtherKind             // a claim of the other kind holds it
	lossGrouped               // an item of its kind holds it, grouped under another statement of the letter
	lossNotClaim              // an item holds it that the classifier reads as no claim
	lossCut                   // items hold only part of it (its first or last three words)
	lossNoItem                // no item holds any of it
	numLosses
)

var lossNames = [numLosses]string{
	"found, status as the gold's",
	"found, not linked (gold: persisted)",
	"found, linked (gold: appeared or dropped)",
	"found as the other kind of claim",
	"an item of its kind, grouped away",
	"an item read as no claim",
	"cut: an item holds part of it",
	"no item holds it",
}

// lossCounts counts the sides of gold claims by loss, for demands [0]
// and grievances [1].
type lossCounts [2][numLosses]int

func (c *lossCounts) add(o lossCounts) {
	for k := range c {
		for l := range c[k] {
			c[k][l] += o[k][l]
		}
	}
}

// claimText is a claim's text on one side, as the scorer folds it, with
// its kind and status class.
type claimText struct {
	category, status, text string
}

// pairLosses classes the sides of a pair's gold claims (see loss): rep
// is the pair's report, and the letters' items are read again, alone,
// by the clause model cm.
func pairLosses(gold score.Object, rep *diff.Report, before, after *letter.Document, cm *logreg.Model) lossCounts {
	var reported [2][]claimText // by side
	for _, cat := range []struct {
		name string
		list []diff.ClaimChange
	}{{"demands", rep.Demands}, {"grievances", rep.Grievances}} {
		for _, c := range cat.list {
			st := score.StatusClass(string(c.Status))
			if c.Before != nil {
				reported[0] = append(reported[0], claimText{cat.name, st, score.NormText(c.Before.Text)})
			}
			if c.After != nil {
				reported[1] = append(reported[1], claimText{cat.name, st, score.NormText(c.After.Text)})
			}
		}
	}
	var items [2][]claimText // every item, with its kind as category
	for side, doc := range []*letter.Document{before, after} {
		for _, it := range claims.Extract(doc, claims.Options{Classifier: cm}) {
			cat := map[claims.Kind]string{claims.Demand: "demands", claims.Grievance: "grievances"}[it.Kind]
			items[side] = append(items[side], claimText{category: cat, text: score.NormText(it.Text)})
		}
	}
	var out lossCounts
	for k, cat := range []string{"demands", "grievances"} {
		for _, g := range score.List(gold[cat]) {
			status := score.StatusClass(fmt.Sprint(g["status"]))
			for side, name := range []string{"before", "after"} {
				phrases := score.ClaimPhrases(g, name)
				if len(phrases) == 0 {
					continue
				}
				out[k][sideLoss(cat, status, phrases, reported[side], items[side])]++
			}
		}
	}
	return out
}

// sideLoss classes one side of a gold claim of category cat and status
// class status, given its phrases (folded), the claims the report gives
// that side and the items of its letter.
func sideLoss(cat, status string, phrases []string, reported, items []claimText) loss {
	holds := func(t string) bool {
		for _, p := range phrases {
			if strings.Contains(t, p) {
				return true
			}
		}
		return false
	}
	otherKind := false
	for _, c := range reported {
		if !holds(c.text) {
			continue
		}
		switch {
		case c.category != cat:
			otherKind = true
			continue
		case c.status == status:
			return lossNone
		case status == "persisted":
			return lossUnlinked
		default:
			return lossFalseLink
		}
	}
	if otherKind {
		return lossOtherKind
	}
	for _, it := range items {
		if holds(it.text) {
			if it.category == cat {
				return lossGrouped
			}
			return lossNotClaim // or of the other kind, grouped away
		}
	}
	for _, it := range items {
		for _, p := range phrases {
			w := strings.Fields(p)
			head, tail := strings.Join(w[:min(3, len(w))], " "), strings.Join(w[max(0, len(w)-3):], " ")
			if strings.Contains(it.text, head) || strings.Contains(it.text, tail) {
				return lossCut
			}
		}
	}
	return lossNoItem
}

// lossTable prints where the gold claims of the held-out pairs are lost.
func lossTable(w io.Writer, results [][]foldResult) {
	var sum lossCounts
	for _, fr := range results {
		sum.add(fr[detail].losses)
	}
	fmt.Fprintf(w, "Where the held-out pairs' gold claims are lost (each side of each claim, read from gold lines; cmd/corpus/losses.go says how)\n")
	fmt.Fprintf(w, "%-44s %11s %11s\n", "", "demands", "grievances")
	var total [2]int
	for k := range sum {
		for _, n := range sum[k] {
			total[k] += n
		}
	}
	for l := range numLosses {
		fmt.Fprintf(w, "%-44s", lossNames[l])
		for k := range sum {
			fmt.Fprintf(w, " %5d %3.0f%%", sum[k][l], 100*float64(sum[k][l])/float64(max(total[k], 1)))
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w)
}
