package letter

import (
	"slices"
	"strings"
	"testing"

	"github.com/letterdiff/letterdiff/align/reader"
	"github.com/letterdiff/letterdiff/align/source"
)

// The learned reader on the seed letters, which are not in the corpus it
// was trained on: the parties that matter are read. (What the reader
// still gets wrong on them is logged, so that a change that mends or
// breaks it shows.)
func TestReadSeed2015(t *testing.T) {
	d := readSeedWith(t, "2015-01-28-", Options{})
	if !d.Letter || d.Date != "2015-01-28" {
		t.Errorf("Letter = %v, Date = %q; want a letter of 2015-01-28", d.Letter, d.Date)
	}
	if got := len(d.Signatories); got != 18 {
		t.Errorf("%d signatories, want 18: %q", got, partyNames(d.Signatories))
	}
	bodies, people := countRoles(d.Recipients)
	if people[RoleCC] != 4 || bodies[RoleTo]+bodies[RoleCC] != 2 {
		t.Errorf("recipients: bodies %v, people %v; want two bodies and four officials in cc", bodies, people)
	}
	if bodies[RoleCC] != 1 {
		t.Logf("known miss: the \"By CC to:\" office read as %v", bodies)
	}
	for _, p := range d.Signatories {
		if p.Person || !strings.Contains(d.Source.Text, p.Name) {
			t.Errorf("signatory %q: person %v, or not verbatim in the letter", p.Name, p.Person)
		}
	}
}

func TestReadSeed2017(t *testing.T) {
	d := readSeedWith(t, "2017-05-15-", Options{})
	if got := len(d.Signatories); got < 53 || got > 54 {
		t.Errorf("%d signatories, want 54 (53 is a known miss): %q", got, partyNames(d.Signatories))
	}
	seen := map[string]bool{}
	for _, p := range d.Signatories {
		if seen[p.Name] || !strings.Contains(d.Source.Text, p.Name) {
			t.Errorf("signatory %q twice, or not verbatim in the letter", p.Name)
		}
		seen[p.Name] = true
	}
	bodies, people := countRoles(d.Recipients)
	if len(people) != 0 || bodies[RoleTo] == 0 || bodies[RoleTo]+bodies[RoleCC] < 5 {
		t.Errorf("recipients: bodies %v, people %v; want five bodies or more, some addressed, and no people", bodies, people)
	}
	if len(d.Footnotes) == 0 {
		t.Log("known miss: the footnotes in the body are read as body")
	}
}

// TestReadSeedNews: a news report on a letter is not read as a letter
// and has no signatories. Its addressees are read as a statement's, by
// the asked model, which cannot yet tell a report on a letter from a
// press release in the third person ("Widget Watch urges the Minister
// …"), so a body the report names may come out as one: a known misread,
// logged (a gate on the writers' voice removed it but lost the
// addressees of eight real press releases under grouped CV).
func TestReadSeedNews(t *testing.T) {
	for _, prefix := range []string{"2015-01-news-", "2015-08-12-news-", "2015-08-commentary-"} {
		t.Run(prefix, func(t *testing.T) {
			d := readSeedWith(t, prefix, Options{})
			if d.Letter || len(d.Signatories) != 0 {
				t.Errorf("news report read as a letter (%v) or with signatories %q", d.Letter, partyNames(d.Signatories))
			}
			if len(d.Recipients) > 1 {
				t.Errorf("addressees of a news report: %q, want one at most", partyNames(d.Recipients))
			} else if len(d.Recipients) == 1 {
				t.Logf("known misread: addressee %q of a news report", d.Recipients[0].Name)
			}
		})
	}
}

// TestReadKeepsGrammar checks that every labelling the model gives keeps
// to the letter's grammar, and that Explain gives the same labels as
// Parse, with a margin.
func TestReadKeepsGrammar(t *testing.T) {
	for _, prefix := range []string{"2015-01-28-", "2017-05-15-", "2015-01-news-"} {
		d := readSeedWith(t, prefix, Options{Explain: true})
		labels := LineLabels(d)
		if ok, i := reader.Allowed(labels); !ok {
			t.Errorf("%s: line %d breaks the grammar: %v", prefix, i, labels)
		}
		if len(d.Lines) != len(labels) {
			t.Fatalf("%s: %d explained lines, %d labels", prefix, len(d.Lines), len(labels))
		}
		for k, l := range d.Lines {
			if l.Label != labels[k].String() || l.Margin < 0 {
				t.Errorf("%s line %d: explained %s (margin %v), labelled %s", prefix, l.Line, l.Label, l.Margin, labels[k])
			}
		}
		plain := readSeedWith(t, prefix, Options{})
		if !slices.Equal(LineLabels(plain), labels) {
			t.Errorf("%s: Explain changes the labels", prefix)
		}
	}
}

// TestReadingIsPure checks that a letter reads the same however often it
// is read: Parse keeps no state between calls.
func TestReadingIsPure(t *testing.T) {
	a := readSeedWith(t, "2017-05-15-", Options{})
	readSeedWith(t, "2015-01-28-", Options{})
	b := readSeedWith(t, "2017-05-15-", Options{})
	if !slices.Equal(partyNames(a.Signatories), partyNames(b.Signatories)) || !slices.Equal(partyNames(a.Recipients), partyNames(b.Recipients)) {
		t.Error("a second reading of a letter differs from the first")
	}
}

// TestListUnderBareLabel: the lines under a copy or address label alone
// on its line ("Copy to:") are of its list, whatever the reader took
// them for, up to a blank line.
func TestListUnderBareLabel(t *testing.T) {
	text := "March 3, 2020\n\nTO:\nMinistry of Widgets\n\nDear Minister,\n\nWe urge you to keep the rural clinics open.\n\nYours sincerely,\n\nWidget Watch\n\nCopy to:\nGadget Board\n12 Harbour Road, Eastport\n\nSprocket Union\n"
	given := []reader.Label{reader.Date, reader.Blank, reader.To, reader.CC, reader.Blank, reader.Salutation, reader.Blank, reader.Body, reader.Blank,
		reader.Closing, reader.Blank, reader.Signatory, reader.Blank, reader.CC, reader.To, reader.To, reader.Blank, reader.Signatory}
	want := []reader.Label{reader.Date, reader.Blank, reader.To, reader.To, reader.Blank, reader.Salutation, reader.Blank, reader.Body, reader.Blank,
		reader.Closing, reader.Blank, reader.Signatory, reader.Blank, reader.CC, reader.CC, reader.CC, reader.Blank, reader.Signatory}
	d := parseLabelled(t, text, given)
	if got := d.lineLabels; !slices.Equal(got[:len(want)], want) {
		t.Errorf("labels\n got %v\nwant %v", got[:len(want)], want)
	}
}

// TestGreetingReadAsAddress: a greeting the reader took for the inside
// address is read as the greeting, so that each body it greets is a
// recipient, not "Dear" and the first, on one line or wrapped over two;
// address lines that greet no one stay an address.
func TestGreetingReadAsAddress(t *testing.T) {
	body := "\n\nWe urge you to act.\n\nYours sincerely,\n\nWidget Watch\n"
	tail := []reader.Label{reader.Blank, reader.Body, reader.Blank, reader.Closing, reader.Blank, reader.Signatory}
	for _, tc := range []struct {
		first string
		label reader.Label // what the first line is read as
		want  []string
	}{
		{"Dear Minister for Widgets, Minister for Gadgets, and Minister for Sprockets,", reader.Salutation, []string{"Minister for Widgets", "Minister for Gadgets", "Minister for Sprockets"}},
		{"Dear Minister for Widgets, Minister for Gadgets, and Minister\nfor Sprockets,", reader.Salutation, []string{"Minister for Widgets", "Minister for Gadgets", "Minister for Sprockets"}},
		{"Minister for Widgets", reader.To, []string{"Minister for Widgets"}},
		{"Minister for Widgets\nMinister for Gadgets", reader.To, []string{"Minister for Widgets", "Minister for Gadgets"}},
	} {
		lines := strings.Count(tc.first, "\n") + 1
		var head []reader.Label
		for range lines {
			head = append(head, reader.To)
		}
		d := parseLabelled(t, tc.first+body, append(head, tail...))
		for k := range lines {
			if got := d.lineLabels[k]; got != tc.label {
				t.Errorf("%q: line %d read as %v, want %v", tc.first, k+1, got, tc.label)
			}
		}
		var got []string
		for _, r := range d.Recipients {
			got = append(got, r.Name)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: recipients %q, want %q", tc.first, got, tc.want)
		}
	}
}

// TestItemRule: among the lines read as body or item, a line that opens
// with a list marker is an item, and so is each line after it up to a
// blank line; any other is body, whatever the reader said.
func TestItemRule(t *testing.T) {
	Bo, It, C := reader.Body, reader.Item, reader.Closing
	text := "We ask the Board to:\n1. publish the rules,\nwhich are late;\n\nThe rules matter.\n• Drop the fee.\nSincerely,\n"
	read := []reader.Label{It, Bo, Bo, Bo, Bo, C} // the reader's labels of the six lines that are not blank
	want := []reader.Label{Bo, It, It, Bo, It, C}
	src, err := source.Decode("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	p := newParser(src, Options{})
	var got []reader.Label
	in, k := false, 0
	for i, l := range p.lines {
		if l.blank || k >= len(read) {
			continue
		}
		labels := append(slices.Clone(got), read[k])
		var y reader.Label
		y, in = p.itemRule(i, labels, in)
		got = append(got, y)
		k++
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}
