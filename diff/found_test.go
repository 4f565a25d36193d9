package diff

import (
	"strings"
	"testing"

	"github.com/letterdiff/letterdiff/align/letter"
	"github.com/letterdiff/letterdiff/align/source"
)

// textDoc is a document of the given text whose signatories are the named
// stretches of it.
func textDoc(t *testing.T, name, text string, signatories ...string) *letter.Document {
	t.Helper()
	src, err := source.Decode(name, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	d := &letter.Document{Source: src}
	for _, s := range signatories {
		i := strings.Index(src.Text, s)
		d.Signatories = append(d.Signatories, letter.Party{Name: s, Role: sigRole, Span: letter.Span{Start: i, End: i + len(s)}, Line: src.Line(i)})
	}
	return d
}

// TestFoundInText: a signatory the other letter was not read to list is
// kept where its name stands first on a line of that letter's text, and
// marked so; a name inside running text, the start of a longer name, a
// read party's affiliation, or a single word is not looked for or not
// taken.
func TestFoundInText(t *testing.T) {
	before := textDoc(t, "b.txt", "We ask for widgets.\n\nWidget Watch\nGadget Forum\nSprocket Union Eastland\nRiverton\nWidget Guild\nLamp League\nGear Union\n",
		"Widget Watch", "Gadget Forum", "Sprocket Union Eastland", "Riverton", "Widget Guild", "Lamp League", "Gear Union")
	after := textDoc(t, "a.txt", "We ask again.\n\n[1] See the Gadget Forum report.\n2. widget watch (Eastland)\nSprocket Union Eastland Foundation\nRiverton\nEastland Trust; Widget Guild\nEastland Fund    Lamp League\nBo Wu, Chair, Gear Union\n", "Bo Wu")
	got := gotChanges(foundInText(matchParties(before.Signatories, after.Signatories, before, after), before, after))
	want := []wantChange{
		{Status: Kept, Before: "Widget Watch (signatory)", After: "widget watch (signatory)", Note: "not read as a signatory of the later letter; its name stands in that letter's text at line 4"},
		{Status: Kept, Before: "Widget Guild (signatory)", After: "Widget Guild (signatory)", Note: "not read as a signatory of the later letter; its name stands in that letter's text at line 7"},
		{Status: Kept, Before: "Lamp League (signatory)", After: "Lamp League (signatory)", Note: "not read as a signatory of the later letter; its name stands in that letter's text at line 8"},
		{Status: Dropped, Before: "Gadget Forum (signatory)"},
		{Status: Dropped, Before: "Sprocket Union Eastland (signatory)"},
		{Status: Dropped, Before: "Riverton (signatory)"},
		{Status: Dropped, Before: "Gear Union (signatory)"}, // on a read party's line: its affiliation
		{Status: Appeared, After: "Bo Wu (signatory)"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %+v\nwant %+v", got, want)
	}
	for i := range want {
		if got[i].Status != want[i].Status || got[i].Before != want[i].Before || got[i].After != want[i].After || got[i].Note != want[i].Note {
			t.Errorf("change %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
	r := foundInText(matchParties(before.Signatories, after.Signatories, before, after), before, after)
	if !r[0].After.FoundInText || r[0].Before.FoundInText {
		t.Errorf("the found side is not marked, or the read side is: %+v %+v", r[0].Before, r[0].After)
	}
}
