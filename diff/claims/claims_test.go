package claims

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/letterdiff/letterdiff/align/letter"
	"github.com/letterdiff/letterdiff/align/source"
)

// parse makes a document of a letter body.
func parse(t testing.TB, body string) *letter.Document {
	t.Helper()
	text := "March 3, 2020\n\nTO: Ministry of Widgets\n\nDear Minister,\n\n" + body + "\n\nSincerely,\n\nAlpha Association\nBeta Council\n"
	src, err := source.Decode("test.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return letter.Parse(src, letter.Options{Rules: true})
}

// claimsOf returns the demands and grievances of a body as "D: text" and
// "G: text" lines.
func claimsOf(t testing.TB, body string) []string {
	t.Helper()
	var out []string
	for _, it := range Extract(parse(t, body), Options{Rules: true}) {
		switch it.Kind {
		case Demand:
			out = append(out, "D: "+it.Text)
		case Grievance:
			out = append(out, "G: "+it.Text)
		}
	}
	return out
}

func TestClassify(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string
	}{
		{"request verb", "We request an extension of the comment period.",
			[]string{"D: We request an extension of the comment period"}},
		{"urge with infinitive", "We urge the Ministry to withdraw the draft rule.",
			[]string{"D: We urge the Ministry to withdraw the draft rule"}},
		{"call on", "Our members call on the agency to publish its data.",
			[]string{"D: Our members call on the agency to publish its data"}},
		{"undersigned as subject", "The undersigned organizations, representing the sector, ask for a public hearing.",
			[]string{"D: The undersigned organizations, representing the sector, ask for a public hearing"}},
		{"impersonal frame", "It is essential that the rules be published in advance.",
			[]string{"D: It is essential that the rules be published in advance"}},
		{"impersonal frame with to", "It is vital to publish the rules in advance.",
			[]string{"D: It is vital to publish the rules in advance"}},
		{"modal on the measure", "The regulation should exempt small firms.",
			[]string{"D: The regulation should exempt small firms"}},
		{"modal with writers as subject is no ask", "We should note that the market has grown.", nil},
		{"modal in relative clause is no ask", "Firms that must report quarterly will file their reports online.", nil},
		{"hope", "We remain hopeful that the Ministry will reconsider the tariff.",
			[]string{"D: We remain hopeful that the Ministry will reconsider the tariff"}},
		{"adverb before an imperative", "Urgently reduce the licensing fees for small firms.",
			[]string{"D: Urgently reduce the licensing fees for small firms"}},
		{"adverb opening a statement", "Currently the licensing fees apply to all firms.", nil},
		{"two verbs of an imperative", "Maintain and expand the rural clinics fund.",
			[]string{"D: Maintain and expand the rural clinics fund"}},
		{"a verb and a noun are no imperative", "Release and publication of the data are planned for May.", nil},
		{"please", "Please extend the deadline by ninety days.",
			[]string{"D: Please extend the deadline by ninety days"}},
		{"stance", "We are concerned that the licensing scheme will delay market entry.",
			[]string{"G: We are concerned that the licensing scheme will delay market entry"}},
		{"regrettably", "Regrettably, the draft imposes duplicative audits on exporters.",
			[]string{"G: the draft imposes duplicative audits on exporters"}},
		{"grievance words alone", "These fees are excessive and discriminatory.",
			[]string{"G: These fees are excessive and discriminatory"}},
		{"one weak word is not enough", "The draft is unclear in places.", nil},
		{"negated grievance word", "Domestic firms operate with no restrictions on ownership.", nil},
		{"concession", "All governments have legitimate concerns about fraud.", nil},
		{"appreciation governs its sentence", "We appreciate the Ministry's attention to our concerns about the tariff.", nil},
		{"offer", "We stand ready to work with the Ministry on alternative approaches.", nil},
		{"vague stance object", "We write to share our concerns about several aspects of the law.", nil},
		{"imposition by a measure", "The new rules mandate that vendors disclose their source code.",
			[]string{"G: The new rules mandate that vendors disclose their source code"}},
		{"imposition on actors", "The agency is requiring foreign firms to store data locally.",
			[]string{"G: The agency is requiring foreign firms to store data locally"}},
		{"examples of a complaint", "Examples of these measures include import licences for all machinery.",
			[]string{"G: Examples of these measures include import licences for all machinery"}},
		{"neither", "Our members employ thousands of workers in the region.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := claimsOf(t, tt.body)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("claims of %q\n got %q\nwant %q", tt.body, got, tt.want)
			}
		})
	}
}

func TestItems(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string
	}{
		{"verb phrase list under an imposition",
			"The policies dictate that products must undergo intrusive testing, contain local patents, comply with national standards, and restrict the flow of data.",
			[]string{
				"G: The policies dictate that products must undergo intrusive testing",
				"G: contain local patents",
				"G: comply with national standards",
				"G: restrict the flow of data",
			}},
		{"semicolon list under a frame",
			"It is critical that rules be developed openly; not favour domestic suppliers; and not create barriers to trade.",
			[]string{
				"D: It is critical that rules be developed openly",
				"D: not favour domestic suppliers",
				"D: not create barriers to trade",
			}},
		{"coordinated asks",
			"We urge the Ministry to postpone the rule and grant stakeholders a hearing.",
			[]string{
				"D: We urge the Ministry to postpone the rule",
				"D: grant stakeholders a hearing",
			}},
		{"shared complement is one ask",
			"We recommend that agencies consult and work closely with industry.",
			[]string{"D: We recommend that agencies consult and work closely with industry"}},
		{"adjectives in a noun phrase",
			"We ask that rules be made in a transparent and open process.",
			[]string{"D: We ask that rules be made in a transparent and open process"}},
		{"noun list of short items stays whole",
			"We are concerned about limits on the purchase, sale, or use of software.",
			[]string{"G: We are concerned about limits on the purchase, sale, or use of software"}},
		{"noun phrase list of long items",
			"The measures mandate broad data residency rules, onerous security reviews for products, forced transfer of technology, and broad requirements for data sharing.",
			[]string{
				"G: The measures mandate broad data residency rules",
				"G: onerous security reviews for products",
				"G: forced transfer of technology",
				"G: broad requirements for data sharing",
			}},
		{"complaining subject split from its predicate",
			"An opaque and arbitrary licensing regime would isolate local firms and weaken competition, thereby harming growth and restricting choice.",
			[]string{
				"G: An opaque and arbitrary licensing regime",
				"G: would isolate local firms",
				"G: weaken competition",
				"G: thereby harming growth",
				"G: restricting choice",
			}},
		{"topic of an ask",
			"We request a meeting regarding the policies requiring foreign vendors to license their patents.",
			[]string{
				"D: We request a meeting",
				"G: regarding the policies requiring foreign vendors to license their patents",
			}},
		{"fronted standard",
			"Moreover, in line with its trade commitments, it is important that the agency treat imports fairly.",
			[]string{
				"D: in line with its trade commitments",
				"D: it is important that the agency treat imports fairly",
			}},
		{"contrast after a negation",
			"Our concern is not with the aim of safety, but with the means chosen.",
			nil},
		{"parenthetical clause",
			"The draft restricts exports (and may even weaken security) while burdening industry.",
			[]string{
				"G: may even weaken security",
				"G: The draft restricts exports",
				"G: while burdening industry",
			}},
		{"interrupted clause keeps its subject as lead-in",
			"It is critical that the rules—including those in sector measures—comply with international standards.",
			[]string{"D: comply with international standards"}},
		{"condition stays with its ask",
			"We request that the Ministry delay the law until such time that the rules are final.",
			[]string{"D: We request that the Ministry delay the law until such time that the rules are final"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := claimsOf(t, tt.body)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("items of %q\n got %q\nwant %q", tt.body, got, tt.want)
			}
		})
	}
}

func TestItemFields(t *testing.T) {
	doc := parse(t, "We request that the Ministry delay the law until June 1, 2021, and publish 3 drafts.")
	items := Extract(doc, Options{Rules: true})
	if len(items) != 2 {
		t.Fatalf("got %d items: %v", len(items), items)
	}
	first := items[0]
	if first.Cue != "request" || first.Strength != 2 || first.CueKind != "request verb" {
		t.Errorf("cue = %q %d %q", first.Cue, first.Strength, first.CueKind)
	}
	if len(first.Conditions) != 1 || first.Conditions[0] != "until June 1" {
		t.Errorf("conditions = %q", first.Conditions)
	}
	if first.Confidence < 0.8 {
		t.Errorf("confidence %v, want an explicit ask to be confident", first.Confidence)
	}
	second := items[1]
	if second.Text != "publish 3 drafts" || second.Kind != Demand {
		t.Errorf("second = %s", second.Describe())
	}
	if fmt.Sprint(second.Numbers) != "[3]" {
		t.Errorf("numbers = %q", second.Numbers)
	}
	// every item is a verbatim slice of its paragraph
	p := doc.Paragraphs[0]
	for _, it := range items {
		if got := strings.Join(strings.Fields(p.Text[it.Start:it.End]), " "); got != it.Text {
			t.Errorf("item text %q is not the slice %q", it.Text, got)
		}
		for _, sp := range it.Spans {
			if sp.Start < 0 || sp.End > len(doc.Source.Text) || sp.Start >= sp.End {
				t.Errorf("bad span %v", sp)
			}
		}
	}
}

// TestFootnotesMakeNoClaims checks that only the body makes claims: a
// footnote that complains in its own words is structure, not a claim of
// the letter.
func TestFootnotesMakeNoClaims(t *testing.T) {
	body := "The law restricts transfers.¹ We therefore oppose it.\n\n¹ The draft measures are particularly troubling because they extend reviews to all operators."
	doc := parse(t, body)
	if len(doc.Footnotes) != 1 {
		t.Fatalf("%d footnotes, want 1", len(doc.Footnotes))
	}
	for _, opts := range []Options{{Rules: true}, {}} {
		for _, it := range Extract(doc, opts) {
			if it.Where.Footnote || strings.Contains(it.Text, "troubling") {
				t.Errorf("claim from a footnote: %s", it.Describe())
			}
		}
	}
}

// TestBulletSpaces: an item opens with any bullet glyph the reader knows
// (a Symbol or Wingdings bullet comes out of a PDF as a private-use
// character) and the space after it may be a no-break or a zero-width
// space, as web pages and PDF tools set it: each item is a demand of its
// own under the lead-in's ask.
func TestBulletSpaces(t *testing.T) {
	want := []string{"D: publish the criteria for import licences", "D: withdraw the reporting duty"}
	for _, sp := range []string{" ", "\u00a0", "\u200b", "\u2003"} {
		for _, bullet := range []string{"●", "•", "-", "1.", "\uF0B7", "\uF0D8"} {
			body := "We ask the Ministry to:\n\n" + bullet + sp + "publish the criteria for import licences;\n" + bullet + sp + "withdraw the reporting duty."
			if got := claimsOf(t, body); !slices.Equal(got, want) {
				t.Errorf("bullet %q, space %U: %q, want %q", bullet, []rune(sp)[0], got, want)
			}
		}
	}
}
