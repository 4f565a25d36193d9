// Package terms turns text into weighted content terms and measures how
// alike two texts are, for the aligner and the claim linker.
//
// A term is the Porter2 (Snowball English) stem of a content word, cut to
// seven letters so that derivations conflate (discriminate, discriminatory
// and nondiscriminatory all give "discrim"; transparent and transparency
// give "transpa"). Stop words, numbers and one-letter words are not terms.
// Hyphenated words give one term per part ("cross-border" gives "cross" and
// "border"); a "non" prefix is dropped. An optional concept table maps the
// stems of synonyms to one term ("postpone" and "delay"), so that reworded
// text still matches.
//
// Similarity combines the cosine of TF-IDF vectors (weighting terms by
// rarity in the documents compared) with the Dice coefficient of shared
// word bigrams (rewarding shared phrases over shared words). Vectors are
// slices sorted by term ID, so that sums run in a fixed order and results
// are the same on every run.
package terms

import (
	"cmp"
	"iter"
	"math"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
)

// stemLength is the length stems are cut to. Porter2 leaves derivational
// pairs apart (discrimin/discriminatori, transpar/transpar); seven letters
// joins them while keeping unrelated words apart in practice.
const stemLength = 7

// Token is a word of a text, with its byte offsets.
type Token struct {
	Text       string
	Start, End int
}

// Words returns the words of text: runs of letters and digits, with inner
// apostrophes, hyphens and periods ("Eastland's", "cross-border", "U.S.").
func Words(text string) []Token {
	var out []Token
	for t := range WordSeq(text) {
		out = append(out, t)
	}
	return out
}

// WordSeq yields the words of text, as Words returns them, without
// gathering them in a slice.
func WordSeq(text string) iter.Seq[Token] {
	return func(yield func(Token) bool) {
		i := 0
		for i < len(text) {
			r, size := utf8.DecodeRuneInString(text[i:])
			if !isWordRune(r) {
				i += size
				continue
			}
			j := wordEnd(text, i+size)
			if !yield(Token{text[i:j], i, j}) {
				return
			}
			i = j
		}
	}
}

// wordEnd returns the end of the word that runs on at j.
func wordEnd(text string, j int) int {
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if isWordRune(r) {
			j += size
			continue
		}
		if (r == '\'' || r == '’' || r == '-' || r == '.') && j+size < len(text) {
			if n, _ := utf8.DecodeRuneInString(text[j+size:]); isWordRune(n) {
				j += size
				continue
			}
		}
		break
	}
	return j
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// Analyzer turns text into terms. It remembers the terms of the words it
// has seen (up to maxCached words), and is safe for use by any number of
// goroutines at once, so that one Analyzer can serve every comparison of
// a run. Its Concepts must not change once it is in use.
type Analyzer struct {
	// Concepts maps a term (a cut stem) to the term that stands for its
	// concept. Nil for none.
	Concepts map[string]string

	cache  sync.Map // word → term
	cached atomic.Int64
}

// maxCached bounds the words an Analyzer remembers: far more than the
// vocabulary of a batch of letters, far less than the memory of one large
// input.
const maxCached = 1 << 17

// Term returns the term of one word, or "" when the word is not a content
// word.
func (a *Analyzer) Term(word string) string {
	if t, ok := a.cache.Load(word); ok {
		return t.(string)
	}
	t := a.term(word)
	if a.cached.Load() < maxCached {
		// copies: word and its term may share the memory of a whole text
		if _, loaded := a.cache.LoadOrStore(strings.Clone(word), strings.Clone(t)); !loaded {
			a.cached.Add(1)
		}
	}
	return t
}

func (a *Analyzer) term(word string) string {
	if isAcronym(word) {
		// GCA, WTA, U.S: kept whole, not stemmed
		return strings.ToLower(strings.ReplaceAll(word, ".", ""))
	}
	w := strings.ToLower(word)
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	w = strings.ReplaceAll(w, "’", "'")
	if utf8.RuneCountInString(w) < 2 || english.IsStopWord(w) || extraStop[w] {
		return ""
	}
	if strings.HasPrefix(w, "non") && utf8.RuneCountInString(w) >= 9 && !extraStop[w] {
		w = w[3:]
	}
	allDigits := true
	for _, r := range w {
		if !unicode.IsDigit(r) && r != '.' {
			allDigits = false
			break
		}
	}
	if allDigits {
		return ""
	}
	s := cutRunes(english.Stem(w, false), stemLength)
	if c, ok := a.Concepts[s]; ok {
		return c
	}
	return s
}

// cutRunes returns the first n runes of s.
func cutRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// isAcronym reports whether w is written in capitals, with or without
// periods: "GCA", "U.S", "WTA".
func isAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.' || unicode.IsDigit(r):
		default:
			return false
		}
	}
	return letters >= 2
}

// extraStop are function words and letter boilerplate that the Snowball
// stop list lacks.
var extraStop = map[string]bool{
	"also": true, "would": true, "could": true, "may": true, "might": true, "must": true, "shall": true,
	"should": true, "will": true, "can": true, "us": true, "per": true, "via": true, "upon": true,
	"within": true, "without": true, "among": true, "well": true, "including": true, "non": true,
	"nonetheless": true, "none": true, "nonsense": true, "thereby": true, "therefore": true,
	"however": true, "yet": true, "still": true, "even": true, "just": true, "e.g": true, "i.e": true,
	"etc": true, "one": true, "two": true, "many": true, "much": true, "us.": true,
}

// Terms returns the content terms of text in order, one per content word
// or hyphen part. A word made with a bound prefix ("antitrust",
// "counterterrorism") gives the prefix and its stem as two terms, as the
// hyphenated spelling would.
func (a *Analyzer) Terms(text string) []string {
	var out []string
	for t := range WordSeq(text) {
		// each hyphen part ("cross-border": "cross", "border")
		for left := t.Text; left != ""; {
			part := left
			if i := strings.IndexByte(left, '-'); i >= 0 {
				part, left = left[:i], left[i+1:]
			} else {
				left = ""
			}
			if part == "" {
				continue
			}
			head, rest := splitPrefix(part)
			if term := a.Term(head); term != "" {
				out = append(out, term)
			}
			if rest != "" {
				if term := a.Term(rest); term != "" {
					out = append(out, term)
				}
			}
		}
	}
	return out
}

// boundPrefixes are prefixes that English writes joined to a word and that
// leave the word's meaning in its stem.
var boundPrefixes = []string{"counter", "anti", "multi", "micro", "macro"}

// splitPrefix returns a word made with a bound prefix as the prefix and
// the rest, and any other word as itself and "".
func splitPrefix(w string) (string, string) {
	low := w
	if !isASCII(w) {
		// lowering may change the length of a word outside ASCII ("İ" is
		// two bytes, "i" one): measure on the lowered word, as always
		low = strings.ToLower(w)
	}
	for _, p := range boundPrefixes {
		if hasPrefixFold(low, p) && len(low)-len(p) >= 4 {
			return w[:len(p)], w[len(p):]
		}
	}
	return w, ""
}

// hasPrefixFold reports whether s, lowered in ASCII, starts with the
// lower-case ASCII prefix: strings.HasPrefix(strings.ToLower(s), prefix)
// without allocating, for an ASCII or already lowered s.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Corpus holds the document frequencies of terms over a set of units (the
// paragraphs or sentences of the documents compared) and interns terms as
// integer IDs.
type Corpus struct {
	ids   map[string]int
	names []string
	df    []int
	units int
	// seen marks, by term ID, the last unit (counted from 1) that held
	// the term, so that Add counts each term once per unit.
	seen []int
}

// NewCorpus returns an empty corpus.
func NewCorpus() *Corpus { return &Corpus{ids: map[string]int{}} }

// Add counts the terms of one unit.
func (c *Corpus) Add(terms []string) {
	c.units++
	for _, t := range terms {
		id := c.id(t)
		if c.seen[id] != c.units {
			c.seen[id] = c.units
			c.df[id]++
		}
	}
}

// AddIDs counts the terms of one unit given as IDs (from IDs).
func (c *Corpus) AddIDs(ids []int) {
	c.units++
	for _, id := range ids {
		if c.seen[id] != c.units {
			c.seen[id] = c.units
			c.df[id]++
		}
	}
}

// IDs interns terms and returns their IDs, in order.
func (c *Corpus) IDs(terms []string) []int {
	out := make([]int, len(terms))
	for k, t := range terms {
		out[k] = c.id(t)
	}
	return out
}

// Len returns how many distinct terms the corpus holds: IDs run from 0 to
// Len()-1.
func (c *Corpus) Len() int { return len(c.names) }

func (c *Corpus) id(t string) int {
	if id, ok := c.ids[t]; ok {
		return id
	}
	id := len(c.names)
	c.ids[t] = id
	c.names = append(c.names, t)
	c.df = append(c.df, 0)
	c.seen = append(c.seen, 0)
	return id
}

// Name returns the term of an ID.
func (c *Corpus) Name(id int) string { return c.names[id] }

// Units returns how many units were added.
func (c *Corpus) Units() int { return c.units }

// DF returns the number of units a term occurs in.
func (c *Corpus) DF(id int) int { return c.df[id] }

// IDF returns the inverse document frequency of a term: smoothed, so that
// a term in every unit still weighs a little.
func (c *Corpus) IDF(id int) float64 {
	return math.Log(float64(c.units+1)/float64(c.df[id]+1)) + 1
}

// Entry is one weighted term of a vector.
type Entry struct {
	ID int
	W  float64
}

// Vec is a sparse vector sorted by term ID.
type Vec []Entry

// Vector returns the L2-normalised TF-IDF vector of terms, with sublinear
// term frequency (1 + ln tf). Terms unknown to the corpus are added to it.
func (c *Corpus) Vector(terms []string) Vec {
	return c.VectorIDs(c.IDs(terms))
}

// VectorIDs is Vector for terms given as IDs (from IDs).
func (c *Corpus) VectorIDs(ids []int) Vec {
	sorted := slices.Clone(ids)
	slices.Sort(sorted)
	v := make(Vec, 0, len(sorted))
	for k := 0; k < len(sorted); {
		n := 1
		for k+n < len(sorted) && sorted[k+n] == sorted[k] {
			n++
		}
		id := sorted[k]
		v = append(v, Entry{id, (1 + math.Log(float64(n))) * c.IDF(id)})
		k += n
	}
	return v.normalized()
}

func (v Vec) normalized() Vec {
	var sum float64
	for _, e := range v {
		sum += e.W * e.W
	}
	if sum == 0 {
		return v
	}
	n := math.Sqrt(sum)
	for i := range v {
		v[i].W /= n
	}
	return v
}

// Add returns the normalised sum of two vectors: the vector of two units
// read as one.
func Add(a, b Vec) Vec {
	out := make(Vec, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j >= len(b) || i < len(a) && a[i].ID < b[j].ID:
			out = append(out, a[i])
			i++
		case i >= len(a) || b[j].ID < a[i].ID:
			out = append(out, b[j])
			j++
		default:
			out = append(out, Entry{a[i].ID, a[i].W + b[j].W})
			i++
			j++
		}
	}
	return out.normalized()
}

// Cosine returns the cosine of two normalised vectors.
func Cosine(a, b Vec) float64 {
	var dot float64
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].ID < b[j].ID:
			i++
		case a[i].ID > b[j].ID:
			j++
		default:
			dot += a[i].W * b[j].W
			i++
			j++
		}
	}
	return min(dot, 1)
}

// Shared returns the IDs of the terms both vectors hold, heaviest (by the
// smaller of the two weights) first.
func Shared(a, b Vec) []int {
	type sh struct {
		id int
		w  float64
	}
	var out []sh
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].ID < b[j].ID:
			i++
		case a[i].ID > b[j].ID:
			j++
		default:
			out = append(out, sh{a[i].ID, min(a[i].W, b[j].W)})
			i++
			j++
		}
	}
	slices.SortFunc(out, func(x, y sh) int {
		if c := cmp.Compare(y.w, x.w); c != 0 {
			return c
		}
		return cmp.Compare(x.id, y.id)
	})
	ids := make([]int, len(out))
	for k, s := range out {
		ids[k] = s.id
	}
	return ids
}

// Bigrams returns the set of consecutive term pairs of terms, as sorted,
// de-duplicated hashes.
func Bigrams(terms []string) []uint64 {
	if len(terms) < 2 {
		return nil
	}
	out := make([]uint64, 0, len(terms)-1)
	for i := 0; i+1 < len(terms); i++ {
		out = append(out, hash(terms[i])*1099511628211^hash(terms[i+1]))
	}
	slices.Sort(out)
	k := 0
	for i := range out {
		if i == 0 || out[i] != out[i-1] {
			out[k] = out[i]
			k++
		}
	}
	return out[:k]
}

func hash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// The weights of Similarity. Words carry most of the signal in reworded
// text; shared bigrams separate a restated passage from one that merely
// uses the same vocabulary.
const (
	CosineWeight = 0.8
	BigramWeight = 0.2
)

// Similarity scores two texts from their vectors and bigram sets, from 0
// (nothing shared) to 1 (the same terms in the same order):
// CosineWeight·cosine + BigramWeight·Dice.
func Similarity(va, vb Vec, ba, bb []uint64) float64 {
	return CosineWeight*Cosine(va, vb) + BigramWeight*Dice(ba, bb)
}

// Dice returns the Dice coefficient of two sorted hash sets.
func Dice(a, b []uint64) float64 {
	if len(a)+len(b) == 0 {
		return 0
	}
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return 2 * float64(n) / float64(len(a)+len(b))
}
