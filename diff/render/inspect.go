package render

import (
	"cmp"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/letterdiff/letterdiff/align/letter"
	"github.com/letterdiff/letterdiff/align/source"
)

// DocumentView is what `letterdiff inspect --format json` prints: the parsed
// document with every span as byte offsets into the original file (for a
// format other than plain text, into the text extracted from it, which
// `inspect --text` prints).
type DocumentView struct {
	Path     string `json:"path"`
	Letter   bool   `json:"letter"`
	Title    string `json:"title,omitempty"`
	Date     string `json:"date,omitempty"`
	DateText string `json:"date_text,omitempty"`
	// Format is what the document was read from: text, PDF, DOCX, ODT,
	// HTML or e-mail; Pages, Read, SetAside and Attachments say what
	// reading a format other than text found.
	Format      string          `json:"format"`
	Pages       int             `json:"pages,omitempty"`
	Read        []string        `json:"read,omitempty"`
	SetAside    []string        `json:"set_aside,omitempty"`
	Attachments []string        `json:"attachments,omitempty"`
	Encoding    string          `json:"encoding"`
	Bytes       int             `json:"bytes"`
	Lines       int             `json:"lines"`
	Normalised  []string        `json:"normalised,omitempty"`
	Blocks      []BlockView     `json:"blocks"`
	Recipients  []PartyView     `json:"recipients"`
	Signatories []PartyView     `json:"signatories"`
	Paragraphs  []ParagraphView `json:"paragraphs"`
	Footnotes   []FootnoteView  `json:"footnotes"`
	Repairs     []RepairView    `json:"repairs"`
	Notes       []string        `json:"notes"`
	// Explain is each line's label and why, with --explain.
	Explain []LineView `json:"explain,omitempty"`
	// Authors are the candidates for the body a letter that names no
	// signatory speaks for, with --explain.
	Authors []AuthorView `json:"authors,omitempty"`
	// Asked are the candidates for the bodies a statement with no
	// address puts its asks to, with --explain.
	Asked []AuthorView `json:"asked,omitempty"`
}

// AuthorView is a candidate for the body a letter speaks for: how
// probable the author model found it, and the features that weighed
// most for it (positive) and against it (negative).
type AuthorView struct {
	Name        string         `json:"name"`
	Probability float64        `json:"probability"`
	Evidence    []EvidenceView `json:"evidence"`
}

// LineView is how the line reader read one line: its label, how close
// the runner-up came (a small margin is a close call), and the features
// that most favoured the label over the runner-up.
type LineView struct {
	Line     int            `json:"line"`
	Text     string         `json:"text"`
	Label    string         `json:"label"`
	RunnerUp string         `json:"runner_up"`
	Margin   float64        `json:"margin"`
	Evidence []EvidenceView `json:"evidence"`
}

// EvidenceView is one feature's weight for a line's label over its
// runner-up.
type EvidenceView struct {
	Feature string  `json:"feature"`
	Weight  float64 `json:"weight"`
}

// BlockView is a block of the document.
type BlockView struct {
	Kind  string `json:"kind"`
	Lines [2]int `json:"lines"`
	Span  [2]int `json:"span"`
	Label string `json:"label,omitempty"`
	Text  string `json:"text"`
}

// PartyView is a recipient or signatory.
type PartyView struct {
	Name    string `json:"name"`
	Role    string `json:"role"`
	Acronym string `json:"acronym,omitempty"`
	Title   string `json:"title,omitempty"`
	Address string `json:"address,omitempty"`
	Person  bool   `json:"person,omitempty"`
	Signer  string `json:"signer,omitempty"`
	Line    int    `json:"line"`
	Page    int    `json:"page,omitempty"`
	Span    [2]int `json:"span"`
	Split   bool   `json:"split,omitempty"`
}

// ParagraphView is a body paragraph and its sentences.
type ParagraphView struct {
	N         int         `json:"n"`
	Lines     [2]int      `json:"lines"`
	Page      int         `json:"page,omitempty"`
	Heading   bool        `json:"heading,omitempty"`
	Segments  [][2]int    `json:"segments"`
	Text      string      `json:"text"`
	Sentences []TextSpans `json:"sentences"`
}

// TextSpans is a piece of text and where it stands in the file.
type TextSpans struct {
	Text  string   `json:"text"`
	Spans [][2]int `json:"spans"`
}

// FootnoteView is a footnote and the markers that point at it.
type FootnoteView struct {
	Label string   `json:"label"`
	Line  int      `json:"line"`
	Page  int      `json:"page,omitempty"`
	Span  [2]int   `json:"span"`
	Text  string   `json:"text"`
	Refs  [][2]int `json:"refs"`
}

// RepairView is a repair the parser made.
type RepairView struct {
	Kind   string `json:"kind"`
	Line   int    `json:"line"`
	Span   [2]int `json:"span"`
	Detail string `json:"detail"`
}

// NewDocumentView builds the view of a parsed document.
func NewDocumentView(d *letter.Document) DocumentView {
	src := d.Source
	off := func(s letter.Span) [2]int { return [2]int{src.Offset(s.Start), src.Offset(s.End)} }
	v := DocumentView{
		Path: src.Name, Letter: d.Letter, Title: d.Title, Date: d.Date, DateText: d.DateText,
		Format: src.Format(), Encoding: src.Encoding, Bytes: src.Size, Lines: src.Lines(), Normalised: src.Changes,
		Blocks: []BlockView{}, Recipients: []PartyView{}, Signatories: []PartyView{}, Paragraphs: []ParagraphView{},
		Footnotes: []FootnoteView{}, Repairs: []RepairView{}, Notes: d.Notes,
	}
	if l := src.Layout; l != nil {
		v.Pages, v.Read, v.SetAside, v.Attachments = l.Pages, l.Facts, l.SetAside, l.Attachments
	}
	for _, b := range d.Blocks {
		v.Blocks = append(v.Blocks, BlockView{Kind: string(b.Kind), Lines: b.Lines, Span: off(b.Span), Label: b.Label, Text: src.Text[b.Span.Start:b.Span.End]})
	}
	party := func(p letter.Party) PartyView {
		return PartyView{Name: p.Name, Role: string(p.Role), Acronym: p.Acronym, Title: p.Title, Address: p.Address, Person: p.Person, Signer: p.Signer, Line: p.Line, Page: pageOf(src, p.Line), Span: off(p.Span), Split: p.Split}
	}
	for _, p := range d.Recipients {
		v.Recipients = append(v.Recipients, party(p))
	}
	for _, p := range d.Signatories {
		v.Signatories = append(v.Signatories, party(p))
	}
	for _, p := range d.Paragraphs {
		pv := ParagraphView{N: p.N, Lines: p.Lines, Page: pageOf(src, p.Lines[0]), Heading: p.Heading, Text: p.Text, Sentences: []TextSpans{}}
		for _, pc := range p.Pieces {
			pv.Segments = append(pv.Segments, off(pc.Span))
		}
		for _, s := range p.Sentences {
			ts := TextSpans{Text: p.Text[s.Start:s.End]}
			for _, sp := range p.Source(s.Start, s.End) {
				ts.Spans = append(ts.Spans, off(sp))
			}
			pv.Sentences = append(pv.Sentences, ts)
		}
		v.Paragraphs = append(v.Paragraphs, pv)
	}
	for _, f := range d.Footnotes {
		fv := FootnoteView{Label: f.Label, Line: f.Line, Page: pageOf(src, f.Line), Span: off(f.Span), Text: f.Text, Refs: [][2]int{}}
		for _, r := range f.Refs {
			fv.Refs = append(fv.Refs, off(r))
		}
		v.Footnotes = append(v.Footnotes, fv)
	}
	for _, r := range d.Repairs {
		v.Repairs = append(v.Repairs, RepairView{Kind: r.Kind, Line: r.Line, Span: off(r.Span), Detail: r.Detail})
	}
	if v.Notes == nil {
		v.Notes = []string{}
	}
	lines := strings.Split(src.Text, "\n")
	for _, l := range d.Lines {
		lv := LineView{Line: l.Line, Label: l.Label, RunnerUp: l.RunnerUp, Margin: roundMargin(l.Margin), Evidence: []EvidenceView{}}
		if l.Line-1 < len(lines) {
			lv.Text = strings.TrimSpace(lines[l.Line-1])
		}
		for _, e := range l.Evidence {
			lv.Evidence = append(lv.Evidence, EvidenceView{e.Feature, roundMargin(e.Weight)})
		}
		v.Explain = append(v.Explain, lv)
	}
	v.Authors, v.Asked = candidateViews(d.Authors), candidateViews(d.Asked)
	return v
}

// candidateViews are the candidates a model weighed, most probable
// first.
func candidateViews(cs []letter.Candidate) []AuthorView {
	var out []AuthorView
	for _, a := range cs {
		av := AuthorView{Name: a.Name, Probability: a.Probability, Evidence: []EvidenceView{}}
		for _, e := range a.Evidence {
			av.Evidence = append(av.Evidence, EvidenceView{e.Feature, roundMargin(e.Weight)})
		}
		out = append(out, av)
	}
	slices.SortStableFunc(out, func(x, y AuthorView) int { return cmp.Compare(y.Probability, x.Probability) })
	return out
}

// roundMargin rounds a score to two decimals for display; a line only
// one label can have shows the largest margin a float holds.
func roundMargin(x float64) float64 {
	if math.IsInf(x, 0) || x > 1e9 {
		return 1e9
	}
	return math.Round(x*100) / 100
}

// DocumentJSON writes what `inspect --format json` prints.
func DocumentJSON(w io.Writer, d *letter.Document) error { return writeJSON(w, NewDocumentView(d)) }

// DocumentText writes what `inspect` prints: what was read, block by block,
// with the parties, footnotes and repairs, so that a reader can check the
// reading.
func DocumentText(w io.Writer, d *letter.Document, opts Options) error {
	v := NewDocumentView(d)
	st := newStyle(opts.Color)
	width := opts.width()
	var b strings.Builder
	kind := "body-only document"
	if v.Letter {
		kind = "letter"
	}
	fmt.Fprintf(&b, "%s\n", st.bold(clean(v.Path)))
	fmt.Fprintf(&b, "  %s, %s, %s, %s\n", kind, plural(v.Lines, "line", "lines"), plural(v.Bytes, "byte", "bytes"), v.Encoding)
	if v.Format != "text" {
		b.WriteString(wrap(readSummary(v), width, "  read: ", "        ") + "\n")
		for _, s := range v.SetAside {
			b.WriteString(wrap(clean(s), width, "  set aside: ", "             ") + "\n")
		}
		for _, a := range v.Attachments {
			b.WriteString(wrap(clean(a), width, "  attachment: ", "              ") + "\n")
		}
	}
	if v.Date != "" {
		fmt.Fprintf(&b, "  dated %s (%q)\n", v.Date, v.DateText)
	}
	if v.Title != "" {
		fmt.Fprintf(&b, "  title: %s\n", clean(v.Title))
	}
	for _, n := range v.Normalised {
		fmt.Fprintf(&b, "  normalised: %s\n", n)
	}
	fmt.Fprintf(&b, "\n%s\n", st.heading("Blocks"))
	for _, bl := range v.Blocks {
		label := bl.Kind
		if bl.Label != "" {
			label += " " + bl.Label
		}
		lines := fmt.Sprintf("L%d", bl.Lines[0])
		if bl.Lines[1] != bl.Lines[0] {
			lines = fmt.Sprintf("L%d-%d", bl.Lines[0], bl.Lines[1])
		}
		head := fmt.Sprintf("  %-9s %-14s ", lines, clean(label))
		b.WriteString(wrap(excerpt(clean(bl.Text), 200), width, head, strings.Repeat(" ", runeLen(head))) + "\n")
	}
	fmt.Fprintf(&b, "\n%s (%d)\n", st.heading("Recipients"), len(v.Recipients))
	if len(v.Recipients) == 0 {
		b.WriteString("  none found\n")
	}
	for _, p := range v.Recipients {
		b.WriteString(wrap(partyLine(p), width, fmt.Sprintf("  %-3s ", p.Role), "      ") + "\n")
	}
	fmt.Fprintf(&b, "\n%s (%d)\n", st.heading("Signatories"), len(v.Signatories))
	if len(v.Signatories) == 0 {
		b.WriteString("  none found\n")
	}
	for i, p := range v.Signatories {
		b.WriteString(wrap(partyLine(p), width, fmt.Sprintf("  %3d  ", i+1), "       ") + "\n")
	}
	if len(v.Footnotes) > 0 {
		fmt.Fprintf(&b, "\n%s (%d)\n", st.heading("Footnotes"), len(v.Footnotes))
		for _, f := range v.Footnotes {
			refs := make([]string, len(f.Refs))
			for i, r := range f.Refs {
				refs[i] = fmt.Sprintf("byte %d", r[0])
			}
			where := "no marker found in the body"
			if len(refs) > 0 {
				where = "marker at " + strings.Join(refs, ", ")
			}
			b.WriteString(wrap(excerpt(clean(f.Text), 160)+" ("+where+")", width, fmt.Sprintf("  [%s] line %d: ", f.Label, f.Line), "      ") + "\n")
		}
	}
	fmt.Fprintf(&b, "\n%s (%d)\n", st.heading("Paragraphs"), len(v.Paragraphs))
	for _, p := range v.Paragraphs {
		what := plural(len(p.Sentences), "sentence", "sentences")
		if p.Heading {
			what = "heading"
		}
		if len(p.Segments) > 1 {
			what += fmt.Sprintf(", rejoined from %d pieces", len(p.Segments))
		}
		head := fmt.Sprintf("  ¶%-3d L%d-%d  %s: ", p.N, p.Lines[0], p.Lines[1], what)
		b.WriteString(wrap(excerpt(clean(p.Text), 90), width, head, "        ") + "\n")
	}
	if len(v.Repairs) > 0 {
		fmt.Fprintf(&b, "\n%s (%d)\n", st.heading("Repairs"), len(v.Repairs))
		for _, r := range v.Repairs {
			b.WriteString(wrap(clean(r.Detail), width, fmt.Sprintf("  L%-4d %-19s ", r.Line, r.Kind), strings.Repeat(" ", 28)) + "\n")
		}
	}
	if len(v.Notes) > 0 {
		fmt.Fprintf(&b, "\n%s\n", st.heading("Notes"))
		for _, n := range v.Notes {
			b.WriteString(wrap(clean(n), width, "  - ", "    ") + "\n")
		}
	}
	if len(v.Explain) > 0 {
		fmt.Fprintf(&b, "\n%s\n", st.heading("Why each line was read so"))
		b.WriteString("  line  label       margin  runner-up   features that weighed most (weight over the runner-up)\n")
		for _, l := range v.Explain {
			ev := make([]string, len(l.Evidence))
			for i, e := range l.Evidence {
				ev[i] = fmt.Sprintf("%s %+.2f", e.Feature, e.Weight)
			}
			head := fmt.Sprintf("  L%-4d %-11s %6s  %-11s ", l.Line, l.Label, marginText(l.Margin), l.RunnerUp)
			b.WriteString(wrap(excerpt(clean(l.Text), 60)+" | "+strings.Join(ev, ", "), width, head, strings.Repeat(" ", runeLen(head))) + "\n")
		}
	}
	candidateSection(&b, st, width, "Who the letter speaks for (it names no signatory, or its signers no body)", v.Authors)
	candidateSection(&b, st, width, "Whom the statement asks (it has no address)", v.Asked)
	_, err := io.WriteString(w, b.String())
	return err
}

// maxAuthorsShown is how many candidates of a kind the text view lists.
const maxAuthorsShown = 5

// candidateSection writes the candidates a model weighed, the most
// probable first.
func candidateSection(b *strings.Builder, st style, width int, title string, cs []AuthorView) {
	if len(cs) == 0 {
		return
	}
	fmt.Fprintf(b, "\n%s\n", st.heading(title))
	b.WriteString("  probability  candidate | features for (+) and against (-)\n")
	for _, a := range cs[:min(len(cs), maxAuthorsShown)] {
		ev := make([]string, len(a.Evidence))
		for i, e := range a.Evidence {
			ev[i] = fmt.Sprintf("%s %+.2f", e.Feature, e.Weight)
		}
		head := fmt.Sprintf("  %11.2f  ", a.Probability)
		b.WriteString(wrap(excerpt(clean(a.Name), 60)+" | "+strings.Join(ev, ", "), width, head, strings.Repeat(" ", runeLen(head))) + "\n")
	}
}

func partyLine(p PartyView) string {
	s := clean(p.Name)
	if t := signedBy(p.Signer, p.Title); t != "" {
		s += " — " + clean(t)
	}
	if p.Address != "" {
		s += " — address: " + clean(p.Address)
	}
	s += fmt.Sprintf(" (line %d", p.Line)
	if p.Page > 0 {
		s += fmt.Sprintf(", page %d", p.Page)
	}
	if p.Split {
		s += ", cut from a line holding several names"
	}
	return s + ")"
}

// excerpt shortens s to at most n runes, marking the cut.
func excerpt(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	// cut at the last word boundary that leaves room for the ellipsis;
	// mid-word only when a single word fills the whole excerpt
	cut := n - 1
	if !unicode.IsSpace(r[cut]) {
		for k := cut; k > 0; k-- {
			if unicode.IsSpace(r[k-1]) {
				cut = k - 1
				break
			}
		}
	}
	out := strings.TrimRightFunc(string(r[:cut]), func(c rune) bool {
		return unicode.IsSpace(c) || strings.ContainsRune(",;:–—-(", c)
	})
	if out == "" {
		out = string(r[:n-1])
	}
	return out + "…"
}

// marginText shows a margin; "only" when no other label was possible.
func marginText(m float64) string {
	if m >= 1e9 {
		return "only"
	}
	return fmt.Sprintf("%.2f", m)
}

// readSummary says in one line what reading a format found: "PDF, 3
// pages, text layer, 4 columns on page 3".
func readSummary(v DocumentView) string {
	parts := []string{v.Format}
	if v.Pages > 0 {
		parts = append(parts, plural(v.Pages, "page", "pages"))
	}
	for _, f := range v.Read {
		parts = append(parts, clean(f))
	}
	return strings.Join(parts, ", ")
}

// pageOf is the page of a 1-based line, in a paged format; 0 otherwise.
func pageOf(src *source.Source, line int) int {
	l, _ := src.LineLayout(line)
	return l.Page
}
