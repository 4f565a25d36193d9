package lazyre

import (
	"regexp"
	"testing"
)

// guardPatterns are patterns of the kinds the packages use, anchored and
// not, with case folding, classes, repeats and empty matches.
var guardPatterns = []string{
	`^(?i:dear|to\s+the|respected)`,
	`(?i)^(?:tel|fax)\b|@\S+\.\w`,
	`^(?:[-•*▪]|\(?\d{1,2}[.)]|\(?[a-zA-Z][.)])\s+`,
	`^[^\p{Ll}]*\b(?:LETTER|STATEMENT)\b[^\p{Ll}]*$`,
	`^\s*$`,
	`^(?:The\s+)?(?:Right\s+)?(?:Hon\.|Dr\.?)(?:\s+|$)`,
	`(?i)^k`,
	`(?i)^s`,
	`^\x{FFFD}`,
	`^[\x{80}-\x{10FFFF}]`,
	`^(?:a|b)?c`,
	`^a{0,2}b`,
	`^(?:)x`,
	`^.`,
	`(?m)^x`,
	`^x|y`,
	`^é|^Ü`,
	`^[\x{D7FF}-\x{E001}]`,
	`[¹²³]+`,
	`\bk\b`,
	`(?i)\bstraße$`,
}

// guardInputs reach each branch: ASCII, either case, non-ASCII letters
// that fold to ASCII ones (Kelvin sign, long s), bytes that are not UTF-8,
// and the empty text.
var guardInputs = []string{
	"", " ", "Dear Ann", "dear", "DEAR", "to the Minister", "Hello", "tel: 1", "fax", "x@y.z", "Ann x@y.z",
	"- item", "12) item", "(a) item", "A) item", "OPEN LETTER", "open letter", "Letter", "The Hon. Ann", "Dr Ann",
	"\u212a", "k", "K", "\u017f", "s", "S", "\xff", "\x80abc", "\xc3", "é", "Ü", "ü", "c", "bc", "ac", "aab", "b",
	"x", "\nx", "a\nx", "y", "zy", "\ue000", "\ud7ff", "\u07ff", "note²", "a k b", "STRASSE", "Hauptstraße", "HAUPTSTRAẞE",
}

// TestStartGuardExact checks that a guard never turns down a text its
// pattern matches, on every pattern and input above.
func TestStartGuardExact(t *testing.T) {
	for _, p := range guardPatterns {
		rx := regexp.MustCompile(p)
		g := newStartGuard(p)
		for _, in := range guardInputs {
			if rx.MatchString(in) && !g.mayMatch(in) {
				t.Errorf("%q: the guard turns down %q, which the pattern matches", p, in)
			}
			if rx.MatchString(in) && !g.mayMatchBytes([]byte(in)) {
				t.Errorf("%q: the guard turns down %q in bytes", p, in)
			}
		}
	}
}

// TestStartGuardTurnsDown checks that the guard does turn texts down, and
// stays out of the way of patterns it cannot judge.
func TestStartGuardTurnsDown(t *testing.T) {
	tests := []struct {
		pattern, in string
		may         bool
	}{
		{`^(?i:dear|to\s+the)`, "Hello", false},
		{`^(?i:dear|to\s+the)`, "DEAR", true},
		{`^(?i:dear|to\s+the)`, "", false},
		{`(?i)^k`, "\u212a", true},
		{`^(?:a|b)?c`, "d", false},
		{`^(?:a|b)?c`, "c", true},
		{`^\s*$`, "x", true},     // matches the empty text: no guard
		{`^x|y`, "zy", true},     // not anchored: no guard
		{`(?m)^x`, "a\nx", true}, // ^ of a line: no guard
		{`^.`, "x", true},        // any byte: no guard
	}
	for _, tt := range tests {
		if got := newStartGuard(tt.pattern).mayMatch(tt.in); got != tt.may {
			t.Errorf("%q on %q: may = %v, want %v", tt.pattern, tt.in, got, tt.may)
		}
	}
	for _, p := range []string{`^\s*$`, `^.`, `x*`} {
		if newStartGuard(p) != nil {
			t.Errorf("%q: a guard, want none", p)
		}
	}
}

// FuzzStartGuard checks on any pattern and text that the guard never turns
// down a text the pattern matches.
func FuzzStartGuard(f *testing.F) {
	for _, p := range guardPatterns {
		for _, in := range guardInputs[:8] {
			f.Add(p, in)
		}
	}
	f.Fuzz(func(t *testing.T, pattern, in string) {
		rx, err := regexp.Compile(pattern)
		if err != nil {
			return
		}
		if rx.MatchString(in) && !newStartGuard(pattern).mayMatch(in) {
			t.Fatalf("%q: the guard turns down %q, which the pattern matches", pattern, in)
		}
	})
}
