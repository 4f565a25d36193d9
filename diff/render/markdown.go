package render

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/letterdiff/letterdiff/diff"
)

// Markdown writes the report as a memo: a title naming both documents, an
// executive summary computed from the report, tables of recipients and
// signatories, one entry per demand and grievance with the quote from each
// letter and, for changed items, a word-level redline, and an appendix
// with the alignment of the letters' paragraphs.
//
// Redlines mark deletions ~~like this~~ and insertions **like this**: both
// render in GitHub-flavoured Markdown and read plainly where they do not.
// Letter text is escaped, so that nothing in a letter becomes markup or
// HTML.
func Markdown(w io.Writer, r *diff.Report, opts Options) error {
	m := &mdWriter{}
	b, a := r.Documents[0], r.Documents[1]
	m.line("# What changed: %s → %s", mdDocName(b), mdDocName(a))
	m.line("")
	m.line("- **Before:** %s — %s%s%s", mdEscape(b.Title), mdCode(b.Path), mdDate(b.Date), mdFormat(b))
	m.line("- **After:** %s — %s%s%s", mdEscape(a.Title), mdCode(a.Path), mdDate(a.Date), mdFormat(a))
	m.line("")
	m.warnings(r.Warnings, "")
	m.line("## Summary")
	m.line("")
	for _, s := range Summary(r) {
		m.line("- %s", mdEscape(s))
	}
	m.line("")
	m.line("| | Before | After | Kept | Changed | Appeared | Dropped |")
	m.line("|---|---:|---:|---:|---:|---:|---:|")
	for _, row := range []struct {
		name string
		c    diff.Counts
	}{{"Signatories", r.Summary.Signatories}, {"Recipients", r.Summary.Recipients}, {"Demands", r.Summary.Demands}, {"Grievances", r.Summary.Grievances}} {
		m.line("| %s | %d | %d | %d | %d | %d | %d |", row.name, row.c.Before(), row.c.After(), row.c.Kept, row.c.Changed, row.c.Appeared, row.c.Dropped)
	}
	m.recipients(r)
	m.signatories(r)
	m.claims("Demands", "demand", r.Demands, r)
	m.claims("Grievances", "grievance", r.Grievances, r)
	m.related(r)
	m.appendix(r)
	if notes := uniq(r.Notes); len(notes) > 0 {
		m.line("")
		m.line("## Notes")
		m.line("")
		for _, n := range notes {
			m.line("- %s", mdEscape(n))
		}
	}
	_, err := io.WriteString(w, m.b.String())
	return err
}

type mdWriter struct{ b strings.Builder }

func (m *mdWriter) line(format string, args ...any) {
	fmt.Fprintf(&m.b, format, args...)
	m.b.WriteByte('\n')
}

func mdDocName(d diff.DocumentInfo) string {
	if d.Date != "" {
		return mdEscape(string(d.Date))
	}
	return mdCode(d.Path)
}

func mdDate(d diff.Date) string {
	if d == "" {
		return ", undated"
	}
	return ", dated " + mdEscape(string(d))
}

// mdCode sets text (a file name) as a code span, with a fence longer
// than any run of backticks in it.
func mdCode(s string) string {
	s = clean(s)
	fence, run := "`", 0
	for _, r := range s {
		if r == '`' {
			run++
			if run >= len(fence) {
				fence = strings.Repeat("`", run+1)
			}
		} else {
			run = 0
		}
	}
	if fence != "`" || strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		return fence + " " + s + " " + fence
	}
	return fence + s + fence
}

// warnings writes the report's warnings as a section of their own,
// before the summary; prefix names the step of a series.
func (m *mdWriter) warnings(ws []diff.Warning, prefix string) {
	if len(ws) == 0 {
		return
	}
	m.line("## Warnings")
	m.line("")
	m.line("Read these before the figures below.")
	m.line("")
	for _, w := range ws {
		m.line("- ⚠ %s%s", prefix, mdEscape(clean(w.Text)))
	}
	m.line("")
}

// Summary returns the executive summary of a report: three to six
// sentences computed from its figures.
func Summary(r *diff.Report) []string {
	var out []string
	s := r.Summary
	sig := s.Signatories
	if sig.Before()+sig.After() > 0 {
		verb := "grew"
		switch {
		case sig.After() < sig.Before():
			verb = "shrank"
		case sig.After() == sig.Before():
			verb = "stayed at"
		}
		line := fmt.Sprintf("The signatories %s from %d to %d: %d joined, %d left, %d stayed", verb, sig.Before(), sig.After(), sig.Appeared, sig.Dropped, sig.Kept+sig.Changed)
		if verb == "stayed at" {
			line = fmt.Sprintf("The signatories stayed at %d: %d joined, %d left, %d stayed", sig.After(), sig.Appeared, sig.Dropped, sig.Kept+sig.Changed)
		}
		if sig.Changed > 0 {
			line += fmt.Sprintf(" (%d under another form of name)", sig.Changed)
		}
		out = append(out, line+".")
	} else {
		out = append(out, "Neither document lists signatories.")
	}
	rec := s.Recipients
	if rec.Before()+rec.After() > 0 {
		line := fmt.Sprintf("Recipients: %d before, %d after; %d kept, %d changed, %d added, %d dropped", rec.Before(), rec.After(), rec.Kept, rec.Changed, rec.Appeared, rec.Dropped)
		var roles []string
		for _, c := range r.Recipients {
			for _, ch := range c.Changes {
				if strings.HasPrefix(ch, "role: ") {
					roles = append(roles, fmt.Sprintf("%s (%s)", c.After.Name, strings.TrimPrefix(ch, "role: ")))
				}
			}
		}
		if len(roles) > 0 {
			line += "; role changed: " + strings.Join(roles, ", ")
		}
		out = append(out, line+".")
	}
	for _, cat := range []struct {
		name string
		c    diff.Counts
	}{{"Demands", s.Demands}, {"Grievances", s.Grievances}} {
		c := cat.c
		if c.Before()+c.After() == 0 {
			out = append(out, cat.name+": none found in either document.")
			continue
		}
		out = append(out, fmt.Sprintf("%s: %d persisted (%d word for word, %d reworded), %d appeared, %d dropped.", cat.name, c.Kept+c.Changed, c.Kept, c.Changed, c.Appeared, c.Dropped))
	}
	if sh := strongestShift(r.Demands); sh != "" {
		out = append(out, sh)
	}
	if len(out) > 6 {
		out = out[:6]
	}
	return out
}

// strongestShift describes the persisted demand whose force changed most.
func strongestShift(ds []diff.ClaimChange) string {
	best, bestDelta := -1, 0
	for i, c := range ds {
		if c.Shift == nil || c.Shift.Direction == "same" || c.Before == nil || c.After == nil {
			continue
		}
		d := c.After.Strength - c.Before.Strength
		if d < 0 {
			d = -d
		}
		if d > bestDelta {
			best, bestDelta = i, d
		}
	}
	if best < 0 {
		return ""
	}
	c := ds[best]
	return fmt.Sprintf("Strongest shift in force: %s, “%s” → “%s” (%s): “%s”.", c.ID, c.Shift.From, c.Shift.To, c.Shift.Direction, excerpt(clean(c.After.Text), 90))
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	return strings.ToUpper(string(r[0])) + string(r[1:])
}

func (m *mdWriter) recipients(r *diff.Report) {
	m.line("")
	m.line("## Recipients")
	m.line("")
	if len(r.Recipients) == 0 {
		m.line("No recipients found in either document.")
		return
	}
	m.line("| Status | Before | After | Note |")
	m.line("|---|---|---|---|")
	party := func(p *diff.PartyRef) string {
		if p == nil {
			return "—"
		}
		s := mdCell(p.Name) + " (" + p.Role + ")"
		if t := partyTitle(p); t != "" {
			s += "<br>" + mdCell(t)
		}
		return s
	}
	notes := noteRefs(r.Recipients)
	for i, c := range r.Recipients {
		note := strings.Join(c.Changes, "; ")
		if notes[i] != "" {
			note = strings.TrimPrefix(note+"; "+notes[i], "; ")
		}
		m.line("| %s | %s | %s | %s |", c.Status, party(c.Before), party(c.After), mdCell(note))
	}
}

func (m *mdWriter) signatories(r *diff.Report) {
	m.line("")
	m.line("## Signatories")
	m.line("")
	if len(r.Signatories) == 0 {
		m.line("No signatories found in either document.")
		return
	}
	groups := []struct {
		title  string
		status []diff.Status
	}{{"Joined", []diff.Status{diff.Appeared}}, {"Left", []diff.Status{diff.Dropped}}, {"Stayed", []diff.Status{diff.Kept, diff.Changed}}}
	for _, g := range groups {
		var rows []string
		for _, c := range r.Signatories {
			for _, st := range g.status {
				if c.Status != st {
					continue
				}
				switch {
				case c.Before == nil:
					rows = append(rows, fmt.Sprintf("| %s |", mdSignatory(c.After)))
				case c.After == nil:
					rows = append(rows, fmt.Sprintf("| %s |", mdSignatory(c.Before)))
				default:
					rows = append(rows, fmt.Sprintf("| %s | %s | %s |", mdSignatory(c.After), mdSignatory(c.Before), mdCell(strings.Join(changeNotes(c), "; "))))
				}
			}
		}
		if len(rows) == 0 {
			continue
		}
		m.line("### %s (%d)", g.title, len(rows))
		m.line("")
		if g.title == "Stayed" {
			m.line("| Name (after) | Name (before) | Note |")
			m.line("|---|---|---|")
		} else {
			m.line("| Name |")
			m.line("|---|")
		}
		for _, row := range rows {
			m.line("%s", row)
		}
		m.line("")
	}
}

func (m *mdWriter) claims(title, noun string, list []diff.ClaimChange, r *diff.Report) {
	m.line("")
	m.line("## %s", title)
	m.line("")
	if len(list) == 0 {
		m.line("No %ss found in either document.", noun)
		return
	}
	b, a := r.Documents[0], r.Documents[1]
	for _, items := range byStatus(list, diff.StatusOrder...) {
		m.line("### %s (%d)", upperFirst(string(items[0].Status)), len(items))
		m.line("")
		for _, c := range items {
			head := fmt.Sprintf("**%s** · %s", c.ID, c.Status)
			if c.Before != nil && c.After != nil && len(c.Why) == 0 { // else the "linked:" line says it
				head += fmt.Sprintf(" · similarity %.2f", c.Similarity)
			}
			m.line("%s", head)
			m.line("")
			if c.Before != nil {
				m.line("> **%s** (%s): “%s”", mdDocName(b), mdPlace(c.Before), mdEscape(clean(c.Before.Text)))
			}
			if c.Before != nil && c.After != nil {
				m.line(">")
			}
			if c.After != nil {
				m.line("> **%s** (%s): “%s”", mdDocName(a), mdPlace(c.After), mdEscape(clean(c.After.Text)))
			}
			m.line("")
			if c.Status == diff.Changed && len(c.Redline) > 0 {
				m.line("Redline: %s", mdRedline(c.Redline))
				m.line("")
			}
			var facts []string
			if c.Status == diff.Changed && len(c.Why) > 0 {
				facts = append(facts, "linked: "+strings.Join(c.Why, "; "))
			}
			if c.Shift != nil && c.Shift.Direction != "same" {
				facts = append(facts, fmt.Sprintf("ask %s: “%s” → “%s”", c.Shift.Direction, c.Shift.From, c.Shift.To))
			}
			if len(c.Added) > 0 {
				facts = append(facts, "added "+strings.Join(c.Added, "; "))
			}
			if len(c.Removed) > 0 {
				facts = append(facts, "removed "+strings.Join(c.Removed, "; "))
			}
			for _, ref := range []*diff.ClaimRef{c.Before, c.After} {
				if ref != nil && len(ref.Restated) > 0 {
					var places []string
					for _, p := range ref.Restated {
						places = append(places, mdPlaceOf(p.Paragraph, p.Footnote, p.Line))
					}
					facts = append(facts, "restated at "+strings.Join(places, ", "))
				}
			}
			if len(facts) > 0 {
				m.line("*%s*", mdEscape(strings.Join(facts, " · ")))
				m.line("")
			}
		}
	}
}

func mdPlace(c *diff.ClaimRef) string { return mdPlaceOf(c.Paragraph, c.Footnote, c.Line) }

func mdPlaceOf(par int, footnote string, line int) string {
	if footnote != "" {
		return fmt.Sprintf("footnote %s, line %d", footnote, line)
	}
	return fmt.Sprintf("¶%d, line %d", par, line)
}

// mdRedline renders edits with ~~deleted~~ and **inserted** text, keeping
// white space outside the markers (Markdown ignores emphasis markers that
// touch white space on the inside).
func mdRedline(edits []diff.Edit) string {
	var b strings.Builder
	for _, e := range edits {
		text := cleanInline(e.Text)
		core := strings.TrimSpace(text)
		lead := text[:len(text)-len(strings.TrimLeft(text, " "))]
		trail := text[len(strings.TrimRight(text, " ")):]
		switch {
		case core == "":
			b.WriteString(text)
		case e.Op == "-":
			b.WriteString(lead + "~~" + mdEscape(core) + "~~" + trail)
		case e.Op == "+":
			b.WriteString(lead + "**" + mdEscape(core) + "**" + trail)
		default:
			b.WriteString(lead + mdEscape(core) + trail)
		}
	}
	return b.String()
}

func (m *mdWriter) related(r *diff.Report) {
	if len(r.Related) == 0 {
		return
	}
	m.line("")
	m.line("## Related claims")
	m.line("")
	m.line("Claims on the same theme that make a different ask; they are not counted as kept.")
	m.line("")
	m.line("| Category | Before | After | Similarity | Shared words |")
	m.line("|---|---|---|---:|---|")
	for _, rel := range r.Related {
		m.line("| %s | %s | %s | %.2f | %s |", rel.Category, rel.Before, rel.After, rel.Similarity, mdCell(strings.Join(rel.Shared, ", ")))
	}
}

func (m *mdWriter) appendix(r *diff.Report) {
	al := r.Alignment
	if al == nil {
		return
	}
	m.line("")
	m.line("## Appendix: alignment of the letters")
	m.line("")
	mode := "in order (a revision of one text)"
	if al.Mode == "free" {
		mode = "in any order (a rewritten text)"
	}
	m.line("Paragraphs were paired %s. Score is the similarity of the pair, from 0 to 1.", mode)
	m.line("")
	if len(al.Pairs) > 0 {
		m.line("| Before | After | Score | Shared words | Moved |")
		m.line("|---|---|---:|---|---|")
		for _, p := range al.Pairs {
			moved := ""
			if p.Moved {
				moved = "moved"
			}
			m.line("| %s | %s | %.2f | %s | %s |", paraList(p.Before), paraList(p.After), p.Score, mdCell(strings.Join(p.Shared, ", ")), moved)
		}
		m.line("")
	}
	m.line("Only in the earlier letter: %s. Only in the later letter: %s.", orNone(paraSet(al.Unmatched.Before)), orNone(paraSet(al.Unmatched.After)))
	m.line("Sentences: %d pairs (%d moved), %d only before, %d only after.", al.Sentences.Pairs, al.Sentences.Moved, al.Sentences.UnmatchedBefore, al.Sentences.UnmatchedAfter)
}

// paraSet lists separate paragraphs: "¶2, ¶4".
func paraSet(ns []int) string {
	s := make([]string, len(ns))
	for i, n := range ns {
		s[i] = fmt.Sprintf("¶%d", n)
	}
	return strings.Join(s, ", ")
}

// paraList names the paragraphs of one side of a pair: "¶2 + ¶3".
func paraList(ns []int) string {
	s := make([]string, len(ns))
	for i, n := range ns {
		s[i] = fmt.Sprintf("¶%d", n)
	}
	return strings.Join(s, " + ")
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// mdEscape escapes letter text so that Markdown shows it as written, and
// escapes only what Markdown would read as markup, so that the text reads
// plainly in the file too ("AT&T", "R&D", "a < b" stay as they are):
//
//   - a backslash, and the characters of code, emphasis and strikethrough
//     (` * ~), get a backslash; so does _ at the edge of a word (inside a
//     word, as in snake_case, it makes no emphasis);
//   - a ] followed by ( [ or : (which would make a link or an image of
//     the brackets before it);
//   - a < that would open an HTML tag, comment or autolink (< followed by
//     a letter, /, ! or ?), so that no HTML in a letter reaches the page;
//   - an & that would start an entity (&amp; &#38; &#x26;), so that it
//     shows as written.
//
// The renderers never start a line with letter text, so the characters
// that matter only there (# > - + and list numbers) need nothing.
func mdEscape(s string) string {
	r := []rune(s)
	var b strings.Builder
	for i, c := range r {
		var prev, next rune
		if i > 0 {
			prev = r[i-1]
		}
		if i+1 < len(r) {
			next = r[i+1]
		}
		esc := false
		switch c {
		case '\\', '`', '*', '~':
			esc = true
		case '_':
			esc = !(isWordRune(prev) && isWordRune(next))
		case ']':
			esc = next == '(' || next == '[' || next == ':'
		case '<':
			esc = next < utf8.RuneSelf && (unicode.IsLetter(next) || next == '/' || next == '!' || next == '?')
		case '&':
			esc = entityAt(r[i+1:])
		}
		if esc {
			b.WriteByte('\\')
		}
		b.WriteRune(c)
	}
	return b.String()
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// entityAt reports whether the text after an & spells an HTML entity or
// character reference: name; #digits; or #xhex;.
func entityAt(r []rune) bool {
	n := 0
	switch {
	case len(r) > 1 && r[0] == '#' && (r[1] == 'x' || r[1] == 'X'):
		for n = 2; n < len(r) && n < 9 && unicode.Is(unicode.ASCII_Hex_Digit, r[n]); n++ {
		}
		return n > 2 && n < len(r) && r[n] == ';'
	case len(r) > 0 && r[0] == '#':
		for n = 1; n < len(r) && n < 9 && r[n] >= '0' && r[n] <= '9'; n++ {
		}
		return n > 1 && n < len(r) && r[n] == ';'
	}
	for n < len(r) && n < 32 && r[n] < utf8.RuneSelf && (unicode.IsLetter(r[n]) || n > 0 && unicode.IsDigit(r[n])) {
		n++
	}
	return n > 0 && n < len(r) && r[n] == ';'
}

// mdCell escapes text for a table cell: one line, pipes escaped.
func mdCell(s string) string { return strings.ReplaceAll(mdEscape(clean(s)), "|", `\|`) }

// mdSignatory is a signatory's table cell: the name, and the person who
// signs for it.
func mdSignatory(p *diff.PartyRef) string {
	if p.Signer == "" {
		return mdCell(p.Name)
	}
	return mdCell(p.Name) + "<br>" + mdCell(partyTitle(p))
}
