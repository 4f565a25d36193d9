package letter

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/letterdiff/letterdiff/align/reader"
	"github.com/letterdiff/letterdiff/align/source"
	"github.com/letterdiff/letterdiff/diff/logreg"
)

func TestTrimJoiners(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Widget Watch", "Widget Watch"},
		{"Widget Watch to", "Widget Watch"},
		{"Council on Gadgets and the", "Council on Gadgets"},
		{"of", "of"},
	} {
		if got := trimJoiners(piece{text: tc.in, span: Span{0, len(tc.in)}}).text; got != tc.want {
			t.Errorf("trimJoiners(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// invented letters that name no signatory: the body they speak for signs
// them, read by the embedded author model from the evidence its
// features name.
const (
	pressRelease = `Gadget Makers Federation

Brussels, 3 March 2026

Gadget Makers Federation welcomes the Commission's proposal on gadget
repair, and asks the Council to keep the repair obligations in the text.

The Gadget Makers Federation represents 40 national associations. We are
concerned that the draft shortens the period for spare parts. The
Commission should keep the seven-year period.
`
	noAuthor = `Brussels, 3 March 2026

The Commission's proposal on gadget repair is welcome. The Council should
keep the repair obligations in the text.
`
)

// issued is an invented press release that names its issuer only on a
// line of the page above it.
const issued = `Press release: Widget Watch
Tuesday, 3 March 2026, 9:15 am

Repair shops across the country face new paperwork from April. The
Ministry should delay the rule until small firms have been consulted.
`

// TestIssuer reads the issuer line as evidence of authorship: the
// candidate carries the feature, and a model that weighs only it
// chooses the issuer. (How much the shipped model weighs it against the
// rest is learned; the corpus's cross-validation measures that.)
func TestIssuer(t *testing.T) {
	src, err := source.Decode("test.txt", []byte(issued))
	if err != nil {
		t.Fatal(err)
	}
	author, err := logreg.Read(strings.NewReader("letterdiff logistic regression model v1\nclasses\tother\tparty\nbias\t0\t0\nfeat\tissuer\tother:-2\tparty:2\n"))
	if err != nil {
		t.Fatal(err)
	}
	d := Parse(src, Options{Author: author, Explain: true})
	if got := partyNames(d.Signatories); !slices.Equal(got, []string{"Widget Watch"}) {
		t.Errorf("signatories %q, want the issuer (candidates %+v)", got, d.Authors)
	}
	for _, a := range d.Authors {
		if a.Name == "Widget Watch" && !slices.Contains(a.Features, "issuer") {
			t.Errorf("candidate %+v: want the issuer feature", a)
		}
	}
}

func TestIssuerName(t *testing.T) {
	for _, tc := range []struct {
		line string
		want int // where the name starts; -1: no issuer label
	}{
		{"Press release: Widget Watch", len("Press release: ")},
		{"  MEDIA RELEASE – Widget Watch", len("  MEDIA RELEASE – ")},
		{"Issued by : Widget Watch", len("Issued by : ")},
		{"Pressemitteilung: Widget Watch", len("Pressemitteilung: ")},
		{"From: Widget Watch", len("From: ")},
		{"Press release:", -1},                  // no name
		{"Press releases are sent weekly.", -1}, // no label
		{"The press release: Widget Watch", -1}, // not at the start
		{"Statement on gadget repair", -1},      // what, not who
		{"Statement by the Widget Council", -1}, // no colon
	} {
		got, ok := issuerName(tc.line)
		if !ok {
			got = -1
		}
		if got != tc.want {
			t.Errorf("issuerName(%q) = %d, want %d", tc.line, got, tc.want)
		}
	}
}

func TestAboutName(t *testing.T) {
	for _, tc := range []struct {
		line string
		want string // the name; "" when the line is no such heading
	}{
		{"About Widget Watch", "Widget Watch"},
		{"  ABOUT THE GADGET COALITION:", "GADGET COALITION"},
		{"About Widget Watch2", "Widget Watch"},
		{"About Agenda 2030", "Agenda 2030"},
		{"À propos de l’Union des Rouages", "Union des Rouages"},
		{"Über das Widget Netzwerk", "Widget Netzwerk"},
		{"Sobre Red Engranaje", "Red Engranaje"},
		{"About", ""},
		{"About:", ""},
		{"About us.", ""},
		{"Abouts Widget Watch", ""},
		{"About the time we wrote to the Council. It was late.", ""},
		{"About twelve members of the Widget Council wrote to the minister in May about it", ""},
	} {
		got := ""
		if pc, ok := aboutName(piece{text: tc.line, span: Span{100, 100 + len(tc.line)}}); ok {
			got = pc.text
			if want := tc.line[pc.span.Start-100 : pc.span.End-100]; want != got {
				t.Errorf("aboutName(%q): span holds %q, text %q", tc.line, want, got)
			}
		}
		if got != tc.want {
			t.Errorf("aboutName(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}

// TestDescribedBodyIsCandidate: a name with no head noun ("Gadget
// Fairness") is a candidate author where the letter describes it as a
// body, and where a heading writes a text about it.
func TestDescribedBodyIsCandidate(t *testing.T) {
	for _, text := range []string{
		"Repair now\n\nGadget Fairness is an independent NGO that campaigns for repairable gadgets.\n\nWe ask the Council to publish the repair rules.\n",
		"Repair now\n\nWe ask the Council to publish the repair rules.\n\nAbout Gadget Fairness\n\nIt campaigns for repairable gadgets.\n",
	} {
		src, err := source.Decode("test.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		d := Parse(src, Options{Explain: true})
		var names []string
		for _, a := range d.Authors {
			names = append(names, a.Name)
		}
		if !slices.Contains(names, "Gadget Fairness") {
			t.Errorf("%q: candidates %q, want Gadget Fairness among them", text, names)
		}
	}
}

// TestProperNameInFrameIsCandidate: a proper name with no head noun of
// a body ("Widget Watch Eastland") is a candidate author where the
// letter frames it as its writer: a title or sentence that opens with it
// and a verb or stance of the writer, an issuer's or sender's label, an
// "on behalf of" under the letter. Named anywhere else it is not.
func TestProperNameInFrameIsCandidate(t *testing.T) {
	for _, tc := range []struct {
		text   string
		labels string // the lines' labels, where the test is of the rule and not of the line reader
		want   bool
	}{
		{"Widget Watch Eastland Condemns the Levy\n\nThe levy falls on small makers. The Ministry should withdraw it.\n", "", true},
		{"Levy on makers\n\nWidget Watch Eastland is deeply concerned by the levy. The Ministry should withdraw it.\n", "", true},
		{"Levy on makers\n\nWidget Watch Eastland joins the call for a delay. The Ministry should withdraw the levy.\n", "", true},
		{"From: Widget Watch Eastland\nTo: the Ministry\n\nThe levy falls on small makers. The Ministry should withdraw it.\n", "", true},
		// the line model may read the "on behalf of" line as a signatory,
		// which names the writer without candidates: read as a closing
		{"Dear Minister,\n\nWe ask you to withdraw the levy, which falls on small makers.\n\nOn behalf of Widget Watch Eastland,\n", "salutation blank body blank closing", true},
		{"Levy on makers\n\nThe levy falls on small makers, as Widget Watch Eastland has shown. The Ministry should withdraw it.\n", "", false},
	} {
		src, err := source.Decode("test.txt", []byte(tc.text))
		if err != nil {
			t.Fatal(err)
		}
		d := Parse(src, Options{Explain: true, Labels: labelsOf(t, tc.labels)})
		var names []string
		for _, a := range d.Authors {
			names = append(names, a.Name)
		}
		if got := slices.Contains(names, "Widget Watch Eastland"); got != tc.want {
			t.Errorf("%q: candidates %q, want Widget Watch Eastland among them: %v", tc.text, names, tc.want)
		}
	}
}

func TestAtWe(t *testing.T) {
	for _, tc := range []struct {
		before, after string
		want          bool
	}{
		{"General remarks\nAt ", ", we have long argued", true},
		{"At ", " our members see", true},
		{"At ", ", the board met", false},
		{"We met at ", ", we", false}, // "at" inside a sentence
		{"", ", we", false},
	} {
		if got := atWe(tc.before, tc.after); got != tc.want {
			t.Errorf("atWe(%q, %q) = %v, want %v", tc.before, tc.after, got, tc.want)
		}
	}
}

func TestAuthorModel(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"a letterhead that speaks", pressRelease, []string{"Gadget Makers Federation"}},
		{"no body speaks", noAuthor, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src, err := source.Decode("test.txt", []byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			d := Parse(src, Options{Explain: true})
			if got := partyNames(d.Signatories); !slices.Equal(got, tc.want) {
				t.Errorf("signatories %q, want %q (candidates %+v)", got, tc.want, d.Authors)
			}
			for _, a := range d.Authors {
				if a.Probability < 0 || a.Probability > 1 || len(a.Features) == 0 || len(a.Evidence) == 0 {
					t.Errorf("candidate %+v: want a probability and features", a)
				}
			}
		})
	}
}

// An invented statement with no address: the body its asks are put to by
// name is its addressee, read by the embedded asked model.
func TestAskedModel(t *testing.T) {
	const statement = `Joint statement on gadget repair

We, the undersigned associations, call on the European Commission to keep
the repair obligations in its proposal. The European Commission should
also publish the impact assessment before the vote.

Gadget repair matters to consumers across the Union.
`
	src, err := source.Decode("test.txt", []byte(statement))
	if err != nil {
		t.Fatal(err)
	}
	d := Parse(src, Options{Explain: true})
	if got := partyNames(d.Recipients); !slices.Contains(got, "European Commission") {
		t.Errorf("recipients %q, want the European Commission (candidates %+v)", got, d.Asked)
	}
	for _, r := range d.Recipients {
		if r.Name == "Gadget" || r.Name == "Union" {
			t.Errorf("recipient %q: a mention, not an addressee", r.Name)
		}
	}
}

// TestAskedObjectIsCandidate: the object of an ask is a candidate
// addressee whatever its name looks like: one word that names no kind
// of body ("we ask the Widgetamt to …").
func TestAskedObjectIsCandidate(t *testing.T) {
	const statement = `On the gadget merger

We are writing about the merger of two gadget makers. We ask the
Widgetamt to review the merger in depth before it is approved.

Gadget makers have long shared their patents.
`
	src, err := source.Decode("test.txt", []byte(statement))
	if err != nil {
		t.Fatal(err)
	}
	d := Parse(src, Options{Explain: true})
	var names []string
	for _, c := range d.Asked {
		names = append(names, c.Name)
	}
	if !slices.Contains(names, "Widgetamt") {
		t.Errorf("candidates %q, want the Widgetamt among them", names)
	}
}

// TestLowerCaseBodyIsCandidate: a public body a statement names in lower
// case after an article ("the provincial government", "het kabinet") is
// a candidate addressee, with the word in lower case that says which.
// The lines' labels are given: what is tested is the candidates of a
// statement's body, not how the line model reads so short a text.
func TestLowerCaseBodyIsCandidate(t *testing.T) {
	const statement = `On the clinic cuts

We are writing about the cuts the provincial government made last spring,
which closed three rural clinics. Sinds maart zwijgt het kabinet.
`
	src, err := source.Decode("test.txt", []byte(statement))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	labels := labelsOf(t, "subject blank body body")
	for _, c := range Parse(src, Options{Explain: true, Labels: labels}).Asked {
		names = append(names, c.Name)
	}
	for _, want := range []string{"provincial government", "kabinet"} {
		if !slices.Contains(names, want) {
			t.Errorf("candidates %q, want %q among them", names, want)
		}
	}
}

func TestCutLead(t *testing.T) {
	for _, tc := range []struct {
		name, before, after string
		want                string
		speaks              bool // the text before the name speaks for it
	}{
		{"Widget Watch", "", "", "Widget Watch", false},
		{"Foreword\nThe Widget Watch", "", " is a network of repair shops.", "The Widget Watch", false},
		{"Summary\nWidget Watch", "Our view.\n", " asks for a delay.", "Widget Watch", false},
		{"Annex 2:\nWidget Watch", "", "", "Widget Watch", false},
		// a hard wrap inside the name: the first line is as long as the next
		{"The National Widget\nCouncil", "", " urges the\nMinistry to act.", "The National Widget\nCouncil", false},
		{"As the Executive Director of Widget Watch", "", "", "Widget Watch", true},
		{"As the Executive Director of  Widget\nWatch", "", "", "Widget\nWatch", true},
		{"At Widget Watch", "", "", "Widget Watch", false},
		// a heading with no stop runs on into the paragraph
		{"At Widget Watch", "General remarks\n", ", we argue", "Widget Watch", false},
		{"At Widget Watch", "General remarks \n  ", ", we argue", "Widget Watch", false},
		{"Says the Widget Council", "", "", "the Widget Council", false},
		{"Because the Widget Council", "", "", "the Widget Council", false},
		{"Although Widget Watch", "", "", "Widget Watch", false},
		{"Says the Widget Council", "… for all.” ", "", "the Widget Council", false}, // after a closing quote
		{"Save the Widgets Foundation", "", "", "Save the Widgets Foundation", false},
		{"Office of the High Commissioner for Widgets", "", "", "Office of the High Commissioner for Widgets", false},
		{"Council of the Gadget Makers", "", "", "Council of the Gadget Makers", false},
		{"Director of Widget Watch", "I am the ", "", "Widget Watch", true},
		{"Executive Director of Widget Watch", "I am writing as the ", "", "Widget Watch", true},
		{"Friends of the Gadget", "", "", "Friends of the Gadget", false},
		{"National Council\non Gadgets", "in a report of the ", "", "National Council\non Gadgets", false},
	} {
		pc, before := cutLead(piece{text: tc.name, span: Span{0, len(tc.name)}}, tc.before, tc.after)
		if pc.text != tc.want || speaksFor(before) != tc.speaks {
			t.Errorf("cutLead(%q, %q, %q) = %q, speaks %v; want %q, %v", tc.name, tc.before, tc.after, pc.text, speaksFor(before), tc.want, tc.speaks)
		}
	}
}

func TestSubmittedBy(t *testing.T) {
	for _, tc := range []struct {
		before, name string
		want         int // where the sender's name starts; -1: no sender
	}{
		{"", "Comments of the Widget Council", len("Comments of the ")},
		{"Stellungnahme von ", "Widget Watch", 0},
		{"", "Réponse du Conseil des Widgets", len("Réponse du ")},
		{"Joint submission by ", "Widget Watch", 0},
		{"Widget Watch ", "Response", -1},       // the name-first form is read elsewhere
		{"Comments of ", "", -1},                // no name
		{"Comments on the ", "Widget Bill", -1}, // what it comments on
		{"Our comments of last year and ", "Widget Watch", -1},
	} {
		got, ok := submittedBy(tc.before, tc.name)
		if !ok {
			got = -1
		}
		if got != tc.want {
			t.Errorf("submittedBy(%q, %q) = %d, want %d", tc.before, tc.name, got, tc.want)
		}
	}
}

func TestMergeVariants(t *testing.T) {
	cand := func(name string, mentions int) *authorCand {
		c := &authorCand{key: strings.ToLower(name), first: piece{text: name}, mentions: mentions}
		c.bareAcronym = IsAcronym(name) && !strings.Contains(name, " ")
		return c
	}
	byKey := map[string]*authorCand{}
	for _, c := range []*authorCand{
		cand("National Widget Council", 1), cand("Widget Council", 2), cand("NWC", 3),
		cand("Gadget Forum", 1), cand("Eastland Gadget Forum", 1), cand("Westland Gadget Forum", 1),
	} {
		byKey[c.key] = c
	}
	mergeVariants(byKey)
	if c := byKey["national widget council"]; c == nil || c.mentions != 6 || !c.definedAcronym {
		t.Errorf("National Widget Council = %+v, want its short form and acronym merged in (6 mentions)", c)
	}
	if byKey["widget council"] != nil || byKey["nwc"] != nil {
		t.Error("short forms still stand apart")
	}
	if byKey["gadget forum"] == nil {
		t.Error("a short form that fits two names was merged into one")
	}
}

func TestVariantTargets(t *testing.T) {
	names := map[string]string{}
	for _, n := range []string{"Council of Gadgets", "Widget Council of Gadgets", "National Widget Council of Gadgets", "NWCG",
		"Gadget Forum", "Eastland Gadget Forum", "Westland Gadget Forum", "Forum",
		"WW", "Widget Watch", "Eastland Widget Watch"} {
		names[strings.ToLower(n)] = n
	}
	got := variantTargets(names, 2)
	want := map[string]string{
		"council of gadgets":        "national widget council of gadgets",
		"widget council of gadgets": "national widget council of gadgets",
		"nwcg":                      "national widget council of gadgets",
		"ww":                        "eastland widget watch", // through "widget watch"
		"widget watch":              "eastland widget watch",
	}
	if !maps.Equal(got, want) {
		t.Errorf("variantTargets = %v, want %v", got, want)
	}
}

// An invented letter on a chamber's letterhead, signed on rules by two of
// its members: legislators sign as themselves, and the rules are no one.
func TestLegislatorsSignAsThemselves(t *testing.T) {
	// A body's letterhead: signers with no body of their own sign for it,
	// unless they hold a legislator's seat.
	const text = `Eastland Widget Council
Capitol Building, Eastland City

March 3, 2026

The Honorable Ann Wu
Minister of Health
Eastland Ministry of Health

Dear Minister Wu:

We urge the Ministry to keep the rural clinics open through the winter.

Sincerely,

______________________
Tom Lind
Senator for Northfield

Rep. Joan Park
District 4

Lee Chan MP
Northfield West

Maria Costa
Chief Representative
`
	src, err := source.Decode("test.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	// the lines as the corpus labels them: the test is of who signs for
	// whom, not of the line reader
	labels := labelsOf(t, "head head blank date blank to to to blank salutation blank body blank closing blank furniture "+
		"signer signer blank signer signer blank signer signer blank signer signer")
	d := Parse(src, Options{Labels: labels})
	var got []string
	for _, s := range d.Signatories {
		got = append(got, fmt.Sprintf("%s|%s|%v|%s", s.Name, s.Signer, s.Person, s.Title))
	}
	want := []string{
		"Tom Lind||true|Senator for Northfield",
		"Joan Park||true|District 4",
		"Lee Chan||true|MP, Northfield West",
		"Eastland Widget Council|Maria Costa|false|Chief Representative",
	}
	if !slices.Equal(got, want) {
		t.Errorf("signatories (name|signer|person|title):\n got %q\nwant %q", got, want)
	}
}

func TestLegislatorSignsUnderChamberHead(t *testing.T) {
	// a member who signs on the chamber's letterhead, the office on the
	// line under the name (read as an affiliation), signs as themself;
	// a director on a body's letterhead signs for the body, and so does a
	// member on their party's
	const body = "\n\nMarch 3, 2026\n\nDear Minister Wu:\n\nWe urge the Ministry to keep the rural clinics open.\n\nSincerely,\nTom Lind,\n"
	const labels = "blank date blank salutation blank body blank closing signatory affil"
	for _, tc := range []struct{ text, labels, want string }{
		{"Congress of the Eastland Republic,\nHouse of Representatives," + body + "Member of Congress.\n", "head head " + labels, "Tom Lind|true"},
		{"Eastland Widget Council" + body + "Executive Director.\n", "head " + labels, "Eastland Widget Council|false"},
		{"Eastland Widget Party" + body + "Member of Parliament.\n", "head " + labels, "Eastland Widget Party|false"},
	} {
		src, err := source.Decode("test.txt", []byte(tc.text))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range Parse(src, Options{Labels: labelsOf(t, tc.labels)}).Signatories {
			got = append(got, fmt.Sprintf("%s|%v", s.Name, s.Person))
		}
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("signatories of %q = %q, want [%q]", tc.text[:24], got, tc.want)
		}
	}
}

func TestLegislatorSigns(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		want  bool
	}{
		{[]string{"Tom Lind", "United States Senator"}, true},
		{[]string{"Tom Lind", "Member of Parliament for Eastfield"}, true},
		{[]string{"Tom Lind", "Member of Congress."}, true},
		{[]string{"Tom Lind", "member of the legislative assembly"}, true},
		{[]string{"Tom Lind", "Member Services Manager"}, false},
		{[]string{"Senator Tom Lind"}, true},
		{[]string{"Cllr Tom Lind"}, true},
		{[]string{"Tom Lind MEP"}, true},
		{[]string{"Tom Lind", "Executive Director"}, false},
		{[]string{"Tom Lind", "Chief Representative"}, false},
		{[]string{"Tom Lind", "Staff Representative, Widget Union"}, false},
		{[]string{"MP"}, false},
	} {
		col := make([]piece, len(tc.lines))
		for i, l := range tc.lines {
			col[i] = piece{text: l}
		}
		if got := legislatorSigns(col); got != tc.want {
			t.Errorf("legislatorSigns(%q) = %v, want %v", tc.lines, got, tc.want)
		}
	}
}

// TestSignerOnBehalf: a person on a line of their own under "On behalf of
// …" signs for the bodies named there (read by the learned reader).
func TestSignerOnBehalf(t *testing.T) {
	for _, tc := range []struct {
		sig  string
		want []string // name|signer|title
	}{
		{"On behalf of WW and Gadgetfront\n\nAnn Wu", []string{"WW|Ann Wu|", "Gadgetfront|Ann Wu|"}},
		{"For and on behalf of Widget Council\n\nAnn Wu\nChair", []string{"Widget Council|Ann Wu|Chair"}},
		{"On behalf of Riverton Together\n\nAnn Wu", []string{"Riverton Together|Ann Wu|"}},
	} {
		text := "March 3, 2020\n\nTO: Ministry of Widgets\n\nDear Minister,\n\nWe urge you to keep the rural clinics open through the winter.\n\nYours sincerely,\n\n" + tc.sig + "\n"
		src, err := source.Decode("test.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range Parse(src, Options{}).Signatories {
			got = append(got, s.Name+"|"+s.Signer+"|"+s.Title)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: signatories %q, want %q", tc.sig, got, tc.want)
		}
	}
}

// TestLoneSignerSignsForSender: the one or two persons who sign a letter
// that speaks for a body sign for that body, even when the reader took
// their lines for signatories; a longer list of persons, a legislator and
// a letter that speaks for no body keep their persons (lines labelled as
// given, and an author model that takes the body the letter says it
// speaks for: the test is of who signs for whom, not of the model).
func TestLoneSignerSignsForSender(t *testing.T) {
	author, err := logreg.Read(strings.NewReader("letterdiff logistic regression model v1\nclasses\tother\tparty\nbias\t0\t0\nfeat\tself\tother:-2\tparty:2\n"))
	if err != nil {
		t.Fatal(err)
	}
	const speaks = "Widget Watch\n\nI am writing as the director of Widget Watch, a network of repair shops.\n\n"
	for _, tc := range []struct {
		body, sig string
		want      []string // name|signer|person
	}{
		{speaks, "Ann Wu\nDirector", []string{"Widget Watch|Ann Wu|false"}},
		{speaks, "Ann Wu\nBo Li", []string{"Widget Watch|Ann Wu and Bo Li|false"}},
		{speaks, "Ann Wu\nBo Li\nCy Tan", []string{"Ann Wu||true", "Bo Li||true", "Cy Tan||true"}},
		{speaks, "Senator Ann Wu", []string{"Ann Wu||true"}},
		{"", "Ann Wu\nDirector", []string{"Ann Wu||true"}},
	} {
		text := tc.body + "Dear Minister,\n\nWe urge you to keep the rural clinics open.\n\nYours sincerely,\n\n" + tc.sig + "\n"
		var labels []reader.Label
		for _, l := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
			switch {
			case l == "":
				labels = append(labels, reader.Blank)
			case l == "Widget Watch":
				labels = append(labels, reader.Head)
			case l == "Dear Minister,":
				labels = append(labels, reader.Salutation)
			case l == "Yours sincerely,":
				labels = append(labels, reader.Closing)
			case strings.HasPrefix(l, "I am") || strings.HasPrefix(l, "We urge"):
				labels = append(labels, reader.Body)
			case l == "Director":
				labels = append(labels, reader.Affil)
			default:
				labels = append(labels, reader.Signatory)
			}
		}
		src, err := source.Decode("test.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range Parse(src, Options{Labels: labels, Author: author}).Signatories {
			got = append(got, fmt.Sprintf("%s|%s|%v", s.Name, s.Signer, s.Person))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: signatories %q, want %q", tc.sig, got, tc.want)
		}
	}
}

// TestSpellOutAcronyms: a body that signs with an acronym the letter
// defines is named by the name it stands for (lines labelled as given).
func TestSpellOutAcronyms(t *testing.T) {
	text := "March 3, 2020\n\nTO: Ministry of Widgets\n\nDear Minister,\n\nThe Gadget Repair Forum (GRF) urges you to keep the rural clinics open through the winter.\n\nYours sincerely,\n\nGRF\nWidget Makers Guild\n"
	labels := []reader.Label{reader.Date, reader.Blank, reader.To, reader.Blank, reader.Salutation, reader.Blank, reader.Body, reader.Blank,
		reader.Closing, reader.Blank, reader.Signatory, reader.Signatory}
	var got []string
	for _, s := range parseLabelled(t, text, labels).Signatories {
		got = append(got, s.Name+"|"+s.Acronym)
	}
	if want := []string{"Gadget Repair Forum|GRF", "Widget Makers Guild|"}; !slices.Equal(got, want) {
		t.Errorf("signatories %q, want %q", got, want)
	}
}

func TestWritersNamed(t *testing.T) {
	for _, tc := range []struct {
		before string
		want   bool
	}{
		{"Taking this into consideration we (", true},
		{"and for us (", true},
		{"as the report (", false},
		{"we ", false},
	} {
		if got := writersNamed(tc.before); got != tc.want {
			t.Errorf("writersNamed(%q) = %v, want %v", tc.before, got, tc.want)
		}
	}
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Open Gadget Ireland", true},
		{"Friends of the Gadget", true},
		{"Open", false},
		{"the Gadget Forum", false},
		{"Gadget Forum of", false},
	} {
		if got := properName(strings.Fields(tc.name)); got != tc.want {
			t.Errorf("properName(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestJointHead: a letter with no signature under a letterhead of three
// bodies' names, a line each, is theirs together; a letterhead of a body
// and its address is the body's alone.
func TestJointHead(t *testing.T) {
	author, err := logreg.Read(strings.NewReader("letterdiff logistic regression model v1\nclasses\tother\tparty\nbias\t0\t0\nfeat\thead\tother:-2\tparty:2\n"))
	if err != nil {
		t.Fatal(err)
	}
	body := "\n\nBerlin, 3 March 2026\n\nThe draft rule on widget repair should be withdrawn. It burdens small shops.\n"
	for _, tc := range []struct {
		head []string
		want []string
	}{
		{[]string{"Widget Watch", "Gadget Forum", "Sprocket Federation"}, []string{"Widget Watch", "Gadget Forum", "Sprocket Federation"}},
		{[]string{"Widget Watch", "12 Main Street", "Riverton"}, []string{"Widget Watch"}},
		{[]string{"Widget Watch", "Gadget Forum"}, []string{"Widget Watch"}},
	} {
		text := strings.Join(tc.head, "\n") + body
		var labels []reader.Label
		for range tc.head {
			labels = append(labels, reader.Head)
		}
		labels = append(labels, reader.Blank, reader.Blank, reader.Date, reader.Blank, reader.Body)
		src, err := source.Decode("test.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		d := Parse(src, Options{Labels: labels, Author: author})
		if got := partyNames(d.Signatories); !slices.Equal(got, tc.want) {
			t.Errorf("head %q: signatories %q, want %q", tc.head, got, tc.want)
		}
	}
}

func TestTrimLeadingFunctionWords(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"What the Eastland government", "the Eastland government"},
		{"Because the Widget Council", "the Widget Council"},
		{"However Widget Watch", "Widget Watch"},
		{"Widget Watch", "Widget Watch"},
		{"If", "If"},
	} {
		pc := trimLeadingFunctionWords(piece{text: tc.in, span: Span{0, len(tc.in)}})
		if pc.text != tc.want {
			t.Errorf("trimLeadingFunctionWords(%q) = %q, want %q", tc.in, pc.text, tc.want)
		}
	}
}

func TestSenderBeforeSubmission(t *testing.T) {
	for _, tc := range []struct {
		name string
		want string // "": none
	}{
		{"Widget Watch Response to the Consultation", "Widget Watch"},
		{"Widget Watch Supplementary Briefing for the Council", "Widget Watch"},
		{"WW Joint Submission", "WW"},
		{"Response of the Council", ""}, // no sender before the noun
		{"Joint Submission", ""},
		{"Widget Watch", ""},
	} {
		end, ok := senderBeforeSubmission(tc.name)
		got := ""
		if ok {
			got = tc.name[:end]
		}
		if got != tc.want {
			t.Errorf("senderBeforeSubmission(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestSelfVerbAfter(t *testing.T) {
	for _, tc := range []struct {
		after string
		want  bool
	}{
		{" welcomes the draft", true},
		{" unreservedly condemns the decision", true},
		{" (WW) urges the Council", true},
		{" is based in Riverton", false},
		{" recently opened an office", false},
		{" begrüßt den Entwurf", true},
		{" se opone al proyecto", true},
		{" se encuentra en Riverton", false},
		{" has signed on to the letter", true},
		{" presenta cuatro informes", true},
		{" has a new office", false},
		{" is deeply concerned by the levy", true},
		{" remains opposed to the rule", true},
		{" is concerned", true},
		{" is deeply rooted in Riverton", false},
		{" is the largest maker", false},
		{" joins the call", true},
		{" est préoccupée par le projet", true},
	} {
		if got := selfVerbAfter(tc.after); got != tc.want {
			t.Errorf("selfVerbAfter(%q) = %v, want %v", tc.after, got, tc.want)
		}
	}
}

// TestArticleBeforeName: a sentence that opens with an article and a
// body's name, in another language, names the body without it; an
// article in lower case before the name is no part of what opens the
// sentence.
func TestArticleBeforeName(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"Die Widget Watch e.V.", "Widget Watch e.V."},
		{"La Coalición Widget", "Coalición Widget"},
		{"The Widget Council", "The Widget Council"}, // trimLeadingThe's
		{"Die widget", "Die widget"},
		{"Widget Watch", "Widget Watch"},
	} {
		got, _ := articleBefore(piece{text: tc.name, span: Span{0, len(tc.name)}})
		if got.text != tc.want {
			t.Errorf("articleBefore(%q) = %q, want %q", tc.name, got.text, tc.want)
		}
	}
	for _, tc := range []struct {
		before, want string
		ok           bool
	}{
		{"Rapport : le ", "Rapport : ", true},
		{"Ce que le ", "Ce que ", true},
		{"Rapport : ", "Rapport : ", false},
		{"le", "le", false}, // no space before the name
	} {
		got, ok := withoutLowerArticle(tc.before)
		if got != tc.want || ok != tc.ok {
			t.Errorf("withoutLowerArticle(%q) = %q, %v; want %q, %v", tc.before, got, ok, tc.want, tc.ok)
		}
	}
}

// TestContactLine: a body whose name opens a line that goes on with its
// address is a candidate with the contact feature.
func TestContactLine(t *testing.T) {
	text := "The draft rule on widget repair should be withdrawn. It burdens small shops.\n\nWidget Watch: 12 Main Street, Riverton RV1 2AB\n"
	src, err := source.Decode("test.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	author, err := logreg.Read(strings.NewReader("letterdiff logistic regression model v1\nclasses\tother\tparty\nbias\t0\t0\nfeat\tcontact\tother:-2\tparty:2\n"))
	if err != nil {
		t.Fatal(err)
	}
	labels := []reader.Label{reader.Body, reader.Blank, reader.Other}
	d := Parse(src, Options{Labels: labels, Author: author, Explain: true})
	if got := partyNames(d.Signatories); !slices.Equal(got, []string{"Widget Watch"}) {
		t.Errorf("signatories %q, want the body of the contact line (candidates %+v)", got, d.Authors)
	}
}

// TestNamesKeepLegalForm: a body's name found in a sentence keeps the
// legal form written after it.
func TestNamesKeepLegalForm(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Auch die Widget Wacht e.V. begrüßt den Entwurf", "Widget Wacht e.V."},
		{"Auch die Widget Wacht e. V. begrüßt den Entwurf", "Widget Wacht e. V."},
		{"Widgetly, Inc. welcomes the proposal", "Widgetly, Inc."},
		{"Widget Watch welcomes the proposal", "Widget Watch"},
		{"Widget Watch, especially its members", "Widget Watch"},
	} {
		p := &parser{}
		names := p.names(piece{text: tc.in, span: Span{0, len(tc.in)}})
		var got []string
		for _, n := range names {
			got = append(got, n.text)
		}
		if !slices.Contains(got, tc.want) {
			t.Errorf("names(%q) = %q, want %q among them", tc.in, got, tc.want)
		}
	}
}

// TestAskedFloor: when no candidate addressee reaches the cut's At, the
// most probable one is the addressee if it reaches its Floor, and none is
// below it. The models are made by hand: every candidate scores the
// bias's probability, and one asked by name a little more.
func TestAskedFloor(t *testing.T) {
	const statement = `On the gadget merger

We are writing about the merger of two gadget makers. We ask the
Widgetamt to review the merger in depth before it is approved.

The Gadget Forum has long shared its patents with the Sprocket Union.
`
	src, err := source.Decode("test.txt", []byte(statement))
	if err != nil {
		t.Fatal(err)
	}
	model := func(bias, asked float64) *logreg.Model {
		text := fmt.Sprintf("letterdiff logistic regression model v1\nclasses\tother\tparty\nbias\t%g\t%g\nfeat\tasked\tother:%g\tparty:%g\n", bias, -bias, -asked, asked)
		m, err := logreg.Read(strings.NewReader(text))
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	for _, tc := range []struct {
		name        string
		bias, asked float64
		want        []string
	}{
		{"below the bar, above the floor: the likeliest", 0.5, 0.05, []string{"Widgetamt"}},
		{"below the floor: none", 1, 0.05, nil},
		{"at the bar: every one that reaches it", -0.5, 0, []string{"Widgetamt", "Gadget Forum", "Sprocket Union"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			cut := AskedCut{At: 0.35, Floor: 0.2}
			for _, r := range Parse(src, Options{Asked: model(tc.bias, tc.asked), AskedCut: &cut}).Recipients {
				got = append(got, r.Name)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("recipients %q, want %q", got, tc.want)
			}
		})
	}
}

func TestWrappedHead(t *testing.T) {
	// a letterhead of two lines (then a blank line and the body); the
	// first line's name runs on into the second or does not
	for _, tc := range []struct {
		first, second, body string
		want                bool
	}{
		{"Eastland Council on", "Widget Policy,", "", true},
		{"Veterans of Widget Wars", "of the Eastern Region", "", true},
		{"Eastland", "Widget Makers Association", "", true},
		{"Riverton Widget", "Makers Association", "", false}, // might be a person's name
		{"Ann Wu", "Widget Makers Association", "", false},
		{"Ann Wu", "Makers Association", "The Ann Wu\nMakers Association asks for a delay.", true},
		{"Eastland Widget Council", "House of Representatives", "", false},
		{"Albania", "Widget Makers Association", "", false},
		{"Widget Watch", "www.widgetwatch.example", "", false},
		{"Widget Watch", "Gadget Forum   Sprocket Union", "", false},
	} {
		text := tc.first + "\n\n" + tc.second + "\n\n" + tc.body + "\n"
		src, err := source.Decode("test.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		p := newParser(src, Options{})
		p.lineLabels = make([]reader.Label, len(p.lines))
		for i := range p.lines {
			p.lineLabels[i] = reader.Body
		}
		p.lineLabels[0], p.lineLabels[2] = reader.Head, reader.Head
		if j, got := p.wrappedHead(0); got != tc.want || got && j != 2 {
			t.Errorf("wrappedHead(%q / %q) = %d, %v; want %v", tc.first, tc.second, j, got, tc.want)
		}
	}
}

func TestOrgansBody(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		organ      bool
	}{
		{"Widget Watch Board of Directors", "Widget Watch", true},
		{"Executive Committee of the Widget Council", "Widget Council", true},
		{"The Board of Directors", "", true},
		{"Le Conseil d'administration", "", true},
		{"A Diretoria", "", true},
		{"Widget Watch", "", false},
		{"Board of Directors Widget", "", false},
		{"Executive Committee", "", true},
		{"Widget Executive Committee", "", false},      // one word before the organ: the organ's own name
		{"Widget Watch Steering Committee", "", false}, // a coalition's committee signs as itself
	} {
		body, organ := organsBody(tc.name)
		if body != tc.body || organ != tc.organ {
			t.Errorf("organsBody(%q) = %q, %v; want %q, %v", tc.name, body, organ, tc.body, tc.organ)
		}
	}
}

// TestSignedOnBehalf: a signature line that says on whose behalf it is
// signed, in French with "des", "du" or "pour et au nom de", names the
// body that signs, in lower case too.
func TestSignedOnBehalf(t *testing.T) {
	for _, tc := range []struct {
		line string
		want []string
	}{
		{"Signé au nom des amis des widgets de Riverton", []string{"amis des widgets de Riverton"}},
		{"Signé pour et au nom du Collectif Widget", []string{"Collectif Widget"}},
		{"Signed on behalf of the Widget Council", []string{"Widget Council"}},
		{"On behalf of the Widget Council", []string{"Widget Council"}},
	} {
		text := "Dear Minister,\n\nWe urge you to keep the rural clinics open.\n\nSincerely,\n" + tc.line + "\n"
		labels := []reader.Label{reader.Salutation, reader.Blank, reader.Body, reader.Blank, reader.Closing, reader.Signer}
		if got := signatoryNames(t, text, labels); !slices.Equal(got, tc.want) {
			t.Errorf("%q: signatories %q, want %q", tc.line, got, tc.want)
		}
	}
}

// TestRankBeforeName: a rank opens a person's name only when a name
// follows it.
func TestRankBeforeName(t *testing.T) {
	for _, tc := range []struct {
		line string
		want []string
	}{
		{"General Ann B. Wu", []string{"Ann B. Wu"}},
		{"Major Cities Widget Forum", []string{"Major Cities Widget Forum"}},
	} {
		text := "Dear Minister,\n\nWe urge you to keep the rural clinics open.\n\nSincerely,\n\nWidget Watch\nRiverton Widget Forum\n" + tc.line + "\n"
		labels := []reader.Label{reader.Salutation, reader.Blank, reader.Body, reader.Blank, reader.Closing, reader.Blank, reader.Signatory, reader.Signatory, reader.Signatory}
		sigs := parseLabelled(t, text, labels).Signatories
		if len(sigs) != 3 {
			t.Errorf("%q: %d signatories, want 3", tc.line, len(sigs))
			continue
		}
		got := []string{sigs[2].Name}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: signatories %q, want %q", tc.line, got, tc.want)
		}
	}
}

// TestBodyNamesStopAtSentenceEnd: a run of capitalised words is cut where
// a sentence ends inside it, not at an initial, an abbreviation or a
// legal form.
func TestBodyNamesStopAtSentenceEnd(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"We wrote to the Widget Court. The Gadget Council agreed.", []string{"We", "Widget Court", "The Gadget Council"}},
		{"It went to the EU. The Gadget Council agreed.", []string{"It", "EU", "The Gadget Council"}},
		{"Ann B. Wu of the Eastland Dept. of Widgets", []string{"Ann B. Wu of the Eastland Dept. of Widgets"}},
		{"Widgetly Inc. Gadget Division", []string{"Widgetly Inc. Gadget Division"}},
		{"the U.S. Widget Board", []string{"U.S. Widget Board"}},
	} {
		var got []string
		for _, m := range bodyNames(tc.text) {
			got = append(got, tc.text[m[0]:m[1]])
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("bodyNames(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestAskedBefore(t *testing.T) {
	for _, tc := range []struct {
		before string
		want   bool
	}{
		{"We urge the ", true},
		{"Widget Watch calls on all ", true},
		{"We write on behalf of the ", false},
		{"The report of the ", false},
		{strings.Repeat("a long paragraph ", 20) + "we ask ", true},
	} {
		if got := askedBefore(tc.before); got != tc.want {
			t.Errorf("askedBefore(%q) = %v, want %v", tc.before, got, tc.want)
		}
	}
}

// labelsOf returns the line labels named in s, separated by spaces
// ("salutation blank body").
func labelsOf(t *testing.T, s string) []reader.Label {
	t.Helper()
	var out []reader.Label
	for _, l := range strings.Fields(s) {
		lab, err := reader.ParseLabel(l)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, lab)
	}
	return out
}
