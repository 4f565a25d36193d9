package claims

import (
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// numberPattern is the regular expression figures writes out: the
// specification the tests hold it to.
var numberPattern = regexp.MustCompile(`\b\d[\d,.]*(?:\s?(?:percent|per cent|%|days?|weeks?|months?|years?|billion|million))?|(?i:\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred)\s+(?:days?|weeks?|months?|years?|percent|per cent))|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b`)

// figureCases are texts at the edges of the pattern.
var figureCases = []string{
	"within ninety DAYS of notice", "Two Years ago", "thirty per cent more", "on May 12", "cut by 40%",
	"no figures here at all", "twelve weeks", "fifteen Months", "sixty days", "six  days and sixtydays",
	"June 123", "June 12a", "June 1, 2020", "June\t\n3", "x12 percent", "_12", "12_", "1,000,000.5 billion",
	"5 per cent", "5per cent", "5  percent", "5\f%", "ſix dayſ", "xſix days", "two weeK", "TEN\u00a0days",
	"é12", "12é", "\xff12 days", "two days\xff", "Nine days", "November 9", "Mayday 3", "ten\r\nyears",
	"", "1", "one", "one ", "one d", "3.", "3,", ",3", "3 da", "March  31st", "March 31 st",
}

func TestFiguresAsThePattern(t *testing.T) {
	for _, s := range figureCases {
		if got, want := figures(s), numberPattern.FindAllString(s, -1); !reflect.DeepEqual(got, want) {
			t.Errorf("figures(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestFiguresOnTestdata holds figures to the pattern on every text
// of testdata and the seeds, line by line and whole.
func TestFiguresOnTestdata(t *testing.T) {
	n := 0
	for _, root := range []string{"../../testdata", "../../seeds"} {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") {
				return err
			}
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			text := string(data)
			for _, s := range append(strings.Split(text, "\n"), text) {
				n++
				if got, want := figures(s), numberPattern.FindAllString(s, -1); !reflect.DeepEqual(got, want) {
					t.Fatalf("%s: figures(%.80q…) differs from the pattern:\n got %q\nwant %q", path, s, got, want)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if n == 0 {
		t.Fatal("no texts read")
	}
}

// TestNumbersGuard checks that the literal guard before figures never
// hides a figure the pattern finds.
func TestNumbersGuard(t *testing.T) {
	for _, s := range figureCases {
		if got, want := numbers(s), numberPattern.FindAllString(s, -1); !reflect.DeepEqual(got, want) {
			t.Errorf("numbers(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzFigures(f *testing.F) {
	for _, s := range figureCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := figures(s), numberPattern.FindAllString(s, -1); !reflect.DeepEqual(got, want) {
			t.Errorf("figures(%q) = %q, want %q", s, got, want)
		}
	})
}
