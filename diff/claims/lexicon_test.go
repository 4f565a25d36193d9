package claims

import (
	"strings"
	"testing"
	"time"
)

func TestDefaultLexicon(t *testing.T) {
	lex := DefaultLexicon()
	for _, s := range sectionNames {
		if s == "concepts" {
			if len(lex.groups) == 0 {
				t.Errorf("no concept groups")
			}
			continue
		}
		if len(lex.Section(s)) == 0 {
			t.Errorf("section [%s] is empty", s)
		}
	}
	an := lex.Analyzer()
	if an.Term("postponed") != an.Term("delay") {
		t.Errorf("concepts: postponed=%q delay=%q, want one term", an.Term("postponed"), an.Term("delay"))
	}
}

func TestParseLexiconErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"urge", "lex.txt:1: entry \"urge\" stands before any [section]"},
		{"[demand-verbs\nurge", "lex.txt:1: section header \"[demand-verbs\" lacks its closing ]"},
		{"[nonsense]\n", "lex.txt:1: unknown section [nonsense]"},
		{"[demand-verbs]\nurge | 7", "lex.txt:2: weight \"7\" is not 1, 2 or 3"},
		{"[demand-verbs]\nurge | x", "lex.txt:2: weight \"x\" is not 1, 2 or 3"},
		{"[demand-frames]\n* that", "lex.txt:2: entry \"* that\" may not start or end with *"},
		{"[concepts]\nalone", "lex.txt:2: a concept group needs two or more words"},
		{"%frobnicate", "lex.txt:1: unknown directive \"%frobnicate\""},
	}
	for _, tt := range tests {
		_, err := ParseLexicon("lex.txt", tt.in)
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("ParseLexicon(%q) error = %v, want prefix %q", tt.in, err, tt.want)
		}
	}
}

func TestLoadLexiconExtendAndReplace(t *testing.T) {
	ext, err := LoadLexicon("x", "%extend\n[demand-verbs]\nbeseech | 3\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(ext.Section("demand-verbs")) != len(DefaultLexicon().Section("demand-verbs"))+1 {
		t.Errorf("extend did not add one demand verb")
	}
	if len(ext.Section("grievance-words")) == 0 {
		t.Errorf("extend lost the default grievance words")
	}
	rep, err := LoadLexicon("x", "[demand-verbs]\nbeseech | 3\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Section("demand-verbs")) != 1 || len(rep.Section("grievance-words")) != 0 {
		t.Errorf("replace kept default entries")
	}
}

func FuzzParseLexicon(f *testing.F) {
	f.Add(defaultLexicon)
	f.Add("%extend\n[demand-verbs]\nurge | 3\n[concepts]\na b\n")
	f.Fuzz(func(t *testing.T, s string) {
		lex, err := ParseLexicon("fuzz", s)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		for _, sec := range sectionNames {
			for _, p := range lex.Section(sec) {
				if len(p.Words) == 0 || p.Weight < 0 || p.Weight > 3 {
					t.Fatalf("bad phrase %+v", p)
				}
			}
		}
	})
}

// TestOneWordCourtesy: a courtesy of one word, which a user's lexicon may
// add, must not stop the reading of its sentence (it once looped for
// ever).
func TestOneWordCourtesy(t *testing.T) {
	lex, err := LoadLexicon("x", "%extend\n[courtesies]\nkindly\n")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan []Item, 1)
	go func() {
		done <- Extract(parse(t, "We kindly ask that the ministry publish the data."), Options{Lexicon: lex, Rules: true})
	}()
	select {
	case items := <-done:
		if len(items) == 0 {
			t.Errorf("no items from a sentence with a one-word courtesy")
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Extract did not return: a one-word courtesy loops")
	}
}

// TestSectionBits checks that every section has a bit of its own in a
// uint64 bitset, and a name that names it.
func TestSectionBits(t *testing.T) {
	if numSections > 64 {
		t.Fatalf("%d sections: a bitset of sections holds 64", numSections)
	}
	seen := uint64(0)
	for s := range numSections {
		b := s.bit()
		if b == 0 || seen&b != 0 {
			t.Errorf("section %s: bit %x, already seen %x", s, b, seen)
		}
		seen |= b
		if got, ok := sectionNamed(s.String()); !ok || got != s || s.String() == "" {
			t.Errorf("section %d is named %q, which names %d", s, s.String(), got)
		}
	}
	if _, ok := sectionNamed("no-such-section"); ok {
		t.Error("an unknown name names a section")
	}
}
