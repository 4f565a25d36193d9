// Package redline computes word-level differences between two texts, for
// the redlines of changed claims and aligned paragraphs.
//
// go-diff (github.com/sergi/go-diff) diffs characters or lines; it has no
// word mode. Words computes one the way go-diff's line mode does, one level
// down: each distinct token (a word, a run of white space, or a
// punctuation mark) is mapped to one rune, the two rune slices are diffed
// with DiffMainRunes, and each rune of the result is mapped back to its
// token. The known traps of go-diff are avoided on purpose:
//
//   - go-diff v1.4.0 is pinned: the first release whose rune handling in
//     line mode is fixed (issues #89, #123, #140 of sergi/go-diff).
//   - DiffTimeout is 0: the 1 s default gives truncated diffs that depend
//     on the machine's load; redlines must be the same everywhere.
//   - Runes are allocated from U+E000 upwards, never in the surrogate
//     range: go-diff turns rune slices into strings, which would replace
//     an invalid rune with U+FFFD and merge distinct tokens.
//   - DiffCleanupSemantic is not called: it works on characters and would
//     split token runes into meaningless pieces. Readability comes instead
//     from folding a lone space between two edits into them.
//   - No Patch function is used, and strings are never sliced mid-rune.
package redline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// Op is what an edit does.
type Op int8

// The operations.
const (
	Equal Op = iota
	Delete
	Insert
)

// String returns "=", "-" or "+".
func (o Op) String() string { return [...]string{"=", "-", "+"}[o] }

// Edit is a run of text that the two versions share, or that one of them
// has alone.
type Edit struct {
	Op   Op
	Text string
}

// firstRune is where token runes start: the Private Use Area, well clear
// of the surrogates (U+D800–U+DFFF).
const firstRune = 0xE000

// Words returns the word-level edits that turn a into b. Concatenating the
// Equal and Delete texts gives a; the Equal and Insert texts give b.
func Words(a, b string) []Edit {
	if a == b {
		if a == "" {
			return nil
		}
		return []Edit{{Equal, a}}
	}
	index := map[string]rune{}
	var tokens []string
	encode := func(s string) []rune {
		var out []rune
		for _, t := range tokenize(s) {
			r, ok := index[t]
			if !ok {
				r = rune(firstRune + len(tokens))
				if r >= 0xD800 && r <= 0xDFFF { // unreachable from U+E000; kept as a guard
					r += 0x800
				}
				index[t] = r
				tokens = append(tokens, t)
			}
			out = append(out, r)
		}
		return out
	}
	ra, rb := encode(a), encode(b)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	diffs := dmp.DiffMainRunes(ra, rb, false)
	var out []Edit
	for _, d := range diffs {
		var sb strings.Builder
		for _, r := range d.Text {
			sb.WriteString(tokens[r-firstRune])
		}
		op := Equal
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			op = Delete
		case diffmatchpatch.DiffInsert:
			op = Insert
		}
		out = appendEdit(out, Edit{op, sb.String()})
	}
	return tidy(out)
}

// tokenize splits s into words, runs of white space and single other
// characters, covering s exactly.
func tokenize(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		j := i + size
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			for j < len(s) {
				r2, s2 := utf8.DecodeRuneInString(s[j:])
				if !(unicode.IsLetter(r2) || unicode.IsDigit(r2) || r2 == '\'' || r2 == '’') {
					break
				}
				j += s2
			}
		case unicode.IsSpace(r):
			for j < len(s) {
				r2, s2 := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsSpace(r2) {
					break
				}
				j += s2
			}
		}
		out = append(out, s[i:j])
		i = j
	}
	return out
}

func appendEdit(out []Edit, e Edit) []Edit {
	if e.Text == "" {
		return out
	}
	if n := len(out); n > 0 && out[n-1].Op == e.Op {
		out[n-1].Text += e.Text
		return out
	}
	return append(out, e)
}

// tidy folds an Equal run of white space that stands between two changes
// into them, so that "[-a-] [-b-]{+c+}" reads "[-a b-]{+c+}": the
// deletion and insertion each take the space.
func tidy(edits []Edit) []Edit {
	var out []Edit
	for i := 0; i < len(edits); i++ {
		e := edits[i]
		if e.Op == Equal && strings.TrimSpace(e.Text) == "" && i > 0 && i+1 < len(edits) && edits[i-1].Op != Equal && edits[i+1].Op != Equal {
			// give the space to both sides
			var del, ins strings.Builder
			// gather the change run around the space
			j := len(out) - 1
			for j >= 0 && out[j].Op != Equal {
				j--
			}
			run := out[j+1:]
			out = out[:j+1]
			for _, r := range run {
				if r.Op == Delete {
					del.WriteString(r.Text)
				} else {
					ins.WriteString(r.Text)
				}
			}
			del.WriteString(e.Text)
			ins.WriteString(e.Text)
			k := i + 1
			for k < len(edits) && edits[k].Op != Equal {
				if edits[k].Op == Delete {
					del.WriteString(edits[k].Text)
				} else {
					ins.WriteString(edits[k].Text)
				}
				k++
			}
			if del.Len() > 0 {
				out = append(out, Edit{Delete, del.String()})
			}
			if ins.Len() > 0 {
				out = append(out, Edit{Insert, ins.String()})
			}
			i = k - 1
			continue
		}
		out = appendEdit(out, e)
	}
	return out
}

// Texts returns the two texts an edit script joins: the one before and the
// one after.
func Texts(edits []Edit) (before, after string) {
	var a, b strings.Builder
	for _, e := range edits {
		if e.Op != Insert {
			a.WriteString(e.Text)
		}
		if e.Op != Delete {
			b.WriteString(e.Text)
		}
	}
	return a.String(), b.String()
}
