package diff

import (
	"path/filepath"
	"strings"

	"github.com/letterdiff/letterdiff/align/letter"
)

// Options tune a comparison. The zero value is ready to use.
type Options struct{}

// Compare compares two parsed documents, the earlier first.
func Compare(before, after *letter.Document, opts Options) (*Report, error) {
	r := &Report{
		Schema:    Schema,
		Documents: []DocumentInfo{documentInfo(before), documentInfo(after)},
	}
	r.Recipients = matchParties(before.Recipients, after.Recipients, before, after)
	r.Signatories = matchParties(before.Signatories, after.Signatories, before, after)
	r.Demands = []ClaimChange{}
	r.Grievances = []ClaimChange{}
	r.Related = []Related{}
	r.Notes = []string{}
	for i, d := range []*letter.Document{before, after} {
		which := [2]string{"earlier", "later"}[i]
		if len(d.Recipients) == 0 {
			r.Notes = append(r.Notes, "no recipients found in the "+which+" document ("+d.Source.Name+")")
		}
		if len(d.Signatories) == 0 {
			r.Notes = append(r.Notes, "no signatories found in the "+which+" document ("+d.Source.Name+")")
		}
	}
	r.count()
	return r, nil
}

func (r *Report) count() {
	var s Summary
	for _, c := range r.Recipients {
		s.Recipients.add(c.Status)
	}
	for _, c := range r.Signatories {
		s.Signatories.add(c.Status)
	}
	for _, c := range r.Demands {
		s.Demands.add(c.Status)
	}
	for _, c := range r.Grievances {
		s.Grievances.add(c.Status)
	}
	r.Summary = s
	r.Documents[0].Demands, r.Documents[1].Demands = s.Demands.Before(), s.Demands.After()
	r.Documents[0].Grievances, r.Documents[1].Grievances = s.Grievances.Before(), s.Grievances.After()
}

func documentInfo(d *letter.Document) DocumentInfo {
	kind := "document"
	if d.Letter {
		kind = "letter"
	}
	return DocumentInfo{
		Path:        d.Source.Name,
		Date:        d.Date,
		Title:       Title(d),
		Kind:        kind,
		Bytes:       d.Source.Size,
		Lines:       d.Source.Lines(),
		Paragraphs:  len(d.Paragraphs),
		Recipients:  len(d.Recipients),
		Signatories: len(d.Signatories),
	}
}

// Title returns a document's title: its subject line or headline, or for a
// letter without one, "Letter to" its first addressee; failing both, its
// file name.
func Title(d *letter.Document) string {
	if d.Title != "" {
		return d.Title
	}
	if d.Letter {
		for _, p := range d.Recipients {
			if p.Role == letter.RoleTo {
				return "Letter to " + p.Name
			}
		}
		if len(d.Recipients) > 0 {
			return "Letter to " + d.Recipients[0].Name
		}
		return "Letter"
	}
	return strings.TrimSuffix(filepath.Base(d.Source.Name), filepath.Ext(d.Source.Name))
}
