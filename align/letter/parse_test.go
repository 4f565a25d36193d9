package letter

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/letterdiff/letterdiff/align/reader"
	"github.com/letterdiff/letterdiff/align/source"
)

// The letters in these tests are invented: their parties and wording are
// generic, so that a test says what the parser does with a layout, not with
// one real letter. The real seed letters are tested at the end of the file.

// Two body paragraphs that read as prose.
const (
	bodyA = "We write to ask that the ministry delay the new widget rules until the industry has had time to comment."
	bodyB = "We thank you for your attention to this matter and look forward to your reply on the rules."
)

// letterText trims the leading newline of a raw string literal, so that a test
// letter can start on the line after the backquote and line 1 is its first
// line.
func letterText(s string) string { return strings.TrimPrefix(s, "\n") }

// testParse decodes and parses text with the rule reader and checks the
// invariants every document must keep.
//
// The tests of this file and of layouts_test.go pin the rule reader: the
// line model reads its zones as features ("rule=…") and cross-validation
// scores it as the baseline, so it must not change by accident. What
// follows the reader (paragraphs, footnotes, parties cut from their
// lines) is shared by both readers. The learned reader is judged on the
// corpus of real letters (go run ./cmd/corpus crossval) and by the tests
// in read_test.go.
func testParse(t *testing.T, text string, opts Options) *Document {
	t.Helper()
	src, err := source.Decode("test.txt", []byte(text))
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	if opts.Reader == nil && opts.Labels == nil {
		opts.Rules = true
	}
	d := Parse(src, opts)
	checkDocument(t, d)
	return d
}

// spanHolds reports whether the text of a party's span holds its name: the
// same text, or, for a name wrapped over lines (perhaps in a column beside
// others), text that starts with the name's first line and ends with its
// last.
func spanHolds(got, name string) bool {
	if got == name {
		return true
	}
	f := strings.Fields(name)
	return len(f) > 1 && strings.HasPrefix(got, f[0]) && strings.HasSuffix(got, f[len(f)-1]) && strings.Contains(got, "\n")
}

// checkDocument checks what must hold for every parse: spans inside the
// text, blocks in order, each party's span holding its name, each
// paragraph's pieces holding its text.
func checkDocument(t *testing.T, d *Document) {
	t.Helper()
	text := d.Source.Text
	in := func(what string, s Span) bool {
		if s.Start < 0 || s.End > len(text) || s.Start > s.End {
			t.Errorf("%s: span %v outside [0, %d]", what, s, len(text))
			return false
		}
		return true
	}
	prev := 0
	for i, b := range d.Blocks {
		if in(fmt.Sprintf("block %d (%s)", i, b.Kind), b.Span) && b.Span.Start < prev {
			t.Errorf("block %d (%s L%d) starts at %d, before the end %d of the block before it", i, b.Kind, b.Lines[0], b.Span.Start, prev)
		}
		prev = max(prev, b.Span.End)
	}
	for _, p := range append(append([]Party{}, d.Recipients...), d.Signatories...) {
		if in("party "+p.Name, p.Span) && !spanHolds(text[p.Span.Start:p.Span.End], p.Name) {
			t.Errorf("party %q: span %v holds %q", p.Name, p.Span, text[p.Span.Start:p.Span.End])
		}
		if p.Signer != "" && in("signer "+p.Signer, p.SignerSpan) && text[p.SignerSpan.Start:p.SignerSpan.End] != p.Signer {
			t.Errorf("signer %q: span %v holds %q", p.Signer, p.SignerSpan, text[p.SignerSpan.Start:p.SignerSpan.End])
		}
	}
	for _, par := range d.Paragraphs {
		for _, pc := range par.Pieces {
			if !in(fmt.Sprintf("paragraph %d piece", par.N), pc.Span) {
				continue
			}
			if pc.At < 0 || pc.At+pc.Span.Len() > len(par.Text) || par.Text[pc.At:pc.At+pc.Span.Len()] != text[pc.Span.Start:pc.Span.End] {
				t.Errorf("paragraph %d: piece %v does not hold the source text", par.N, pc)
			}
		}
	}
	for _, f := range d.Footnotes {
		in("footnote "+f.Label, f.Span)
		for _, r := range f.Refs {
			in("footnote "+f.Label+" ref", r)
		}
	}
	for _, r := range d.Repairs {
		in("repair "+r.Kind, r.Span)
	}
}

// blockString is a block as the tests write it: kind, lines and label,
// e.g. "cc L4-6 By CC to:".
func blockString(b Block) string {
	s := fmt.Sprintf("%s L%d", b.Kind, b.Lines[0])
	if b.Lines[1] != b.Lines[0] {
		s += fmt.Sprintf("-%d", b.Lines[1])
	}
	if b.Label != "" {
		s += " " + b.Label
	}
	return s
}

func blockStrings(d *Document) []string {
	var out []string
	for _, b := range d.Blocks {
		out = append(out, blockString(b))
	}
	return out
}

func diffLists(t *testing.T, what string, got, want []string) {
	t.Helper()
	if reflect.DeepEqual(got, want) || len(got) == 0 && len(want) == 0 {
		return
	}
	t.Errorf("%s:\n got %s\nwant %s", what, strings.Join(quoteAll(got), "\n     "), strings.Join(quoteAll(want), "\n     "))
}

func quoteAll(l []string) []string {
	out := make([]string, len(l))
	for i, s := range l {
		out[i] = fmt.Sprintf("%q", s)
	}
	return out
}

// testFrame wraps a header, body and trailer into a small letter:
//
//	L1 date, L3 TO:, L5 salutation, L7 body, L9 closing, L11 signatory
//
// with extra lines given in between.
func testFrame(top, closing, bottom string) string {
	return "March 3, 2020\n\n" + top + "\n\nDear Minister,\n\n" + bodyA + "\n\n" + closing + "\n\n" + bottom + "\n"
}

// ---- Dates ----

var dateTests = []struct {
	name     string
	line     string
	iso      string // Document.Date; "" for no date
	dateText string
}{
	{"month day, year", "January 28, 2015", "2015-01-28", "January 28, 2015"},
	{"day month year", "28 January 2015", "2015-01-28", "28 January 2015"},
	{"weekday and short month", "Wed 12 Aug 2015", "2015-08-12", "Wed 12 Aug 2015"},
	{"weekday in full", "Wednesday, August 12, 2015", "2015-08-12", "Wednesday, August 12, 2015"},
	{"ISO", "2015-01-28", "2015-01-28", "2015-01-28"},
	{"ordinal", "Jan. 5th 2019", "2019-01-05", "Jan. 5th 2019"},
	{"day of month", "5th of March, 2019", "2019-03-05", "5th of March, 2019"},
	{"place prefix", "Washington, D.C., May 1, 2017", "2017-05-01", "Washington, D.C., May 1, 2017"},
	{"town prefix", "Eastville, 3 March 2020", "2020-03-03", "Eastville, 3 March 2020"},
	{"month and year", "March 2020", "2020-03", "March 2020"},
	{"Date label", "Date: 3 March 2020", "2020-03-03", "3 March 2020"},
	{"final full stop", "3 March 2020.", "2020-03-03", "3 March 2020."},
	{"day first with dots", "02.11.2023", "2023-11-02", "02.11.2023"},
	{"month first with slashes", "11/02/2023", "2023-11-02", "11/02/2023"},
	{"day first with slashes when it must be", "25/02/2023", "2023-02-25", "25/02/2023"},
	{"e-mail header date", "Date: Tue, 14 Feb 2023 09:12:44 +0100", "2023-02-14", "Tue, 14 Feb 2023 09:12:44 +0100"},
	{"reference and date on one line", "Ref: ABC/REP/2023/52          Date: 02.11.2023", "2023-11-02", "02.11.2023"},
	{"French", "le 8 novembre 2023", "2023-11-08", "le 8 novembre 2023"},
	{"Spanish", "3 de mayo de 2023", "2023-05-03", "3 de mayo de 2023"},
	{"German", "3. März 2023", "2023-03-03", "3. März 2023"},
	{"the date in two languages", "November 8, 2023 / Le 8 novembre 2023", "2023-11-08", "November 8, 2023 / Le 8 novembre 2023"},
	{"no such day", "March 32, 2020", "", ""},
	{"mixed separators", "02.11/2023", "", ""},
	{"no such month", "2020-13-01", "", ""},
}

func TestParseDate(t *testing.T) {
	for _, tt := range dateTests {
		t.Run(tt.name, func(t *testing.T) {
			text := tt.line + "\n\nTO: Ministry of Widgets\n\nDear Minister,\n\n" + bodyA + "\n\nSincerely,\n\nGadget Council of Eastland\n"
			d := testParse(t, text, Options{})
			if d.Date != tt.iso || d.DateText != tt.dateText {
				t.Errorf("date of %q = %q (%q), want %q (%q)", tt.line, d.Date, d.DateText, tt.iso, tt.dateText)
			}
			first := blockString(d.Blocks[0])
			wantKind := "date"
			if tt.iso == "" {
				wantKind = "letterhead"
			}
			if d.Blocks[0].Kind != Kind(wantKind) {
				t.Errorf("line 1 %q is block %q, want kind %s", tt.line, first, wantKind)
			}
		})
	}
}

// ---- Blocks ----

var blockTests = []struct {
	name string
	in   string
	want []string // blockString of each block
}{
	{
		name: "every header part",
		in: letterText(`
Northern Widget Makers Association
1 Gear Street, Cogtown, AB 12345

Date: March 3, 2020

TO: Ministry of Widgets
cc: Board of Gadget Standards

Re: Draft widget testing rules

Dear Minister,

` + bodyA + `

Sincerely,

Gadget Council of Eastland

Enclosure: comments on the draft
`),
		want: []string{"letterhead L1-2", "date L4 Date:", "to L6 TO:", "cc L7 cc:", "subject L9 Re:", "salutation L11", "body L13", "closing L15", "signatories L17", "other L19"},
	},
	{
		name: "TO label alone, names below",
		in: letterText(`
March 3, 2020

TO:

Ministry of Widgets
Board of Gadget Standards

By CC to:
Office of the Trade Envoy

Dear Minister,

` + bodyA + `

Sincerely,

Gadget Council of Eastland
`),
		want: []string{"date L1", "to L3 TO:", "to L5-6", "cc L8-9 By CC to:", "salutation L11", "body L13", "closing L15", "signatories L17"},
	},
	{
		name: "inside address after the date",
		in: letterText(`
2015-01-28

Board of Trade
12 Harbour Street
Portville, XY 12345

Respected Board Members:

` + bodyA + `

Respectfully submitted,

Gadget Council of Eastland
`),
		want: []string{"date L1", "to L3-5", "salutation L7", "body L9", "closing L11", "signatories L13"},
	},
	{
		name: "inside address without a date",
		in: letterText(`
Northern Widget Makers Association
1 Gear Street, Cogtown, AB 12345

Board of Trade
12 Harbour Street
Portville, XY 12345

Dear Members of the Board,

` + bodyA + `

Yours faithfully,

Gadget Council of Eastland
`),
		want: []string{"letterhead L1-2", "to L4-6", "salutation L8", "body L10", "closing L12", "signatories L14"},
	},
	{
		name: "lower-case To label and Copy to",
		in:   testFrame("To: Ministry of Widgets\nCopy to: Board of Gadget Standards", "With best regards,", "Gadget Council of Eastland"),
		want: []string{"date L1", "to L3 To:", "cc L4 Copy to:", "salutation L6", "body L8", "closing L10", "signatories L12"},
	},
	{
		name: "copy lists at the end",
		in:   testFrame("TO: Ministry of Widgets", "Sincerely,", "Gadget Council of Eastland\n\nCC:\n\nBoard of Gadget Standards\n\ncc: Office of the Trade Envoy\nCopy to: Widget Ombudsman"),
		want: []string{"date L1", "to L3 TO:", "salutation L5", "body L7", "closing L9", "signatories L11", "cc L13 CC:", "cc L15", "cc L17 cc:", "cc L18 Copy to:"},
	},
	{
		name: "copy list at the end without a closing",
		in:   "March 3, 2020\n\nTO: Ministry of Widgets\n\nDear Minister,\n\n" + bodyA + "\n\ncc: Board of Gadget Standards\n",
		want: []string{"date L1", "to L3 TO:", "salutation L5", "body L7", "cc L9 cc:"},
	},
	{
		name: "signatories with stray blank lines",
		in:   testFrame("TO: Ministry of Widgets", "Sincerely,", "Northern Widget Makers Association\n\nGadget Council of Eastland (GCE)\n\n\nSouthern Sprocket Federation"),
		want: []string{"date L1", "to L3 TO:", "salutation L5", "body L7", "closing L9", "signatories L11", "signatories L13", "signatories L16"},
	},
	{
		name: "signatories without a closing",
		in:   "March 3, 2020\n\nTO: Ministry of Widgets\n\nDear Minister,\n\n" + bodyA + "\n\nNorthern Widget Makers Association\nGadget Council of Eastland\nSouthern Sprocket Federation\n",
		want: []string{"date L1", "to L3 TO:", "salutation L5", "body L7", "signatories L9-11"},
	},
	{
		name: "heading and list items in the body",
		in: letterText(`
March 3, 2020

TO: Ministry of Widgets

Dear Minister,

` + bodyA + `

Key Concerns

Our members have raised the following concerns about the draft rules and their annexes:

- the scope of the licensing requirement is unclear to most firms;
- the deadline for comments is far too short for small producers.

` + bodyB + `

Sincerely,

Gadget Council of Eastland
`),
		want: []string{"date L1", "to L3 TO:", "salutation L5", "body L7", "heading L9", "body L11", "body L13-14", "body L16", "closing L18", "signatories L20"},
	},
	{
		name: "footnotes after the body",
		in: letterText(`
March 3, 2020

TO: Ministry of Widgets

Dear Minister,

The draft rules would restrict cross-border data flows,¹ impose new testing regimes and require local storage of design files.²

¹ The draft measures on data transfer were published for comment in January.
² See the notice of the ministry on widget testing.

Sincerely,

Gadget Council of Eastland
`),
		want: []string{"date L1", "to L3 TO:", "salutation L5", "body L7", "footnote L9", "footnote L10", "closing L12", "signatories L14"},
	},
	{
		name: "footnotes after the signatories",
		in:   testFrame("TO: Ministry of Widgets", "Sincerely,", "Gadget Council of Eastland\n\n[1] The draft measures on data transfer were published for comment in January."),
		want: []string{"date L1", "to L3 TO:", "salutation L5", "body L7", "closing L9", "signatories L11", "footnote L13"},
	},
	{
		name: "page artifacts",
		in:   "March 3, 2020\n\nTO: Ministry of Widgets\n\nDear Minister,\n\n" + bodyA + "\n\nPage 2 of 5\n\f\n" + bodyB + "\n\n- 3 -\n\nSincerely,\n\nGadget Council of Eastland\n\n[Page 4]\n",
		want: []string{"date L1", "to L3 TO:", "salutation L5", "body L7", "artifact L9", "body L11", "artifact L13", "closing L15", "signatories L17", "artifact L19"},
	},
	{
		name: "news report",
		in: letterText(`
Widget makers press ministry on testing rules

March 3, 2020

Trade groups representing widget makers on Tuesday asked the ministry to delay new testing rules, saying the draft would harm firms across the region.

The groups said in a letter that the rules were drafted without consultation and would raise costs for small producers.
`),
		want: []string{"heading L1", "date L3", "body L5", "body L7"},
	},
}

func TestParseBlocks(t *testing.T) {
	for _, tt := range blockTests {
		t.Run(tt.name, func(t *testing.T) {
			d := testParse(t, tt.in, Options{})
			diffLists(t, "blocks", blockStrings(d), tt.want)
		})
	}
}

// Salutations: each line stands in a letter as its salutation.
var salutationTests = []string{
	"Dear Minister,",
	"Dear Members of the Widget Board,",
	"Dear Sir or Madam:",
	"Dear Colleagues",
	"To the Honorable Members of the Widget Board,",
	"Respected Board Members:",
	"Honorable Minister,",
	"Your Excellency,",
	"Ladies and Gentlemen:",
	"To whom it may concern:",
}

func TestParseSalutation(t *testing.T) {
	for _, sal := range salutationTests {
		t.Run(sal, func(t *testing.T) {
			text := "March 3, 2020\n\nTO: Ministry of Widgets\n\n" + sal + "\n\n" + bodyA + "\n\nSincerely,\n\nGadget Council of Eastland\n"
			d := testParse(t, text, Options{})
			diffLists(t, "blocks", blockStrings(d), []string{"date L1", "to L3 TO:", "salutation L5", "body L7", "closing L9", "signatories L11"})
			if !d.Letter {
				t.Errorf("Letter = false, want true")
			}
		})
	}
}

// Closings: each line closes the letter, and the signatory after it is
// found.
var closingTests = []string{
	"Sincerely,",
	"Sincerely yours,",
	"Yours sincerely,",
	"Yours faithfully,",
	"Very truly yours,",
	"Respectfully,",
	"Respectfully submitted,",
	"Signed,",
	"With best regards,",
	"Kind regards,",
	"Best regards",
	"Thank you for your consideration,",
	"On behalf of the undersigned,",
}

func TestParseClosing(t *testing.T) {
	for _, cl := range closingTests {
		t.Run(cl, func(t *testing.T) {
			d := testParse(t, testFrame("TO: Ministry of Widgets", cl, "Gadget Council of Eastland"), Options{})
			diffLists(t, "blocks", blockStrings(d), []string{"date L1", "to L3 TO:", "salutation L5", "body L7", "closing L9", "signatories L11"})
			if len(d.Signatories) != 1 || d.Signatories[0].Name != "Gadget Council of Eastland" {
				t.Errorf("signatories = %+v, want Gadget Council of Eastland", d.Signatories)
			}
		})
	}
}

// ---- Parties ----

// wantParty is the part of a Party a test checks.
type wantParty struct {
	Role    Role
	Name    string
	Title   string
	Address string
	Acronym string
	Person  bool
	Split   bool
	Line    int
	Signer  string
}

func gotParties(l []Party) []wantParty {
	var out []wantParty
	for _, p := range l {
		out = append(out, wantParty{p.Role, p.Name, p.Title, p.Address, p.Acronym, p.Person, p.Split, p.Line, p.Signer})
	}
	return out
}

func diffParties(t *testing.T, what string, got, want []wantParty) {
	t.Helper()
	if reflect.DeepEqual(got, want) || len(got) == 0 && len(want) == 0 {
		return
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s:\n got:\n", what)
	for _, p := range got {
		fmt.Fprintf(&b, "\t%+v\n", p)
	}
	b.WriteString(" want:\n")
	for _, p := range want {
		fmt.Fprintf(&b, "\t%+v\n", p)
	}
	t.Error(b.String())
}

var partyTests = []struct {
	name        string
	in          string
	recipients  []wantParty
	signatories []wantParty
}{
	{
		name: "labelled addressee and copy",
		in:   testFrame("TO: Ministry of Widgets\nBy CC to: Board of Gadget Standards", "Sincerely,", "Gadget Council of Eastland (GCE)"),
		recipients: []wantParty{
			{Role: RoleTo, Name: "Ministry of Widgets", Line: 3},
			{Role: RoleCC, Name: "Board of Gadget Standards", Line: 4},
		},
		signatories: []wantParty{{Role: RoleSignatory, Name: "Gadget Council of Eastland (GCE)", Acronym: "GCE", Line: 12}},
	},
	{
		name: "addressees one per line with an address",
		in: letterText(`
March 3, 2020

TO:

Ministry of Widgets
Board of Gadget Standards
40 Lantern Road, Eastville 100200

By CC to:
Office of the Trade Envoy
No. 7 Lantern Road, Eastville 100200

Dear Minister,

` + bodyA + `

Sincerely,

Gadget Council of Eastland
`),
		recipients: []wantParty{
			{Role: RoleTo, Name: "Ministry of Widgets", Address: "40 Lantern Road, Eastville 100200", Line: 5},
			{Role: RoleTo, Name: "Board of Gadget Standards", Address: "40 Lantern Road, Eastville 100200", Line: 6},
			{Role: RoleCC, Name: "Office of the Trade Envoy", Address: "No. 7 Lantern Road, Eastville 100200", Line: 10},
		},
		signatories: []wantParty{{Role: RoleSignatory, Name: "Gadget Council of Eastland", Line: 19}},
	},
	{
		name: "inside address of a person",
		in: letterText(`
March 3, 2020

The Honorable Carla Finch
Director General
Bureau of Sprocket Safety
12 Harbour Street
Portville, XY 12345

Dear Director General,

` + bodyA + `

Sincerely,

Gadget Council of Eastland
`),
		recipients: []wantParty{
			{Role: RoleTo, Name: "Carla Finch", Title: "Director General, Bureau of Sprocket Safety", Address: "12 Harbour Street, Portville, XY 12345", Person: true, Line: 3},
		},
		signatories: []wantParty{{Role: RoleSignatory, Name: "Gadget Council of Eastland", Line: 15}},
	},
	{
		name: "name and street address on one line",
		in:   testFrame("TO: Ministry of Widgets 40 Lantern Road, Eastville 100200\nBy CC to: Office of the Trade Envoy No. 7 Lantern Road, Eastville 100200", "Sincerely,", "Gadget Council of Eastland"),
		recipients: []wantParty{
			{Role: RoleTo, Name: "Ministry of Widgets", Address: "40 Lantern Road, Eastville 100200", Line: 3},
			{Role: RoleCC, Name: "Office of the Trade Envoy", Address: "No. 7 Lantern Road, Eastville 100200", Line: 4},
		},
		signatories: []wantParty{{Role: RoleSignatory, Name: "Gadget Council of Eastland", Line: 12}},
	},
	{
		name: "honorifics run together on a copy line",
		in:   testFrame("TO: Ministry of Widgets", "Sincerely,", "Gadget Council of Eastland\n\nCC:\n\nThe Honorable Alma Stone, Minister of Trade The Honorable Boris Lake, Deputy Minister, Ministry of Widgets The Honorable Cora Vance, Ambassador of Eastland to Westland"),
		recipients: []wantParty{
			{Role: RoleTo, Name: "Ministry of Widgets", Line: 3},
			{Role: RoleCC, Name: "Alma Stone", Title: "Minister of Trade", Person: true, Split: true, Line: 15},
			{Role: RoleCC, Name: "Boris Lake", Title: "Deputy Minister, Ministry of Widgets", Person: true, Split: true, Line: 15},
			{Role: RoleCC, Name: "Cora Vance", Title: "Ambassador of Eastland to Westland", Person: true, Split: true, Line: 15},
		},
		signatories: []wantParty{{Role: RoleSignatory, Name: "Gadget Council of Eastland", Line: 11}},
	},
	{
		name: "copied people one per line",
		in:   testFrame("TO: Ministry of Widgets\ncc: Mr. Dario Quill, Secretary of Commerce\n    Ms. Edna Rook, Trade Representative", "Sincerely,", "Gadget Council of Eastland"),
		recipients: []wantParty{
			{Role: RoleTo, Name: "Ministry of Widgets", Line: 3},
			{Role: RoleCC, Name: "Dario Quill", Title: "Secretary of Commerce", Person: true, Line: 4},
			{Role: RoleCC, Name: "Edna Rook", Title: "Trade Representative", Person: true, Line: 5},
		},
		signatories: []wantParty{{Role: RoleSignatory, Name: "Gadget Council of Eastland", Line: 13}},
	},
	{
		name: "copy list at the end, one per line",
		in:   testFrame("TO: Ministry of Widgets", "Sincerely,", "Gadget Council of Eastland\n\nBy CC to:\nOffice of the Trade Envoy\nBoard of Gadget Standards"),
		recipients: []wantParty{
			{Role: RoleTo, Name: "Ministry of Widgets", Line: 3},
			{Role: RoleCC, Name: "Office of the Trade Envoy", Line: 14},
			{Role: RoleCC, Name: "Board of Gadget Standards", Line: 15},
		},
		signatories: []wantParty{{Role: RoleSignatory, Name: "Gadget Council of Eastland", Line: 11}},
	},
	{
		name:       "signatories one per line with stray blank lines",
		in:         testFrame("TO: Ministry of Widgets", "Sincerely,", "Northern Widget Makers Association\n\nGadget Council of Eastland (GCE)\n\n\nSouthern Sprocket Federation"),
		recipients: []wantParty{{Role: RoleTo, Name: "Ministry of Widgets", Line: 3}},
		signatories: []wantParty{
			{Role: RoleSignatory, Name: "Northern Widget Makers Association", Line: 11},
			{Role: RoleSignatory, Name: "Gadget Council of Eastland (GCE)", Acronym: "GCE", Line: 13},
			{Role: RoleSignatory, Name: "Southern Sprocket Federation", Line: 16},
		},
	},
	{
		name:       "signatories run together after their acronyms",
		in:         testFrame("TO: Ministry of Widgets", "Signed,", "Northern Widget Makers Association (NWMA) Gadget Council of Eastland (GCE) Southern Sprocket Federation (SSF) Western Cog Alliance (WCA)"),
		recipients: []wantParty{{Role: RoleTo, Name: "Ministry of Widgets", Line: 3}},
		signatories: []wantParty{
			{Role: RoleSignatory, Name: "Northern Widget Makers Association (NWMA)", Acronym: "NWMA", Split: true, Line: 11},
			{Role: RoleSignatory, Name: "Gadget Council of Eastland (GCE)", Acronym: "GCE", Split: true, Line: 11},
			{Role: RoleSignatory, Name: "Southern Sprocket Federation (SSF)", Acronym: "SSF", Split: true, Line: 11},
			{Role: RoleSignatory, Name: "Western Cog Alliance (WCA)", Acronym: "WCA", Split: true, Line: 11},
		},
	},
	{
		name:       "signatories run together, a brand name and a repeated name",
		in:         testFrame("TO: Ministry of Widgets", "Signed,", "Widget Chamber of Commerce in Eastland Widget Chamber of Commerce in Westland GearNet Cog Makers Institute (CMI) National Association of Sprocket Dealers"),
		recipients: []wantParty{{Role: RoleTo, Name: "Ministry of Widgets", Line: 3}},
		signatories: []wantParty{
			{Role: RoleSignatory, Name: "Widget Chamber of Commerce in Eastland", Split: true, Line: 11},
			{Role: RoleSignatory, Name: "Widget Chamber of Commerce in Westland", Split: true, Line: 11},
			{Role: RoleSignatory, Name: "GearNet", Split: true, Line: 11},
			{Role: RoleSignatory, Name: "Cog Makers Institute (CMI)", Acronym: "CMI", Split: true, Line: 11},
			{Role: RoleSignatory, Name: "National Association of Sprocket Dealers", Split: true, Line: 11},
		},
	},
	{
		// a list printed in two columns reads down the first column, then
		// down the second
		name:       "signatories in two columns",
		in:         testFrame("TO: Ministry of Widgets", "Sincerely,", "Northern Widget Makers Association   Gadget Council of Eastland\nSouthern Sprocket Federation\tWestern Cog Alliance"),
		recipients: []wantParty{{Role: RoleTo, Name: "Ministry of Widgets", Line: 3}},
		signatories: []wantParty{
			{Role: RoleSignatory, Name: "Northern Widget Makers Association", Split: true, Line: 11},
			{Role: RoleSignatory, Name: "Southern Sprocket Federation", Split: true, Line: 12},
			{Role: RoleSignatory, Name: "Gadget Council of Eastland", Split: true, Line: 11},
			{Role: RoleSignatory, Name: "Western Cog Alliance", Split: true, Line: 12},
		},
	},
	{
		name:       "people signing side by side, title and organisation under each",
		in:         testFrame("TO: Ministry of Widgets", "Yours faithfully,", "Anna Berg                         Pierre Laurent\nDirector General                  President\nFederation of Nordic Industries   European Chemical Trade Council"),
		recipients: []wantParty{{Role: RoleTo, Name: "Ministry of Widgets", Line: 3}},
		signatories: []wantParty{
			{Role: RoleSignatory, Name: "Federation of Nordic Industries", Signer: "Anna Berg", Title: "Director General", Split: true, Line: 11},
			{Role: RoleSignatory, Name: "European Chemical Trade Council", Signer: "Pierre Laurent", Title: "President", Split: true, Line: 11},
		},
	},
	{
		name:       "signing people with titles and organisations",
		in:         testFrame("TO: Ministry of Widgets", "Sincerely,", "Dr. Jane Q. Doe\nPresident and Chief Executive Officer\nNorthern Widget Makers Association\n\nJohn R. Roe, Executive Director\nGadget Council of Eastland"),
		recipients: []wantParty{{Role: RoleTo, Name: "Ministry of Widgets", Line: 3}},
		signatories: []wantParty{
			{Role: RoleSignatory, Name: "Northern Widget Makers Association", Signer: "Jane Q. Doe", Title: "President and Chief Executive Officer", Line: 11},
			{Role: RoleSignatory, Name: "Gadget Council of Eastland", Signer: "John R. Roe", Title: "Executive Director", Line: 15},
		},
	},
	{
		name:        "body-only document",
		in:          "Widget makers press ministry on testing rules\n\nTrade groups representing widget makers on Tuesday asked the ministry to delay new testing rules, saying the draft would harm firms.\n",
		recipients:  nil,
		signatories: nil,
	},
}

func TestParseParties(t *testing.T) {
	for _, tt := range partyTests {
		t.Run(tt.name, func(t *testing.T) {
			d := testParse(t, tt.in, Options{})
			diffParties(t, "recipients", gotParties(d.Recipients), tt.recipients)
			diffParties(t, "signatories", gotParties(d.Signatories), tt.signatories)
		})
	}
}

// Parties the parser gets wrong. Each case is skipped with the bug it
// shows; remove the skip when the parser is fixed.
var partyBugTests = []struct {
	name        string
	bug         string
	in          string
	recipients  []wantParty
	signatories []wantParty
}{
	{
		name: "salutation with an abbreviated honorific",
		bug: `BUG: "Dear Dr. Finch:" is not read as a salutation: isSalutation rejects any line ` +
			`containing ". " (meant to reject sentences), which "Dr. " and "Mr. " contain; the line ` +
			`then joins the inside address and becomes a recipient named "Dear Dr. Finch"`,
		in: letterText(`
March 3, 2020

Bureau of Sprocket Safety
12 Harbour Street
Portville, XY 12345

Dear Dr. Finch:

` + bodyA + `

Sincerely,

Gadget Council of Eastland
`),
		recipients:  []wantParty{{Role: RoleTo, Name: "Bureau of Sprocket Safety", Address: "12 Harbour Street, Portville, XY 12345", Line: 3}},
		signatories: []wantParty{{Role: RoleSignatory, Name: "Gadget Council of Eastland", Line: 13}},
	},
	{
		name: "signing person without honorific",
		bug: `BUG: a signatory whose name stands alone on its line without an honorific ` +
			`("Jane Q. Doe", then "President", then the organisation) is not read as a person, ` +
			`so the title line and the organisation become two more signatories; signatories() ` +
			`promises that "a person followed by title lines (and the body they sign for) is one signatory"`,
		in:         testFrame("TO: Ministry of Widgets", "Sincerely,", "Jane Q. Doe\nPresident\nNorthern Widget Makers Association"),
		recipients: []wantParty{{Role: RoleTo, Name: "Ministry of Widgets", Line: 3}},
		signatories: []wantParty{
			{Role: RoleSignatory, Name: "Northern Widget Makers Association", Signer: "Jane Q. Doe", Title: "President", Line: 11},
		},
	},
}

func TestParsePartiesBugs(t *testing.T) {
	for _, tt := range partyBugTests {
		t.Run(tt.name, func(t *testing.T) {
			d := testParse(t, tt.in, Options{})
			diffParties(t, "recipients", gotParties(d.Recipients), tt.recipients)
			diffParties(t, "signatories", gotParties(d.Signatories), tt.signatories)
		})
	}
}

func TestParseSignatureMarkSpan(t *testing.T) {
	d := testParse(t, testFrame("TO: Ministry of Widgets", "Sincerely,", "/s/ Jane Doe, President\nNorthern Widget Makers Association"), Options{})
	if len(d.Signatories) == 0 {
		t.Fatal("no signatories")
	}
	p := d.Signatories[0]
	if got := d.Source.Text[p.SignerSpan.Start:p.SignerSpan.End]; got != "Jane Doe" || p.Signer != "Jane Doe" {
		t.Errorf("signer %q has span text %q, want both \"Jane Doe\"", p.Signer, got)
	}
}

// ---- Paragraphs ----

type wantParagraph struct {
	Lines     [2]int
	Text      string
	Heading   bool
	Pieces    int
	Sentences []string
}

func gotParagraphs(d *Document) []wantParagraph {
	var out []wantParagraph
	for _, p := range d.Paragraphs {
		var sents []string
		for _, s := range p.Sentences {
			sents = append(sents, p.Text[s.Start:s.End])
		}
		out = append(out, wantParagraph{p.Lines, p.Text, p.Heading, len(p.Pieces), sents})
	}
	return out
}

func (p wantParagraph) String() string {
	return fmt.Sprintf("L%d-%d heading=%v pieces=%d %q sentences=%q", p.Lines[0], p.Lines[1], p.Heading, p.Pieces, p.Text, p.Sentences)
}

func diffParagraphs(t *testing.T, got, want []wantParagraph) {
	t.Helper()
	if reflect.DeepEqual(got, want) {
		return
	}
	var b strings.Builder
	b.WriteString("paragraphs:\n got:\n")
	for _, p := range got {
		fmt.Fprintf(&b, "\t%s\n", p)
	}
	b.WriteString(" want:\n")
	for _, p := range want {
		fmt.Fprintf(&b, "\t%s\n", p)
	}
	t.Error(b.String())
}

var paragraphTests = []struct {
	name string
	in   string
	want []wantParagraph
}{
	{
		name: "hard-wrapped paragraph",
		in:   "March 3, 2020\n\nTO: Ministry of Widgets\n\nDear Minister,\n\nWe write to ask that the ministry delay\nthe new widget rules. The industry has had\nno time to comment.\n\nSincerely,\n\nGadget Council of Eastland\n",
		want: []wantParagraph{{
			Lines:     [2]int{7, 9},
			Text:      "We write to ask that the ministry delay\nthe new widget rules. The industry has had\nno time to comment.",
			Pieces:    1,
			Sentences: []string{"We write to ask that the ministry delay\nthe new widget rules.", "The industry has had\nno time to comment."},
		}},
	},
	{
		name: "heading and list items",
		in: letterText(`
March 3, 2020

TO: Ministry of Widgets

Dear Minister,

Key Concerns

Our members have raised the following concerns about the draft rules and their annexes:

- the scope of the licensing requirement is unclear to most firms;
• the deadline for comments is far too short for small producers;
1. the ministry should publish a revised draft for comment;
(b) the ministry should hold a public hearing before adoption.

Sincerely,

Gadget Council of Eastland
`),
		want: []wantParagraph{
			{Lines: [2]int{7, 7}, Text: "Key Concerns", Heading: true, Pieces: 1, Sentences: []string{"Key Concerns"}},
			{Lines: [2]int{9, 9}, Text: "Our members have raised the following concerns about the draft rules and their annexes:", Pieces: 1, Sentences: []string{"Our members have raised the following concerns about the draft rules and their annexes:"}},
			{Lines: [2]int{11, 11}, Text: "- the scope of the licensing requirement is unclear to most firms;", Pieces: 1, Sentences: []string{"- the scope of the licensing requirement is unclear to most firms;"}},
			{Lines: [2]int{12, 12}, Text: "• the deadline for comments is far too short for small producers;", Pieces: 1, Sentences: []string{"• the deadline for comments is far too short for small producers;"}},
			{Lines: [2]int{13, 13}, Text: "1. the ministry should publish a revised draft for comment;", Pieces: 1, Sentences: []string{"1. the ministry should publish a revised draft for comment;"}},
			{Lines: [2]int{14, 14}, Text: "(b) the ministry should hold a public hearing before adoption.", Pieces: 1, Sentences: []string{"(b) the ministry should hold a public hearing before adoption."}},
		},
	},
	{
		name: "numbered heading",
		in:   "March 3, 2020\n\nTO: Ministry of Widgets\n\nDear Minister,\n\n2.1 Scope of the Rules\n\n" + bodyA + "\n\nSincerely,\n\nGadget Council of Eastland\n",
		want: []wantParagraph{
			{Lines: [2]int{7, 7}, Text: "2.1 Scope of the Rules", Heading: true, Pieces: 1, Sentences: []string{"2.1 Scope of the Rules"}},
			{Lines: [2]int{9, 9}, Text: bodyA, Pieces: 1, Sentences: []string{bodyA}},
		},
	},
	{
		name: "paragraph rejoined across a page break",
		in:   "March 3, 2020\n\nTO: Ministry of Widgets\n\nDear Minister,\n\nWe write to ask that the ministry delay the new widget rules until the industry has had\n\nPage 1 of 2\n\f\ntime to comment on the draft. Its annexes run to hundreds of pages.\n\nSincerely,\n\nGadget Council of Eastland\n",
		want: []wantParagraph{{
			Lines:     [2]int{7, 11},
			Text:      "We write to ask that the ministry delay the new widget rules until the industry has had time to comment on the draft. Its annexes run to hundreds of pages.",
			Pieces:    2,
			Sentences: []string{"We write to ask that the ministry delay the new widget rules until the industry has had time to comment on the draft.", "Its annexes run to hundreds of pages."},
		}},
	},
	{
		name: "paragraph rejoined across a footnote printed mid-paragraph",
		in: letterText(`
March 3, 2020

TO: Ministry of Widgets

Dear Minister,

The draft rules would restrict cross-border data flows,¹ impose new testing regimes on imported widgets and

¹ The draft measures on data transfer were published for comment in January.

require local storage of design files, which no other trading partner requires.

Sincerely,

Gadget Council of Eastland
`),
		want: []wantParagraph{{
			Lines:     [2]int{7, 11},
			Text:      "The draft rules would restrict cross-border data flows,¹ impose new testing regimes on imported widgets and require local storage of design files, which no other trading partner requires.",
			Pieces:    2,
			Sentences: []string{"The draft rules would restrict cross-border data flows,¹ impose new testing regimes on imported widgets and require local storage of design files, which no other trading partner requires."},
		}},
	},
	{
		name: "no rejoin after a full stop",
		in:   "March 3, 2020\n\nTO: Ministry of Widgets\n\nDear Minister,\n\n" + bodyA + "\n\nlower-case start of a new paragraph that follows a finished sentence in the letter.\n\nSincerely,\n\nGadget Council of Eastland\n",
		want: []wantParagraph{
			{Lines: [2]int{7, 7}, Text: bodyA, Pieces: 1, Sentences: []string{bodyA}},
			{Lines: [2]int{9, 9}, Text: "lower-case start of a new paragraph that follows a finished sentence in the letter.", Pieces: 1, Sentences: []string{"lower-case start of a new paragraph that follows a finished sentence in the letter."}},
		},
	},
	{
		name: "no rejoin before a capital",
		in:   "March 3, 2020\n\nTO: Ministry of Widgets\n\nDear Minister,\n\nWe write to ask that the ministry delay the new widget rules until the industry\n\n" + bodyB + "\n\nSincerely,\n\nGadget Council of Eastland\n",
		want: []wantParagraph{
			{Lines: [2]int{7, 7}, Text: "We write to ask that the ministry delay the new widget rules until the industry", Pieces: 1, Sentences: []string{"We write to ask that the ministry delay the new widget rules until the industry"}},
			{Lines: [2]int{9, 9}, Text: bodyB, Pieces: 1, Sentences: []string{bodyB}},
		},
	},
}

func TestParseParagraphs(t *testing.T) {
	for _, tt := range paragraphTests {
		t.Run(tt.name, func(t *testing.T) {
			d := testParse(t, tt.in, Options{})
			diffParagraphs(t, gotParagraphs(d), tt.want)
			for i, p := range d.Paragraphs {
				if p.N != i+1 {
					t.Errorf("paragraph %d has N = %d", i+1, p.N)
				}
			}
		})
	}
}

// Paragraph readings the parser gets wrong; see TestParsePartiesBugs.
var paragraphBugTests = []struct {
	name string
	bug  string
	in   string
	want []wantParagraph
}{
	{
		name: "numbered list item",
		bug: `BUG: a numbered list item "1. The ministry should publish a revised draft." is split ` +
			`into two sentences, "1." and the item: the sentence splitter keeps UAX #29's break ` +
			`after "1." because the text before it ends in a full stop that is neither an ` +
			`abbreviation nor initials, and the letter parser keeps the number in the paragraph text`,
		in: "March 3, 2020\n\nTO: Ministry of Widgets\n\nDear Minister,\n\n1. The ministry should publish a revised draft.\n2. The ministry should hold a public hearing.\n\nSincerely,\n\nGadget Council of Eastland\n",
		want: []wantParagraph{
			{Lines: [2]int{7, 7}, Text: "1. The ministry should publish a revised draft.", Pieces: 1, Sentences: []string{"1. The ministry should publish a revised draft."}},
			{Lines: [2]int{8, 8}, Text: "2. The ministry should hold a public hearing.", Pieces: 1, Sentences: []string{"2. The ministry should hold a public hearing."}},
		},
	},
	{
		name: "lead-in sentence ending in a colon",
		bug: `BUG: a one-line sentence of prose that introduces a list and ends with a colon ` +
			`("The draft rules raise several concerns for our members:") is marked Heading: ` +
			`isHeading counts only ".,;!?" as sentence punctuation, so any short line ending in ":" ` +
			`and followed by a paragraph reads as a heading`,
		in: "March 3, 2020\n\nTO: Ministry of Widgets\n\nDear Minister,\n\nThe draft rules raise several concerns for our members:\n\n- the scope of the licensing requirement is unclear to most firms.\n\nSincerely,\n\nGadget Council of Eastland\n",
		want: []wantParagraph{
			{Lines: [2]int{7, 7}, Text: "The draft rules raise several concerns for our members:", Pieces: 1, Sentences: []string{"The draft rules raise several concerns for our members:"}},
			{Lines: [2]int{9, 9}, Text: "- the scope of the licensing requirement is unclear to most firms.", Pieces: 1, Sentences: []string{"- the scope of the licensing requirement is unclear to most firms."}},
		},
	},
}

func TestParseParagraphsBugs(t *testing.T) {
	for _, tt := range paragraphBugTests {
		t.Run(tt.name, func(t *testing.T) {
			diffParagraphs(t, gotParagraphs(testParse(t, tt.in, Options{})), tt.want)
		})
	}
}

func TestParseHeadingBlockKind(t *testing.T) {
	d := testParse(t, "March 3, 2020\n\nTO: Ministry of Widgets\n\nDear Minister,\n\nKey Concerns\n\n"+bodyA+"\n\nSincerely,\n\nGadget Council of Eastland\n", Options{})
	diffLists(t, "blocks", blockStrings(d), []string{"date L1", "to L3 TO:", "salutation L5", "heading L7", "body L9", "closing L11", "signatories L13"})
}

// ---- Footnotes ----

type wantFootnote struct {
	Label string
	Line  int
	Text  string
	Refs  []string // the text at each ref span
}

type wantMarker struct {
	Paragraph int
	Text      string // the marker in the paragraph's text
	Label     string
}

var footnoteTests = []struct {
	name      string
	in        string
	footnotes []wantFootnote
	markers   []wantMarker
}{
	{
		name: "superscript markers",
		in: letterText(`
March 3, 2020

TO: Ministry of Widgets

Dear Minister,

The draft rules would restrict cross-border data flows,¹ impose new testing regimes and require local storage of design files.²

¹ The draft measures on data transfer were published for comment in January.
² See the notice of the ministry on widget testing.

Sincerely,

Gadget Council of Eastland
`),
		footnotes: []wantFootnote{
			{"1", 9, "The draft measures on data transfer were published for comment in January.", []string{"¹"}},
			{"2", 10, "See the notice of the ministry on widget testing.", []string{"²"}},
		},
		markers: []wantMarker{{1, "¹", "1"}, {1, "²", "2"}},
	},
	{
		name: "bracketed markers, notes after the signatories",
		in:   "March 3, 2020\n\nTO: Ministry of Widgets\n\nDear Minister,\n\nThe draft rules would restrict cross-border data flows.[1] They would also impose new testing regimes on imported widgets.[2]\n\nSincerely,\n\nGadget Council of Eastland\n\n[1] The draft measures on data transfer were published for comment in January.\n\n[2] See the notice of the ministry on widget testing.\n",
		footnotes: []wantFootnote{
			{"1", 13, "The draft measures on data transfer were published for comment in January.", []string{"[1]"}},
			{"2", 15, "See the notice of the ministry on widget testing.", []string{"[2]"}},
		},
		markers: []wantMarker{{1, "[1]", "1"}, {1, "[2]", "2"}},
	},
	{
		name: "plain digit after punctuation",
		in: letterText(`
March 3, 2020

TO: Ministry of Widgets

Dear Minister,

The draft rules would restrict cross-border data flows,1 trade in testing services and the storage of design files abroad.

1 The draft measures on data transfer were published for comment in January.

Sincerely,

Gadget Council of Eastland
`),
		footnotes: []wantFootnote{{"1", 9, "The draft measures on data transfer were published for comment in January.", []string{"1"}}},
		markers:   []wantMarker{{1, "1", "1"}},
	},
	{
		name: "note printed mid-paragraph",
		in: letterText(`
March 3, 2020

TO: Ministry of Widgets

Dear Minister,

The draft rules would restrict cross-border data flows,¹ impose new testing regimes on imported widgets and

¹ The draft measures on data transfer were published for comment in January.

require local storage of design files, which no other trading partner requires.²

² See the notice of the ministry on widget testing.

Sincerely,

Gadget Council of Eastland
`),
		footnotes: []wantFootnote{
			{"1", 9, "The draft measures on data transfer were published for comment in January.", []string{"¹"}},
			{"2", 13, "See the notice of the ministry on widget testing.", []string{"²"}},
		},
		markers: []wantMarker{{1, "¹", "1"}, {1, "²", "2"}},
	},
	{
		name:      "a number in the text is no marker without a note",
		in:        "March 3, 2020\n\nTO: Ministry of Widgets\n\nDear Minister,\n\nThe share of imports rose from 2 percent in 1996 to 30 percent in 2012, as the tables show.\n\nSincerely,\n\nGadget Council of Eastland\n",
		footnotes: nil,
		markers:   nil,
	},
}

func TestParseFootnotes(t *testing.T) {
	for _, tt := range footnoteTests {
		t.Run(tt.name, func(t *testing.T) {
			d := testParse(t, tt.in, Options{})
			var got []wantFootnote
			for _, f := range d.Footnotes {
				var refs []string
				for _, r := range f.Refs {
					refs = append(refs, d.Source.Text[r.Start:r.End])
				}
				got = append(got, wantFootnote{f.Label, f.Line, f.Text, refs})
			}
			if !reflect.DeepEqual(got, tt.footnotes) {
				t.Errorf("footnotes:\n got %+v\nwant %+v", got, tt.footnotes)
			}
			var marks []wantMarker
			for _, p := range d.Paragraphs {
				for _, m := range p.Markers {
					marks = append(marks, wantMarker{p.N, p.Text[m.Span.Start:m.Span.End], m.Label})
					if d.Footnotes[m.Note].Label != m.Label {
						t.Errorf("marker %q points at footnote %d labelled %q", m.Label, m.Note, d.Footnotes[m.Note].Label)
					}
				}
			}
			if !reflect.DeepEqual(marks, tt.markers) {
				t.Errorf("markers:\n got %+v\nwant %+v", marks, tt.markers)
			}
			for _, b := range d.Blocks {
				if b.Kind == KindBody && strings.Contains(d.Source.Text[b.Span.Start:b.Span.End], "were published for comment") {
					t.Errorf("footnote text read as body: %s", blockString(b))
				}
			}
		})
	}
}

// ---- Repairs ----

var repairTests = []struct {
	name string
	in   string
	want []string // "kind Lnn: detail"
}{
	{
		name: "page artifacts set aside and paragraph rejoined",
		in:   "March 3, 2020\n\nTO: Ministry of Widgets\n\nDear Minister,\n\nWe write to ask that the ministry delay the new widget rules until the industry has had\n\nPage 1 of 2\n\f\ntime to comment on the draft and its many annexes.\n\n- 2 -\n\nSincerely,\n\nGadget Council of Eastland\n",
		want: []string{
			`page-artifact L9: set aside page artifact "Page 1 of 2"`,
			`page-artifact L13: set aside page artifact "- 2 -"`,
			`paragraph-rejoined L11: joined line 11 to the paragraph of line 7: it ends without closing punctuation and this one starts in lower case`,
		},
	},
	{
		name: "footnote linked across a rejoined paragraph",
		in:   "March 3, 2020\n\nTO: Ministry of Widgets\n\nDear Minister,\n\nThe draft rules would restrict data flows and impose new testing regimes on imported widgets and\n\n¹ The draft measures on data transfer were published for comment in January.\n\nrequire local storage of design files,¹ which no other trading partner requires.\n\nSincerely,\n\nGadget Council of Eastland\n",
		want: []string{
			`paragraph-rejoined L11: joined line 11 to the paragraph of line 7: it ends without closing punctuation and this one starts in lower case`,
			`footnote-linked L11: linked marker "¹" on line 11 to footnote 1 on line 9`,
		},
	},
	{
		name: "name separated from a street address",
		in:   testFrame("TO: Ministry of Widgets 40 Lantern Road, Eastville 100200", "Sincerely,", "Gadget Council of Eastland"),
		want: []string{`name-address-split L3: separated the name "Ministry of Widgets" from the address "40 Lantern Road, Eastville 100200"`},
	},
	{
		name: "people split at their honorifics",
		in:   testFrame("TO: Ministry of Widgets\nCC: The Honorable Alma Stone, Minister of Trade The Honorable Boris Lake, Deputy Minister", "Sincerely,", "Gadget Council of Eastland"),
		want: []string{`list-split L4: split line 4 into 2 people at their honorifics`},
	},
	{
		name: "run-together names split",
		in:   testFrame("TO: Ministry of Widgets", "Signed,", "Northern Widget Makers Association (NWMA) Gadget Council of Eastland (GCE) Southern Sprocket Federation (SSF)"),
		want: []string{`list-split L11: split line 11 into 3 names`},
	},
	{
		name: "clean letter",
		in:   testFrame("TO: Ministry of Widgets", "Sincerely,", "Gadget Council of Eastland"),
		want: nil,
	},
}

func TestParseRepairs(t *testing.T) {
	for _, tt := range repairTests {
		t.Run(tt.name, func(t *testing.T) {
			d := testParse(t, tt.in, Options{})
			var got []string
			for _, r := range d.Repairs {
				got = append(got, fmt.Sprintf("%s L%d: %s", r.Kind, r.Line, r.Detail))
				if r.Line != d.Source.Line(r.Span.Start) {
					t.Errorf("repair %s: Line %d, but its span starts on line %d", r.Kind, r.Line, d.Source.Line(r.Span.Start))
				}
			}
			diffLists(t, "repairs", got, tt.want)
		})
	}
}

// ---- Notes and body-only documents ----

const (
	noteNoRecipients  = "no recipients found: the document has no address block, TO: or CC: list"
	noteNoSignatories = "no signatories found: the document has no closing followed by a list of names"
	noteNotLetter     = "not read as a letter: no salutation, addressee block or closing was found, so the whole text is body"
)

var noteTests = []struct {
	name   string
	in     string
	letter bool
	title  string
	date   string
	notes  []string
}{
	{
		name:   "complete letter",
		in:     testFrame("TO: Ministry of Widgets", "Sincerely,", "Gadget Council of Eastland"),
		letter: true,
		date:   "2020-03-03",
		notes:  nil,
	},
	{
		name:   "letter without addressees",
		in:     "March 3, 2020\n\nDear Minister,\n\n" + bodyA + "\n\nSincerely,\n\nGadget Council of Eastland\n",
		letter: true,
		date:   "2020-03-03",
		notes:  []string{noteNoRecipients},
	},
	{
		name:   "address with no addressee",
		in:     testFrame("TO:\n12 Harbour Street", "Sincerely,", "Gadget Council of Eastland"),
		letter: true,
		date:   "2020-03-03",
		notes:  []string{`line 4: address with no addressee: "12 Harbour Street"`, noteNoRecipients},
	},
	{
		name: "news report",
		in: letterText(`
Widget makers press ministry on testing rules

By Ann Reporter

March 3, 2020

Trade groups representing widget makers on Tuesday asked the ministry to delay new testing rules, saying the draft would harm firms across the region.

The groups said in a letter that the rules were drafted without consultation and would raise costs for small producers.

A spokesman for the ministry declined to comment on the letter.
`),
		letter: false,
		title:  "Widget makers press ministry on testing rules",
		date:   "2020-03-03",
		notes:  []string{noteNoRecipients, noteNoSignatories, noteNotLetter},
	},
	{
		name:   "commentary quoting a closing in its text",
		in:     "Our view of the widget letter\n\nThe trade groups wrote to the ministry last week, and their letter makes several points worth a close reading by anyone in the industry.\n\nThey ended it, as such letters end, with thanks for the consideration of the ministry and a promise of further comment.\n",
		letter: false,
		title:  "Our view of the widget letter",
		notes:  []string{noteNoRecipients, noteNoSignatories, noteNotLetter},
	},
}

func TestParseNotes(t *testing.T) {
	for _, tt := range noteTests {
		t.Run(tt.name, func(t *testing.T) {
			d := testParse(t, tt.in, Options{})
			if d.Letter != tt.letter {
				t.Errorf("Letter = %v, want %v", d.Letter, tt.letter)
			}
			if d.Title != tt.title {
				t.Errorf("Title = %q, want %q", d.Title, tt.title)
			}
			if d.Date != tt.date {
				t.Errorf("Date = %q, want %q", d.Date, tt.date)
			}
			diffLists(t, "notes", d.Notes, tt.notes)
			if !tt.letter {
				if len(d.Recipients)+len(d.Signatories) != 0 {
					t.Errorf("body-only document has parties: %+v %+v", d.Recipients, d.Signatories)
				}
				for _, b := range d.Blocks {
					if b.Kind != KindBody && b.Kind != KindDate && b.Kind != KindHeading {
						t.Errorf("body-only document has block %s", blockString(b))
					}
				}
				if len(d.Paragraphs) == 0 {
					t.Errorf("body-only document has no paragraphs")
				}
			}
		})
	}
}

// TestParseEmptyLists checks that a document's lists are empty, not nil,
// so that its JSON form has [] rather than null.
func TestParseEmptyLists(t *testing.T) {
	d := testParse(t, "Just one short line\n", Options{})
	if d.Blocks == nil || d.Paragraphs == nil || d.Recipients == nil || d.Signatories == nil || d.Footnotes == nil || d.Repairs == nil {
		t.Errorf("nil list in %+v", d)
	}
}

// ---- The seed letters ----

// readSeed reads and parses a seed letter from ../../seeds with the rule
// reader.
func readSeed(t *testing.T, prefix string) *Document {
	return readSeedWith(t, prefix, Options{Rules: true})
}

// readSeedWith reads and parses a seed letter with the given options.
func readSeedWith(t *testing.T, prefix string, opts Options) *Document {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "..", "seeds", prefix+"*.txt"))
	if err != nil || len(paths) != 1 {
		t.Fatalf("seed %s*: found %v (%v)", prefix, paths, err)
	}
	data, err := os.ReadFile(paths[0])
	if err != nil {
		t.Fatal(err)
	}
	src, err := source.Decode(paths[0], data)
	if err != nil {
		t.Fatal(err)
	}
	d := Parse(src, opts)
	checkDocument(t, d)
	return d
}

// These checks are written independently of the parser's own patterns.
var (
	seedStreetRe    = regexp.MustCompile(`\b\d{1,5}\s+\p{Lu}\p{L}*\s+(?:\p{Lu}\p{L}*\s+)*(?:Street|Avenue|Road|Dajie|Boulevard)\b|\bNo\.\s*\d`)
	seedPostcodeRe  = regexp.MustCompile(`\b\d{5,6}\b`)
	seedHonorificRe = regexp.MustCompile(`^(?:The\s+)?(?:Honou?rable|Hon\.|His Excellency|Her Excellency|H\.E\.|Mr\.|Mrs\.|Ms\.|Dr\.)`)
)

func checkSeedNames(t *testing.T, d *Document) {
	t.Helper()
	for _, p := range append(append([]Party{}, d.Recipients...), d.Signatories...) {
		switch {
		case strings.TrimSpace(p.Name) == "":
			t.Errorf("blank %s name: %+v", p.Role, p)
		case seedStreetRe.MatchString(p.Name) || seedPostcodeRe.MatchString(p.Name):
			t.Errorf("%s name holds an address: %q", p.Role, p.Name)
		case seedHonorificRe.MatchString(p.Name):
			t.Errorf("%s name starts with an honorific: %q", p.Role, p.Name)
		case p.Name != strings.TrimSpace(p.Name):
			t.Errorf("%s name has white space around it: %q", p.Role, p.Name)
		}
	}
}

func countRoles(l []Party) (bodies, people map[Role]int) {
	bodies, people = map[Role]int{}, map[Role]int{}
	for _, p := range l {
		if p.Person {
			people[p.Role]++
		} else {
			bodies[p.Role]++
		}
	}
	return bodies, people
}

func TestParseSeed2015(t *testing.T) {
	d := readSeed(t, "2015-01-28-")
	if !d.Letter || d.Date != "2015-01-28" {
		t.Errorf("Letter = %v, Date = %q; want a letter of 2015-01-28", d.Letter, d.Date)
	}
	if got := len(d.Signatories); got != 18 {
		t.Errorf("%d signatories, want 18: %q", got, partyNames(d.Signatories))
	}
	bodies, people := countRoles(d.Recipients)
	if people[RoleCC] != 4 || people[RoleTo] != 0 {
		t.Errorf("copied officials: %d cc and %d to, want 4 cc and 0 to: %+v", people[RoleCC], people[RoleTo], d.Recipients)
	}
	if bodies[RoleTo] != 1 || bodies[RoleCC] != 1 {
		t.Errorf("bodies addressed: %d to and %d cc, want 1 and 1: %+v", bodies[RoleTo], bodies[RoleCC], d.Recipients)
	}
	for _, p := range d.Recipients {
		if p.Person && p.Title == "" {
			t.Errorf("copied official %q has no title", p.Name)
		}
	}
	checkSeedNames(t, d)
	for _, p := range d.Signatories {
		if !strings.Contains(d.Source.Text, p.Name) {
			t.Errorf("signatory %q does not appear verbatim in the letter", p.Name)
		}
		if p.Person {
			t.Errorf("signatory %q read as a person; the 2015 letter is signed by associations", p.Name)
		}
	}
	if len(d.Paragraphs) == 0 {
		t.Error("no paragraphs")
	}
}

func TestParseSeed2017(t *testing.T) {
	d := readSeed(t, "2017-05-15-")
	if !d.Letter || d.Date != "2017-05-15" {
		t.Errorf("Letter = %v, Date = %q; want a letter of 2017-05-15", d.Letter, d.Date)
	}
	if got := len(d.Signatories); got != 54 {
		t.Errorf("%d signatories, want 54: %q", got, partyNames(d.Signatories))
	}
	seen := map[string]bool{}
	for _, p := range d.Signatories {
		if seen[p.Name] {
			t.Errorf("signatory %q listed twice", p.Name)
		}
		seen[p.Name] = true
		if !strings.Contains(d.Source.Text, p.Name) {
			t.Errorf("signatory %q does not appear verbatim in the letter", p.Name)
		}
	}
	bodies, people := countRoles(d.Recipients)
	if len(people) != 0 || bodies[RoleTo] == 0 || bodies[RoleCC] == 0 {
		t.Errorf("recipients: bodies %v, people %v; want bodies in to and cc and no people", bodies, people)
	}
	checkSeedNames(t, d)
	if len(d.Footnotes) == 0 {
		t.Error("no footnotes")
	}
	for _, f := range d.Footnotes {
		if len(f.Refs) == 0 {
			t.Errorf("footnote %s has no marker in the body", f.Label)
		}
	}
}

// TestParseSeedNews checks that the news and commentary seeds read as
// body-only documents.
func TestParseSeedNews(t *testing.T) {
	for _, prefix := range []string{"2015-01-news-", "2015-08-12-news-", "2015-08-commentary-"} {
		t.Run(prefix, func(t *testing.T) {
			d := readSeed(t, prefix)
			checkSeedNames(t, d)
			if d.Letter {
				t.Errorf("read as a letter; want body only")
			}
			if len(d.Recipients)+len(d.Signatories) != 0 {
				t.Errorf("parties in a body-only document: %q %q", partyNames(d.Recipients), partyNames(d.Signatories))
			}
			if !slices.Contains(d.Notes, noteNotLetter) {
				t.Errorf("notes %q lack %q", d.Notes, noteNotLetter)
			}
		})
	}
}

func partyNames(l []Party) []string {
	var out []string
	for _, p := range l {
		out = append(out, p.Name)
	}
	return out
}

func TestGreetingsAndClosingsInOtherLanguages(t *testing.T) {
	for _, tc := range []struct {
		in                  string
		salutation, closing bool
	}{
		{"Dear Minister,", true, false},
		{"Sehr geehrter Herr Minister,", true, false},
		{"Sehr geehrte Damen und Herren,", true, false},
		{"Madame la Ministre,", true, false},
		{"Geachte heer Jansen,", true, false},
		{"Estimada Ministra:", true, false},
		{"Geacht College van Widgetstad,", true, false}, // the neuter form, before "het College"
		{"Querida Ministra:", true, false},
		{"Liebes Widget-Team,", true, false},
		{"Liebevoll gestaltete Gärten,", false, false}, // a word that only starts like a greeting
		{"Madame Ann Wu", false, false},                // an addressee, no greeting
		{"Mit freundlichen Grüßen", false, true},
		{"Beste Grüße,", false, true},
		{"Met vriendelijke groet,", false, true},
		{"Z poważaniem", false, true},
		{"Veuillez agréer, Madame la Ministre, l'expression de notre haute considération.", false, true},
		{"Sincerely,", false, true},
		{"In service,", false, true},
		{"Yours in Service", false, true},
		{"In service of the public good we act.", false, false},
		{"Cordialement, nous restons à votre disposition pour en discuter.", false, false},
	} {
		if got := isSalutation(tc.in); got != tc.salutation {
			t.Errorf("isSalutation(%q) = %v, want %v", tc.in, got, tc.salutation)
		}
		if got := isClosing(tc.in); got != tc.closing {
			t.Errorf("isClosing(%q) = %v, want %v", tc.in, got, tc.closing)
		}
	}
}

func TestSignatureHeadingsInOtherLanguages(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Signatories:", true},
		{"Unterzeichnende Organisationen", true},
		{"Organisations signataires :", true},
		{"Firmantes", true},
		{"unterstützt durch:", true},
		{"| Organisations                  |", true}, // a cell of a table
		{"Widget Watch e.V.", false},
		{"| Widget Watch |", false},
		{"Les signataires de cette lettre demandent au gouvernement de publier le projet.", false}, // a sentence
	} {
		if got := isGroupHeading(tc.in); got != tc.want {
			t.Errorf("isGroupHeading(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestPlaceHeading(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"KENYA", true},
		{"Chile (12)", true},
		{"| Norway: |", true},
		{"Widget Watch, Kenya", false},
		{"Chile (twelve)", false},
		{"(12)", false},
		{"", false},
	} {
		if got := isPlaceHeading(tc.in); got != tc.want {
			t.Errorf("isPlaceHeading(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestNoteLabel: the forms a footnote opens with, markdown's among them.
func TestNoteLabel(t *testing.T) {
	p := &parser{}
	for _, tc := range []struct {
		text, label, marker string
	}{
		{"[1] See the report of the Widget Council.", "1", "[1]"},
		{"² See the report.", "2", "²"},
		{"[[12]](#_ftnref12) Widget Act 2020, s 4.", "12", "[[12]](#_ftnref12)"},
		{"[^3]: See the report.", "3", "[^3]:"},
		{"[^3] See the report.", "3", "[^3]"},
		{"[[a]](#x) See the report.", "", ""},
		{"Widget Watch", "", ""},
	} {
		label, marker := p.noteLabel(tc.text)
		if label != tc.label || marker != tc.marker {
			t.Errorf("noteLabel(%q) = %q, %q; want %q, %q", tc.text, label, marker, tc.label, tc.marker)
		}
	}
}

// TestSalutationTail: the body's first words written on the greeting's
// line open the first paragraph; a greeting that names several people
// gives no text.
func TestSalutationTail(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Dear Minister: We urge you to publish the\nrules by May.\n", "We urge you to publish the rules by May."},
		{"Dear Ann Wu, we write to ask for the\nrules.\n", "we write to ask for the rules."},
		{"Dear Ann, Bo and Cy,\nWe urge you to act.\n", "We urge you to act."},
		{"Dear Minister,\nWe urge you to act.\n", "We urge you to act."},
	} {
		src, err := source.Decode("test.txt", []byte(tc.text))
		if err != nil {
			t.Fatal(err)
		}
		d := Parse(src, Options{Labels: []reader.Label{reader.Salutation, reader.Body}})
		if len(d.Paragraphs) == 0 || d.Paragraphs[0].Text != tc.want {
			var got []string
			for _, p := range d.Paragraphs {
				got = append(got, p.Text)
			}
			t.Errorf("%q: paragraphs %q, want the first %q", tc.text, got, tc.want)
		}
	}
}

// TestSpacedWraps: a text wrapped at a width with a blank line after
// every line reads its paragraphs across the blank lines, to the line
// that ends a sentence; a page of one paragraph to a line does not.
func TestSpacedWraps(t *testing.T) {
	wrapped := []string{
		"Dear Chair Wu:", "We write to ask the Committee to", "review the widget levy before the",
		"end of the session. The levy falls", "hardest on small makers.",
		"The Widget Council also asks that", "the Committee hold a hearing on the", "gadget rules this year.",
		"Thank you for your attention to", "this matter and for your", "continued support of our members.",
		"Sincerely,", "Ann Wu.",
	}
	text := strings.Join(wrapped, "\n\n") + "\n"
	src, err := source.Decode("test.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	p := newParser(src, Options{})
	if !p.spacedWraps {
		t.Fatal("a spaced wrapped text not seen as one")
	}
	var labels []reader.Label
	for i, l := range wrapped {
		if i > 0 {
			labels = append(labels, reader.Blank)
		}
		switch {
		case i == 0:
			labels = append(labels, reader.Salutation)
		case l == "Sincerely,":
			labels = append(labels, reader.Closing)
		case i == len(wrapped)-1:
			labels = append(labels, reader.Signer)
		default:
			labels = append(labels, reader.Body)
		}
	}
	var got []string
	for _, par := range Parse(src, Options{Labels: labels}).Paragraphs {
		got = append(got, par.Text)
	}
	want := []string{
		"We write to ask the Committee to review the widget levy before the end of the session. The levy falls hardest on small makers.",
		"The Widget Council also asks that the Committee hold a hearing on the gadget rules this year.",
		"Thank you for your attention to this matter and for your continued support of our members.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("paragraphs\n%q\nwant\n%q", got, want)
	}
	page := strings.Repeat("We urge the Committee to review the widget levy this year.\n\nThe levy falls hardest on small makers in Riverton.\n\n", 4)
	if spacedWraps(splitLines(page)) {
		t.Error("a page of one paragraph to a line seen as wrapped")
	}
}

// TestWebChrome: a page's furniture in English opens a line; in other
// languages, and a press release's end mark, it is the whole line.
func TestWebChrome(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Share this page", true},
		{"Download the letter (PDF)", true},
		{"Facebook | Twitter | E-mail", true},
		{"Télécharger", true},
		{"  Herunterladen ", true},
		{"Leer más", true},
		{"- ENDS -", true},
		{"###", true},
		{"END.", true},
		{"Partager les données publiques", false},
		{"Ende der Beihilfen", false},
		{"Facebook", false},
		{"Widget Watch", false},
	} {
		if got := isWebChrome(tc.line); got != tc.want {
			t.Errorf("isWebChrome(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}
