// Package sentence splits a paragraph into sentences.
//
// The base segmentation is Unicode UAX #29 sentence boundaries, from
// github.com/clipperhouse/uax29 (well kept, conformance-tested against the
// Unicode test suite, no dependencies). UAX #29 knows no abbreviations: it
// breaks after "U.S." in "the U.S. Widget Board" and after "No." in "No. 41". Two
// documented repairs follow it:
//
//   - A break is undone when the text before it ends with an abbreviation
//     from the abbreviations list ("No.", "Inc.", "e.g.", "Art.", ...), a run of
//     single-letter initials ("U.S.", "J."), or when the text after it starts
//     with a lower-case letter, a digit or closing punctuation.
//   - Footnote markers (superscript digits) and closing quotes that UAX #29
//     leaves at the start of the next sentence are moved back to the end of
//     the sentence they belong to.
//   - A footnote marker in brackets or in plain digits right after a
//     sentence's final stop ("restricted.[1] The", "expire.1 We"), where
//     UAX #29 sees no break, ends the sentence; plain digits count only
//     after a word in lower case, not after a number ("rose 2.5 Then").
//
// Newlines inside a paragraph are read as spaces: a hard-wrapped paragraph
// is one run of text, not a series of breaks.
package sentence

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/sentences"
)

// Span is a half-open byte range [Start, End) of the paragraph text.
type Span struct{ Start, End int }

// abbreviations are words that end with a period without ending a sentence.
// Single letters and dotted initialisms ("U.S.", "p.m.") are recognised by
// shape and need not be listed. Compared case-sensitively, without the
// final period.
var abbreviations = map[string]bool{
	"No": true, "Nos": true, "no": true, "Art": true, "Arts": true, "Sec": true, "Secs": true,
	"Para": true, "para": true, "Ch": true, "Chap": true, "Vol": true, "vol": true, "pp": true, "p": true,
	"Inc": true, "Ltd": true, "Co": true, "Corp": true, "Bros": true, "Pty": true, "Plc": true, "Cie": true,
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "Hon": true, "Rep": true, "Sen": true,
	"Gov": true, "Gen": true, "Col": true, "Capt": true, "Lt": true, "Sgt": true, "Rev": true, "Fr": true,
	"St": true, "Ste": true, "Mt": true, "Ave": true, "Blvd": true, "Rd": true, "Dept": true, "Univ": true,
	"Assn": true, "Assoc": true, "Jr": true, "Sr": true, "Esq": true, "Amb": true, "Min": true,
	"etc": true, "vs": true, "cf": true, "al": true, "approx": true, "est": true, "viz": true,
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true,
	"Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true, "Fig": true, "Eq": true,
}

// Split returns the sentences of text as spans, in order. The spans cover
// the text without gaps, except white space at the start and end of each
// sentence, which is trimmed. A text with no sentence-ending punctuation is
// one sentence.
func Split(text string) []Span {
	if strings.TrimSpace(text) == "" {
		return nil
	}
	flat := flatten(text)
	var cuts []int // end offsets of raw UAX #29 segments
	it := sentences.FromString(flat)
	for it.Next() {
		cuts = append(cuts, it.End())
	}
	cuts = moveLeadingMarkers(flat, addBracketMarkerCuts(flat, cuts))
	var out []Span
	start := 0
	for i, end := range cuts {
		last := i == len(cuts)-1
		if !last && !isBreak(flat[start:end], flat[end:]) {
			continue
		}
		if sp, ok := trim(flat, start, end); ok {
			out = append(out, sp)
		}
		start = end
	}
	return out
}

// flatten replaces line and paragraph separators with spaces of the same
// byte length, so that offsets into the result are offsets into text.
func flatten(text string) string {
	b := []byte(text)
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		switch r {
		case '\n', '\r', '\f', '\v', 0x85, 0x2028, 0x2029:
			for k := 0; k < size; k++ {
				b[i+k] = ' '
			}
		}
		i += size
	}
	return string(b)
}

// isBreak reports whether a UAX #29 break between before and after is kept.
func isBreak(before, after string) bool {
	b := strings.TrimRightFunc(before, unicode.IsSpace)
	if b == "" {
		return false
	}
	a := strings.TrimLeftFunc(after, unicode.IsSpace)
	if a == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(a)
	if unicode.IsLower(r) || unicode.IsDigit(r) || strings.ContainsRune(",;:)]}%", r) {
		return false
	}
	if listMarkerRe.MatchString(b) || inlineMarkerRe.MatchString(b) {
		return false // "1." or "(a)" opening a list item, also inside a sentence ("…; ii. That …")
	}
	if !strings.HasSuffix(b, ".") {
		return true
	}
	word := lastWord(strings.TrimSuffix(b, "."))
	if abbreviations[word] {
		return false
	}
	return !isInitials(word)
}

// listMarkerRe matches a text that is only a list marker: "1.", "(a)", "iv.".
var listMarkerRe = regexp.MustCompile(`^\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)]$`)

// inlineMarkerRe matches a text that ends with the marker of an item of
// a list run into a sentence: "… demands: i." or "…; (b)".
var inlineMarkerRe = regexp.MustCompile(`[;:]\s+\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]$`)

// IsAbbreviation reports whether word, without its final period, is an
// abbreviation that does not end a sentence: one of the list ("No",
// "Inc", "Dr") or initials ("U.S", "J").
func IsAbbreviation(word string) bool { return abbreviations[word] || isInitials(word) }

// lastWord returns the run of letters and periods at the end of s.
func lastWord(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return !(unicode.IsLetter(r) || r == '.') })
	return s[i+1:]
}

// isInitials reports whether w (without its final period) is a single
// letter or a dotted initialism such as "U.S" or "p.m".
func isInitials(w string) bool {
	if w == "" {
		return false
	}
	for _, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(part)
		if !unicode.IsLetter(r) {
			return false
		}
	}
	// A lone capital "I." or "A." at the end of a sentence is rarer than an
	// initial in a name; both are accepted as initials.
	return true
}

// moveLeadingMarkers moves each cut past footnote markers and closing quotes
// that UAX #29 put at the start of the next segment.
func moveLeadingMarkers(text string, cuts []int) []int {
	for i, c := range cuts {
		j := c
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if !isSuperscriptDigit(r) && !strings.ContainsRune("\"'”’»)]", r) {
				break
			}
			j += size
		}
		if j > c && (i+1 >= len(cuts) || j <= cuts[i+1]) {
			cuts[i] = j
		}
	}
	return cuts
}

// bracketMarker matches a sentence end followed by a footnote marker, in
// brackets ("restricted.[1] ") or in plain digits after a word in lower
// case ("expire.1 "), before a capital letter: UAX #29 does not break
// there.
var bracketMarker = regexp.MustCompile(`(?:[.!?]["”’)]*\[\d{1,3}\]|\p{Ll}[.!?]["”’)]*\d{1,2})\s+\p{Lu}`)

// addBracketMarkerCuts adds a cut after each footnote marker that follows
// a sentence end.
func addBracketMarkerCuts(text string, cuts []int) []int {
	locs := bracketMarker.FindAllStringIndex(text, -1)
	if len(locs) == 0 {
		return cuts
	}
	for _, loc := range locs {
		_, size := utf8.DecodeLastRuneInString(text[:loc[1]])
		end := loc[1] - size // before the capital letter
		for end > loc[0] && text[end-1] == ' ' {
			end--
		}
		cuts = append(cuts, end)
	}
	sort.Ints(cuts)
	out := cuts[:0]
	for _, c := range cuts {
		if len(out) == 0 || out[len(out)-1] != c {
			out = append(out, c)
		}
	}
	return out
}

func isSuperscriptDigit(r rune) bool {
	switch r {
	case '¹', '²', '³', '⁰', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹':
		return true
	}
	return false
}

func trim(text string, start, end int) (Span, bool) {
	for start < end {
		r, size := utf8.DecodeRuneInString(text[start:])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return Span{start, end}, end > start
}
