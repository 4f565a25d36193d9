package lazyre

import (
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// Every match of a pattern that cannot match the empty string starts with
// one of a set of bytes, which firstBytes works out once from the
// pattern's syntax tree. A pattern anchored at the start of the text
// ("^Dear|^To the") can then turn down at once a text whose first byte is
// not one of them, and any other pattern a text that holds none of them
// ("[¹²³]+" in a text without superscripts). Go's matcher finds this out
// only after setting up a run, or after a run from every position, which
// over many short lines costs more than the test.

// byteSet is a set of bytes.
type byteSet [256 / 64]uint64

func (s *byteSet) add(b byte)      { s[b/64] |= 1 << (b % 64) }
func (s *byteSet) has(b byte) bool { return s[b/64]&(1<<(b%64)) != 0 }
func (s *byteSet) addRange(lo, hi byte) {
	for b := int(lo); b <= int(hi); b++ {
		s.add(byte(b))
	}
}
func (s *byteSet) union(t byteSet) {
	for i := range s {
		s[i] |= t[i]
	}
}
func (s *byteSet) addAll()    { s.addRange(0, 255) }
func (s *byteSet) full() bool { return *s == byteSet{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)} }

// startGuard is what a match of a compiled pattern can start with. A nil
// guard lets every text through.
type startGuard struct {
	first    byteSet // the bytes a match can start with
	anchored bool    // every match starts at the start of the text
}

// mayMatch reports whether the pattern could match s: false only when it
// certainly cannot.
func (g *startGuard) mayMatch(s string) bool {
	if g == nil {
		return true
	}
	if g.anchored {
		return s != "" && g.first.has(s[0])
	}
	for i := 0; i < len(s); i++ {
		if g.first.has(s[i]) {
			return true
		}
	}
	return false
}

// mayMatchBytes is mayMatch for a text in bytes.
func (g *startGuard) mayMatchBytes(b []byte) bool {
	if g == nil || g.anchored {
		return g.mayMatch(string(b[:min(len(b), 1)]))
	}
	for _, c := range b {
		if g.first.has(c) {
			return true
		}
	}
	return false
}

// newStartGuard returns the guard of a pattern, or nil when there is
// nothing to gain: the pattern can match the empty string, or any byte
// may start it.
func newStartGuard(pattern string) *startGuard {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	first, empty := firstBytes(re)
	if empty || first.full() {
		return nil
	}
	return &startGuard{first: first, anchored: anchoredAtStart(re)}
}

// anchoredAtStart reports whether every match of re starts at the start
// of the text: re opens with \A (^ without the m flag) in each of its
// alternatives.
func anchoredAtStart(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginText:
		return true
	case syntax.OpCapture:
		return anchoredAtStart(re.Sub[0])
	case syntax.OpConcat:
		return len(re.Sub) > 0 && anchoredAtStart(re.Sub[0])
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !anchoredAtStart(sub) {
				return false
			}
		}
		return true
	}
	return false
}

// firstBytes returns the bytes a match of re can start with, and whether
// re can match the empty string. The set may hold more bytes than can
// start a match, never fewer.
func firstBytes(re *syntax.Regexp) (set byteSet, empty bool) {
	switch re.Op {
	case syntax.OpNoMatch:
		return set, false
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return set, true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return set, true
		}
		addRune(&set, re.Rune[0], re.Flags&syntax.FoldCase != 0)
		return set, false
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			addRuneRange(&set, re.Rune[i], re.Rune[i+1])
		}
		return set, false
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		set.addAll()
		return set, false
	case syntax.OpCapture:
		return firstBytes(re.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		set, _ = firstBytes(re.Sub[0])
		return set, true
	case syntax.OpPlus:
		return firstBytes(re.Sub[0])
	case syntax.OpRepeat:
		if re.Max == 0 {
			return set, true
		}
		set, empty = firstBytes(re.Sub[0])
		return set, empty || re.Min == 0
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			s, e := firstBytes(sub)
			set.union(s)
			if !e {
				return set, false
			}
		}
		return set, true
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			s, e := firstBytes(sub)
			set.union(s)
			empty = empty || e
		}
		return set, empty
	}
	// an operator this code does not know: anything may start it
	set.addAll()
	return set, true
}

// addRune adds the first byte of r, and with fold of every rune that
// matches r in any case.
func addRune(set *byteSet, r rune, fold bool) {
	addRuneRange(set, r, r)
	if !fold {
		return
	}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		addRuneRange(set, f, f)
	}
}

// addRuneRange adds the first bytes of the runes lo…hi in UTF-8. The
// matcher reads a byte that is not valid UTF-8 as U+FFFD, so a range
// holding U+FFFD adds every byte that cannot start a valid rune.
func addRuneRange(set *byteSet, lo, hi rune) {
	if lo < utf8.RuneSelf {
		set.addRange(byte(lo), byte(min(hi, utf8.RuneSelf-1)))
		lo = utf8.RuneSelf
	}
	if lo > hi {
		return
	}
	set.addRange(leadByte(lo), leadByte(min(hi, unicode.MaxRune))) // lead bytes rise with the rune
	if lo <= utf8.RuneError && utf8.RuneError <= hi {
		set.addRange(0x80, 0xff)
	}
}

// leadByte returns the first byte of r (at least utf8.RuneSelf) in UTF-8,
// surrogates included, as if they could be written.
func leadByte(r rune) byte {
	switch {
	case r < 0x800:
		return byte(0xc0 | r>>6)
	case r < 0x10000:
		return byte(0xe0 | r>>12)
	}
	return byte(0xf0 | r>>18)
}
