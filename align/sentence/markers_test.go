package sentence

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"testing"
	"unicode"
)

// The patterns that isListMarker, endsWithInlineMarker and bracketMarkers
// stand for.
var (
	listMarkerRe   = regexp.MustCompile(`^\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)]$`)
	inlineMarkerRe = regexp.MustCompile(`[;:]\s+\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]$`)
	bracketMarker  = regexp.MustCompile(`(?:[.!?]["”’)]*\[\d{1,3}\]|\p{Ll}[.!?]["”’)]*\d{1,2})\s+\p{Lu}`)
)

// sameAsPatterns fails the test where a hand-written matcher and its
// pattern disagree on s.
func sameAsPatterns(t *testing.T, s string) {
	t.Helper()
	if got, want := isListMarker(s), listMarkerRe.MatchString(s); got != want {
		t.Fatalf("isListMarker(%q) = %v, the pattern says %v", s, got, want)
	}
	if got, want := endsWithInlineMarker(s), inlineMarkerRe.MatchString(s); got != want {
		t.Fatalf("endsWithInlineMarker(%q) = %v, the pattern says %v", s, got, want)
	}
	got, want := bracketMarkers(s), bracketMarker.FindAllStringIndex(s, -1)
	if len(got)+len(want) > 0 && !reflect.DeepEqual(got, want) {
		t.Fatalf("bracketMarkers(%q) = %v, the pattern finds %v", s, got, want)
	}
}

// TestMarkersMatchPatterns checks the matchers against their patterns on
// every text of the corpus, the seeds and testdata/perf (whole, and at
// every stop, the 40 bytes before it), and on a million short strings
// drawn from the characters the patterns name and their neighbours.
func TestMarkersMatchPatterns(t *testing.T) {
	var files []string
	for _, g := range []string{"../../testdata/corpus/*/*.txt", "../../seeds/*.txt", "../../testdata/perf/*.txt", "../../testdata/accuracy/*/*.txt"} {
		m, _ := filepath.Glob(g)
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Fatal("no texts found")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := flatten(string(data))
		sameAsPatterns(t, text)
		for e := range len(text) {
			if c := text[e]; c == '.' || c == ')' {
				sameAsPatterns(t, text[max(0, e-40):e+1])
			}
		}
	}
	alphabet := []rune(" \t\n;:()[].!?\"”’0123456789aivxzAIVXZéÉß\u00aa\u01c5\xff")
	r := rand.New(rand.NewPCG(1, 2))
	var buf []rune
	for range 1_000_000 {
		buf = buf[:0]
		for range r.IntN(12) {
			buf = append(buf, alphabet[r.IntN(len(alphabet))])
		}
		sameAsPatterns(t, string(buf))
	}
}

// TestLetterClasses checks that unicode.IsLower and unicode.IsUpper are
// the classes \p{Ll} and \p{Lu} of the patterns, for every rune.
func TestLetterClasses(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.IsLower(r) != unicode.Is(unicode.Ll, r) || unicode.IsUpper(r) != unicode.Is(unicode.Lu, r) {
			t.Fatalf("%U: IsLower %v, Ll %v; IsUpper %v, Lu %v", r, unicode.IsLower(r), unicode.Is(unicode.Ll, r), unicode.IsUpper(r), unicode.Is(unicode.Lu, r))
		}
	}
}

func FuzzMarkers(f *testing.F) {
	for _, s := range []string{"a.1 B", "x.[12] Y", "demands: i.", "; (b)", "(iv)", "é.”2\tÉ", "\xff.1 A"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { sameAsPatterns(t, s) })
}
