package pdf

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/letterdiff/letterdiff/align/extract/layout"
	"github.com/letterdiff/letterdiff/align/lazyre"
)

// Laying words out. All lengths are in points; h is the height of a line's
// tallest ordinary word, which is a little more than its font size, and
// serves as the line's em. The constants below are multiples of h unless
// they say otherwise.
const (
	// sameLine: two words stand on one line when their boxes overlap by
	// at least this share of the smaller height. A superscript marker,
	// raised by about 40% of h, still overlaps its line by half.
	sameLine = 0.5
	// smallWord, raised: a word shorter than smallWord times its line's h
	// whose bottom is raised by raised times h above the line's bottom is
	// a superscript (a footnote marker).
	smallWord = 0.9
	raised    = 0.2
	// glued: a gap narrower than this joins two words without a space (a
	// marker after its word; one word set in two fonts).
	glued = 0.1
	// columnGap: a gap this wide within a line can set columns apart (an
	// inter-word space is about 0.25; a loose justified line stays under
	// 0.8; table cells are set apart by their padding, 0.9 or more).
	columnGap = 0.9
	// loneGap: a single line read as columns on its own (a name and a date
	// on one line) needs a gap this wide.
	loneGap = 3.0
	// gutterGap: once columns are found, a line still belongs to them
	// while the white gutter between them stays this wide.
	gutterGap = 0.5
	// regionLead: lines further apart than this (white space between
	// them) do not belong to one region of columns.
	regionLead = 2.0
	// paragraphPitch: a line further below the one before than this many
	// times the page's usual line pitch starts a new paragraph.
	paragraphPitch = 1.4
	// band: running heads and footers stand within this share of the
	// page's height from its top or bottom edge.
	band = 0.12
	// footnoteSize: footnotes are set in type smaller than this share of
	// the body's.
	footnoteSize = 0.92
	// fullLine: a line that reaches within this many h of the right margin
	// is full: its paragraph goes on to the next line (or page).
	fullLine = 2.0
)

// word is a Word with what layout found about it.
type word struct {
	Word
	sup  bool // a raised small marker
	wrap int  // on the first word of a line joined to the line above: wrapSpace or wrapHyphen
}

const (
	wrapSpace  = 1 // the line goes on after a space
	wrapHyphen = 2 // the line goes on a word broken at its hyphen
)

func (w word) h() float64 { return w.Y1 - w.Y0 }

// line is the words of one line of a page, left to right.
type line struct {
	words          []word
	x0, y0, x1, y1 float64
	h              float64 // height of its tallest ordinary word
	base           float64 // bottom of its tallest word
	page           int
	kind           layout.Kind
	marker         string // a footnote's marker, for footnote lines
}

// Layout lays out the words of pages as lines of text.
func Layout(pages []Page) *layout.Doc {
	doc := &layout.Doc{Format: "PDF", Pages: len(pages)}
	var all [][]*line
	for i, p := range pages {
		all = append(all, makeLines(p.Words, i+1))
	}
	body := bodyHeight(all)
	heads := runningLines(all, pages)
	pitch := usualPitch(all)
	var notes []layout.Line
	empty := []int{}
	prevFull := false
	var last *line
	for i, lines := range all {
		if len(pages[i].Words) == 0 {
			empty = append(empty, i+1)
		}
		var rest []*line
		for _, l := range lines {
			if !heads[l] {
				rest = append(rest, l)
			}
		}
		rest, foot := footnotes(rest, body)
		for _, l := range foot {
			notes = append(notes, layout.Line{Text: lineText(l.words), Page: l.page, Size: round(l.h), Indent: round(l.x0 - leftMargin(lines)), Kind: layout.Footnote})
		}
		out, cols := pageLines(rest, leftMargin(lines), rightMargin(lines), pitch, body)
		for _, c := range cols {
			doc.Facts = append(doc.Facts, fmt.Sprintf("%d columns on page %d", c, i+1))
		}
		if len(out) > 0 {
			// a page break inside a paragraph is no break: the page's
			// first line goes on from the last full line of the page
			// before; otherwise a blank line parts them
			first := firstLine(rest)
			if last != nil && !(prevFull && first != nil && first.x0 <= leftMargin(lines)+first.h) {
				doc.Lines = append(doc.Lines, layout.Line{Page: i + 1})
			}
			doc.Lines = append(doc.Lines, out...)
		}
		if l := lastLine(rest); l != nil {
			last = l
			prevFull = l.x1 >= rightMargin(lines)-fullLine*l.h && !endsSentence(l)
		}
	}
	if len(notes) > 0 {
		doc.Lines = append(doc.Lines, layout.Line{})
		doc.Lines = append(doc.Lines, notes...)
		doc.Facts = append(doc.Facts, plural(countMarkers(notes), "footnote", "footnotes")+" moved from the foot of "+pageList(notePages(notes))+" to the end")
	}
	doc.Facts = append([]string{"text layer"}, doc.Facts...)
	if len(empty) > 0 {
		doc.Facts = append(doc.Facts, "no text on "+pageList(empty)+" (scanned? run OCR to read it)")
	}
	doc.SetAside = describeHeads(heads)
	return doc
}

// makeLines groups a page's words into lines: words whose boxes overlap
// vertically by half the smaller height, left to right.
func makeLines(ws []Word, page int) []*line {
	sorted := make([]word, len(ws))
	for i, w := range ws {
		sorted[i] = word{Word: w}
	}
	sort.SliceStable(sorted, func(i, j int) bool {
		return sorted[i].Y0+sorted[i].Y1 < sorted[j].Y0+sorted[j].Y1
	})
	var lines []*line
	type band struct{ y0, y1 float64 }
	var refs []band // the tallest word of each line
	for _, w := range sorted {
		placed := false
		for k := len(lines) - 1; k >= 0 && k >= len(lines)-4; k-- {
			r := refs[k]
			ov := min(w.Y1, r.y1) - max(w.Y0, r.y0)
			if ov >= sameLine*min(w.h(), r.y1-r.y0) {
				lines[k].words = append(lines[k].words, w)
				if w.h() > r.y1-r.y0 {
					refs[k] = band{w.Y0, w.Y1}
				}
				placed = true
				break
			}
		}
		if !placed {
			lines = append(lines, &line{words: []word{w}, page: page})
			refs = append(refs, band{w.Y0, w.Y1})
		}
	}
	for _, l := range lines {
		sort.SliceStable(l.words, func(i, j int) bool { return l.words[i].X0 < l.words[j].X0 })
		l.measure()
	}
	sort.SliceStable(lines, func(i, j int) bool { return lines[i].base < lines[j].base })
	return lines
}

// measure sets a line's box, height and base, and marks its superscript
// markers.
func (l *line) measure() {
	l.x0, l.y0, l.x1, l.y1 = l.words[0].X0, l.words[0].Y0, l.words[0].X1, l.words[0].Y1
	l.h, l.base = 0, 0
	for _, w := range l.words {
		l.x0, l.x1 = min(l.x0, w.X0), max(l.x1, w.X1)
		l.y0, l.y1 = min(l.y0, w.Y0), max(l.y1, w.Y1)
		if w.h() > l.h {
			l.h, l.base = w.h(), w.Y1
		}
	}
	for i := range l.words {
		w := &l.words[i]
		w.sup = w.h() < smallWord*l.h && w.Y1 < l.base-raised*l.h && isMarker(w.Text)
	}
}

// markerRe matches what a footnote marker can be: a number, a letter, or
// the traditional symbols.
var markerRe = lazyre.New(`^(?:[0-9]{1,3}|[a-z]|[*†‡§¶]{1,3})[.,;:)]?$`)

func isMarker(s string) bool { return markerRe.MatchString(s) }

// lineText writes words as text: one space between words, none before a
// glued word or a superscript marker that touches its word, and markers as
// superscript digits.
func lineText(ws []word) string {
	var b strings.Builder
	for i, w := range ws {
		t := w.Text
		if w.sup {
			t = layout.Superscript(t)
		}
		switch {
		case i == 0 || w.wrap == wrapHyphen:
		case w.wrap == wrapSpace:
			b.WriteByte(' ')
		default:
			gap := w.X0 - ws[i-1].X1
			h := max(w.h(), ws[i-1].h())
			if gap >= glued*h && !(w.sup && gap < 0.3*h) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(t)
	}
	return b.String()
}

// bodyHeight is the height of the body's type: the height most words of
// the document have.
func bodyHeight(all [][]*line) float64 {
	count := map[float64]int{}
	for _, lines := range all {
		for _, l := range lines {
			count[round(l.h)] += len(l.words)
		}
	}
	best, n := 0.0, -1
	for h, c := range count {
		if c > n || c == n && h > best {
			best, n = h, c
		}
	}
	return best
}

// leftMargin is where most lines of a page start.
func leftMargin(lines []*line) float64 {
	count := map[float64]int{}
	for _, l := range lines {
		count[float64(int(l.x0))]++
	}
	best, n := 0.0, -1
	for x, c := range count {
		if c > n || c == n && x < best {
			best, n = x, c
		}
	}
	return best
}

// rightMargin is where the longest lines of a page end.
func rightMargin(lines []*line) float64 {
	var xs []float64
	for _, l := range lines {
		xs = append(xs, l.x1)
	}
	if len(xs) == 0 {
		return 0
	}
	slices.Sort(xs)
	return xs[len(xs)*9/10]
}

// runningLines finds the running heads, footers and page numbers: lines
// within the top or bottom band of a page that repeat, digits aside, on
// two pages or more, and lines that are only a page number.
func runningLines(all [][]*line, pages []Page) map[*line]bool {
	type cand struct {
		l   *line
		top bool
	}
	var cands []cand
	count := map[string]map[int]bool{}
	key := func(c cand) string {
		return fmt.Sprint(c.top) + "|" + digitsRe.ReplaceAllString(strings.ToLower(lineText(c.l.words)), "#")
	}
	for i, lines := range all {
		hgt := pages[i].Height
		for k := 0; k < len(lines) && k < 3; k++ {
			if lines[k].y1 <= band*hgt {
				cands = append(cands, cand{lines[k], true})
			}
		}
		for k := len(lines) - 1; k >= 0 && k >= len(lines)-3; k-- {
			if lines[k].y0 >= (1-band)*hgt {
				cands = append(cands, cand{lines[k], false})
			}
		}
	}
	for _, c := range cands {
		k := key(c)
		if count[k] == nil {
			count[k] = map[int]bool{}
		}
		count[k][c.l.page] = true
	}
	out := map[*line]bool{}
	for _, c := range cands {
		t := strings.TrimSpace(lineText(c.l.words))
		switch {
		case pageNumberRe.MatchString(t):
			c.l.kind = "page-number"
			out[c.l] = true
		case len(count[key(c)]) >= 2:
			c.l.kind = "running-head"
			if !c.top {
				c.l.kind = "running-footer"
			}
			out[c.l] = true
		}
	}
	return out
}

var (
	digitsRe     = lazyre.New(`[0-9]+`)
	pageNumberRe = lazyre.New(`^(?i:(?:page|p\.|seite|página|pagina)\s*)?[-–—]?\s*[0-9]{1,4}\s*[-–—]?(?:\s*(?:/|of|von|de|sur)\s*[0-9]{1,4})?$`)
)

// describeHeads says which running lines were set aside, grouped by text.
func describeHeads(heads map[*line]bool) []string {
	type group struct {
		kind  string
		text  string
		pages []int
	}
	var groups []*group
	byKey := map[string]*group{}
	var ls []*line
	for l := range heads {
		ls = append(ls, l)
	}
	sort.Slice(ls, func(i, j int) bool {
		if ls[i].page != ls[j].page {
			return ls[i].page < ls[j].page
		}
		return ls[i].y0 < ls[j].y0
	})
	for _, l := range ls {
		t := layout.Clean(lineText(l.words))
		k := string(l.kind) + "|" + digitsRe.ReplaceAllString(t, "#")
		g := byKey[k]
		if g == nil {
			g = &group{kind: string(l.kind), text: t}
			byKey[k] = g
			groups = append(groups, g)
		}
		g.pages = append(g.pages, l.page)
	}
	var out []string
	for _, g := range groups {
		switch g.kind {
		case "page-number":
			out = append(out, "page numbers on "+pageList(g.pages))
		case "running-footer":
			out = append(out, fmt.Sprintf("running footer %q on %s", g.text, pageList(g.pages)))
		default:
			out = append(out, fmt.Sprintf("running head %q on %s", g.text, pageList(g.pages)))
		}
	}
	return out
}

// footnotes takes the footnotes from the foot of a page: the lines at the
// bottom set in smaller type than the body, the first of them starting
// with a marker. It returns the other lines and the footnotes.
func footnotes(lines []*line, body float64) (rest, notes []*line) {
	k := len(lines)
	for k > 0 && lines[k-1].h < footnoteSize*body {
		k--
	}
	// the block starts at its first line that opens with a marker
	for k < len(lines) && !opensNote(lines[k]) {
		k++
	}
	if k == len(lines) || k == 0 {
		return lines, nil
	}
	// a footnote block is set off from the body above it
	if above := lines[k-1]; lines[k].y0-above.y1 < 0.2*above.h && above.h < footnoteSize*body {
		return lines, nil
	}
	for _, l := range lines[k:] {
		l.kind = layout.Footnote
		if opensNote(l) {
			l.marker = l.words[0].Text
		}
	}
	return lines[:k], lines[k:]
}

// opensNote reports whether a line starts with a footnote marker: a raised
// small mark, or a number or symbol standing apart before the text.
func opensNote(l *line) bool {
	if len(l.words) < 2 {
		return false
	}
	w := l.words[0]
	if w.sup {
		return true
	}
	return markerRe.MatchString(w.Text) && !strings.HasSuffix(w.Text, ".") && !strings.HasSuffix(w.Text, ")") && w.Text != "a"
}

func countMarkers(notes []layout.Line) int {
	n := 0
	for _, l := range notes {
		f := strings.Fields(l.Text)
		if len(f) > 0 && (isMarker(f[0]) || strings.ContainsAny(f[0][:min(len(f[0]), 3)], "⁰¹²³⁴⁵⁶⁷⁸⁹")) {
			n++
		}
	}
	return max(n, 1)
}

func notePages(notes []layout.Line) []int {
	var ps []int
	for _, l := range notes {
		if len(ps) == 0 || ps[len(ps)-1] != l.Page {
			ps = append(ps, l.Page)
		}
	}
	return ps
}

func firstLine(ls []*line) *line {
	if len(ls) == 0 {
		return nil
	}
	return ls[0]
}

func lastLine(ls []*line) *line {
	if len(ls) == 0 {
		return nil
	}
	return ls[len(ls)-1]
}

// startsLower reports whether a line starts with a lower-case letter or
// a digit: it goes on from the line before.
func startsLower(l *line) bool {
	r, _ := utf8.DecodeRuneInString(l.words[0].Text)
	return unicode.IsLower(r) || unicode.IsDigit(r) || strings.ContainsRune("(,;–—-", r)
}

func endsSentence(l *line) bool {
	t := l.words[len(l.words)-1].Text
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, ":") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?")
}

// pageLines lays out a page's lines (running heads and footnotes taken
// out): lines that span the page in order, with a blank line where a
// paragraph ends; regions set in columns column by column. It returns the
// lines and, for each region of columns, how many columns it has.
func pageLines(lines []*line, left, right, pitch, body float64) ([]layout.Line, []int) {
	var out []layout.Line
	var cols []int
	var prev *line
	emit := func(l *line) {
		if prev != nil && pitch > 0 && l.base-prev.base > paragraphPitch*pitch*l.h/body {
			out = append(out, layout.Line{Page: l.page})
		}
		out = append(out, layout.Line{Text: lineText(l.words), Page: l.page, Indent: round(l.x0 - left), Size: round(l.h), Kind: l.kind})
		prev = l
	}
	for i := 0; i < len(lines); {
		r := findRegion(lines, i)
		if r == nil {
			emit(lines[i])
			i++
			continue
		}
		if len(out) > 0 && out[len(out)-1].Text != "" {
			out = append(out, layout.Line{Page: lines[i].page})
		}
		out = append(out, r.emit(left, right)...)
		out = append(out, layout.Line{Page: lines[i].page})
		cols = append(cols, len(r.gutters)+1)
		prev = nil
		i += len(r.lines)
	}
	return out, cols
}

// usualPitch is the distance between the bases of successive lines of a
// paragraph: the smallest distance that recurs between lines of one size
// (paragraphs set apart by space recur too, but further apart). Distances
// are rounded to half a point.
func usualPitch(all [][]*line) float64 {
	count := map[float64]int{}
	for _, lines := range all {
		for i := 1; i < len(lines); i++ {
			a, b := lines[i-1], lines[i]
			d := float64(int(2*(b.base-a.base)+0.5)) / 2
			if d >= 0.8*b.h && d < 3*b.h && abs(a.h-b.h) < 0.1*b.h {
				count[d]++
			}
		}
	}
	best := 0.0
	for d, c := range count {
		// a neighbour half a point away counts too: rounding splits them
		if c+count[d-0.5]+count[d+0.5] >= 2 && (best == 0 || d < best) {
			best = d
		}
	}
	return best
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// region is a run of lines set in columns: white gutters run down all its
// lines.
type region struct {
	lines   []*line
	gutters []span // left to right
}

type span struct{ x0, x1 float64 }

// findRegion returns the region of columns that starts at lines[i], or nil
// when lines[i] spans its page.
func findRegion(lines []*line, i int) *region {
	first := lines[i]
	if widestGap(first) < columnGap*first.h {
		return nil
	}
	cov := coverage(nil, first)
	gut := gutters(cov, columnGap*first.h)
	if len(gut) == 0 {
		return nil
	}
	j := i + 1
	for ; j < len(lines); j++ {
		l, prev := lines[j], lines[j-1]
		if l.y0-prev.y1 > regionLead*max(l.h, prev.h) {
			break
		}
		nc := coverage(cov, l)
		ng := gutters(nc, gutterGap*l.h)
		if !keeps(gut, ng) {
			break
		}
		cov, gut = nc, ng
	}
	r := &region{lines: lines[i:j], gutters: gut}
	r.trim()
	switch {
	case len(r.lines) == 1 && widestGap(first) < loneGap*first.h:
		return nil
	case len(r.lines) > 1 && r.split() < 2:
		// a gap in one line only: a loose line, not columns
		return nil
	}
	return r
}

// widestGap is the widest space between two words of a line; 0 for a
// justified line whose spaces are all stretched alike (the last line of a
// page set flush at both margins), which is no sign of columns.
func widestGap(l *line) float64 {
	lo, hi := 0.0, 0.0
	for k := 1; k < len(l.words); k++ {
		g := l.words[k].X0 - l.words[k-1].X1
		if k == 1 || g < lo {
			lo = g
		}
		hi = max(hi, g)
	}
	if len(l.words) > 2 && hi-lo < evenSpaces {
		return 0
	}
	return hi
}

// evenSpaces: spaces that differ by less than this many points were
// stretched alike by justification.
const evenSpaces = 0.5

// coverage adds a line's words to the x intervals that words cover.
func coverage(cov []span, l *line) []span {
	out := slices.Clone(cov)
	for _, w := range l.words {
		out = append(out, span{w.X0, w.X1})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].x0 < out[j].x0 })
	merged := out[:0]
	for _, s := range out {
		if n := len(merged); n > 0 && s.x0 <= merged[n-1].x1 {
			merged[n-1].x1 = max(merged[n-1].x1, s.x1)
			continue
		}
		merged = append(merged, s)
	}
	return merged
}

// gutters are the gaps at least min wide between covered intervals.
func gutters(cov []span, min float64) []span {
	var out []span
	for k := 1; k < len(cov); k++ {
		if cov[k].x0-cov[k-1].x1 >= min {
			out = append(out, span{cov[k-1].x1, cov[k].x0})
		}
	}
	return out
}

// keeps reports whether every old gutter still has white space in ng.
func keeps(old, ng []span) bool {
	for _, g := range old {
		found := false
		for _, n := range ng {
			if n.x0 < g.x1 && n.x1 > g.x0 {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return len(ng) >= len(old)
}

// trim drops from the end of a region lines that stand in its first column
// only and further below it than its rows are apart: a line of text after
// a table, not a row of it.
func (r *region) trim() {
	pitch := 0.0
	var ds []float64
	for k := 1; k < len(r.lines); k++ {
		ds = append(ds, r.lines[k].base-r.lines[k-1].base)
	}
	if len(ds) > 0 {
		slices.Sort(ds)
		pitch = ds[len(ds)/2]
	}
	for len(r.lines) > 1 {
		l := r.lines[len(r.lines)-1]
		prev := r.lines[len(r.lines)-2]
		if l.x1 > r.gutters[0].x0 || l.base-prev.base <= 1.3*pitch {
			break
		}
		r.lines = r.lines[:len(r.lines)-1]
	}
}

// split counts the region's lines that have words on both sides of a
// gutter.
func (r *region) split() int {
	n := 0
	for _, l := range r.lines {
		cols := map[int]bool{}
		for _, w := range l.words {
			cols[r.column(w)] = true
		}
		if len(cols) > 1 {
			n++
		}
	}
	return n
}

// column is the 0-based column of a word.
func (r *region) column(w word) int {
	c := 0
	mid := (w.X0 + w.X1) / 2
	for _, g := range r.gutters {
		if mid > (g.x0+g.x1)/2 {
			c++
		}
	}
	return c
}

// emit writes the region column by column, each column's entries top to
// bottom, an entry wrapped over several lines joined into one line, and a
// blank line between columns.
func (r *region) emit(left, pageRight float64) []layout.Line {
	k := len(r.gutters) + 1
	cells := make([][]*line, k) // each column's pieces of lines
	for _, l := range r.lines {
		parts := make([][]word, k)
		for _, w := range l.words {
			c := r.column(w)
			parts[c] = append(parts[c], w)
		}
		for c, ws := range parts {
			if len(ws) == 0 {
				continue
			}
			cl := &line{words: ws, page: l.page}
			cl.measure()
			cells[c] = append(cells[c], cl)
		}
	}
	spaced, minPitch := r.spacing(cells)
	// how each line stands to the line above it in its column
	calls := make([][]call, k)
	for c, col := range cells {
		right, wraps := r.right(c, col, pageRight)
		calls[c] = make([]call, len(col))
		for n := 1; n < len(col); n++ {
			calls[c][n] = decide(col[n-1], col[n], spaced, minPitch, right, wraps)
		}
	}
	rows := r.rowStarts(cells, calls)
	var out []layout.Line
	for c, col := range cells {
		if len(col) == 0 {
			continue
		}
		if len(out) > 0 {
			out = append(out, layout.Line{Page: col[0].page})
		}
		width := 0.0
		for _, l := range col {
			width = max(width, l.x1-col[0].x0)
		}
		var entry []word
		var first *line
		flush := func() {
			if len(entry) > 0 {
				out = append(out, layout.Line{Text: lineText(entry), Page: first.page, Column: c + 1, Columns: k, Indent: round(first.x0 - left), Size: round(first.h), Kind: layout.Cell})
			}
			entry, first = nil, nil
		}
		for n, l := range col {
			if n > 0 {
				joined := calls[c][n] == join
				if calls[c][n] == unsure {
					if rows != nil {
						// a table: a line that starts no row goes on
						// with its cell
						joined = !rows.has(l.base, l.h)
					} else {
						// a short line is the wrapped end of a name
						joined = l.x1-l.x0 <= wrappedShare*width
					}
				}
				if !joined {
					flush()
				}
			}
			if first == nil {
				first = l
			}
			ws := slices.Clone(l.words)
			if len(entry) > 0 {
				ws[0].wrap = wrapSpace
				if strings.HasSuffix(entry[len(entry)-1].Text, "-") {
					// a word broken at its hyphen: join the halves
					ws[0].wrap = wrapHyphen
				}
			}
			entry = append(entry, ws...)
		}
		flush()
	}
	return out
}

// spacing tells whether the region sets its entries apart with more space
// than its lines (a list with space between names: more than a fifth of a
// line, less than a whole one), and its smallest distance between
// successive lines of a column.
func (r *region) spacing(cells [][]*line) (spaced bool, minPitch float64) {
	var ds []float64
	for _, col := range cells {
		for n := 1; n < len(col); n++ {
			ds = append(ds, col[n].base-col[n-1].base)
		}
	}
	if len(ds) == 0 {
		return false, 0
	}
	slices.Sort(ds)
	minPitch = ds[0]
	for _, d := range ds {
		// space between entries, less than a whole line; a gap of a
		// line or more is a row of a table whose other cells are taller
		if d > 1.2*minPitch && d < 1.85*minPitch {
			return true, minPitch
		}
	}
	return false, minPitch
}

// right is how far a column's text reaches, and whether its entries may
// have wrapped: a column whose widest line stops well short of the next
// column (or of the page's right margin) has room to spare, so none of its
// lines was broken for want of it.
func (r *region) right(c int, col []*line, pageRight float64) (x float64, wraps bool) {
	for _, l := range col {
		x = max(x, l.x1)
	}
	next := pageRight
	if c < len(r.gutters) {
		next = r.gutters[c].x1
	}
	return x, next-x <= slack*col[0].h
}

// slack: a column whose text stops more than this many h short of the
// next column's start has entries that never wrapped.
const slack = 2.5

// call is how a line of a column stands to the line above it.
type call int

const (
	unsure call = iota // b's first word would not have fitted after a: b may go on, or start a new entry
	join               // b goes on with a's entry
	apart              // b starts a new entry
)

// decide tells how line b stands to line a, the line above it in its
// column. b goes on when it starts in lower case or a ends on a word that
// cannot end a name ("of", "and", a comma, a hyphen); in a list that
// spaces its entries, when b follows at the distance of lines, not of
// entries. b starts a new entry when it stands further apart, when the
// column has room to spare (its lines never wrapped), or when b's first
// word would have fitted at the end of a. Otherwise geometry cannot tell:
// unsure.
func decide(a, b *line, spaced bool, minPitch, right float64, wraps bool) call {
	if b.base-a.base > 1.6*max(a.h, b.h) {
		return apart
	}
	if startsLower(b) || joinsOn(a) {
		return join
	}
	if spaced {
		if b.base-a.base <= 1.12*minPitch {
			return join
		}
		return apart
	}
	if !wraps {
		return apart
	}
	next := b.words[0].X1 - b.words[0].X0
	space := 0.25 * a.h
	if a.x1+space+next <= right+0.3*a.h {
		return apart
	}
	return unsure
}

// baselines is a set of line bases.
type baselines []float64

func (bs baselines) has(y, h float64) bool {
	for _, b := range bs {
		if abs(b-y) < 0.3*h {
			return true
		}
	}
	return false
}

// rowStarts finds the rows of a table: in a table every cell of a row
// starts on the row's first line, so a line on which two columns surely
// start an entry (or one column does after a gap of a line, beside a
// taller cell) is a row's first line for all columns. It returns nil when
// the region is no such table: fewer than two rows found beyond the
// first, or a line that surely goes on with the entry above it stands on
// a row's first line (columns of a list that flows from column to
// column).
func (r *region) rowStarts(cells [][]*line, calls [][]call) baselines {
	if len(cells) < 2 {
		return nil
	}
	type row struct {
		base, h float64
		votes   int
	}
	var rows []*row
	vote := func(l *line, n int) {
		for _, rw := range rows {
			if abs(rw.base-l.base) < 0.3*l.h {
				rw.votes += n
				return
			}
		}
		rows = append(rows, &row{l.base, l.h, n})
	}
	for c, col := range cells {
		for n, l := range col {
			switch {
			case n == 0:
				vote(l, 2)
			case calls[c][n] == apart && l.base-col[n-1].base > 1.85*l.h:
				// a gap of a line in one column beside a taller cell
				vote(l, 2)
			case calls[c][n] == apart:
				vote(l, 1)
			}
		}
	}
	var bs baselines
	for _, rw := range rows {
		if rw.votes >= 2 {
			bs = append(bs, rw.base)
		}
	}
	if len(bs) < 3 {
		return nil
	}
	for c, col := range cells {
		for n, l := range col {
			if n > 0 && calls[c][n] == join && bs.has(l.base, l.h) {
				return nil
			}
		}
	}
	return bs
}

// wrappedShare: a line of a list without space between its entries is
// taken for the wrapped end of the name above it only when it fills at
// most this share of its column.
const wrappedShare = 0.5

// joinsOn reports whether a line ends with a word that cannot end an
// entry: a conjunction, a preposition, an article, a comma or a hyphen.
func joinsOn(l *line) bool {
	t := l.words[len(l.words)-1].Text
	if strings.HasSuffix(t, ",") || strings.HasSuffix(t, "-") || strings.HasSuffix(t, "&") {
		return true
	}
	switch strings.ToLower(t) {
	case "of", "and", "for", "the", "in", "on", "de", "du", "des", "la", "le", "et", "und", "für", "der", "die", "das", "y", "e", "del", "di", "van", "von", "to", "at", "a", "an", "&":
		return true
	}
	return false
}

func round(x float64) float64 { return float64(int(x*10+0.5)) / 10 }

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// pageList names pages: "page 3", "pages 2–3", "pages 1, 3 and 5".
func pageList(ps []int) string {
	ps = slices.Compact(slices.Sorted(slices.Values(ps)))
	if len(ps) == 1 {
		return fmt.Sprintf("page %d", ps[0])
	}
	run := true
	for k := 1; k < len(ps); k++ {
		run = run && ps[k] == ps[k-1]+1
	}
	if run {
		return fmt.Sprintf("pages %d–%d", ps[0], ps[len(ps)-1])
	}
	s := make([]string, len(ps))
	for k, p := range ps {
		s[k] = fmt.Sprint(p)
	}
	return "pages " + strings.Join(s[:len(s)-1], ", ") + " and " + s[len(s)-1]
}
