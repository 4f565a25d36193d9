package letter

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/letterdiff/letterdiff/align/source"
)

// FuzzParse checks that Parse never panics and that every span it returns
// stands inside the text, in order, and points at the text it claims to.
//
// Run it with
//
//	go test ./align/letter -run XXX -fuzz FuzzParse -fuzztime 3m
//
// Inputs it finds are written to testdata/fuzz/FuzzParse and replayed by
// go test from then on.
func FuzzParse(f *testing.F) {
	seeds, err := filepath.Glob(filepath.Join("..", "..", "seeds", "*.txt"))
	if err != nil || len(seeds) != 5 {
		f.Fatalf("seed letters: %v (%v), want 5", seeds, err)
	}
	for _, path := range seeds {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{
		testFrame("TO: Ministry of Widgets\nBy CC to: Board of Gadget Standards 40 Lantern Road, Eastville 100200", "Sincerely,", "Gadget Council of Eastland (GCE)"),
		testFrame("TO: Ministry of Widgets", "Signed,", "Northern Widget Makers Association (NWMA) Gadget Council of Eastland (GCE) Southern Sprocket Federation\n\nCC:\n\nThe Honorable Alma Stone, Minister of Trade The Honorable Boris Lake, Deputy Minister"),
		testFrame("TO: Ministry of Widgets", "Sincerely,", "Northern Widget Makers Association   Gadget Council of Eastland\nDr. Jane Doe\nPresident\n\n[1] A note."),
		"March 3, 2020\n\nTO: Ministry of Widgets\n\nDear Minister,\n\nThe rules would restrict data flows,¹ and\n\n¹ The draft measures.\n\nPage 1 of 2\n\f\nrequire local storage,1 of files.²\n\n1 A note.\n² Another.\n\nSincerely,\n\n/s/ Jane Doe\n",
		"Key Concerns\n\n- one;\n• two;\n1. three\n(b) four\n",
		"Dear Sir,\r\nWe ask.\r\n\r\nSincerely,\r\nA B\r\n",
		"x",
		"\fPage 2 of 3\n\f\n- 3 -\n\n[Page 4]\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		src, err := source.Decode("fuzz.txt", data)
		if err != nil {
			t.Skip()
		}
		d := Parse(src, Options{})
		checkFuzzDocument(t, d)
	})
}

// checkFuzzDocument checks the invariants of a parse of any input.
func checkFuzzDocument(t *testing.T, d *Document) {
	t.Helper()
	text := d.Source.Text
	n := len(text)
	inside := func(what string, s Span, limit int) bool {
		if s.Start < 0 || s.End > limit || s.Start > s.End {
			t.Fatalf("%s: span %v outside [0, %d]", what, s, limit)
			return false
		}
		return true
	}
	prevEnd := 0
	for i, b := range d.Blocks {
		inside("block", b.Span, n)
		if b.Span.Start < prevEnd {
			t.Fatalf("block %d (%s, lines %v) starts at %d, inside the block before it, which ends at %d", i, b.Kind, b.Lines, b.Span.Start, prevEnd)
		}
		if b.Lines[0] > b.Lines[1] {
			t.Fatalf("block %d (%s): lines %v out of order", i, b.Kind, b.Lines)
		}
		prevEnd = b.Span.End
	}
	for _, par := range d.Paragraphs {
		for _, pc := range par.Pieces {
			inside("paragraph piece", pc.Span, n)
			if pc.At < 0 || pc.At+pc.Span.Len() > len(par.Text) {
				t.Fatalf("paragraph %d: piece %v outside its text of %d bytes", par.N, pc, len(par.Text))
			}
			if got, want := par.Text[pc.At:pc.At+pc.Span.Len()], text[pc.Span.Start:pc.Span.End]; got != want {
				t.Fatalf("paragraph %d: piece %v holds %q in the paragraph, %q in the source", par.N, pc, got, want)
			}
		}
		prev := 0
		for _, s := range par.Sentences {
			inside("sentence", s, len(par.Text))
			if s.Start < prev {
				t.Fatalf("paragraph %d: sentence %v overlaps the one before it, which ends at %d", par.N, s, prev)
			}
			prev = s.End
		}
		for _, m := range par.Markers {
			inside("marker", m.Span, len(par.Text))
			if m.Note < 0 || m.Note >= len(d.Footnotes) {
				t.Fatalf("paragraph %d: marker %q points at footnote %d of %d", par.N, m.Label, m.Note, len(d.Footnotes))
			}
		}
	}
	for _, p := range append(append([]Party{}, d.Recipients...), d.Signatories...) {
		if inside("party "+p.Name, p.Span, n) && !spanHolds(text[p.Span.Start:p.Span.End], p.Name) {
			t.Fatalf("party %q: span %v holds %q", p.Name, p.Span, text[p.Span.Start:p.Span.End])
		}
		if p.Signer != "" && inside("signer "+p.Signer, p.SignerSpan, n) && !spanHolds(text[p.SignerSpan.Start:p.SignerSpan.End], p.Signer) {
			t.Fatalf("signer %q: span %v holds %q", p.Signer, p.SignerSpan, text[p.SignerSpan.Start:p.SignerSpan.End])
		}
	}
	for _, fn := range d.Footnotes {
		inside("footnote", fn.Span, n)
		for _, r := range fn.Refs {
			inside("footnote ref", r, n)
		}
	}
	for _, r := range d.Repairs {
		inside("repair "+r.Kind, r.Span, n)
	}
}
