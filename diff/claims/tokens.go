package claims

import (
	"iter"
	"slices"
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
	own        bool // the word names the letter's own signatories, or ends their name ("WWU", "the Widget Workers Union")
	// secs are the lexicon's sections in which the token is a one-word
	// phrase, starts those in which a phrase may start at it (see
	// Lexicon.wordSections)
	secs, starts uint64
}

// vocab interns the words of the texts one call reads: each distinct word
// is lowered, stemmed and looked up in the lexicon once, and its tokens
// share the strings. A vocab is for one goroutine.
type vocab struct {
	lex   *Lexicon
	words map[string]word
}

// word is what a vocab knows of a word: its tok fields.
type word struct {
	low, stem    string
	secs, starts uint64
}

func newVocab(lex *Lexicon) *vocab {
	return &vocab{lex: lex, words: map[string]word{}}
}

// word returns the lower-case form, the stem and the sections of a word
// as written.
func (v *vocab) word(w string) word {
	if wd, ok := v.words[w]; ok {
		return wd
	}
	low := strings.ReplaceAll(strings.ToLower(w), "’", "'")
	wd := word{low: low, stem: v.lex.stems.stem(strings.TrimSuffix(low, "'s"))}
	wd.secs, wd.starts = v.lex.wordSections(wd.low, wd.stem)
	v.words[w] = wd
	return wd
}

// other returns the token of punctuation or a marker: its text is its
// lower-case form, and it has no stem.
func (v *vocab) other(text string, start, end int, kind tokKind) tok {
	t := tok{text: text, low: text, start: start, end: end, kind: kind}
	t.secs, t.starts = v.lex.wordSections(text, "")
	return t
}

func (t tok) is(words ...string) bool {
	for _, w := range words {
		if t.low == w {
			return true
		}
	}
	return false
}

// tokenize splits text[start:end] into tokens. Offsets inside a marker
// span (a linked footnote marker) make marker tokens.
func (v *vocab) tokenize(text string, start, end int, markers [][2]int) []tok {
	// about one token in five bytes of English prose
	return slices.AppendSeq(make([]tok, 0, (end-start)/5+1), v.tokens(text, start, end, markers))
}

// tokens yields the tokens of text[start:end] one by one, as tokenize
// returns them, for readers that need no slice of them.
func (v *vocab) tokens(text string, start, end int, markers [][2]int) iter.Seq[tok] {
	inMarker := func(i int) bool {
		for _, m := range markers {
			if i >= m[0] && i < m[1] {
				return true
			}
		}
		return false
	}
	return func(yield func(tok) bool) {
		i := start
		for i < end {
			r, size := utf8.DecodeRuneInString(text[i:])
			var t tok
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
				t = v.other(text[i:j], i, j, tokMarker)
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				j := i + size
				for j < end {
					r2, s2 := utf8.DecodeRuneInString(text[j:])
					if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
						j += s2
						continue
					}
					if isWordJoiner(r2) && j+s2 < end && !inMarker(j+s2) {
						if n, _ := utf8.DecodeRuneInString(text[j+s2:]); unicode.IsLetter(n) || unicode.IsDigit(n) {
							j += s2
							continue
						}
					}
					break
				}
				wd := v.word(text[i:j])
				t = tok{text: text[i:j], low: wd.low, stem: wd.stem, start: i, end: j, kind: tokWord, secs: wd.secs, starts: wd.starts}
			default:
				t = v.other(text[i:i+size], i, i+size, tokPunct)
			}
			if !yield(t) {
				return
			}
			i = t.end
		}
	}
}

// markWriters sets fp on each token after the first word that names the
// writers (the lexicon's writers section), so that firstPersonBefore is one
// lookup, and own on each word that names the letter's signatories or
// ends their name.
func markWriters(t []tok, lex *Lexicon, own ownNames) {
	seen := false
	for i := range t {
		t[i].fp = seen
		t[i].own = t[i].kind == tokWord && (own.words[t[i].low] && isUpperStart(t[i].text) || own.endsName(t, i))
		if t[i].kind == tokWord && lex.has(secWriters, t[i]) {
			seen = true
		}
	}
}

func isSuperscript(r rune) bool {
	return r >= '²' && strings.ContainsRune("¹²³⁴⁵⁶⁷⁸⁹⁰", r) // '²' is the least of them
}

// isWordJoiner reports whether r joins the letters or digits on each
// side of it into one word: an apostrophe ("don't"), a hyphen or an en
// dash ("trade-restrictive", "Asia–Pacific", "2015–2017": an en dash
// with no space around it joins, spaced it sets a clause apart), a full
// stop ("U.S."), an ampersand ("AT&T").
func isWordJoiner(r rune) bool { return strings.ContainsRune("'’-–.&", r) }

func isDash(t tok) bool {
	return t.kind == tokPunct && (t.text == "—" || t.text == "–" || t.text == "―")
}

func isOpenQuote(t tok) bool  { return t.kind == tokPunct && strings.Contains(`"“‘`, t.text) }
func isCloseQuote(t tok) bool { return t.kind == tokPunct && strings.Contains(`"”’`, t.text) }
