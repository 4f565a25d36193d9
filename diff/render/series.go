package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/letterdiff/letterdiff/diff"
)

// SeriesSchema names the JSON form of a series of comparisons.
const SeriesSchema = "letterdiff.series/v1"

// Series is the JSON form of a series: the documents in order and one
// report (in the report contract's form) per step from one to the next.
type Series struct {
	Schema    string         `json:"schema"`
	Documents []string       `json:"documents"`
	Steps     []*diff.Report `json:"steps"`
}

// seriesDocs lists the documents of a series of reports, in order.
func seriesDocs(rs []*diff.Report) []diff.DocumentInfo {
	if len(rs) == 0 {
		return nil
	}
	docs := []diff.DocumentInfo{rs[0].Documents[0]}
	for _, r := range rs {
		docs = append(docs, r.Documents[1])
	}
	return docs
}

// SeriesJSON writes a series of reports as one JSON object.
func SeriesJSON(w io.Writer, rs []*diff.Report) error {
	s := Series{Schema: SeriesSchema, Steps: rs, Documents: []string{}}
	for _, d := range seriesDocs(rs) {
		s.Documents = append(s.Documents, d.Path)
	}
	return writeJSON(w, s)
}

// seriesTable returns the rows of a table of figures by document:
// signatories, recipients, demands and grievances.
func seriesTable(rs []*diff.Report) [][]string {
	docs := seriesDocs(rs)
	rows := [][]string{{"", "signatories", "recipients", "demands", "grievances"}}
	for i, d := range docs {
		name := d.Date
		if name == "" {
			name = d.Path
		}
		rows = append(rows, []string{fmt.Sprintf("%d. %s", i+1, name), fmt.Sprint(d.Signatories), fmt.Sprint(d.Recipients), fmt.Sprint(d.Demands), fmt.Sprint(d.Grievances)})
	}
	return rows
}

// SeriesText writes a series for a terminal: the figures of each
// document, then each step's report.
func SeriesText(w io.Writer, rs []*diff.Report, opts Options) error {
	var b strings.Builder
	st := newStyle(opts.Color)
	fmt.Fprintf(&b, "%s\n", st.heading(fmt.Sprintf("A series of %d documents", len(rs)+1)))
	rows := seriesTable(rs)
	for i, row := range rows {
		label := row[0]
		if i > 0 {
			label = clean(label)
		}
		fmt.Fprintf(&b, "  %-24s %12s %11s %8s %11s\n", label, row[1], row[2], row[3], row[4])
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	for i, r := range rs {
		head := fmt.Sprintf("Step %d of %d: %s → %s", i+1, len(rs), clean(r.Documents[0].Path), clean(r.Documents[1].Path))
		if _, err := fmt.Fprintf(w, "\n%s\n%s\n\n", st.bold(head), strings.Repeat("═", min(runeLen(head), opts.width()))); err != nil {
			return err
		}
		if err := Text(w, r, opts); err != nil {
			return err
		}
	}
	return nil
}

// SeriesMarkdown writes a series as one memo: a table of figures by
// document, then each step's memo.
func SeriesMarkdown(w io.Writer, rs []*diff.Report, opts Options) error {
	m := &mdWriter{}
	docs := seriesDocs(rs)
	m.line("# What changed across %d documents", len(docs))
	m.line("")
	for i, d := range docs {
		m.line("%d. %s — `%s`%s", i+1, mdEscape(d.Title), d.Path, mdDate(d.Date))
	}
	m.line("")
	rows := seriesTable(rs)
	m.line("| Document | Signatories | Recipients | Demands | Grievances |")
	m.line("|---|---:|---:|---:|---:|")
	for _, row := range rows[1:] {
		m.line("| %s | %s | %s | %s | %s |", mdCell(row[0]), row[1], row[2], row[3], row[4])
	}
	if _, err := io.WriteString(w, m.b.String()); err != nil {
		return err
	}
	for _, r := range rs {
		if _, err := io.WriteString(w, "\n---\n\n"); err != nil {
			return err
		}
		if err := Markdown(w, r, opts); err != nil {
			return err
		}
	}
	return nil
}
