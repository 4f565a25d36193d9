package diff

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/letterdiff/letterdiff/align/letter"
	"github.com/letterdiff/letterdiff/align/reader"
)

// A list of signatories that the reader took for something else in one
// letter (notes, an attachment, running text) loses the parties it names,
// while the other letter, read right, names them. This step of the
// comparison, not of either letter's reading, looks for each signatory
// that one letter lists and the other does not in the other letter's own
// text: where its name stands there whole, outside the parties that
// letter was read to name, the signatory is reported as kept, its later
// (or earlier) side that place, with a note that says so. Each letter's
// own reading and counts stay as they were.

// foundMinWords is the fewest words a name needs to be looked for: a
// single word ("Surge", "TASC") is too often a word of running text.
const foundMinWords = 2

// foundInText turns each dropped signatory whose name the later letter's
// text holds, and each appeared one whose name the earlier letter's text
// holds, into a kept one (see above). It keeps the order of matchParties:
// persisted parties in the earlier letter's order, then dropped, then
// appeared.
func foundInText(changes []PartyChange, before, after *letter.Document) []PartyChange {
	inAfter, inBefore := &textIndex{doc: after}, &textIndex{doc: before}
	var persisted, dropped, appeared []PartyChange
	for _, c := range changes {
		switch c.Status {
		case Dropped:
			if ref, note, ok := inAfter.find(c.Before.Name, "later"); ok {
				c.Status, c.After, c.Note = Kept, ref, note
				persisted = append(persisted, c)
				continue
			}
			dropped = append(dropped, c)
		case Appeared:
			if ref, note, ok := inBefore.find(c.After.Name, "earlier"); ok {
				c.Status, c.Before, c.Note = Kept, ref, note
				persisted = append(persisted, c)
				continue
			}
			appeared = append(appeared, c)
		default:
			persisted = append(persisted, c)
		}
	}
	sort.SliceStable(persisted, func(i, j int) bool { return persisted[i].Before.Span[0] < persisted[j].Before.Span[0] })
	out := append(persisted, dropped...)
	return append(out, appeared...)
}

// textIndex holds a letter's words, in lower case with their byte spans
// in its text, where each word stands, and which stretches of the text
// are the parties the letter was read to name. It is built on the first
// search: most comparisons need none.
type textIndex struct {
	doc     *letter.Document
	built   bool
	words   []string
	spans   [][2]int
	at      map[string][]int
	parties [][2]int
	used    map[int]bool // first words of places already given to a party
	// closed are the lines (1-based) where a name is no signatory to
	// find: those whose label says so (an affiliation, an address or
	// copy line, page furniture), and those that hold a party the letter
	// was read to name, whose other words are its title or affiliation
	closed map[int]bool
}

// closedLabels are the line labels under which a name is no signatory:
// an individual's affiliation, an addressee, a copy, a page's furniture,
// and the parts of a letter's opening and close that name no one.
var closedLabels = map[reader.Label]bool{
	reader.Affil: true, reader.To: true, reader.CC: true, reader.Furniture: true,
	reader.Salutation: true, reader.Subject: true, reader.Date: true, reader.Closing: true,
}

// build fills the index from its letter.
func (ix *textIndex) build() {
	ix.built, ix.at, ix.used = true, map[string][]int{}, map[int]bool{}
	d := ix.doc
	text := d.Source.Text
	start := -1
	for i, r := range text + " " {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			w := strings.ToLower(text[start:i])
			ix.at[w] = append(ix.at[w], len(ix.words))
			ix.words, ix.spans = append(ix.words, w), append(ix.spans, [2]int{start, i})
			start = -1
		}
	}
	ix.closed = closedLines(d)
	if ix.closed == nil {
		ix.closed = map[int]bool{}
	}
	for _, p := range append(append([]letter.Party(nil), d.Signatories...), d.Recipients...) {
		ix.parties = append(ix.parties, [2]int{p.Span.Start, p.Span.End})
		// the rest of a party's line is its title or affiliation
		ix.closed[d.Source.Line(p.Span.Start)] = true
	}
	sort.Slice(ix.parties, func(i, j int) bool { return ix.parties[i][0] < ix.parties[j][0] })
}

// closedLines returns the lines of a letter whose label is one of
// closedLabels, or nothing when the labels cannot be laid on its lines.
func closedLines(d *letter.Document) map[int]bool {
	labels := letter.LineLabels(d)
	out := map[int]bool{}
	k := 0
	for no, line := range strings.Split(d.Source.Text, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		if k >= len(labels) {
			return nil
		}
		if closedLabels[labels[k]] {
			out[no+1] = true
		}
		k++
	}
	if k != len(labels) {
		return nil
	}
	return out
}

// find returns where the index's letter writes name whole (its words in
// order, in any case, with any punctuation or space between them), the
// first such place outside the letter's read parties and not already
// given to another name, as a party of that letter, with the note to
// give; side names the letter in the note.
func (ix *textIndex) find(name string, side string) (*PartyRef, string, bool) {
	ws := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(ws) < foundMinWords {
		return nil, "", false
	}
	if !ix.built {
		ix.build()
	}
	d := ix.doc
	// anchor the search on the name's rarest word
	anchor := 0
	for k, w := range ws {
		if len(ix.at[w]) < len(ix.at[ws[anchor]]) {
			anchor = k
		}
	}
	for _, pos := range ix.at[ws[anchor]] {
		first := pos - anchor
		if first < 0 || first+len(ws) > len(ix.words) || ix.used[first] {
			continue
		}
		match := true
		for k, w := range ws {
			if ix.words[first+k] != w {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		span := [2]int{ix.spans[first][0], ix.spans[first+len(ws)-1][1]}
		if ix.inParty(span) || !standsAlone(d.Source.Text, span) || ix.closed[d.Source.Line(span[0])] {
			continue
		}
		ix.used[first] = true
		src := d.Source
		line := src.Line(span[0])
		ref := &PartyRef{
			Name:        src.Text[span[0]:span[1]],
			Role:        string(letter.RoleSignatory),
			Span:        [2]int{src.Offset(span[0]), src.Offset(span[1])},
			Line:        line,
			Page:        linePage(d, line),
			FoundInText: true,
		}
		return ref, fmt.Sprintf("not read as a signatory of the %s letter; its name stands in that letter's text at line %d", side, line), true
	}
	return nil, "", false
}

// standsAlone reports whether the name at span stands as an entry of a
// list does: first on its line (after a bullet or a number at most), or
// after a list's separator (",", ";", "|", "•", a dash, a bracket) or a
// column's gap of two spaces or a tab; and followed by the line's end, a
// mark that is no word, or another column's gap. "Widget Watch
// (Eastland)", "Gadget Forum; Widget Watch" and a second column qualify;
// "Contribution to the Widget Council" and "Widget Watch Foundation" do
// not.
func standsAlone(text string, span [2]int) bool {
	lineStart := strings.LastIndexByte(text[:span[0]], '\n') + 1
	pre := text[lineStart:span[0]]
	trimmed := strings.TrimRight(pre, " \t")
	opens := strings.IndexFunc(pre, unicode.IsLetter) < 0 ||
		strings.HasSuffix(pre, "\t") || strings.HasSuffix(pre, "  ") ||
		strings.ContainsAny(lastRune(trimmed), ",;|•·/([–—-:")
	if !opens {
		return false
	}
	post := text[span[1]:]
	if strings.HasPrefix(post, "\t") || strings.HasPrefix(post, "  ") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(post, " "))
	return r == utf8.RuneError || r == '\n' || !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// lastRune returns the last rune of s as a string, "" for none.
func lastRune(s string) string {
	_, n := utf8.DecodeLastRuneInString(s)
	return s[len(s)-n:]
}

// inParty reports whether a span overlaps a party the letter was read to
// name: one of the two that start last before the span ends (parties do
// not overlap one another).
func (ix *textIndex) inParty(span [2]int) bool {
	k := sort.Search(len(ix.parties), func(i int) bool { return ix.parties[i][0] >= span[1] })
	for i := max(k-2, 0); i < k; i++ {
		if p := ix.parties[i]; span[0] < p[1] && p[0] < span[1] {
			return true
		}
	}
	return false
}
