package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind tells words from punctuation and footnote markers.
type tokKind uint8

const (
	tokWord tokKind = iota
	tokPunct
	tokMarker
)

// tok is a token of a sentence, with offsets into its passage's text.
type tok struct {
	text       string
	low        string // lower case, curly apostrophes straightened
	stem       string // Porter2 stem of low (words only)
	start, end int
	kind       tokKind
	fp         bool // the writers ("we", "our", "the undersigned") are named before this token
}

func (t tok) is(words ...string) bool {
	for _, w := range words {
		if t.low == w {
			return true
		}
	}
	return false
}

// tokenize splits text[start:end] into tokens, stemming words through
// stems (which may be nil). Offsets inside a marker span (a linked
// footnote marker) make marker tokens.
func tokenize(text string, start, end int, markers [][2]int, stems *stemMemo) []tok {
	inMarker := func(i int) bool {
		for _, m := range markers {
			if i >= m[0] && i < m[1] {
				return true
			}
		}
		return false
	}
	var out []tok
	i := start
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
			continue
		case isSuperscript(r) || inMarker(i) && (unicode.IsDigit(r) || r == '[' || r == ']'):
			j := i + size
			for j < end {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if !(isSuperscript(r2) || inMarker(j) && (unicode.IsDigit(r2) || r2 == ']')) {
					break
				}
				j += s2
			}
			out = append(out, tok{text: text[i:j], low: text[i:j], start: i, end: j, kind: tokMarker})
			i = j
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + size
			for j < end {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					j += s2
					continue
				}
				if (r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.' || r2 == '&') && j+s2 < end && !inMarker(j+s2) {
					if n, _ := utf8.DecodeRuneInString(text[j+s2:]); unicode.IsLetter(n) || unicode.IsDigit(n) {
						j += s2
						continue
					}
				}
				break
			}
			w := text[i:j]
			low := strings.ReplaceAll(strings.ToLower(w), "’", "'")
			st := stems.stem(strings.TrimSuffix(low, "'s"))
			out = append(out, tok{text: w, low: low, stem: st, start: i, end: j, kind: tokWord})
			i = j
			continue
		}
		out = append(out, tok{text: text[i : i+size], low: text[i : i+size], start: i, end: i + size, kind: tokPunct})
		i += size
	}
	return out
}

// markWriters sets fp on each token after the first word that names the
// writers (the lexicon's writers section), so that firstPersonBefore is one
// lookup.
func markWriters(t []tok, lex *Lexicon) {
	seen := false
	for i := range t {
		t[i].fp = seen
		if t[i].kind == tokWord && lex.has("writers", t[i]) {
			seen = true
		}
	}
}

func isSuperscript(r rune) bool {
	return strings.ContainsRune("¹²³⁴⁵⁶⁷⁸⁹⁰", r)
}

func isDash(t tok) bool {
	return t.kind == tokPunct && (t.text == "—" || t.text == "–" || t.text == "―")
}

func isOpenQuote(t tok) bool  { return t.kind == tokPunct && strings.Contains(`"“‘`, t.text) }
func isCloseQuote(t tok) bool { return t.kind == tokPunct && strings.Contains(`"”’`, t.text) }
