package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/letterdiff/letterdiff/diff"
)

// Text writes the report for a terminal: the documents, the warnings, the
// changes at a glance, then recipients, signatories, demands and
// grievances, and the paragraphs that differ (every difference that makes
// the report differ is shown: a reworded or moved paragraph with no claim
// in it too). Without
// colour, a redline marks deletions [-like this-] and insertions {+like
// this+}, as git's word diff does.
func Text(w io.Writer, r *diff.Report, opts Options) error {
	t := textWriter{st: newStyle(opts.Color), width: opts.width()}
	t.documents(r)
	t.warnings(r.Warnings)
	t.glance(r)
	t.parties("Recipients", r.Recipients, false)
	t.parties("Signatories", r.Signatories, true)
	t.claims("Demands", r.Demands)
	t.claims("Grievances", r.Grievances)
	t.related(r)
	t.paragraphs(r.Alignment)
	t.notes(r.Notes)
	_, err := io.WriteString(w, t.b.String())
	return err
}

type textWriter struct {
	b     strings.Builder
	st    style
	width int
}

func (t *textWriter) line(s string) { t.b.WriteString(s + "\n") }

func (t *textWriter) para(text, first, rest string) {
	t.line(wrap(text, t.width, first, rest))
}

func (t *textWriter) section(name string) {
	t.line("")
	t.line(t.st.heading(name))
}

func (t *textWriter) documents(r *diff.Report) {
	for i, d := range r.Documents {
		label := [2]string{"Before", "After "}[min(i, 1)]
		date := dateText(d.Date)
		t.para(fmt.Sprintf("%s (%s, %s): %s", t.st.bold(clean(d.Path)), date, kindFormat(d), clean(d.Title)), label+"  ", "        ")
	}
}

func (t *textWriter) glance(r *diff.Report) {
	t.section("At a glance")
	s := r.Summary
	rows := []struct {
		name string
		c    diff.Counts
		verb [2]string // words for appeared and dropped
	}{
		{"Signatories", s.Signatories, [2]string{"joined", "left"}},
		{"Recipients", s.Recipients, [2]string{"added", "dropped"}},
		{"Demands", s.Demands, [2]string{"appeared", "dropped"}},
		{"Grievances", s.Grievances, [2]string{"appeared", "dropped"}},
	}
	for _, row := range rows {
		c := row.c
		parts := []string{}
		if c.Kept > 0 {
			parts = append(parts, fmt.Sprintf("%d kept", c.Kept))
		}
		if c.Changed > 0 {
			parts = append(parts, t.st.yellow(fmt.Sprintf("%d changed", c.Changed)))
		}
		if c.Appeared > 0 {
			parts = append(parts, t.st.green(fmt.Sprintf("%d %s", c.Appeared, row.verb[0])))
		}
		if c.Dropped > 0 {
			parts = append(parts, t.st.red(fmt.Sprintf("%d %s", c.Dropped, row.verb[1])))
		}
		if len(parts) == 0 {
			parts = append(parts, "none in either")
		}
		t.line(fmt.Sprintf("  %-12s %3d → %-3d  %s", row.name, c.Before(), c.After(), strings.Join(parts, ", ")))
	}
}

func partyText(p *diff.PartyRef, withRole bool) string {
	s := clean(p.Name)
	var extra []string
	if withRole {
		extra = append(extra, p.Role)
	}
	if t := partyTitle(p); t != "" {
		extra = append(extra, clean(t))
	}
	if len(extra) > 0 {
		s += " (" + strings.Join(extra, "; ") + ")"
	}
	return s
}

func (t *textWriter) parties(name string, list []diff.PartyChange, signatories bool) {
	t.section(name)
	if len(list) == 0 {
		t.line("  none found in either document")
		return
	}
	if signatories {
		// grouped: joined, left, kept; changed names listed with kept
		groups := []struct {
			title  string
			status []diff.Status
		}{
			{"Joined", []diff.Status{diff.Appeared}},
			{"Left", []diff.Status{diff.Dropped}},
			{"Stayed", []diff.Status{diff.Kept, diff.Changed}},
		}
		for _, g := range groups {
			var names []string
			for _, c := range list {
				for _, s := range g.status {
					if c.Status != s {
						continue
					}
					switch {
					case c.After == nil:
						names = append(names, partyText(c.Before, false))
					case c.Before != nil && len(c.Changes) > 0:
						names = append(names, clean(c.After.Name)+" ("+clean(strings.Join(changeNotes(c), "; "))+")")
					default:
						names = append(names, partyText(c.After, false))
					}
				}
			}
			if len(names) == 0 {
				continue
			}
			t.para(strings.Join(names, "; "), fmt.Sprintf("  %s (%d): ", g.title, len(names)), "    ")
		}
		return
	}
	notes := noteRefs(list)
	for i, c := range list {
		var text string
		switch c.Status {
		case diff.Appeared:
			text = partyText(c.After, true)
		case diff.Dropped:
			text = partyText(c.Before, true)
		case diff.Changed:
			text = partyText(c.After, true) + " — " + strings.Join(c.Changes, "; ")
		default:
			text = partyText(c.After, true)
		}
		if notes[i] != "" {
			text += ". Note: " + notes[i]
		}
		t.para(text, "  "+t.statusWord(c.Status)+" ", "             ")
	}
}

func (t *textWriter) statusWord(s diff.Status) string {
	w := fmt.Sprintf("%-10s", s)
	switch s {
	case diff.Appeared:
		return t.st.green(w)
	case diff.Dropped:
		return t.st.red(w)
	case diff.Changed:
		return t.st.yellow(w)
	}
	return t.st.dim(w)
}

func (t *textWriter) claims(name string, list []diff.ClaimChange) {
	t.section(name)
	if len(list) == 0 {
		t.line("  none found in either document")
		return
	}
	for _, items := range byStatus(list, diff.StatusOrder...) {
		t.line(fmt.Sprintf("  %s (%d)", t.statusWord(items[0].Status), len(items)))
		for _, c := range items {
			t.claim(c)
		}
	}
}

func (t *textWriter) claim(c diff.ClaimChange) {
	head := fmt.Sprintf("    %-4s ", c.ID)
	rest := "         "
	switch c.Status {
	case diff.Appeared:
		t.para(quote(c.After), head, rest)
		t.para(where("after", c.After), rest, rest)
	case diff.Dropped:
		t.para(quote(c.Before), head, rest)
		t.para(where("before", c.Before), rest, rest)
	case diff.Kept:
		t.para(quote(c.After), head, rest)
		t.para(where("before", c.Before)+"; "+where("after", c.After), rest, rest)
	case diff.Changed:
		t.para(t.redline(c.Redline), head, rest)
		info := fmt.Sprintf("%s; %s", where("before", c.Before), where("after", c.After))
		if len(c.Why) == 0 {
			info += fmt.Sprintf("; similarity %.2f", c.Similarity)
		}
		if c.Shift != nil && c.Shift.Direction != "same" {
			info += fmt.Sprintf("; ask %s: %s → %s", c.Shift.Direction, c.Shift.From, c.Shift.To)
		}
		if len(c.Added) > 0 {
			info += "; added: " + strings.Join(c.Added, ", ")
		}
		if len(c.Removed) > 0 {
			info += "; removed: " + strings.Join(c.Removed, ", ")
		}
		t.para(info, rest, rest)
		if len(c.Why) > 0 {
			t.para("linked: "+strings.Join(c.Why, "; "), rest, rest)
		}
	}
}

func quote(c *diff.ClaimRef) string { return "“" + clean(c.Text) + "”" }

func where(side string, c *diff.ClaimRef) string {
	s := fmt.Sprintf("%s ¶%d, line %d", side, c.Paragraph, c.Line)
	if c.Footnote != "" {
		s = fmt.Sprintf("%s footnote %s, line %d", side, c.Footnote, c.Line)
	}
	if len(c.Restated) > 0 {
		s += fmt.Sprintf(" (restated %s)", plural(len(c.Restated), "time", "times"))
	}
	return s
}

// redline renders word edits inline.
func (t *textWriter) redline(edits []diff.Edit) string {
	var b strings.Builder
	for _, e := range edits {
		text := cleanInline(e.Text)
		switch e.Op {
		case "-":
			if t.st.on {
				b.WriteString(t.st.del(text))
			} else {
				b.WriteString("[-" + text + "-]")
			}
		case "+":
			if t.st.on {
				b.WriteString(t.st.ins(text))
			} else {
				b.WriteString("{+" + text + "+}")
			}
		default:
			b.WriteString(text)
		}
	}
	return b.String()
}

func (t *textWriter) related(r *diff.Report) {
	if len(r.Related) == 0 {
		return
	}
	t.section("Related (same theme, different ask; not counted as kept)")
	for _, rel := range r.Related {
		t.para(fmt.Sprintf("%s %s ~ %s (similarity %.2f; shared: %s)", rel.Category, rel.Before, rel.After, rel.Similarity, strings.Join(rel.Shared, ", ")), "  ", "    ")
	}
}

func (t *textWriter) notes(notes []string) {
	notes = uniq(notes)
	if len(notes) == 0 {
		return
	}
	t.section("Notes")
	for _, n := range notes {
		t.para(clean(n), "  - ", "    ")
	}
}

// warnings lists what a reader must know before the figures, right
// under the documents.
func (t *textWriter) warnings(ws []diff.Warning) {
	if len(ws) == 0 {
		return
	}
	t.section(t.st.red(fmt.Sprintf("Warnings (%d): read these before the figures", len(ws))))
	for _, w := range ws {
		t.para(clean(w.Text), "  ! ", "    ")
	}
}

// similarity prints a score to two places, never as 1.00 when it is
// below 1: a pair that differs is not shown as identical.
func similarity(score float64) string {
	if score < 1 && score >= 0.995 {
		return "0.99"
	}
	return fmt.Sprintf("%.2f", score)
}

// rewriteScore is the similarity below which a paragraph pair is a
// rewrite rather than an edit: its redline would strike out nearly every
// word, so the text report gives the pair's line without it (the HTML
// report sets the two paragraphs side by side).
const rewriteScore = 0.5

// paragraphs lists the paragraph pairs that differ (reworded or moved)
// and the paragraphs only one letter has: the differences of text that
// --exit-code counts, including those no claim or party shows.
func (t *textWriter) paragraphs(al *diff.Alignment) {
	if al == nil {
		return
	}
	mode := "in order"
	if al.Mode == "free" {
		mode = "in any order"
	}
	t.section("Paragraphs (paired " + mode + ")")
	same, reworded, moved := 0, 0, 0
	for _, p := range al.Pairs {
		switch {
		case p.Score < 1 || len(p.Redline) > 0:
			reworded++
		default:
			same++
		}
		if p.Moved {
			moved++
		}
	}
	if reworded+moved+len(al.Unmatched.Before)+len(al.Unmatched.After) == 0 {
		t.line(fmt.Sprintf("  all %s pair word for word, in order", plural(len(al.Pairs), "paragraph", "paragraphs")))
		return
	}
	summary := fmt.Sprintf("%s: %d word for word, %d reworded", plural(len(al.Pairs), "pair", "pairs"), same, reworded)
	if moved > 0 {
		summary += fmt.Sprintf(", %d moved", moved)
	}
	if len(al.Unmatched.Before) > 0 {
		summary += "; only before: " + paraSet(al.Unmatched.Before)
	}
	if len(al.Unmatched.After) > 0 {
		summary += "; only after: " + paraSet(al.Unmatched.After)
	}
	t.para(summary, "  ", "  ")
	for _, p := range al.Pairs {
		changed := p.Score < 1 || len(p.Redline) > 0
		if !changed && !p.Moved {
			continue
		}
		word := diff.Changed
		what := fmt.Sprintf("%s → %s, similarity %s", paraList(p.Before), paraList(p.After), similarity(p.Score))
		switch {
		case !changed:
			what = fmt.Sprintf("%s → %s, word for word", paraList(p.Before), paraList(p.After))
		case p.Score < rewriteScore:
			what += ", rewritten"
		}
		if p.Moved {
			what += ", moved"
		}
		status := t.statusWord(word)
		if !changed {
			status = t.st.yellow(fmt.Sprintf("%-10s", "moved"))
		}
		t.para(what, "  "+status+" ", "             ")
		if changed && p.Score >= rewriteScore && len(p.Redline) > 0 {
			t.para(t.redline(p.Redline), "             ", "             ")
		}
	}
}
