package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/letterdiff/letterdiff/cmd/letterdiff/internal/cli"
)

// TestPartiesSameWhateverTheOtherLetter checks, over the corpus and
// through the command line, that compare reports for a letter exactly the
// parties inspect reports for it alone, whichever letter it is compared
// with and on whichever side: a letter's reading never depends on the
// letter it is compared with.
func TestPartiesSameWhateverTheOtherLetter(t *testing.T) {
	if testing.Short() {
		t.Skip("inspects and compares the corpus")
	}
	paths, err := filepath.Glob("../../testdata/corpus/*/*.txt")
	if err != nil || len(paths) < 10 {
		t.Fatalf("corpus letters: %d, %v", len(paths), err)
	}
	type party struct {
		Name        string `json:"name"`
		Role        string `json:"role"`
		Line        int    `json:"line"`
		FoundInText bool   `json:"found_in_text"`
	}
	key := func(ps []party) []string {
		out := make([]string, 0, len(ps))
		for _, p := range ps {
			out = append(out, fmt.Sprintf("%s|%s@%d", p.Name, p.Role, p.Line))
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	run := func(v any, args ...string) {
		t.Helper()
		status, out, stderr := runCLI(t, args...)
		if status != cli.ExitOK {
			t.Fatalf("letterdiff %v: status %d, %s", args, status, stderr)
		}
		if err := json.Unmarshal([]byte(out), v); err != nil {
			t.Fatalf("letterdiff %v: %v", args, err)
		}
	}
	type change struct{ Before, After *party }
	// a party found in a letter's text by the other letter's name for it
	// is the comparison's help, marked so, not the letter's own reading
	side := func(cs []change, before bool) []party {
		var out []party
		for _, c := range cs {
			p := c.After
			if before {
				p = c.Before
			}
			if p != nil && !p.FoundInText {
				out = append(out, *p)
			}
		}
		return out
	}
	n, checked := len(paths), 0
	for i := 0; i < n; i += 3 { // a third of the letters keeps the test short
		var alone struct{ Recipients, Signatories []party }
		run(&alone, "inspect", "--format", "json", paths[i])
		checked += len(alone.Recipients) + len(alone.Signatories)
		other := paths[(i+n/2)%n]
		for _, before := range []bool{true, false} {
			args := []string{"compare", "--format", "json", paths[i], other}
			if !before {
				args = []string{"compare", "--format", "json", other, paths[i]}
			}
			var r struct{ Recipients, Signatories []change }
			run(&r, args...)
			name := fmt.Sprintf("%s (before %v)", filepath.Base(paths[i]), before)
			if got, want := key(side(r.Recipients, before)), key(alone.Recipients); !slices.Equal(got, want) {
				t.Errorf("%s: compare reports recipients %q, inspect %q", name, got, want)
			}
			if got, want := key(side(r.Signatories, before)), key(alone.Signatories); !slices.Equal(got, want) {
				t.Errorf("%s: compare reports signatories %q, inspect %q", name, got, want)
			}
		}
	}
	if checked < 100 {
		t.Errorf("only %d parties compared: the reports were not read", checked)
	}
}
