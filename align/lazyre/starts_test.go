package lazyre

import (
	"reflect"
	"regexp"
	"testing"
)

var scanPatterns = []string{
	`(?:\p{Lu}[\p{L}\p{N}&'’.-]*)(?:\s+(?:of|for|and|on|in|to|the|de|des|\p{Lu}[\p{L}\p{N}&'’.-]*))*`,
	`(\p{Lu}\w+) (Watch|Forum)`,
	`[A-Z]{2,}`,
	`(?i:widget)s?`,
	`é+(x)?`,
	`\bWidget`, // opens with a test: left to the regexp package
	`^Widget`,
	`x*`,
}

var scanInputs = []string{
	"",
	"Widget Watch of the Gadget Forum asks the Riverton Council to act.",
	"WIDGET WATCH and NASA; widgets, WidgetS and Widgetamt.",
	"Éé ée éx éé\xffÉ bad \xe9 bytes, Widget\u00a0Watch",
	"Union des Rouages de Riverton, Fédération des Widgets",
	"eBay, iFixit and McDonald's Widget Watch",
}

// TestStartScan holds the start scan to the regexp package's FindAll.
func TestStartScan(t *testing.T) {
	for _, p := range scanPatterns {
		l, r := New(p), regexp.MustCompile(p)
		for _, in := range scanInputs {
			for _, n := range []int{-1, 0, 1, 2} {
				if got, want := l.FindAllStringSubmatchIndex(in, n), r.FindAllStringSubmatchIndex(in, n); !reflect.DeepEqual(got, want) {
					t.Errorf("%q on %q, n %d: submatches %v, want %v", p, in, n, got, want)
				}
				if got, want := l.FindAllStringIndex(in, n), r.FindAllStringIndex(in, n); !reflect.DeepEqual(got, want) {
					t.Errorf("%q on %q, n %d: matches %v, want %v", p, in, n, got, want)
				}
			}
		}
	}
}

// TestStartScanUsed: the patterns that open with a rune scan; those that
// open with a test or can match nothing are left to the regexp package.
func TestStartScanUsed(t *testing.T) {
	for p, want := range map[string]bool{
		scanPatterns[0]: true, `[A-Z]{2,}`: true, `(?i:widget)s?`: true,
		`\bWidget`: false, `^Widget`: false, `x*`: false, `(?:\bx|y)`: false, `.`: false,
	} {
		if got := New(p).startScan() != nil; got != want {
			t.Errorf("%q: scans from its starts %v, want %v", p, got, want)
		}
	}
}

// FuzzStartScan checks on any pattern and text that FindAll finds what
// the regexp package finds.
func FuzzStartScan(f *testing.F) {
	for _, p := range scanPatterns {
		for _, in := range scanInputs {
			f.Add(p, in)
		}
	}
	f.Fuzz(func(t *testing.T, pattern, in string) {
		r, err := regexp.Compile(pattern)
		if err != nil {
			return
		}
		if got, want := New(pattern).FindAllStringSubmatchIndex(in, -1), r.FindAllStringSubmatchIndex(in, -1); !reflect.DeepEqual(got, want) {
			t.Fatalf("%q on %q: %v, want %v", pattern, in, got, want)
		}
	})
}
