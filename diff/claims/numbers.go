package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file finds the figures an item states: digits with an optional
// unit ("40%", "12 percent", "90 days"), number words with a unit ("two
// years", "ninety days") and dates ("June 1"). It is the regular
// expression
//
//	\b\d[\d,.]*(?:\s?(?:percent|per cent|%|days?|weeks?|months?|years?|billion|million))?
//	|(?i:\b(?:one|two|…|ninety|hundred)\s+(?:days?|weeks?|months?|years?|percent|per cent))
//	|\b(?:January|…|December)\s+\d{1,2}\b
//
// (numberPattern in numbers_test.go, which holds the two to the same
// answers) written out: the expression was tried at every position of
// every item, and most items of a technical letter hold a digit.

// Units after digits and after number words, in the order the expression
// tries them ("days?" tries "days", then "day").
var (
	digitUnits = []string{"percent", "per cent", "%", "days", "day", "weeks", "week", "months", "month", "years", "year", "billion", "million"}
	wordUnits  = []string{"days", "day", "weeks", "week", "months", "month", "years", "year", "percent", "per cent"}
	unitWords  = []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		"fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "ninety", "hundred"}
	months = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

// numbers returns the figures of text, left to right.
func numbers(text string) []string {
	if !strings.ContainsAny(text, "0123456789") && !mentionsUnit(text) {
		return nil // a figure needs a digit or a unit: most sentences have neither
	}
	return figures(text)
}

// figures returns the figures of text, left to right, as
// FindAllString(text, -1) of the expression does.
func figures(text string) []string {
	var out []string
	for i := 0; i < len(text); {
		if mayStartFigure(text[i]) {
			if end := figureAt(text, i); end > i {
				out = append(out, text[i:end])
				i = end
				continue
			}
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
	return out
}

// mayStartFigure reports whether a figure may start at a byte: a digit, a
// letter, or the first byte of a rune outside ASCII (which may fold to a
// letter of a number word: "ſ" is "s").
func mayStartFigure(c byte) bool {
	return isASCIIDigit(c) || 'a' <= c|0x20 && c|0x20 <= 'z' || c >= utf8.RuneSelf
}

// mentionsUnit reports whether text holds, in any case, one of the units
// numbers finds after a number word.
func mentionsUnit(text string) bool {
	low := strings.ToLower(text)
	for _, u := range []string{"day", "week", "month", "year", "per"} {
		if strings.Contains(low, u) {
			return true
		}
	}
	return false
}

// figureAt returns the end of the figure that starts at byte i of text,
// or -1.
func figureAt(text string, i int) int {
	if !wordBoundary(text, i) {
		return -1
	}
	if isASCIIDigit(text[i]) {
		// digits, then a unit, after one white space or none
		j := i + 1
		for j < len(text) && (isASCIIDigit(text[j]) || text[j] == ',' || text[j] == '.') {
			j++
		}
		if j < len(text) && isSpaceByte(text[j]) {
			if end := literalAt(text, j+1, digitUnits, false); end >= 0 {
				return end
			}
		}
		if end := literalAt(text, j, digitUnits, false); end >= 0 {
			return end
		}
		return j
	}
	for _, w := range unitWords {
		// a number word, in any case, white space and a unit
		if j := foldedAt(text, i, w); j >= 0 && j < len(text) && isSpaceByte(text[j]) {
			if end := literalAt(text, skipSpace(text, j), wordUnits, true); end >= 0 {
				return end
			}
		}
	}
	if j := literalAt(text, i, months, false); j >= 0 && j < len(text) && isSpaceByte(text[j]) {
		// a month, white space and a day of one or two digits
		k := skipSpace(text, j)
		d := k
		for d < len(text) && isASCIIDigit(text[d]) {
			d++
		}
		if d-k >= 1 && d-k <= 2 && wordBoundary(text, d) {
			return d
		}
	}
	return -1
}

// literalAt returns the end of the first of the literals that text holds
// at byte i, or -1; fold matches as the expression's (?i) does (see
// foldedAt).
func literalAt(text string, i int, literals []string, fold bool) int {
	for _, lit := range literals {
		switch {
		case fold:
			if j := foldedAt(text, i, lit); j >= 0 {
				return j
			}
		case strings.HasPrefix(text[i:], lit):
			return i + len(lit)
		}
	}
	return -1
}

// foldedAt returns the end of the literal when text holds it at byte i
// under Unicode simple case folding, as the expression's (?i) reads it
// ("K" and the Kelvin sign are "k"), or -1.
func foldedAt(text string, i int, lit string) int {
	for _, c := range lit {
		if i >= len(text) {
			return -1
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !foldsTo(r, c) {
			return -1
		}
		i += size
	}
	return i
}

// foldsTo reports whether r is c under Unicode simple case folding.
func foldsTo(r, c rune) bool {
	if r < utf8.RuneSelf && c < utf8.RuneSelf {
		// in ASCII a letter folds only to its other case
		return r == c || r|0x20 == c|0x20 && 'a' <= c|0x20 && c|0x20 <= 'z'
	}
	for f := c; ; {
		if f == r {
			return true
		}
		if f = unicode.SimpleFold(f); f == c {
			return false
		}
	}
}

// wordBoundary reports whether byte i of text stands at a word boundary
// as the expression's \b reads one: an ASCII word character on one side
// and none (or the text's end) on the other.
func wordBoundary(text string, i int) bool {
	before, after := rune(-1), rune(-1)
	switch {
	case i > 0 && text[i-1] < utf8.RuneSelf:
		before = rune(text[i-1])
	case i > 0:
		before, _ = utf8.DecodeLastRuneInString(text[:i])
	}
	if i < len(text) {
		after, _ = utf8.DecodeRuneInString(text[i:])
	}
	return isWordByte(before) != isWordByte(after)
}

// isWordByte reports whether r is an ASCII word character, [0-9A-Za-z_].
func isWordByte(r rune) bool {
	return '0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r == '_'
}

func isASCIIDigit(c byte) bool { return '0' <= c && c <= '9' }

// isSpaceByte reports whether c is white space as the expression's \s
// reads it: [\t\n\f\r ].
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// skipSpace returns the first byte at or after i that is not white space.
func skipSpace(text string, i int) int {
	for i < len(text) && isSpaceByte(text[i]) {
		i++
	}
	return i
}
