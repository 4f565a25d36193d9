package main

import (
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/letterdiff/letterdiff/align/corpus"
	"github.com/letterdiff/letterdiff/align/letter"
)

// show prints what letterdiff reads from one corpus letter given its gold
// line labels (or, with model, its own reading), beside the letter's
// gold parties: to see what the stages after the reader make of it.
func show(w io.Writer, dir, name string, model bool) error {
	c, err := corpus.Load(filepath.Join(dir, campaignOf(name)))
	if err != nil {
		return err
	}
	docs, err := documents(c)
	if err != nil {
		return err
	}
	for _, d := range docs {
		if d.letter.Name != name && d.letter.Name != name+".txt" {
			continue
		}
		opts := letter.Options{Labels: d.letter.Labels}
		if model {
			opts = letter.Options{}
		}
		doc := letter.Parse(d.src, opts)
		fmt.Fprintf(w, "recipients:\n")
		for _, p := range doc.Recipients {
			fmt.Fprintf(w, "  %-3s %q title=%q line %d\n", p.Role, p.Name, p.Title, p.Line)
		}
		fmt.Fprintf(w, "gold: %s\n", goldNames(d.letter.Gold.Recipients))
		fmt.Fprintf(w, "signatories:\n")
		for _, p := range doc.Signatories {
			fmt.Fprintf(w, "  %q signer=%q title=%q person=%v line %d\n", p.Name, p.Signer, p.Title, p.Person, p.Line)
		}
		fmt.Fprintf(w, "gold: %s\n", goldNames(d.letter.Gold.Signatories))
		return nil
	}
	return fmt.Errorf("no letter %s", name)
}

// campaignOf is the campaign directory of a letter named
// CAMPAIGN-YYYY-MM-DD[...].txt.
func campaignOf(name string) string {
	name = strings.TrimSuffix(name, ".txt")
	if loc := letterDateRe.FindAllStringIndex(name, -1); len(loc) > 0 {
		return name[:loc[len(loc)-1][0]]
	}
	return name
}

// letterDateRe matches the date in a corpus letter's name.
var letterDateRe = regexp.MustCompile(`-(?:19|20)\d\d-\d\d-\d\d`)

func goldNames(ps []corpus.Party) string {
	var out []string
	for _, p := range ps {
		out = append(out, fmt.Sprintf("%q", p.Name))
	}
	if len(out) > 12 {
		out = append(out[:12], fmt.Sprintf("… %d in all", len(ps)))
	}
	return strings.Join(out, ", ")
}
