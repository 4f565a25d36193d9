package score

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestNameMatch(t *testing.T) {
	for _, tc := range []struct {
		pred, gold string
		want       bool
	}{
		{"U.S. Chamber of Commerce", "United States Chamber of Commerce", true},
		{"The Widget Council (WC)", "Widget Council", true},
		{"WC", "Widget Council (WC)", true},
		{"Ann Wu, Director", "Ann Wu", true},
		{"Dr. Ann Wu", "Ann Wu", true},
		{"Widget Council", "Gadget Council", false},
		{"", "Widget Council", false},
	} {
		if got := NameMatch(tc.pred, tc.gold); got != tc.want {
			t.Errorf("NameMatch(%q, %q) = %v", tc.pred, tc.gold, got)
		}
	}
}

func TestCategory(t *testing.T) {
	gold := Object{"demands": []any{
		Object{"id": "D1", "status": "persisted", "before": "publish the rule", "after": "publish the final rule"},
		Object{"id": "D2", "status": "dropped", "before": "hold a hearing", "after": nil},
	}}
	report := Object{"demands": []any{
		Object{"status": "changed", "before": Object{"text": "We ask you to publish the rule now."}, "after": Object{"text": "Please publish the final rule."}},
		Object{"status": "appeared", "before": nil, "after": Object{"text": "Extend the deadline."}},
	}}
	s := Category("demands", gold, report)
	if s.Hits != 1 || s.Gold != 2 || s.Pred != 2 {
		t.Fatalf("hits %d gold %d pred %d, want 1, 2, 2", s.Hits, s.Gold, s.Pred)
	}
	if p, r, f := PRF(1, 2, 2); s.P != p || s.R != r || s.F != f {
		t.Errorf("P R F = %v %v %v", s.P, s.R, s.F)
	}
	if len(s.Missed) != 1 || len(s.Extra) != 1 {
		t.Errorf("missed %q, extra %q", s.Missed, s.Extra)
	}
}

// spacesPattern is the scorer's \s+, which collapseSpaces and isSpace
// stand in for without a regular expression.
var spacesPattern = regexp.MustCompile(`[` + pySpace + `]+`)

// TestIsSpace checks isSpace against the pattern's class for every
// character of the Basic Multilingual Plane and a few beyond.
func TestIsSpace(t *testing.T) {
	one := regexp.MustCompile(`^[` + pySpace + `]$`)
	for r := rune(0); r < 0x10000; r++ {
		if got, want := isSpace(r), one.MatchString(string(r)); got != want {
			t.Errorf("isSpace(%U) = %v, the pattern says %v", r, got, want)
		}
	}
	for _, r := range []rune{0x10000, 0x1f600, 0x10ffff, utf8.RuneError} {
		if isSpace(r) {
			t.Errorf("isSpace(%U) = true", r)
		}
	}
}

// FuzzCollapseSpaces checks collapseSpaces against the pattern it
// replaces, invalid UTF-8 included.
func FuzzCollapseSpaces(f *testing.F) {
	for _, s := range []string{"", " ", "a  b", "\t\na\u00a0\u2003b\u3000", "\xff \xfe\u0085", " Widget\u2028Watch "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := collapseSpaces(s), spacesPattern.ReplaceAllString(s, " "); got != want {
			t.Errorf("collapseSpaces(%q) = %q, want %q", s, got, want)
		}
	})
}

// BenchmarkNormText folds a paragraph-long claim, as the scorer and the
// link-floor fit do for every claim they compare.
func BenchmarkNormText(b *testing.B) {
	s := strings.Repeat("We urge the Ministry\u00a0to “publish” the draft rule  and\twithdraw the reporting obligations. ", 8)
	for b.Loop() {
		NormText(s)
	}
}
