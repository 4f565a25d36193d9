package diff

import (
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/letterdiff/letterdiff/align"
	"github.com/letterdiff/letterdiff/align/letter"
	"github.com/letterdiff/letterdiff/align/stages"
	"github.com/letterdiff/letterdiff/diff/claims"
	"github.com/letterdiff/letterdiff/diff/logreg"
	"github.com/letterdiff/letterdiff/diff/redline"
)

// Options tune a comparison. The zero value is ready to use.
type Options struct {
	// Lexicon is the cue lexicon; nil for the built-in one.
	Lexicon *claims.Lexicon
	// Order forces the aligner's treatment of order; OrderAuto decides.
	Order align.Order
	// Classifier decides what each clause claims; nil for the embedded
	// model. ClaimRules leaves it to the rule classifier instead.
	Classifier *logreg.Model
	ClaimRules bool
	// LinkFloors are the lowest similarities at which claims of the two
	// letters are linked; zero fields for the floors fitted on the corpus.
	LinkFloors claims.Floors
}

// Compare compares two parsed documents, the earlier first.
func Compare(before, after *letter.Document, opts Options) (*Report, error) {
	lex := opts.Lexicon
	if lex == nil {
		lex = claims.DefaultLexicon()
	}
	r := &Report{
		Schema:    Schema,
		Documents: []DocumentInfo{documentInfo(before), documentInfo(after)},
		Warnings:  []Warning{},
		Notes:     []string{},
	}
	r.Recipients = matchParties(before.Recipients, after.Recipients, before, after)
	r.Signatories = foundInText(matchParties(before.Signatories, after.Signatories, before, after), before, after)

	// the alignment and each letter's claims depend on the letters alone:
	// they are worked out at once, and the claims linked in the light of
	// the alignment (of which only the report and the pairs of sentences
	// are kept: the alignment's own memory is let go before the claims'
	// when the stages run one after another)
	var aligned claims.Aligned
	var x *claims.Extracted
	co := claims.CompareOptions{Lexicon: lex, Classifier: opts.Classifier, Rules: opts.ClaimRules, Floors: opts.LinkFloors}
	stages.Run(len(before.Source.Text)+len(after.Source.Text),
		func() {
			al := align.Documents(before, after, align.Options{Order: opts.Order, Analyzer: lex.Analyzer()})
			r.Alignment, aligned = alignmentReport(al, before, after), sentencesAligned(al)
		},
		func() { x = claims.ExtractPair(before, after, co) })
	cmp := x.Prepare(aligned).Link(co.Floors)
	r.Demands, r.Grievances, r.Related = claimChanges(cmp, before, after)

	r.Warnings = warnings(r, before, after)
	r.Notes = dedupe(r.Notes)
	r.count()
	return r, nil
}

// sentencesAligned returns a test of whether two items stand in sentences
// (or paragraphs) the aligner paired.
func sentencesAligned(al *align.DocumentAlignment) claims.Aligned {
	type key struct{ p, s int }
	pairs := map[[2]key]bool{}
	for _, p := range al.Sentences.Pairs {
		for _, b := range p.Before {
			for _, a := range p.After {
				rb, ra := al.BeforeSentences[b], al.AfterSentences[a]
				pairs[[2]key{{rb.Paragraph, rb.Sentence}, {ra.Paragraph, ra.Sentence}}] = true
			}
		}
	}
	paras := map[[2]int]bool{}
	for _, p := range al.Paragraphs.Pairs {
		for _, b := range p.Before {
			for _, a := range p.After {
				paras[[2]int{b, a}] = true
			}
		}
	}
	return func(b, a claims.Item) bool {
		if b.Where.Footnote || a.Where.Footnote {
			return false
		}
		return pairs[[2]key{{b.Where.Index, b.Sentence}, {a.Where.Index, a.Sentence}}] || paras[[2]int{b.Where.Index, a.Where.Index}]
	}
}

// claimChanges turns the linked claims into the report's ledgers: for each
// category, the claims by status in StatusOrder (changed, appeared,
// dropped, kept), the ones the earlier letter makes in its order and the
// ones that appeared in the later letter's order; IDs follow that order
// (D1, D2, … and G1, G2, …), so that a report lists them in sequence.
func claimChanges(cmp *claims.Comparison, before, after *letter.Document) (demands, grievances []ClaimChange, related []Related) {
	demands, grievances, related = []ClaimChange{}, []ClaimChange{}, []Related{}
	idOf := map[[2]int]string{} // {side, claim index} → ID
	for _, kind := range []claims.Kind{claims.Demand, claims.Grievance} {
		var persisted, dropped, appeared []claims.Link
		for _, l := range cmp.Links {
			if l.Kind != kind {
				continue
			}
			switch {
			case l.Before >= 0 && l.After >= 0:
				persisted = append(persisted, l)
			case l.Before >= 0:
				dropped = append(dropped, l)
			default:
				appeared = append(appeared, l)
			}
		}
		byPos := func(ls []claims.Link, side int) {
			sort.SliceStable(ls, func(i, j int) bool {
				if side == 0 {
					return ls[i].Before < ls[j].Before
				}
				return ls[i].After < ls[j].After
			})
		}
		byPos(persisted, 0)
		byPos(dropped, 0)
		byPos(appeared, 1)
		// the ledger lists claims by status in StatusOrder, and numbers
		// them in that order
		var changed, kept []claims.Link
		for _, l := range persisted {
			if l.Kept {
				kept = append(kept, l)
			} else {
				changed = append(changed, l)
			}
		}
		byStatus := map[Status][]claims.Link{Changed: changed, Kept: kept, Appeared: appeared, Dropped: dropped}
		var ordered []claims.Link
		for _, st := range StatusOrder {
			ordered = append(ordered, byStatus[st]...)
		}
		prefix := "D"
		if kind == claims.Grievance {
			prefix = "G"
		}
		var out []ClaimChange
		for _, l := range ordered {
			c := ClaimChange{ID: prefix + itoa(len(out)+1)}
			var bt, at *claims.Item
			if l.Before >= 0 {
				cl := cmp.Before[l.Before]
				c.Before = claimRef(cl, l.BeforeItem, before)
				bt = &cl.Items[l.BeforeItem]
				idOf[[2]int{0, l.Before}] = c.ID
			}
			if l.After >= 0 {
				cl := cmp.After[l.After]
				c.After = claimRef(cl, l.AfterItem, after)
				at = &cl.Items[l.AfterItem]
				idOf[[2]int{1, l.After}] = c.ID
			}
			switch {
			case bt != nil && at != nil:
				c.Status = Changed
				if l.Kept {
					c.Status = Kept
				}
				c.Similarity = l.Score
				c.SharedTerms = l.Shared
				c.Why = l.Why
				if c.Status == Changed {
					c.Redline = edits(redline.Words(bt.Text, at.Text))
				}
				if kind == claims.Demand {
					c.Shift = shift(*bt, *at)
				}
				c.Added, c.Removed = conditionChanges(*bt, *at)
			case bt != nil:
				c.Status = Dropped
			default:
				c.Status = Appeared
			}
			out = append(out, c)
		}
		if kind == claims.Demand {
			demands = append(demands, out...)
		} else {
			grievances = append(grievances, out...)
		}
	}
	for _, rel := range cmp.Related {
		cat := "demands"
		if rel.Kind == claims.Grievance {
			cat = "grievances"
		}
		related = append(related, Related{Category: cat, Before: idOf[[2]int{0, rel.Before}], After: idOf[[2]int{1, rel.After}], Similarity: rel.Score, Shared: rel.Shared})
	}
	return demands, grievances, related
}

// ClaimLinker reads the claims of two documents as Compare does and
// returns a function that links them at the given floors and gives the
// demands and grievances Compare would report at those floors: fitting the
// floors then costs one reading of the claims, however many are tried.
func ClaimLinker(before, after *letter.Document, opts Options) func(claims.Floors) (demands, grievances []ClaimChange) {
	lex := opts.Lexicon
	if lex == nil {
		lex = claims.DefaultLexicon()
	}
	al := align.Documents(before, after, align.Options{Order: opts.Order, Analyzer: lex.Analyzer()})
	p := claims.Prepare(before, after, claims.CompareOptions{Lexicon: lex, Aligned: sentencesAligned(al), Classifier: opts.Classifier, Rules: opts.ClaimRules})
	return func(f claims.Floors) ([]ClaimChange, []ClaimChange) {
		d, g, _ := claimChanges(p.Link(f), before, after)
		return d, g
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// claimRef describes one statement of a claim (the one that matched best),
// with the claim's other statements as restatements.
func claimRef(c claims.Claim, shown int, d *letter.Document) *ClaimRef {
	it := c.Items[shown]
	ref := &ClaimRef{
		Text:       it.Text,
		Context:    it.Context,
		Cue:        it.Cue,
		Strength:   it.Strength,
		Confidence: it.Confidence,
		Evidence:   it.Evidence,
	}
	ref.Span, ref.Segments = spans(it.Spans, d)
	ref.At = [2]int{it.Start, it.End}
	ref.Paragraph, ref.Footnote = where(it, d)
	if len(it.Spans) > 0 {
		ref.Line = d.Source.Line(it.Spans[0].Start)
		ref.Page = d.Source.Page(it.Spans[0].Start)
	}
	for k, other := range c.Items {
		if k == shown {
			continue
		}
		p := Place{Text: other.Text, At: [2]int{other.Start, other.End}}
		p.Span, _ = spans(other.Spans, d)
		p.Paragraph, p.Footnote = where(other, d)
		if len(other.Spans) > 0 {
			p.Line = d.Source.Line(other.Spans[0].Start)
			p.Page = d.Source.Page(other.Spans[0].Start)
		}
		ref.Restated = append(ref.Restated, p)
	}
	return ref
}

func where(it claims.Item, d *letter.Document) (int, string) {
	if it.Where.Footnote {
		return 0, d.Footnotes[it.Where.Index].Label
	}
	return d.Paragraphs[it.Where.Index].N, ""
}

// spans maps normalised-text spans to the original file: the outer span,
// and the pieces when there are several.
func spans(ss []letter.Span, d *letter.Document) ([2]int, [][2]int) {
	if len(ss) == 0 {
		return [2]int{}, nil
	}
	outer := [2]int{d.Source.Offset(ss[0].Start), d.Source.Offset(ss[len(ss)-1].End)}
	if len(ss) == 1 {
		return outer, nil
	}
	segs := make([][2]int, len(ss))
	for i, s := range ss {
		segs[i] = [2]int{d.Source.Offset(s.Start), d.Source.Offset(s.End)}
	}
	return outer, segs
}

func edits(es []redline.Edit) []Edit {
	out := make([]Edit, len(es))
	for i, e := range es {
		out[i] = Edit{Op: e.Op.String(), Text: e.Text}
	}
	return out
}

// shift describes how the force of an ask changed between two statements.
func shift(b, a claims.Item) *Shift {
	s := &Shift{From: strings.ToLower(b.Cue), To: strings.ToLower(a.Cue), Direction: "same"}
	switch {
	case a.Strength > b.Strength:
		s.Direction = "stronger"
	case a.Strength < b.Strength:
		s.Direction = "weaker"
	}
	return s
}

// conditionChanges lists the conditions, deadlines and numbers the later
// statement added and the ones it dropped.
func conditionChanges(b, a claims.Item) (added, removed []string) {
	set := func(it claims.Item) map[string]string {
		m := map[string]string{}
		for _, c := range it.Conditions {
			m["condition: "+strings.ToLower(c)] = "condition: " + c
		}
		for _, n := range it.Numbers {
			m["number: "+strings.ToLower(n)] = "number: " + n
		}
		return m
	}
	bs, as := set(b), set(a)
	for k, v := range as {
		if _, ok := bs[k]; !ok {
			added = append(added, v)
		}
	}
	for k, v := range bs {
		if _, ok := as[k]; !ok {
			removed = append(removed, v)
		}
	}
	sort.Strings(added)
	sort.Strings(removed)
	return added, removed
}

// alignmentReport turns the aligner's result into the report's alignment
// section, with a redline for each paragraph pair that differs.
func alignmentReport(al *align.DocumentAlignment, before, after *letter.Document) *Alignment {
	p := al.Paragraphs
	out := &Alignment{Mode: p.Mode.String(), Pairs: []AlignedPair{}, Unmatched: UnmatchedBlocks{Before: []int{}, After: []int{}}}
	num := func(d *letter.Document, idx []int) []int {
		ns := make([]int, len(idx))
		for i, k := range idx {
			ns[i] = d.Paragraphs[k].N
		}
		return ns
	}
	text := func(d *letter.Document, idx []int) string {
		var parts []string
		for _, k := range idx {
			parts = append(parts, strings.Join(strings.Fields(d.Paragraphs[k].Text), " "))
		}
		return strings.Join(parts, "\n\n")
	}
	for _, pr := range p.Pairs {
		ap := AlignedPair{Before: num(before, pr.Before), After: num(after, pr.After), Score: pr.Score, Shared: pr.Shared, Moved: pr.Moved}
		if ap.Shared == nil {
			ap.Shared = []string{}
		}
		bt, at := text(before, pr.Before), text(after, pr.After)
		if bt != at {
			ap.Redline = edits(redline.Words(bt, at))
		}
		out.Pairs = append(out.Pairs, ap)
	}
	out.Unmatched.Before = num(before, p.UnmatchedBefore)
	out.Unmatched.After = num(after, p.UnmatchedAfter)
	s := al.Sentences
	out.Sentences = SentenceSummary{Pairs: len(s.Pairs), UnmatchedBefore: len(s.UnmatchedBefore), UnmatchedAfter: len(s.UnmatchedAfter)}
	for _, sp := range s.Pairs {
		if sp.Moved {
			out.Sentences.Moved++
		}
	}
	return out
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
	info := DocumentInfo{
		Path:        d.Source.Name,
		Date:        Date(d.Date),
		Title:       Title(d),
		Kind:        kind,
		Format:      d.Source.Format(),
		Bytes:       d.Source.Size,
		Lines:       d.Source.Lines(),
		Recipients:  len(d.Recipients),
		Signatories: len(d.Signatories),
		Paragraphs:  []ParagraphRef{},
		Footnotes:   []FootnoteRef{},
	}
	if d.Source.Layout != nil {
		info.Pages = d.Source.Layout.Pages
	}
	repairs := map[int][]string{}
	for _, rp := range d.Repairs {
		if rp.Kind == letter.RepairRejoined {
			repairs[rp.Span.Start] = append(repairs[rp.Span.Start], rp.Detail)
		}
	}
	for _, p := range d.Paragraphs {
		pr := ParagraphRef{N: p.N, Lines: p.Lines, Heading: p.Heading, Text: p.Text, Page: linePage(d, p.Lines[0])}
		if len(p.Pieces) > 0 {
			pr.Span = [2]int{d.Source.Offset(p.Pieces[0].Span.Start), d.Source.Offset(p.Pieces[len(p.Pieces)-1].Span.End)}
		}
		for _, pc := range p.Pieces {
			pr.Repairs = append(pr.Repairs, repairs[pc.Span.Start]...)
		}
		info.Paragraphs = append(info.Paragraphs, pr)
	}
	for _, f := range d.Footnotes {
		info.Footnotes = append(info.Footnotes, FootnoteRef{Label: f.Label, Line: f.Line, Page: linePage(d, f.Line), Text: f.Text})
	}
	return info
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

// Thresholds of the low-confidence warning. The claim reader gives 0.5 to
// a grievance adopted because it restates one of the other letter, 0.55
// to a fact of harm read from its context, and 0.6 or more to a claim
// with a cue of its own (a request verb, a stance of concern, a grievance
// word); a letter most of whose claims stand below that has been read
// mostly by inference.
const (
	// guessConfidence: a claim read with less confidence is a guess.
	guessConfidence = 0.6
	// guessShare: warn when at least this share of a letter's claims
	// are guesses …
	guessShare = 0.5
	// guessMin: … and at least this many of them.
	guessMin = 3
)

// warnings lists what a reader must know before trusting the report:
// documents out of date order, a document not read as a letter, a letter
// without recipients or signatories, and a letter most of whose claims
// are guesses.
func warnings(r *Report, before, after *letter.Document) []Warning {
	out := []Warning{}
	if before.Date != "" && after.Date != "" && before.Date > after.Date {
		out = append(out, Warning{Code: WarnDateOrder, Document: -1, Text: "the earlier document (" + before.Source.Name + ", " + before.Date + ") is dated after the later one (" + after.Source.Name + ", " + after.Date + "): pass the documents in date order, the earlier first; as given, what appeared and what dropped are swapped"})
	}
	for i, d := range []*letter.Document{before, after} {
		which := [2]string{"earlier", "later"}[i]
		if !d.Letter {
			text := "the " + which + " document (" + d.Source.Name + ") was not read as a letter: no salutation, addressee block or closing was found, so all its text counts as body"
			if len(d.Recipients)+len(d.Signatories) == 0 {
				text += ", and it has no recipients or signatories to compare"
			}
			out = append(out, Warning{Code: WarnNotALetter, Document: i, Text: text})
		} else {
			if len(d.Recipients) == 0 {
				out = append(out, Warning{Code: WarnNoRecipients, Document: i, Text: "no recipients found in the " + which + " letter (" + d.Source.Name + "): who is addressed cannot be compared"})
			}
			if len(d.Signatories) == 0 {
				out = append(out, Warning{Code: WarnNoSignatories, Document: i, Text: "no signatories found in the " + which + " letter (" + d.Source.Name + "): who signed cannot be compared"})
			}
		}
		n, guesses := 0, 0
		for _, list := range [][]ClaimChange{r.Demands, r.Grievances} {
			for _, c := range list {
				ref := [2]*ClaimRef{c.Before, c.After}[i]
				if ref == nil {
					continue
				}
				n++
				if ref.Confidence < guessConfidence {
					guesses++
				}
			}
		}
		if guesses >= guessMin && float64(guesses) >= guessShare*float64(n) {
			out = append(out, Warning{Code: WarnLowConfidence, Document: i, Text: "the " + which + " document (" + d.Source.Name + ") was read with low confidence: " + itoa(guesses) + " of its " + itoa(n) + " claims rest on no cue of their own (confidence below " + strconv.FormatFloat(guessConfidence, 'f', -1, 64) + "); check them against the letter"})
		}
	}
	return out
}

// dedupe returns the strings of list without repeats, in order.
func dedupe(list []string) []string {
	out := []string{}
	seen := map[string]bool{}
	for _, s := range list {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// linePage is the page of a 1-based line of a document, in a paged format;
// 0 otherwise.
func linePage(d *letter.Document, line int) int {
	l, _ := d.Source.LineLayout(line)
	return l.Page
}
