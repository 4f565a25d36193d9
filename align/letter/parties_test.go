package letter

import (
	"slices"
	"strings"
	"testing"

	"github.com/letterdiff/letterdiff/align/reader"
	"github.com/letterdiff/letterdiff/align/source"
)

func TestTitlePrefix(t *testing.T) {
	for _, tc := range []struct{ in, title string }{
		{"Commissioner Ann Wu", "Commissioner"},
		{"Vice Chair Tom Lind", "Vice Chair"},
		{"U.S. Attorney General Ann B. Wu", "U.S. Attorney General"},
		{"Eastland Immigration Minister Ann Wu", "Eastland Immigration Minister"},
		{"Ann Wu", ""},
		{"Ann Wu Director", ""},
		{"Widget Council Director Ann Wu", ""}, // a body's name, not whose office
		{"Director of Widgets", ""},
	} {
		got := ""
		if k := titlePrefix(tc.in); k > 0 {
			got = tc.in[:k]
		}
		if got != tc.title {
			t.Errorf("titlePrefix(%q) gives %q, want %q", tc.in, got, tc.title)
		}
	}
}

func TestCutPredicate(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Mr. Ann Wu is the member of the Widget Commission responsible for gadgets", "Mr. Ann Wu"},
		{"Widget Watch is a network of repair shops", "Widget Watch"},
		{"Ann Wu was President of the Gadget Forum", "Ann Wu"},
		{"What is at stake", "What is at stake"},
		{"Ministry of Widgets", "Ministry of Widgets"},
	} {
		if got := cutPredicate(tc.in); got != tc.want {
			t.Errorf("cutPredicate(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestNewPartyTrims(t *testing.T) {
	for _, tc := range []struct{ in, name, title string }{
		{"Ann Wu MLC", "Ann Wu", "MLC"},
		{"Tom Lind AO, QC", "Tom Lind", "AO, QC"},
		{"Chairs of the Widget Committee (", "Chairs of the Widget Committee", ""},
		{"Widget Council (WC)", "Widget Council (WC)", ""},
		{"| Widget Watch |", "Widget Watch", ""}, // a table's border
		{"| Dr Ann Wu", "Ann Wu", ""},
		{"prof. dr. A.B. Wu MSc", "A.B. Wu", "MSc"},
		{"Prof.dr.ir. Ann Wu", "Ann Wu", ""},
		{"Rear Admiral Ann Wu", "Ann Wu", ""},
	} {
		p := newParty(piece{text: tc.in, span: Span{0, len(tc.in)}}, RoleTo)
		if p.Name != tc.name || p.Title != tc.title {
			t.Errorf("newParty(%q) = %q, %q; want %q, %q", tc.in, p.Name, p.Title, tc.name, tc.title)
		}
	}
}

func TestCleanSignaturePieceClosing(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Kind regards, Ann Wu", "Ann Wu"},
		{"Sincerely, Widget Council", "Widget Council"},
		{"Widget, Gadget and Sprocket Makers", "Widget, Gadget and Sprocket Makers"},
		{"Sincerely,", "Sincerely,"}, // a closing alone is left to the reader
		{"Kind regards Ann Wu", "Ann Wu"},
		{"Med vennlig hilsen Ann Wu", "Ann Wu"},
		{"Mvh Ann Wu", "Ann Wu"},
		{"Mit freundlichen Grüßen Widget Watch e.V.", "Widget Watch e.V."},
		{"Sincerely yours", "Sincerely yours"},
		{"Regards to all", "Regards to all"}, // not a name after it
		{"Best Widget Makers", "Best Widget Makers"},
	} {
		got := cleanSignaturePiece(piece{text: tc.in, span: Span{0, len(tc.in)}}).text
		if got != tc.want {
			t.Errorf("cleanSignaturePiece(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestPersonForBody(t *testing.T) {
	for _, tc := range []struct{ in, person, body string }{
		{"Ann Wu on behalf of the Widget Action Group", "Ann Wu", "Widget Action Group"},
		{"Tom Lind au nom de l’Union des Rouages", "Tom Lind", "Union des Rouages"},
		{"Ann Wu, on behalf of Widget Watch", "", ""}, // a comma: read as an entry's parts
		{"Sent on behalf of the group", "", ""},       // no person before it
		{"Ann Wu on behalf of herself", "", ""},       // no body after it
	} {
		var person, body string
		if p, b, ok := personForBody(piece{text: tc.in, span: Span{0, len(tc.in)}}); ok {
			person, body = p.text, b.text
		}
		if person != tc.person || body != tc.body {
			t.Errorf("personForBody(%q) = %q, %q; want %q, %q", tc.in, person, body, tc.person, tc.body)
		}
	}
}

func TestOfficeThenHonorific(t *testing.T) {
	for _, tc := range []struct{ in, name, title string }{
		{"Minister of Widgets Mr. Ann Wu", "Ann Wu", "Minister of Widgets"},
		{"The Minister of Gadgets, Honourable Asha Rao", "Asha Rao", "The Minister of Gadgets"},
		{"Widget Council", "Widget Council", ""},
	} {
		p := newParty(piece{text: tc.in, span: Span{0, len(tc.in)}}, RoleTo)
		if p.Name != tc.name || p.Title != tc.title {
			t.Errorf("newParty(%q) = %q, %q; want %q, %q", tc.in, p.Name, p.Title, tc.name, tc.title)
		}
	}
}

func TestIsContactDetail(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"T +49 30 1234 5678", true},
		{"ann.wu@example.org", true},
		{"www.example.org", true},
		{"ABN 12 345 678 901", true},
		{"[X123]", true},
		{"350.org", false},
		{"Article 19", false},
		{"C40 Cities", false},
		{"5Rights Foundation", false},
		{"Ann Wu", false},
	}
	for _, tt := range tests {
		if got := isContactDetail(tt.in); got != tt.want {
			t.Errorf("isContactDetail(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestSignatureLineForms: a person signing for a body on one line, in the
// forms tables and joint signatures take (lines labelled as given).
func TestSignatureLineForms(t *testing.T) {
	tests := []struct{ line, want string }{
		{"Ann Wu, Widget Watch", "Widget Watch|Ann Wu|"},
		{"Ann Wu | Widget Watch", "Widget Watch|Ann Wu|"},
		{"Ann Wu and Bo Li, Widget Watch", "Widget Watch|Ann Wu and Bo Li|"},
		{"Ann Wu & Bo Li | Widget Watch", "Widget Watch|Ann Wu & Bo Li|"},
		{"Ann Wu and Bo Li | Widget Watch spokespeople", "Widget Watch|Ann Wu and Bo Li|spokespeople"},
		{"Ann Wu, Widget Watch director", "Widget Watch|Ann Wu|director"},
		{"Ann Wu and Bo Li | Riverton Together spokespeople", "Riverton Together|Ann Wu and Bo Li|spokespeople"},
		{"Ann Wu, spokesperson, Widget Watch", "Widget Watch|Ann Wu|spokesperson"},
		{"Ann Wu, on behalf of the Widget Watch (WW)", "Widget Watch (WW)|Ann Wu|"},
		{"Ann Wu, on behalf of Riverton Together", "Riverton Together|Ann Wu|"},
		{"Ann Wu on behalf of Riverton Together", "Riverton Together|Ann Wu|"},
		{"Ann Wu on behalf of the Widget Action Group", "Widget Action Group|Ann Wu|"},
		{"Ann Wu, Founder-President, WW", "WW|Ann Wu|Founder-President"},
		{"Dr Ann Wu and Bo Li, WWU", "WWU|Ann Wu and Bo Li|"},
		{"Ann Wu- Widget Watch", "Widget Watch|Ann Wu|"},
		{"Ann Wu -- Widget Watch", "Widget Watch|Ann Wu|"},
		{"Ann Wu-Lee", "Ann Wu-Lee||"},
		{"Ann Wu- und Bo Li", "Ann Wu- und Bo Li||"},
		{"Ann Wu, MBA", "Ann Wu||MBA"},
		{"Ann Wu, USA", "Ann Wu||USA"},
	}
	for _, tt := range tests {
		text := "March 3, 2020\n\nTO: Ministry of Widgets\n\nDear Minister,\n\nWe urge you to keep the rural clinics open through the winter.\n\nYours sincerely,\n\n" + tt.line + "\n"
		labels := []reader.Label{reader.Date, reader.Blank, reader.To, reader.Blank, reader.Salutation, reader.Blank, reader.Body, reader.Blank,
			reader.Closing, reader.Blank, reader.Signatory}
		got := signatoryRows(t, text, labels)
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%q: signatories %q, want [%q]", tt.line, got, tt.want)
		}
	}
}

// TestNumberedTableRows: a bare row number is cut from a signatory only
// where the rows around it go on counting, and a column that describes
// the body is no party.
func TestNumberedTableRows(t *testing.T) {
	text := "Signed by:\n\n9  Widget Watch      Widget Watch is a network of groups that campaign for safer widgets in every town.\n10 Gadget Forum\n11 Sprocket Union\n\n2030 Widget Alliance\n"
	labels := []reader.Label{reader.SigHead, reader.Blank, reader.Signatory, reader.Signatory, reader.Signatory, reader.Blank, reader.Signatory}
	got := signatoryNames(t, text, labels)
	if want := []string{"Widget Watch", "Gadget Forum", "Sprocket Union", "2030 Widget Alliance"}; !slices.Equal(got, want) {
		t.Errorf("signatories %q, want %q", got, want)
	}
}

// TestNumberedListPastNinetyNine: a long signatory list numbered "1."
// to "1200." loses its numbers past the ninety-ninth as before it.
func TestNumberedListPastNinetyNine(t *testing.T) {
	text := "Signatories:\n\n98. Widget Watch\n99. Gadget Forum\n100. Sprocket Union\n101) Ann Wu\n1200. Eastdam Tenants\n"
	labels := []reader.Label{reader.SigHead, reader.Blank, reader.Signatory, reader.Signatory, reader.Signatory, reader.Signatory, reader.Signatory}
	got := signatoryNames(t, text, labels)
	if want := []string{"Widget Watch", "Gadget Forum", "Sprocket Union", "Ann Wu", "Eastdam Tenants"}; !slices.Equal(got, want) {
		t.Errorf("signatories %q, want %q", got, want)
	}
}

// TestListOfScholars: in a list where most signers name an academic
// title, the few who name an office ("Director") sign as themselves
// too, and a title that wraps goes on on the next line; in a list of
// officers, they sign for their bodies.
func TestListOfScholars(t *testing.T) {
	scholars := []string{"Ann Wu, Professor of Law and", "Economics, Eastdam University", "Bo Li, Lecturer in History, Riverton College",
		"Cy Ode, Director, Riverton Widget Institute", "Di Ray, Professor, Eastdam University", "Ed Lam, Research Fellow, Northport University",
		"Flo Kim, Professor of Economics, Riverton College"}
	officers := []string{"Ann Wu, President, Widget Watch", "Bo Li, Director, Gadget Forum", "Cy Ode, Professor, Eastdam University",
		"Di Ray, Chair, Sprocket Union", "Ed Lam, Executive Director, Riverton Tenants", "Flo Kim, Secretary, Northport Cyclists"}
	for _, tc := range []struct {
		lines []string
		want  []string
	}{
		{scholars, []string{"Ann Wu", "Bo Li", "Cy Ode", "Di Ray", "Ed Lam", "Flo Kim"}},
		{officers, []string{"Widget Watch", "Gadget Forum", "Cy Ode", "Sprocket Union", "Riverton Tenants", "Northport Cyclists"}},
	} {
		text := "Signatories:\n\n" + strings.Join(tc.lines, "\n") + "\n"
		labels := []reader.Label{reader.SigHead, reader.Blank}
		for range tc.lines {
			labels = append(labels, reader.Signatory)
		}
		got := signatoryNames(t, text, labels)
		if !slices.Equal(got, tc.want) {
			t.Errorf("signatories %q, want %q", got, tc.want)
		}
	}
}

// TestCountryColumn: a table of bodies with their countries in a column
// of their own gives the bodies, and so does a list under country
// headings or a table whose later columns repeat a kind or a place; a
// row of countries that sign gives the countries.
func TestCountryColumn(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"1  Widget Watch          Kenya\n2  Gadget Forum          Chile\n", []string{"Widget Watch", "Gadget Forum"}},
		{"Kenya          Chile\n", []string{"Kenya", "Chile"}},
		{"KENYA\n1. Widget Watch\nCHILE\n2. Gadget Forum\n", []string{"Widget Watch", "Gadget Forum"}},
		{"Widget Watch   Association   Eastland\nGadget Forum   Foundation   Eastland\nSprocket Union   Association   Westmark\nAnn Wu   Person   Eastland\nRiverton Tenants   Association   Westmark\n",
			[]string{"Widget Watch", "Gadget Forum", "Sprocket Union", "Ann Wu", "Riverton Tenants"}},
	} {
		text := "Signatories:\n\n" + tc.text
		labels := []reader.Label{reader.SigHead, reader.Blank}
		for _, l := range strings.Split(strings.TrimSuffix(tc.text, "\n"), "\n") {
			y := reader.Signatory
			if l == strings.ToUpper(l) {
				y = reader.SigHead // a country over the bodies from it
			}
			labels = append(labels, y)
		}
		got := signatoryNames(t, text, labels)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: signatories %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestNotAName: a heading, a citation or a note that the reader took for
// a signatory line names no party; a body that leads in to its members
// does.
func TestNotAName(t *testing.T) {
	for _, tc := range []struct {
		line string
		want []string
	}{
		{"To add your name, visit:", nil},
		{"12 U.S.C. § 345(a)", nil},
		{"[[2]](#_ftnref2) Widget Act 2020", nil},
		{"3\u00a0Riverton Widget Institute, Annual Report", nil},
		{"Widget Alliance, an umbrella body for:", []string{"Widget Alliance"}},
		{"Télécharger", nil},
		{"Download", nil},
		{"- ENDS -", nil},
		{"###", nil},
		{"Print Widget Guild", []string{"Print Widget Guild"}}, // opens as furniture does, but is more than it
		{"Fin Widget Trust", []string{"Fin Widget Trust"}},
	} {
		text := "Sincerely,\n\nGadget Forum\n" + tc.line + "\n"
		labels := []reader.Label{reader.Closing, reader.Blank, reader.Signatory, reader.Signatory}
		var got []string
		for _, s := range parseLabelled(t, text, labels).Signatories {
			if s.Name != "Gadget Forum" {
				// the name before a comma is what a reader takes
				name, _, _ := strings.Cut(s.Name, ",")
				got = append(got, name)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: signatories %q, want %q", tc.line, got, tc.want)
		}
	}
}

// TestWrappedList: a list of names between commas, one line or wrapped
// over several (a blank line between them, or a name cut by the line
// break), gives one signatory a name; lines that each name a person with
// a title and body are read line by line.
func TestWrappedList(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		want  []string
	}{
		{[]string{"Widget Watch, Gadget Forum, Sprocket Union, Riverton Tenants"}, []string{"Widget Watch", "Gadget Forum", "Sprocket Union", "Riverton Tenants"}},
		{[]string{"(Kenya) Widget Watch, Gadget Forum, (Chile) Sprocket Union, Riverton Tenants"}, []string{"Widget Watch", "Gadget Forum", "Sprocket Union", "Riverton Tenants"}},
		{[]string{"Supported by: Widget Watch, Eastdam Friends of the", "Earth, Sprocket Union, Riverton Tenants Association,", "Northport Cyclists."},
			[]string{"Widget Watch", "Eastdam Friends of the Earth", "Sprocket Union", "Riverton Tenants Association", "Northport Cyclists"}},
		{[]string{"Widget Watch, Eastdam Friends of the Earth, Sprocket", "", "Union, Riverton Tenants Association, and Northport Cyclists"},
			[]string{"Widget Watch", "Eastdam Friends of the Earth", "Sprocket Union", "Riverton Tenants Association", "Northport Cyclists"}},
		{[]string{"Widget Watch, eWidget.org, Eastdam Friends of the Earth, Sprocket", "Union, Riverton Tenants Association, and Northport Coalition on", "Widget Policy."},
			[]string{"Widget Watch", "eWidget.org", "Eastdam Friends of the Earth", "Sprocket Union", "Riverton Tenants Association", "Northport Coalition on Widget Policy"}},
		{[]string{"Ann Wu, Director, Widget Watch, Kenya", "Bo Li, Chair, Sprocket Union, Chile"}, []string{"Widget Watch", "Sprocket Union"}},
		{[]string{"12. Widget Watch, Eastdam Branch, Tenants Section, Kenya"}, []string{"Widget Watch, Eastdam Branch, Tenants Section"}},
		{[]string{"Prof. Ann Wu, Eastdam University, Northport, Kenya", "Dr. Bo Li, Riverton University, Westmark, Chile"}, []string{"Ann Wu", "Bo Li"}},
		{[]string{"Ann Wu, Lecturer, Eastdam University, Kenya", "Bo Li, Lecturer, Riverton University, Chile"}, []string{"Ann Wu", "Bo Li"}},
		// people between semicolons, wrapped over double-spaced lines, a
		// name cut after its middle initial
		{[]string{"Ann B. Wu; Bo C. Li; Cy Ng; Rosa Lind; Dee E.", "", "Park; Eve Lund; Fay G. Moss; Ivo Tran; Gus", "", "Hart; Hal Kim."},
			[]string{"Ann B. Wu", "Bo C. Li", "Cy Ng", "Rosa Lind", "Dee E. Park", "Eve Lund", "Fay G. Moss", "Ivo Tran", "Gus Hart", "Hal Kim"}},
	} {
		text := "Sincerely,\n\n" + strings.Join(tc.lines, "\n") + "\n"
		labels := []reader.Label{reader.Closing, reader.Blank}
		for _, l := range tc.lines {
			y := reader.Signatory
			if l == "" {
				y = reader.Blank
			}
			labels = append(labels, y)
		}
		got := signatoryNames(t, text, labels)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: signatories %q, want %q", tc.lines, got, tc.want)
		}
	}
}

// TestAddressUnderSigners: an address the reader took for a signatory
// is no party; a body whose name has a number is one.
func TestAddressUnderSigners(t *testing.T) {
	text := "Sincerely,\n\nWidget Watch\n12 Harbour Road\n10117 Eastdam\n350 Widget Network\n"
	labels := []reader.Label{reader.Closing, reader.Blank, reader.Signatory, reader.Signatory, reader.Signatory, reader.Signatory}
	got := signatoryNames(t, text, labels)
	if want := []string{"Widget Watch", "350 Widget Network"}; !slices.Equal(got, want) {
		t.Errorf("signatories %q, want %q", got, want)
	}
}

// recipientNames returns the names of the recipients read from text with
// its lines labelled as given.
func recipientNames(t *testing.T, text string, labels []reader.Label) []string {
	t.Helper()
	var got []string
	for _, r := range parseLabelled(t, text, labels).Recipients {
		got = append(got, r.Name)
	}
	return got
}

// parseLabelled reads text with its lines labelled as given.
func parseLabelled(t *testing.T, text string, labels []reader.Label) *Document {
	t.Helper()
	src, err := source.Decode("test.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return Parse(src, Options{Labels: labels})
}

func TestBareOffice(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"The Secretary", true},
		{"Committee Secretary", true},
		{"Director", true},
		{"Minister for Widgets", false},
		{"Executive Vice-President for the Widget Deal", false},
		{"Widget Council", false},
		{"Ann Wu", false},
	} {
		if got := bareOffice(tc.in); got != tc.want {
			t.Errorf("bareOffice(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestGreetingWithoutName: a greeting that names no one ("Your
// Excellency") adds no addressee, and leaves the title to name it (lines
// labelled as given).
func TestGreetingWithoutName(t *testing.T) {
	for _, tc := range []struct{ greeting, want string }{
		{"Your Excellency,", "Widget Council"},
		{"Excellencies,", "Widget Council"},
		{"Dear Minister Wu,", "Wu"},
		{"Estimados Señores(as):", "Widget Council"},
		{"Sir / Madam,", "Widget Council"},
	} {
		text := "Open Letter to the Widget Council\n\n" + tc.greeting + "\n\nWe urge you to keep the rural clinics open through the winter.\n"
		labels := []reader.Label{reader.Subject, reader.Blank, reader.Salutation, reader.Blank, reader.Body}
		got := recipientNames(t, text, labels)
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%q: recipients %q, want [%q]", tc.greeting, got, tc.want)
		}
	}
}

// TestGreetingPortfolios: an "and" inside an office's portfolio does not
// cut the office in two; an "and" between two addressees does.
func TestGreetingPortfolios(t *testing.T) {
	for _, tc := range []struct {
		greeting string
		want     []string
	}{
		{"Dear Minister for Widgets and Rural Affairs, and Minister for Health,", []string{"Minister for Widgets and Rural Affairs", "Minister for Health"}},
		{"Dear Minister for Widgets and Minister for Health,", []string{"Minister for Widgets", "Minister for Health"}},
		{"Dear Minister for Widgets and Ms Wu,", []string{"Minister for Widgets", "Wu"}},
	} {
		text := tc.greeting + "\n\nWe urge you to keep the rural clinics open through the winter.\n"
		labels := []reader.Label{reader.Salutation, reader.Blank, reader.Body}
		got := recipientNames(t, text, labels)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: recipients %q, want %q", tc.greeting, got, tc.want)
		}
	}
}

// TestSharedHead: fields joined by "and" before the head noun they share
// name one body ("the Energy and Widget Committee"), in a title
// or a greeting; bodies' names joined by "and" stay two.
func TestSharedHead(t *testing.T) {
	for _, tc := range []struct {
		line string
		want []string
	}{
		{"Open letter to the Widget Government and the Energy and Widget Committee", []string{"Widget Government", "Energy and Widget Committee"}},
		{"Open letter to Tourism, Energy and Widget Committee", []string{"Tourism, Energy and Widget Committee"}},
		{"Open letter to Greenpeace and Widget Foundation", []string{"Greenpeace", "Widget Foundation"}},
		{"Open letter to Parliament and Council", []string{"Parliament", "Council"}},
		{"AN OPEN LETTER TO THE WIDGET GOVERNMENT AND THE HOUSING AND GADGET STANDARDS AUTHORITY", []string{"WIDGET GOVERNMENT", "HOUSING AND GADGET STANDARDS AUTHORITY"}},
		{"Dear Housing and Planning Committee,", []string{"Housing and Planning Committee"}},
		{"Dear Chair Wu and members of the Energy and Widget Committee,", []string{"Wu", "Energy and Widget Committee"}},
		{"Esteemed members of the Widget Board:", []string{"Widget Board"}},
		{"Dear Members of the Widget Assembly,", []string{"Members of the Widget Assembly"}},
		{"To the Executive Office of Widgets and Rural Communities:", []string{"Executive Office of Widgets and Rural Communities"}},
		{"Dear Widget Council and Transport Committee,", []string{"Widget Council", "Transport Committee"}},
		// titles in other languages, with what they are about cut off
		{"Lettre ouverte à la Commission des Widgets sur les gadgets", []string{"Commission des Widgets"}},
		{"Offener Brief an den Widgetrat sowie die Stadtverwaltung zur Gadgetsteuer", []string{"Widgetrat", "Stadtverwaltung"}},
		{"Carta abierta al Consejo de Widgets sobre los artilugios", []string{"Consejo de Widgets"}},
	} {
		label := reader.Salutation
		if !strings.HasPrefix(tc.line, "Dear") && !strings.HasPrefix(tc.line, "To ") && !strings.HasPrefix(tc.line, "Esteemed") {
			label = reader.Subject
		}
		text := tc.line + "\n\nWe urge you to keep the rural clinics open through the winter.\n"
		got := recipientNames(t, text, []reader.Label{label, reader.Blank, reader.Body})
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: recipients %q, want %q", tc.line, got, tc.want)
		}
	}
}

// TestGreetingFullNames: a greeting's surnames are given the full names
// the letter writes elsewhere, not the portfolio words before them; a
// surname after a titled one in the same greeting is a person too, and
// a plural office ("Councillors") is no one's surname.
func TestGreetingFullNames(t *testing.T) {
	for _, tc := range []struct {
		intro, greeting string
		want            []string // the recipients, a person's marked "person:"
	}{
		{"We wrote to Minister of Health and Transport Ann Wu and Minister for Energy, Trade and Transport Bo McLeod.", "Dear Ministers Wu and McLeod,",
			[]string{"person:Ann Wu", "person:Bo McLeod"}},
		{"We wrote to the council in May.", "Dear Mayor Wu and Councillors,", []string{"person:Wu", "Councillors"}},
	} {
		text := tc.intro + "\n\n" + tc.greeting + "\n\nWe urge you to keep the rural clinics open through the winter.\n"
		labels := []reader.Label{reader.Other, reader.Blank, reader.Salutation, reader.Blank, reader.Body}
		var got []string
		for _, r := range parseLabelled(t, text, labels).Recipients {
			if r.Person {
				r.Name = "person:" + r.Name
			}
			got = append(got, r.Name)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: recipients %q, want %q", tc.greeting, got, tc.want)
		}
	}
}

// TestSubmissionTitle: a submission's title names the body it is sent
// to, over the lines it wraps across; the process it answers and what it
// is about are cut off, and what names no body or office is no
// addressee.
func TestSubmissionTitle(t *testing.T) {
	for _, tc := range []struct {
		title []string
		want  []string
	}{
		{[]string{"Submission to the Widget Safety Committee"}, []string{"Widget Safety Committee"}},
		{[]string{"Submission to the Senate Energy and", "Transport Legislation", "Committee", "regarding the"}, []string{"Senate Energy and Transport Legislation Committee"}},
		{[]string{"Joint submission to the Riverton Council inquiry into the widget levy"}, []string{"Riverton Council"}},
		{[]string{"Comments to the Eastland Widget Commission Consultation 2031"}, []string{"Eastland Widget Commission"}},
		{[]string{"Submission to the Attorney-General on the Widget Bill"}, []string{"Attorney-General"}},
		{[]string{"Submission to the Eastland Widget Standards Consultation 2031"}, nil},
		{[]string{"Petition To Keep Widgets Free"}, nil},
		{[]string{"Stellungnahme an den Landtag zur Gadgetsteuer"}, []string{"Landtag"}},
		{[]string{"Feedback to the Eastland Commission on the Proposal for a", "Widget Regulation"}, []string{"Eastland Commission"}},
		{[]string{"Response to the Widget Taskforce"}, []string{"Widget Taskforce"}},
		{[]string{"Response to the consultation on widget repair"}, nil},
		{[]string{"Response to the Commission's proposal on widget repair"}, nil},
		{[]string{"Submission to the eWidget Commission"}, []string{"eWidget Commission"}},
		{[]string{"Supplementary briefing for the Widget Council"}, []string{"Widget Council"}},
	} {
		text := strings.Join(tc.title, "\n") + "\n\nWidgets should stay free of the levy for another year.\n"
		var labels []reader.Label
		for range tc.title {
			labels = append(labels, reader.Subject)
		}
		got := recipientNames(t, text, append(labels, reader.Blank, reader.Body))
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: recipients %q, want %q", tc.title, got, tc.want)
		}
	}
}

// TestArchiveTitle: the title an archive gives a letter names its writer
// and its addressee ("Letter from A to B", "Telegram, A to B"); the
// addressee is the recipient of a letter with no address of its own.
func TestArchiveTitle(t *testing.T) {
	for _, tc := range []struct {
		line string
		want []string
	}{
		{"Letter From Riverton Widget Council To Wu", []string{"Wu"}},
		{"Telegram, Bo Li to the Widget Board", []string{"Widget Board"}},
		{"Letter from Widget Watch to the Minister for Gadgets on the levy", []string{"Minister for Gadgets"}},
		{"Letter Widget Watch wrote to Bo Li", nil}, // no "from" or comma: not the archive's form
	} {
		text := tc.line + "\n\nWe urge you to keep the rural clinics open through the winter.\n"
		got := recipientNames(t, text, []reader.Label{reader.Subject, reader.Blank, reader.Body})
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: recipients %q, want %q", tc.line, got, tc.want)
		}
	}
}

// TestSignersThenAffiliatedBody: the body under a signer and their title
// is what they sign for, even when the reader took its line for an
// affiliation, a note or other text (lines labelled as given).
func TestSignersThenAffiliatedBody(t *testing.T) {
	text := "Dear Minister,\n\nWe urge you to keep the rural clinics open.\n\nSincerely,\n\nAnn Wu\nPresident and CEO\nRiverton Widget Council\n"
	for _, y := range []reader.Label{reader.Affil, reader.Footnote, reader.Other} {
		labels := []reader.Label{reader.Salutation, reader.Blank, reader.Body, reader.Blank, reader.Closing, reader.Blank,
			reader.Signer, reader.Signer, y}
		got := signatoryRows(t, text, labels)
		if want := []string{"Riverton Widget Council|Ann Wu|President and CEO"}; !slices.Equal(got, want) {
			t.Errorf("body read as %s: signatories %q, want %q", y, got, want)
		}
	}
}

// TestAffiliationUnderSelfSigner: the line under a person who signs as
// themself is their affiliation, even when the reader took it for a
// signatory: an academic, or any signer of a letter that names bodies
// for identification only (a note that may wrap); elsewhere the body
// under a person is a signatory of its own (lines labelled as given).
func TestAffiliationUnderSelfSigner(t *testing.T) {
	for _, tc := range []struct {
		head, sig string
		want      []string // name|title
	}{
		{"Signed by:", "Prof. Ann Wu\nUniversity of Eastland", []string{"Ann Wu|University of Eastland"}},
		{"Signed by (affiliations for identification\npurposes only):", "Ann Wu\nUniversity of Eastland\nBo Li\nRiverton Widget Council",
			[]string{"Ann Wu|University of Eastland", "Bo Li|Riverton Widget Council"}},
	} {
		text := "Dear Minister,\n\nWe urge you to keep the rural clinics open.\n\n" + tc.head + "\n\n" + tc.sig + "\n"
		labels := []reader.Label{reader.Salutation, reader.Blank, reader.Body, reader.Blank}
		for range strings.Count(tc.head, "\n") + 1 {
			labels = append(labels, reader.SigHead)
		}
		labels = append(labels, reader.Blank)
		for range strings.Count(tc.sig, "\n") + 1 {
			labels = append(labels, reader.Signatory)
		}
		var got []string
		for _, s := range parseLabelled(t, text, labels).Signatories {
			got = append(got, s.Name+"|"+s.Title)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: signatories %q, want %q", tc.sig, got, tc.want)
		}
	}
}

// TestNoteUnderSignatures: a line that opens with a superscript note
// marker is a note, even when the reader took it for a signature (lines
// labelled as given).
func TestNoteUnderSignatures(t *testing.T) {
	text := "Dear Minister,\n\nThe rules¹ are unworkable.\n\nSincerely,\n\nWidget Watch\n\n¹ The rules were published on 3 May.\n"
	labels := []reader.Label{reader.Salutation, reader.Blank, reader.Body, reader.Blank, reader.Closing, reader.Blank,
		reader.Signatory, reader.Blank, reader.Signatory}
	d := parseLabelled(t, text, labels)
	var got []string
	for _, s := range d.Signatories {
		got = append(got, s.Name)
	}
	if want := []string{"Widget Watch"}; !slices.Equal(got, want) {
		t.Errorf("signatories %q, want %q", got, want)
	}
	if len(d.Footnotes) != 1 {
		t.Errorf("footnotes %+v, want the one note", d.Footnotes)
	}
}

// signatoryRows reads text with the given line labels and returns its
// signatories as "name|signer|title", in order.
func signatoryRows(t *testing.T, text string, labels []reader.Label) []string {
	t.Helper()
	var got []string
	for _, s := range parseLabelled(t, text, labels).Signatories {
		got = append(got, s.Name+"|"+s.Signer+"|"+s.Title)
	}
	return got
}

// signatoryNames reads text with the given line labels and returns the
// names of its signatories, in order.
func signatoryNames(t *testing.T, text string, labels []reader.Label) []string {
	t.Helper()
	var got []string
	for _, s := range parseLabelled(t, text, labels).Signatories {
		got = append(got, s.Name)
	}
	return got
}

// TestBodyReadAsSigner: a body's name that the reader took for a signer
// (a person) is a signatory of its own, not the signer of the body under
// it; a title and a person stay signers (lines labelled as given).
func TestBodyReadAsSigner(t *testing.T) {
	head := "Dear Minister,\n\nWe urge you to keep the rural clinics open.\n\nSincerely,\n\n"
	lead := []reader.Label{reader.Salutation, reader.Blank, reader.Body, reader.Blank, reader.Closing, reader.Blank}
	for _, tc := range []struct {
		lines string
		want  []string
	}{
		{"Riverton Widget Council\nEastdam Gadget Association\n", []string{"Riverton Widget Council", "Eastdam Gadget Association"}},
		{"Ann Wu\nEastdam Gadget Association\n", []string{"Eastdam Gadget Association"}},
		{"RWC\nEastdam Gadget Association\n", []string{"RWC", "Eastdam Gadget Association"}},
	} {
		labels := append(slices.Clone(lead), reader.Signer, reader.Signatory)
		if got := signatoryNames(t, head+tc.lines, labels); !slices.Equal(got, tc.want) {
			t.Errorf("%q: signatories %q, want %q", tc.lines, got, tc.want)
		}
	}
	if !readsAsBody("Riverton Widget Council") || readsAsBody("Group Chief Data Officer") || readsAsBody("Ann Wu") || !readsAsBody("WWA") || readsAsBody("A.W.") {
		t.Error("readsAsBody: a body's name, a title, a person's name or initials, or an acronym misread")
	}
}

// TestListOfIndividuals: in a list where a third or more of the people
// name no body, those who name one say where they work and sign as
// themselves; where nearly all name one, the bodies sign.
func TestListOfIndividuals(t *testing.T) {
	individuals := []string{"Ann Wu, Widget Watch", "Bo Li, journalist", "Cy Ode", "Di Ray, Gadget Forum",
		"Ed Lam, writer and activist", "Flo Kim, Sprocket Union", "Gus Hay, Riverton Tenants", "Hal Orr"}
	bodies := []string{"Ann Wu, Widget Association", "Bo Li, Gadget Forum", "Cy Ode, Sprocket Union", "Di Ray, Riverton Tenants Union",
		"Ed Lam, Northport Cyclists Network", "Flo Kim, Eastdam Renters Union", "Gus Hay, Gizmo Federation", "Hal Orr, writer"}
	for _, tc := range []struct {
		lines []string
		want  []string
	}{
		{individuals, []string{"Ann Wu", "Bo Li", "Cy Ode", "Di Ray", "Ed Lam", "Flo Kim", "Gus Hay", "Hal Orr"}},
		{bodies, []string{"Widget Association", "Gadget Forum", "Sprocket Union", "Riverton Tenants Union", "Northport Cyclists Network", "Eastdam Renters Union", "Gizmo Federation", "Hal Orr"}},
	} {
		text := "Signed:\n\n" + strings.Join(tc.lines, "\n") + "\n"
		labels := []reader.Label{reader.SigHead, reader.Blank}
		for range tc.lines {
			labels = append(labels, reader.Signatory)
		}
		if got := signatoryNames(t, text, labels); !slices.Equal(got, tc.want) {
			t.Errorf("signatories %q, want %q", got, tc.want)
		}
	}
}

// TestBulletedPeopleSignAlone: in a list of people signing as
// themselves, a bulleted line is the next person, not the affiliation of
// the one above.
func TestBulletedPeopleSignAlone(t *testing.T) {
	lines := []string{"* Ann Wu AO", "* Bo Li QC", "* Cy Ode, Eastdam University", "* Di Ray OAM"}
	text := "Signed in a personal capacity:\n\n" + strings.Join(lines, "\n") + "\n"
	labels := []reader.Label{reader.SigHead, reader.Blank}
	for range lines {
		labels = append(labels, reader.Signatory)
	}
	if got, want := signatoryNames(t, text, labels), []string{"Ann Wu", "Bo Li", "Cy Ode", "Di Ray"}; !slices.Equal(got, want) {
		t.Errorf("signatories %q, want %q", got, want)
	}
}

func TestAcademicUnit(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  bool
	}{
		{"School of Geography, University of Eastdam", true},
		{"Crawford School of Policy, Eastdam University", true},
		{"Dept. of Physics", true},
		{"Lehrstuhl für Recht, Universität Eastdam", true},
		{"Eastdam Primary School", false},
		{"Widget School", false},
		{"Director, Widget Watch", false},
	} {
		if got := academicUnit(tc.title); got != tc.want {
			t.Errorf("academicUnit(%q) = %v, want %v", tc.title, got, tc.want)
		}
	}
}

// TestPipeTableOfBodies: a table of bodies with its cells set apart by
// pipes ("1 | Widget Watch | What Widget Watch does") gives the bodies:
// the row's number and the column that describes the body are no party.
func TestPipeTableOfBodies(t *testing.T) {
	lines := []string{
		"1 | Widget Watch | Widget Watch is a network of groups that campaign for safer widgets in every town.",
		"2 | Gadget Forum | A forum of gadget makers and their customers, founded to keep repairs cheap.",
		"3 | Sprocket Union | The union of sprocket workers, who campaign for fair pay in every factory.",
	}
	text := "Signed by:\n\n" + strings.Join(lines, "\n") + "\n"
	labels := []reader.Label{reader.SigHead, reader.Blank, reader.Signatory, reader.Signatory, reader.Signatory}
	if got, want := signatoryNames(t, text, labels), []string{"Widget Watch", "Gadget Forum", "Sprocket Union"}; !slices.Equal(got, want) {
		t.Errorf("signatories %q, want %q", got, want)
	}
	// a pipe on one line of a list is part of the name
	text = "Signed by:\n\nGadget Forum\nWidget Watch | The Repair Alliance\nSprocket Union\n"
	if got, want := signatoryNames(t, text, labels), []string{"Gadget Forum", "Widget Watch | The Repair Alliance", "Sprocket Union"}; !slices.Equal(got, want) {
		t.Errorf("signatories %q, want %q", got, want)
	}
}

// TestFilingCaption: the words a filing's caption puts before the body it
// is filed with, or an inside address before its addressee ("An die"),
// are no part of the addressee, on its line or alone above it.
func TestFilingCaption(t *testing.T) {
	body := "\n\nWe ask the Commission to keep the repair exemption.\n"
	for _, head := range []string{"Before the Widget Commission", "BEFORE THE WIDGET COMMISSION", "Before the\nWidget Commission", "An die Widget Commission"} {
		text := head + body
		labels := slices.Repeat([]reader.Label{reader.To}, strings.Count(head, "\n")+1)
		labels = append(labels, reader.Blank, reader.Body)
		var got []string
		for _, r := range parseLabelled(t, text, labels).Recipients {
			got = append(got, strings.ToLower(r.Name))
		}
		if want := []string{"widget commission"}; !slices.Equal(got, want) {
			t.Errorf("%q: recipients %q, want %q", head, got, want)
		}
	}
}

// TestNamesWrappedOverLines: a body's name that a list wraps over two
// lines is one name, whether the second line opens with a joining word,
// goes on with a word broken at a hyphen, or gives the acronym; the web
// address after it is no part of it.
func TestNamesWrappedOverLines(t *testing.T) {
	lines := []string{
		"Verband für Reparatur", "und Wiederverwendung e. V. · reparatur.example", "",
		"Bund für Widgets", "(BfW) · bfw.example", "",
		"Forum für Frieden und gesell-", "schaftliche Verantwortung e. V. (FFV)", "",
		"Widget Watch · widgetwatch.example",
	}
	text := "Unterzeichner\n\n" + strings.Join(lines, "\n") + "\n"
	labels := []reader.Label{reader.SigHead, reader.Blank}
	for _, l := range lines {
		if l == "" {
			labels = append(labels, reader.Blank)
		} else {
			labels = append(labels, reader.Signatory)
		}
	}
	want := []string{"Verband für Reparatur und Wiederverwendung e. V.", "Bund für Widgets (BfW)",
		"Forum für Frieden und gesellschaftliche Verantwortung e. V. (FFV)", "Widget Watch"}
	if got := signatoryNames(t, text, labels); !slices.Equal(got, want) {
		t.Errorf("signatories %q, want %q", got, want)
	}
}

// TestOfficeThenBrand: a signer's line, then "Office, Body" where the
// body's name is a brand's: the body signs; a long name or a place after
// the comma is not taken for it.
func TestOfficeThenBrand(t *testing.T) {
	for _, tc := range []struct {
		lines  []string
		labels []reader.Label
		want   string
	}{
		{[]string{"Ann Wu,", "CEO, Widgetly"}, []reader.Label{reader.Signer, reader.Signatory}, "Widgetly|Ann Wu|CEO"},
		{[]string{"Widget Justice Task Force of the Riverton Chapel, US"}, []reader.Label{reader.Signatory}, "Widget Justice Task Force of the Riverton Chapel|"},
	} {
		got := signatures(t, tc.lines, tc.labels...)
		if len(got) == 0 || !strings.HasPrefix(got[0], tc.want) {
			t.Errorf("%q: signatories %q, want %q first", tc.lines, got, tc.want)
		}
	}
}

// TestFlattenedSignatureBlocks: signature blocks that extraction put on
// one line each ("Ann Wu President Widget Foundation") give the bodies
// and their signers; in a long list, such a line is a body's name.
func TestFlattenedSignatureBlocks(t *testing.T) {
	lines := []string{"Ann Wu President Widget Foundation", "Bo Li Chief Executive Gadget Forum Europe"}
	got := signatures(t, lines, reader.Signatory, reader.Signatory)
	if want := []string{"Widget Foundation|Ann Wu|President", "Gadget Forum Europe|Bo Li|Chief Executive"}; !slices.Equal(got, want) {
		t.Errorf("signatories %q, want %q", got, want)
	}
	// a body named by one word, after a title
	got = signatures(t, []string{"Cyril Ngata Director Widgetly"}, reader.Signatory)
	if want := []string{"Widgetly|Cyril Ngata|Director"}; !slices.Equal(got, want) {
		t.Errorf("signatories %q, want %q", got, want)
	}
}

// TestPersonThenBody: a flattened signature with no title, a person's
// name that opens with a given name and then a body's, is the body
// signed for by the person; a body's name that opens with no given name
// stays whole.
func TestPersonThenBody(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{"Ann Wu Widget Makers Association", "Widget Makers Association|Ann Wu|"},
		{"Mary Ann Wu Eastland Gadget Council", "Eastland Gadget Council|Mary Ann Wu|"},
		{"Free Widget Foundation Europe", "Free Widget Foundation Europe||"},
		{"Eastland Widget Growers Association", "Eastland Widget Growers Association||"},
		{"Ann Wu Council of Widget Makers", "Council of Widget Makers|Ann Wu|"},
		{"Ann Wu International LLP", "Ann Wu International LLP||"},
		{"Ann Widget Network (AWN)", "Ann Widget Network (AWN)||"},
		{"Ann County Widget Council", "Ann County Widget Council||"},
	} {
		if got := signatures(t, []string{tc.line}, reader.Signatory); len(got) != 1 || got[0] != tc.want {
			t.Errorf("%q: signatories %q, want [%q]", tc.line, got, tc.want)
		}
	}
}

// TestSignatureMarkdownAndContacts: Markdown emphasis around a signer's
// name is no part of it, and a signer line of e-mail addresses names no
// one.
func TestSignatureMarkdownAndContacts(t *testing.T) {
	for _, tc := range []struct {
		lines  []string
		labels []reader.Label
		want   []string
	}{
		{[]string{"**Ann Wu **", "*Assistant to the Minister*"}, []reader.Label{reader.Signatory, reader.Affil}, []string{"Ann Wu"}},
		{[]string{"Ann Wu          Bo Li", "Director        Director", "Widget Watch    Gadget Forum", "ann@widgetwatch.example    bo@gadgetforum.example"},
			[]reader.Label{reader.Signer, reader.Signer, reader.Signatory, reader.Signer}, []string{"Widget Watch", "Gadget Forum"}},
	} {
		text, labels := signedLetter(tc.lines, tc.labels...)
		if got := signatoryNames(t, text, labels); !slices.Equal(got, tc.want) {
			t.Errorf("%q: signatories %q, want %q", tc.lines, got, tc.want)
		}
	}
}

func TestEmphasisMarks(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"**Ann Wu **", "Ann Wu"},
		{"*Director of Widgets*", "Director of Widgets"},
		{"_Ann Wu_", "Ann Wu"},
		{"* Ann Wu", "* Ann Wu"}, // a bullet
		{"Ann Wu", "Ann Wu"},
		{"***", "***"},
	} {
		lead, trail := emphasisMarks(tc.in)
		if got := tc.in[lead : len(tc.in)-trail]; got != tc.want {
			t.Errorf("emphasisMarks(%q) leaves %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestBilingualList: a list that gives each body's name again in another
// script on the line after it gives each body once; a list with one such
// line keeps it as a body of its own.
func TestBilingualList(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		want  []string
	}{
		{[]string{"Widget Watch", "小部件观察", "Gadget Forum", "小工具论坛", "Sprocket Union", "链轮联盟"},
			[]string{"Widget Watch", "Gadget Forum", "Sprocket Union"}},
		{[]string{"Widget Watch", "Gadget Forum", "小工具论坛", "Sprocket Union"},
			[]string{"Widget Watch", "Gadget Forum", "小工具论坛", "Sprocket Union"}},
	} {
		text := "Signed by:\n\n" + strings.Join(tc.lines, "\n\n") + "\n"
		labels := []reader.Label{reader.SigHead, reader.Blank}
		for k := range tc.lines {
			if k > 0 {
				labels = append(labels, reader.Blank)
			}
			labels = append(labels, reader.Signatory)
		}
		if got := signatoryNames(t, text, labels); !slices.Equal(got, tc.want) {
			t.Errorf("signatories %q, want %q", got, tc.want)
		}
	}
}

// TestBodyInNextColumn: a row of a person (with an office or none) and,
// in the next column, a body gives the body signed for by the person; a
// lecturer's university, or a list of individuals, keeps the person.
func TestBodyInNextColumn(t *testing.T) {
	for _, tc := range []struct {
		line, want string
	}{
		{"Dr Ann Wu, President    Eastland Medical Association    (02) 5550 0100", "Eastland Medical Association|Ann Wu|President"},
		{"Dr Ann Wu    Riverton Refugee Health Network", "Riverton Refugee Health Network|Ann Wu|"},
		{"Dr Ann Wu, Lecturer    Eastdam University", "Ann Wu||"},
		{"A/Prof Ann Wu, President    Eastland College of Physicians    Contact: Prof Bo Li, (03) 5550 0100", "Eastland College of Physicians|Ann Wu|President"},
	} {
		got := signatures(t, []string{tc.line}, reader.Signatory)
		if len(got) != 1 || !strings.HasPrefix(got[0], tc.want) {
			t.Errorf("%q: signatories %q, want [%q…]", tc.line, got, tc.want)
		}
	}
}

// signedLetter returns an invented letter that closes with the given
// signature lines, and the labels of its lines: those of its greeting,
// body and closing, then the labels given.
func signedLetter(lines []string, labels ...reader.Label) (string, []reader.Label) {
	text := "Dear Minister,\n\nWe urge you to keep the repair exemption.\n\nSincerely,\n\n" + strings.Join(lines, "\n") + "\n"
	lead := []reader.Label{reader.Salutation, reader.Blank, reader.Body, reader.Blank, reader.Closing, reader.Blank}
	return text, append(lead, labels...)
}

// signatures returns the signatories of the letter signedLetter makes
// of the lines and their labels, as "name|signer|title".
func signatures(t *testing.T, lines []string, labels ...reader.Label) []string {
	t.Helper()
	text, all := signedLetter(lines, labels...)
	var out []string
	for _, s := range parseLabelled(t, text, all).Signatories {
		out = append(out, s.Name+"|"+s.Signer+"|"+s.Title)
	}
	return out
}

// TestOfficeColumns: a line of offices set in columns under a line of
// names gives each name its office, whether the reader labelled the
// names signers or signatories; no office is a party.
func TestOfficeColumns(t *testing.T) {
	text := "Yours sincerely,\n\nAnn Wu              Bo Lee              Cy Ray\nTreasurer           Policy Lead         Board Member\n"
	want := []string{"Ann Wu: Treasurer", "Bo Lee: Policy Lead", "Cy Ray: Board Member"}
	for _, names := range []reader.Label{reader.Signer, reader.Signatory} {
		for _, offices := range []reader.Label{reader.Signer, reader.Signatory} {
			labels := []reader.Label{reader.Closing, reader.Blank, names, offices}
			var got []string
			for _, s := range parseLabelled(t, text, labels).Signatories {
				got = append(got, s.Name+": "+s.Title)
			}
			if !slices.Equal(got, want) {
				t.Errorf("names %s, offices %s: signatories %q, want %q", names, offices, got, want)
			}
		}
	}
}

// TestDoubleSpacedAddress: an inside address typed with a blank line
// after each line reads as it would without them: its town is no
// addressee; addressees set apart so stay apart.
func TestDoubleSpacedAddress(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		want  []string
	}{
		{[]string{"Hon Ann Wu", "Minister for Widgets", "12 Harbour Road", "RIVERTON"}, []string{"Ann Wu"}},
		{[]string{"Widget Council", "Gadget Forum", "Sprocket Union"}, []string{"Widget Council", "Gadget Forum", "Sprocket Union"}},
		{[]string{"Minister for Widgets", "Minister for Gadgets", "Minister for Sprockets"}, []string{"Minister for Widgets", "Minister for Gadgets", "Minister for Sprockets"}},
		{[]string{"Hon Ann Wu,", "Widget Council,", "Gadget Forum."}, []string{"Ann Wu", "Widget Council", "Gadget Forum"}},
	} {
		var text string
		var labels []reader.Label
		for _, l := range tc.lines {
			text += l + "\n\n"
			labels = append(labels, reader.To, reader.Blank)
		}
		text += "Dear Sirs,\n\nWe urge you to keep the rural clinics open.\n"
		labels = append(labels, reader.Salutation, reader.Blank, reader.Body)
		got := recipientNames(t, text, labels)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: recipients %q, want %q", tc.lines, got, tc.want)
		}
	}
}

// TestWrappedDescriptionCell: in a table of signatories whose second
// column describes each, the lines that go on with a description (the
// first column empty) are no parties, whatever the reader labelled them;
// a second column of names that ends a line short stays a party.
func TestWrappedDescriptionCell(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		want  []string
	}{
		{[]string{
			"Ann Wu                Chief Scientist at the Widget Institute,",
			"                      University of Eastland, Riverton",
			"Bo Lee                Founder and Chief Scientist of Gadget",
			"                      Works",
		}, []string{"Ann Wu", "Bo Lee"}},
		{[]string{
			"Widget Watch          Gadget Forum",
			"                      Sprocket Union",
		}, []string{"Widget Watch", "Gadget Forum", "Sprocket Union"}},
	} {
		text := "Sincerely,\n\n" + strings.Join(tc.lines, "\n") + "\n"
		labels := []reader.Label{reader.Closing, reader.Blank}
		for range tc.lines {
			labels = append(labels, reader.Signatory)
		}
		if got := signatoryNames(t, text, labels); !slices.Equal(got, tc.want) {
			t.Errorf("%q: signatories %q, want %q", tc.lines, got, tc.want)
		}
	}
}

// TestAddressFormsOfAddress: a line of an inside address that holds only
// a form of address ("The Honorable Senator", "Señores") names no one:
// the person or body on the lines after it does.
func TestAddressFormsOfAddress(t *testing.T) {
	for _, tc := range []struct {
		address string
		want    []string
	}{
		{"The Honorable Senator\nAnn Wu, Chair\nWidget Committee\n1 Harbour Road\nRiverton", []string{"Ann Wu"}},
		{"The Honorable Representative\nAnn Wu\nChair, Widget Committee", []string{"Ann Wu"}},
		{"Señores\nConsejo de Widgets\nCalle Mayor 12\nRiverton", []string{"Consejo de Widgets"}},
		{"Minister\nWidget Council", []string{"Widget Council"}},
	} {
		labels := slices.Repeat([]reader.Label{reader.To}, strings.Count(tc.address, "\n")+1)
		text := tc.address + "\n\nDear Chair,\n\nWe urge you to keep the rural clinics open through the winter.\n"
		labels = append(labels, reader.Blank, reader.Salutation, reader.Blank, reader.Body)
		got := recipientNames(t, text, labels)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: recipients %q, want %q", tc.address, got, tc.want)
		}
	}
}

// TestNoteMarkEnd: a footnote's number after a name's full stop is cut;
// numbers that belong to a name are not.
func TestNoteMarkEnd(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"Widget Watch.4", 12},
		{"Widget Watch.12", 12},
		{"Widget Watch", 0},
		{"Widget Act 2.0", 0},
		{"Gadget Forum v1.2", 0},
		{"Widget Watch.123", 0},
		{".4", 0},
	} {
		if got := noteMarkEnd(tc.in); got != tc.want {
			t.Errorf("noteMarkEnd(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

// TestGreetingsReadApart: greetings on lines of their own are read apart
// even without a comma between them; people joined by another
// language's conjunction are two addressees, where an office's
// portfolios joined by it stay one; a greeting that runs on into the
// letter's first sentence names only whom it greets.
func TestGreetingsReadApart(t *testing.T) {
	for _, tc := range []struct {
		greeting string
		want     []string
	}{
		{"Dear President Wu\nDear Vice-President Lee\nDear Commissioner Ng,", []string{"Wu", "Lee", "Ng"}},
		{"Dear Judge Wu and Chief\nJudge Lee:", []string{"Wu", "Lee"}},
		{"Sehr geehrte Herren Ann Wu und Bo Lee,", []string{"Ann Wu", "Bo Lee"}},
		{"Madame Ann Wu et Monsieur Bo Lee,", []string{"Ann Wu", "Bo Lee"}},
		{"Sehr geehrtes Ministerium für Arbeit und Soziales,", []string{"Ministerium für Arbeit und Soziales"}},
		{"Dear Chair Wu: We write to support the bill before your committee.", []string{"Wu"}},
		{"To: the Widget Board", []string{"Widget Board"}},
		{"Dear Member States,", []string{"Member States"}},
		{"Dear Commissioner Wu,", []string{"Wu"}},
	} {
		text := tc.greeting + "\n\nWe urge you to keep the rural clinics open through the winter.\n"
		n := strings.Count(tc.greeting, "\n") + 1
		labels := append(slices.Repeat([]reader.Label{reader.Salutation}, n), reader.Blank, reader.Body)
		got := recipientNames(t, text, labels)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: recipients %q, want %q", tc.greeting, got, tc.want)
		}
	}
}

// TestJoinedBody: a name run into a body's name by extraction is cut
// where the body starts; names that hold a capital inside stay whole.
func TestJoinedBody(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"Ann WuMinistry of Widgets", len("Ann Wu")},
		{"Shri Bo LeeDepartment of Gadgets", len("Shri Bo Lee")},
		{"Ann McDonald", 0},
		{"Ann DeSantis", 0},
		{"Widget Council", 0},
		{"WuMinistry of Widgets", 0},
	} {
		if got := joinedBody(tc.in); got != tc.want {
			t.Errorf("joinedBody(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

// TestSignatureDashes: a spaced dash after a person's name sets the
// title or the body apart as a comma does; a body's name that holds a
// dash stays whole.
func TestSignatureDashes(t *testing.T) {
	for _, tc := range []struct {
		line string
		want string // name|signer|title
	}{
		{"Ann Wu, President – Widget Watch", "Widget Watch|Ann Wu|President"},
		{"Ann Wu, Chief Executive - Widget Watch", "Widget Watch|Ann Wu|Chief Executive"},
		{"Dr. Ann Wu — Widget Watch", "Widget Watch|Ann Wu|"},
		{"Widget Watch – Riverton Chapter", "Widget Watch – Riverton Chapter||"},
	} {
		text := "Dear Minister,\n\nWe urge you to keep the clinics open.\n\nSigned,\n\n" + tc.line + "\n"
		labels := []reader.Label{reader.Salutation, reader.Blank, reader.Body, reader.Blank, reader.Closing, reader.Blank, reader.Signatory}
		got := signatoryRows(t, text, labels)
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%q: signatories %q, want [%q]", tc.line, got, tc.want)
		}
	}
}

// TestJointBy: a letter with no signature that says in its body whose
// joint text it is ("a joint statement by A, B and C") is signed by the
// bodies it lists; a sentence that goes on after one body's name, or
// names no body, signs nothing.
func TestJointBy(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		want     []string
	}{
		{"This is a joint statement by Widget Watch (Eastland), Gadget Forum, Sprocket\nUnion and the Riverton Widget Council.", []string{"Widget Watch", "Gadget Forum", "Sprocket Union", "Riverton Widget Council"}},
		{"This submission is made on behalf of Widget Watch and WWF.", []string{"Widget Watch", "WWF"}},
		{"Diese Stellungnahme wird getragen von Widget Watch und Gadget Forum.", []string{"Widget Watch", "Gadget Forum"}},
		{"This statement by the Commission sets out new rules.", nil},
		{"In a statement by Widget Watch, the group said that widgets are good.", nil},
	} {
		text := "Widget rules\n\n" + tc.sentence + "\n\nWe urge the Commission to define widgets.\n"
		n := strings.Count(tc.sentence, "\n") + 1
		labels := append([]reader.Label{reader.Subject, reader.Blank}, slices.Repeat([]reader.Label{reader.Body}, n)...)
		labels = append(labels, reader.Blank, reader.Body)
		got := signatoryNames(t, text, labels)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: signatories %q, want %q", tc.sentence, got, tc.want)
		}
	}
}

// TestAcronymUnderBody: a bare acronym that the reader took for an
// affiliation under a body's name is another body when it does not
// abbreviate the name above; the name's own acronym is no signatory.
func TestAcronymUnderBody(t *testing.T) {
	for _, tc := range []struct {
		acr  string
		want []string
	}{
		{"GCE", []string{"Northern Widget Makers Association", "GCE"}},
		{"NWMA", []string{"Northern Widget Makers Association"}},
	} {
		text := "Dear Minister,\n\nWe urge you to delay the widget rules.\n\nSincerely,\n\nNorthern Widget Makers Association\n" + tc.acr + "\n"
		labels := []reader.Label{reader.Salutation, reader.Blank, reader.Body, reader.Blank, reader.Closing, reader.Blank, reader.Signatory, reader.Affil}
		got := signatoryNames(t, text, labels)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: signatories %q, want %q", tc.acr, got, tc.want)
		}
	}
}

// TestAddressVariants: a person with a bracketed note whose commas stay
// inside it, Spanish leads before a body, a greeting that names no one,
// and a title's full name for the surname a greeting gives (lines
// labelled as given).
func TestAddressVariants(t *testing.T) {
	body := "\n\nWe urge you to keep the rural clinics open.\n"
	for _, tc := range []struct {
		text   string
		labels []reader.Label
		want   []string
	}{
		{"Dr. Ann Wu (MdL, Widget Party)\nBo Lee (Chair, Riverton Council)" + body, []reader.Label{reader.To, reader.To}, []string{"Ann Wu", "Bo Lee"}},
		{"Al Consejo de Gobierno\nA la Defensora de la Audiencia" + body, []reader.Label{reader.To, reader.To}, []string{"Consejo de Gobierno", "Defensora de la Audiencia"}},
		{"Al Wu\n12 Harbour Road" + body, []reader.Label{reader.To, reader.To}, []string{"Al Wu"}},
		{"Al Comune di Riverton\nAlla Regione Eastland" + body, []reader.Label{reader.To, reader.To}, []string{"Comune di Riverton", "Regione Eastland"}},
		// the office after the name, with no comma, in Romance languages;
		// an English office before a name's words is no name's end
		{"Ann Wu Ministra de Widgets\nBo Li Président de la Widgetie" + body, []reader.Label{reader.To, reader.To}, []string{"Ann Wu", "Bo Li"}},
		{"Lic. Ann Wu\nIngeniero Bo Li" + body, []reader.Label{reader.To, reader.To}, []string{"Ann Wu", "Bo Li"}},
		{"Eastland Widget Minister" + body, []reader.Label{reader.To}, []string{"Eastland Widget Minister"}},
		// an honorific, an office, then a surname; an office and its
		// portfolio
		{"Frau Ministerin Wu" + body, []reader.Label{reader.To}, []string{"Wu"}},
		{"The Hon. Minister for Transport" + body, []reader.Label{reader.To}, []string{"Minister for Transport"}},
		// an office or a body, then the person after a dash: the person
		{"Presidente della Provincia di Widgets – Ann Wu\nMinisterio de Widgets - Sra. Bo Li - Ministra" + body, []reader.Label{reader.To, reader.To}, []string{"Ann Wu", "Bo Li"}},
		{"Bonjour," + body, []reader.Label{reader.Salutation}, nil},
		{"Open Letter to Mayor Ann Wu\n\nDear Mayor Wu," + body, []reader.Label{reader.Subject, reader.Blank, reader.Salutation}, []string{"Ann Wu"}},
	} {
		labels := append(slices.Clone(tc.labels), reader.Blank, reader.Body)
		got := recipientNames(t, tc.text, labels)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: recipients %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestBodyUnderSigner: under a signer's name, a line the reader took for
// the signer's title is the body she signs for when it is a title and a
// body ("Founder-President, WWU") or a proper name the letter writes
// elsewhere; a place the letter writes elsewhere stays her town. A body's
// name read as a closing line signs too.
func TestBodyUnderSigner(t *testing.T) {
	S, B, Sa, Bo, C, Sg := reader.Subject, reader.Blank, reader.Salutation, reader.Body, reader.Closing, reader.Signer
	for _, tc := range []struct {
		text   string
		labels []reader.Label
		want   []string
	}{
		{"RE: WWA Action Response to the Widget Board\n\nDear Administrator Wu,\n\nWWA Action thanks the Board. We urge you to act.\n\nKind regards,\nBo Lee\nExecutive Director\nWWA Action\n",
			[]reader.Label{S, B, Sa, B, Bo, B, C, Sg, Sg, Sg}, []string{"WWA Action|Bo Lee|Executive Director"}},
		{"WWU calls for a subsidy on widgets\n\nWe urge you to fund the widget subsidy.\n\nBo Lee\nFounder-President, WWU\n",
			[]reader.Label{S, B, Bo, B, Sg, Sg}, []string{"WWU|Bo Lee|Founder-President"}},
		{"Dear Administrator Wu,\n\nWe met in Riverton, NL last May. We urge you to act.\n\nSincerely,\nBo Lee\nRiverton, NL\n",
			[]reader.Label{Sa, B, Bo, B, C, Sg, Sg}, []string{"Bo Lee||Riverton, NL"}},
		// a body's name the reader took for a closing signs; a closing
		// does not
		{"Dear Administrator Wu,\n\nWe urge you to act.\n\nRegards,\nWidget Watch e.V.\n",
			[]reader.Label{Sa, B, Bo, B, C, C}, []string{"Widget Watch e.V.||"}},
		{"Dear Administrator Wu,\n\nWe urge you to act.\n\nWith kind regards,\nYours sincerely,\n",
			[]reader.Label{Sa, B, Bo, B, C, C}, nil},
	} {
		if got := signatoryRows(t, tc.text, tc.labels); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

// TestExplicitNotAddress: a line read as the inside address that opens
// with a subject label (in Markdown's bold too) or says how the letter
// was sent names no recipient.
func TestExplicitNotAddress(t *testing.T) {
	To, B, Sa, Bo := reader.To, reader.Blank, reader.Salutation, reader.Body
	text := "Via email\n\nAnn Wu\nMinister for Widgets\n\n**Subject: Review of Widget Exhibitions and Materials**\n\nDear Minister,\n\nWe urge you to act.\n"
	d := parseLabelled(t, text, []reader.Label{To, B, To, To, B, To, B, Sa, B, Bo})
	var got []string
	for _, r := range d.Recipients {
		got = append(got, r.Name)
	}
	if want := []string{"Ann Wu"}; !slices.Equal(got, want) {
		t.Errorf("recipients %q, want %q", got, want)
	}
}

// TestOfficeAndBodyOnOneLine: a signer's office and the body it is held
// in, on one line without a comma, either way round, name the body; an
// office alone, a legislator's seat and a department are no body.
func TestOfficeAndBodyOnOneLine(t *testing.T) {
	S, B, Sa, Bo, C, Sg, Sy := reader.Subject, reader.Blank, reader.Salutation, reader.Body, reader.Closing, reader.Signer, reader.Signatory
	head := "Widget Watch on the widget levy\n\nDear Minister,\n\nWidget Watch urges you to drop the widget levy.\n\nYours sincerely,\n\nAnn Wu\n"
	labels := func(last reader.Label) []reader.Label {
		return []reader.Label{S, B, Sa, B, Bo, B, C, B, Sg, last}
	}
	for _, tc := range []struct {
		line  string
		label reader.Label
		want  []string
	}{
		{"Chair - Widget Watch", Sy, []string{"Widget Watch|Ann Wu|Chair"}},
		{"Chair – Widget Watch", Sg, []string{"Widget Watch|Ann Wu|Chair"}},
		{"Leader Widget Watch", Sg, []string{"Widget Watch|Ann Wu|Leader"}},
		{"Counsel for Widget Watch", Sy, []string{"Widget Watch|Ann Wu|Counsel"}},
		{"Executive Director of the Riverton Widget Council", Sg, []string{"Riverton Widget Council|Ann Wu|Executive Director"}},
		{"Riverton Widget Party Housing Spokesman", Sy, []string{"Riverton Widget Party|Ann Wu|Housing Spokesman"}},
		{"Widget Watch Executive Director", Sy, []string{"Widget Watch|Ann Wu|Executive Director"}},
		{"Le Président du Widget Club", Sy, []string{"Widget Club|Ann Wu|Président"}},
		// an office in lower case "of" a name: the name is a body's,
		// though its words could be a person's
		{"secrétaire général de la Fédération Widget", Sy, []string{"Fédération Widget|Ann Wu|secrétaire général"}},
		// a modifier after the office, as Portuguese writes it
		{"Secretário Geral da WWU", Sy, []string{"WWU|Ann Wu|Secretário Geral"}},
	} {
		if got := signatoryRows(t, head+tc.line+"\n", labels(tc.label)); !slices.Equal(got, tc.want) {
			t.Errorf("%q as %v:\n got %q\nwant %q", tc.line, tc.label, got, tc.want)
		}
	}
	for _, tc := range []struct{ line, body string }{
		{"Executive Director", ""},
		{"Director of Public Affairs", ""},
		{"Member of the Riverton Widget Council", ""},
		{"Senator for Riverton", ""},
		{"Chair - Ann Wu", ""},
		{"Chair of Ann Wu", ""},
		{"presidente da Widget Sindical", "Widget Sindical"}, // words a person's could be
		{"presidente - Widget Sindical", ""},                 // no "of"
		{"Chair - Widget Watch", "Widget Watch"},
		{"PRESIDENT, WIDGET COUNCIL", ""}, // a comma: read as segments elsewhere
		{"Riverton Center for Justice", ""},
		{"Riverton Widget Center Justice", "Riverton Widget Center"},
	} {
		p := &parser{}
		b, _, ok := p.officeBody(piece{text: tc.line, span: Span{0, len(tc.line)}})
		if got := map[bool]string{true: b.text}[ok]; got != tc.body {
			t.Errorf("officeBody(%q) = %q, want %q", tc.line, got, tc.body)
		}
	}
}

// TestPersonThenOfficeOfBody: a person, a comma and an office "of" a
// body, in a signature of a few lines, is the body signing by its
// officer; in a long list of people, the person signing as themself.
func TestPersonThenOfficeOfBody(t *testing.T) {
	Sa, B, Bo, C, Sy := reader.Salutation, reader.Blank, reader.Body, reader.Closing, reader.Signatory
	head := "Dear Minister,\n\nWe urge you to drop the widget levy.\n\nYours sincerely,\n\n"
	short := []string{"Ann Wu, President of Widget Watch", "Bo Li, presidente da Widget Sindical"}
	labels := []reader.Label{Sa, B, Bo, B, C, B}
	for range short {
		labels = append(labels, Sy)
	}
	got := signatoryRows(t, head+strings.Join(short, "\n")+"\n", labels)
	if want := []string{"Widget Watch|Ann Wu|President", "Widget Sindical|Bo Li|presidente"}; !slices.Equal(got, want) {
		t.Errorf("a short signature: got %q, want %q", got, want)
	}
	long := []string{"Ann Wu, President of Widget Watch", "Bo Li, Director of the Gadget Institute", "Cy Ng, Chair of the Sprocket Forum",
		"Di Oz, President of Widget Rights", "Ed Po, Director of the Cog Institute", "Flo Qi, Chair of the Gear Council", "Gus Ra, President of Widget Aid"}
	labels = []reader.Label{Sa, B, Bo, B, C, B}
	for range long {
		labels = append(labels, Sy)
	}
	got = signatoryRows(t, head+strings.Join(long, "\n")+"\n", labels)
	if len(got) != len(long) || got[0] != "Ann Wu||President of Widget Watch" {
		t.Errorf("a list of people: got %q, want each person with their office", got)
	}
}

// TestOfficeAndLetterheadBody: an office, then a name the letterhead
// reads alone, names the body, though its words could be a person's.
func TestOfficeAndLetterheadBody(t *testing.T) {
	H, B, Sa, Bo, C, Sg, Sy := reader.Head, reader.Blank, reader.Salutation, reader.Body, reader.Closing, reader.Signer, reader.Signatory
	text := "Gadget Fairness Riverton\n\nDear Minister,\n\nWe urge you to drop the levy.\n\nYours sincerely,\n\nAnn Wu\nPresident - Gadget Fairness Riverton\n"
	got := signatoryRows(t, text, []reader.Label{H, B, Sa, B, Bo, B, C, B, Sg, Sy})
	if want := []string{"Gadget Fairness Riverton|Ann Wu|President"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestPersonThenOffice: a person's name and office on one line with no
// mark between them are split; a body's name, or an office that does not
// run to the line's end, is not.
func TestPersonThenOffice(t *testing.T) {
	for _, tc := range []struct{ in, name, office string }{
		{"Ann Wu Executive Director", "Ann Wu", "Executive Director"},
		{"A.B. RIVERS General Secretary", "A.B. RIVERS", "General Secretary"},
		{"Ann Wu", "", ""},
		{"Widget Council Secretary", "", ""},       // a body, then its office
		{"Ann Wu Director of Widgets", "", ""},     // more than title words after the name
		{"Riverton Widget Club President", "", ""}, // "Club" is no name's
	} {
		name, office, _ := personThenOffice(tc.in)
		if name != tc.name || office != tc.office {
			t.Errorf("personThenOffice(%q) = %q, %q; want %q, %q", tc.in, name, office, tc.name, tc.office)
		}
	}
}

// TestFoldPartyText: a name read across a line break is written on one
// line.
func TestFoldPartyText(t *testing.T) {
	ps := []Party{{Name: "Widget\nCouncil", Title: " Chair ", Signer: "Ann\u00a0 Wu"}, {Name: "Widget Watch"}}
	foldPartyText(ps)
	if ps[0].Name != "Widget Council" || ps[0].Title != "Chair" || ps[0].Signer != "Ann Wu" || ps[1].Name != "Widget Watch" {
		t.Errorf("folded to %+v", ps)
	}
}

// TestGreetingNames: a person greeted by surname takes the full name the
// letter writes elsewhere (one full name, outside the signatures); an
// article before an office or body in a greeting is no part of its name,
// but one that opens a name stays.
func TestGreetingNames(t *testing.T) {
	Sa, B, Bo, C, Sg := reader.Salutation, reader.Blank, reader.Body, reader.Closing, reader.Signer
	labels := []reader.Label{Sa, B, Bo, B, C, B, Sg}
	for _, tc := range []struct{ text, want string }{
		{"Dear Mr Wu,\n\nWhen Ann Wu spoke in Riverton last May, she promised to keep the clinics open. We urge you to keep them open.\n\nSincerely,\n\nBo Li\n", "Ann Wu"},
		{"Dear Mr Wu,\n\nWhen Ann Wu and Tom Wu spoke in Riverton, they promised to keep the clinics open. We urge you to keep them open.\n\nSincerely,\n\nBo Li\n", "Wu"},
		{"Dear Mr Wu,\n\nWe urge you to keep the clinics open.\n\nSincerely,\n\nBo Wu\n", "Wu"},
		{"Monsieur le Premier Ministre,\n\nNous vous demandons de garder les cliniques ouvertes.\n\nCordialement,\n\nBo Li\n", "Premier Ministre"},
		{"Madame la Présidente,\n\nNous vous demandons de garder les cliniques ouvertes.\n\nCordialement,\n\nBo Li\n", "Présidente"},
		{"Dear La Trobe Widget Council,\n\nWe urge you to keep the clinics open.\n\nSincerely,\n\nBo Li\n", "La Trobe Widget Council"},
		// an honorific in lower case, as Dutch and Spanish greetings write it
		{"Geachte mevrouw Wu,\n\nWij vragen u de klinieken open te houden.\n\nMet vriendelijke groet,\n\nBo Li\n", "Wu"},
		{"Estimada señora Wu:\n\nLe pedimos que mantenga abiertas las clínicas.\n\nAtentamente,\n\nBo Li\n", "Wu"},
	} {
		got := recipientNames(t, tc.text, labels)
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%q:\n recipients %q, want [%q]", tc.text, got, tc.want)
		}
	}
}

// TestSignerDescribedAsPerson: a line under a signer's name that says who
// they are ("Concerned Riverton Resident") is no body they sign for.
func TestSignerDescribedAsPerson(t *testing.T) {
	Sa, B, Bo, C, Sg, Sy := reader.Salutation, reader.Blank, reader.Body, reader.Closing, reader.Signer, reader.Signatory
	for _, tc := range []struct {
		last string
		want []string
	}{
		{"Concerned Riverton Resident", []string{"Ann Wu||Concerned Riverton Resident"}},
		{"Riverton Residents Association", []string{"Riverton Residents Association|Ann Wu|"}},
	} {
		text := "Dear Councillors,\n\nWe urge you to keep the clinics open.\n\nSincerely,\n\nAnn Wu\n" + tc.last + "\n"
		got := signatoryRows(t, text, []reader.Label{Sa, B, Bo, B, C, B, Sg, Sy})
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.last, got, tc.want)
		}
	}
}

func TestIsHonorific(t *testing.T) {
	for w, want := range map[string]bool{"Mr": true, "Dr.": true, "Ann": false, "Minister": false} {
		if got := isHonorific(w); got != want {
			t.Errorf("isHonorific(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestWrappedNamesInColumns: bodies that sign side by side, each name
// wrapping onto a second line in its column, are read column by column;
// an acronym spelled across the break joins a wrapped name in one column
// too.
func TestWrappedNamesInColumns(t *testing.T) {
	S, B, Sa, Bo, C, Sg, Sy := reader.Subject, reader.Blank, reader.Salutation, reader.Body, reader.Closing, reader.Signer, reader.Signatory
	head := "On the widget levy\n\nDear Minister,\n\nWe urge you to drop the widget levy.\n\nYours sincerely,\n\n"
	for _, tc := range []struct {
		sig    string
		labels []reader.Label
		want   []string
	}{
		{
			"Ann Wu                       Bo Lind\n" +
				"President                    Director\n" +
				"Widget Makers Guild of       Gadget Union of\n" +
				"Northport (WMGN)             Riverton\n",
			[]reader.Label{Sg, Sg, Sy, Sy},
			[]string{"Widget Makers Guild of Northport (WMGN)", "Gadget Union of Riverton"},
		},
		{
			"Ann Wu\nPresident\nRiverton Sprocket\nAssociation (RSA)\n",
			[]reader.Label{Sg, Sg, Sy, Sy},
			[]string{"Riverton Sprocket Association (RSA)"},
		},
		{
			"Widget Watch\nGadget Guild (GG)\n",
			[]reader.Label{Sy, Sy},
			[]string{"Widget Watch", "Gadget Guild (GG)"},
		},
	} {
		labels := []reader.Label{S, B, Sa, B, Bo, B, C, B}
		labels = append(labels, tc.labels...)
		if got := signatoryNames(t, head+tc.sig, labels); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got %q\nwant %q", tc.sig, got, tc.want)
		}
	}
}

// TestAcronymSpansBreak: the acronym must take letters from the line
// above; one its own line spells alone names a body of its own.
func TestAcronymSpansBreak(t *testing.T) {
	for _, tc := range []struct {
		prev, line string
		want       bool
	}{
		{"Widget Makers", "Federation (WMF)", true},
		{"Riverton Sprocket", "Association (RSA)", true},
		{"Bundesverband Widget", "und Gadget e.V. (BWG)", true},
		{"Widget Watch", "Gadget Guild (GG)", false},
		{"Widget Watch", "Gadget Guild", false},
		{"Widget Watch", "(WW)", false}, // acronymLine's case
		{"Widget Watch", "Federation (XYZ)", false},
	} {
		if got := acronymSpansBreak(tc.prev, tc.line); got != tc.want {
			t.Errorf("acronymSpansBreak(%q, %q) = %v", tc.prev, tc.line, got)
		}
	}
}

// TestDashedBodiesInLongList: in a long list whose lines give a person,
// an office and, after a dash, the body ("Ann Wu, President – Widget
// Watch") or, on some lines, after a comma, each line names the body it
// signs for: the list is not one of individuals.
func TestDashedBodiesInLongList(t *testing.T) {
	people := []string{"Ann Wu", "Bo Lind", "Cy Ode", "Di Park", "Ed Moss", "Flo Tan", "Gus Hale", "Hal Roe"}
	bodies := []string{"Widget Watch", "Gadget Guild", "Sprocket Union", "Riverton Parts Council",
		"Eastland Gear Network", "Widget Makers Federation", "Cog Association of Northport", "Lever Trust"}
	text := "On the widget levy\n\nDear Minister,\n\nWe urge you to drop the widget levy.\n\nSigned,\n\n"
	labels := []reader.Label{reader.Subject, reader.Blank, reader.Salutation, reader.Blank, reader.Body, reader.Blank, reader.Closing, reader.Blank}
	for i, name := range people {
		office := "President"
		if i%3 == 1 {
			office = "Chief Executive | Director General"
		}
		sep := " – "
		if i%4 == 3 {
			sep = ", " // some lines set the body apart with a comma
		}
		text += name + ", " + office + sep + bodies[i] + "\n"
		labels = append(labels, reader.Signatory)
	}
	if got := signatoryNames(t, text, labels); !slices.Equal(got, bodies) {
		t.Errorf("got  %q\nwant %q", got, bodies)
	}
}

// TestSemicolonList: a list of bodies between semicolons, wrapped over
// lines (double-spaced, as PDF text often is), is cut at its semicolons
// alone; each body keeps its commas.
func TestSemicolonList(t *testing.T) {
	Sy, B := reader.Signatory, reader.Blank
	text := "On the widget bill\n\nDear Senator,\n\nWe urge you to pass the widget bill.\n\nSincerely,\n\n" +
		"Widget Watch, Northport; Gadget Guild of Eastland; Sprocket\n\n" +
		"Union; Riverton Parts Council, Inc.; Eastland Gear\n\n" +
		"Network; Lever Trust; Friends of the Widget, Riverton\n"
	labels := []reader.Label{reader.Subject, B, reader.Salutation, B, reader.Body, B, reader.Closing, B, Sy, B, Sy, B, Sy}
	want := []string{"Widget Watch, Northport", "Gadget Guild of Eastland", "Sprocket Union",
		"Riverton Parts Council, Inc.", "Eastland Gear Network", "Lever Trust", "Friends of the Widget, Riverton"}
	if got := signatoryNames(t, text, labels); !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestSignedByList: a signatory line that opens "Signed by" (in one of
// words.txt's languages) lists the bodies that sign, without the lead
// or a clause that goes on after the list.
func TestSignedByList(t *testing.T) {
	for _, tc := range []struct {
		line string
		want []string
	}{
		{"Signed by Widget Watch, Gadget Forum, Sprocket Union and Riverton Readers",
			[]string{"Widget Watch", "Gadget Forum", "Sprocket Union", "Riverton Readers"}},
		{"Letter signed by Widget Watch and Gadget Forum and sent to the council on 2 May.",
			[]string{"Widget Watch", "Gadget Forum"}},
		{"Lettre signée par l'Association WWF, Le collectif des Voisins, Le comité de la Gare et envoyée par courriel au Maire.",
			[]string{"l'Association WWF", "Le collectif des Voisins", "Le comité de la Gare"}},
		{"Unterzeichnet von: Widget Watch e.V., Gadgetforum und Sprocket-Verband",
			[]string{"Widget Watch e.V.", "Gadgetforum", "Sprocket-Verband"}},
	} {
		text := "Dear Mayor,\n\nWe ask you to keep the library open on Sundays.\n\nSincerely,\n\n" + tc.line + "\n"
		src, err := source.Decode("test.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		labels := []reader.Label{reader.Salutation, reader.Blank, reader.Body, reader.Blank, reader.Closing, reader.Blank, reader.Signatory}
		if got := partyNames(Parse(src, Options{Labels: labels}).Signatories); !slices.Equal(got, tc.want) {
			t.Errorf("%q: signatories %q, want %q", tc.line, got, tc.want)
		}
	}
}

// TestCJKTitle: a signatory written in Chinese as a body and its
// holder's title, with or without a space, is the body; a title alone,
// or a name in Latin letters, is left as it is.
func TestCJKTitle(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
		ok   bool
	}{
		{"小部件協會主席", len("小部件協會"), true},
		{"小部件協會 主席", len("小部件協會"), true},
		{"小部件协会秘书长", len("小部件协会"), true},
		{"小部件協會", 0, false},
		{"主席", 0, false},
		{"Widget Watch 主席", len("Widget Watch"), false},
	} {
		got, ok := withoutCJKTitle(tc.in)
		if ok != tc.ok || ok && got != tc.want {
			t.Errorf("withoutCJKTitle(%q) = %d, %v, want %d, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

// TestPersonSlashDescription: "Name / who she is" lines of a list of
// signatures name the people, what follows the slash as their titles (a
// body there is the body they sign for, as after a comma).
func TestPersonSlashDescription(t *testing.T) {
	text := "Dear Prime Minister,\n\nWe ask you to release Bo Lind at once.\n\nRespectfully,\n\nAnn Wu / Author\n\nTom Berg / Professor of Law\n\nRita Moss / Widget Watch\n"
	src, err := source.Decode("test.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	labels := []reader.Label{reader.Salutation, reader.Blank, reader.Body, reader.Blank, reader.Closing, reader.Blank,
		reader.Signatory, reader.Blank, reader.Signatory, reader.Blank, reader.Signatory}
	d := Parse(src, Options{Labels: labels})
	var got []string
	for _, s := range d.Signatories {
		got = append(got, s.Name+" | "+s.Title+" | "+s.Signer)
	}
	want := []string{"Ann Wu | Author | ", "Tom Berg | Professor of Law | ", "Widget Watch |  | Rita Moss"}
	if !slices.Equal(got, want) {
		t.Errorf("signatories %q, want %q", got, want)
	}
}

// TestSpacedAddressEntries: an inside address typed with a blank line
// after each line, each line ending in a comma, is one addressee's
// entry when the lines after the name give their office, a name wrapped
// at the blank line, or an address; lines that each open a person are
// addressees of their own.
func TestSpacedAddressEntries(t *testing.T) {
	To, B, Sa, Bo := reader.To, reader.Blank, reader.Salutation, reader.Body
	for _, tc := range []struct {
		lines []string
		want  []string
	}{
		{[]string{"Hon. Ann Wu,", "Chair, Committee on Widgets and Gadgets, House of", "Delegates, Riverton, ON."}, []string{"Ann Wu"}},
		{[]string{"Senator Ann Wu,", "Widget House Office Building,", "Riverton, ON."}, []string{"Ann Wu"}},
		{[]string{"Chair Ann Wu,", "Committee on Widgets, State Capitol, Riverton, ON."}, []string{"Ann Wu"}},
		{[]string{"Hon. Ann Wu, Jr.,", "Widget Assembly,", "Riverton, ON."}, []string{"Ann Wu, Jr."}},
		{[]string{"Ann Wu, Minister of Widgets,", "Bo Li, Minister of Gadgets,", "Cy Dee, Minister of Sprockets."}, []string{"Ann Wu", "Bo Li", "Cy Dee"}},
	} {
		var labels []reader.Label
		text := ""
		for _, l := range tc.lines {
			text += " " + l + "\n\n"
			labels = append(labels, To, B)
		}
		text += " Dear Chair Wu: We write to you.\n\nWe urge you to act.\n"
		labels = append(labels, Sa, B, Bo)
		var got []string
		for _, r := range parseLabelled(t, text, labels).Recipients {
			got = append(got, r.Name)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: recipients %q, want %q", tc.lines, got, tc.want)
		}
	}
}

// TestSignersUnderBody: the persons listed right under a body's name
// sign for it, one after another; an office's holder named after a blank
// line signs for the body the office is held in; a head word alone
// before an office ("Board President") names no body.
func TestSignersUnderBody(t *testing.T) {
	B, Sa, Bo, C, Sg, Sy := reader.Blank, reader.Salutation, reader.Body, reader.Closing, reader.Signer, reader.Signatory
	head := "Dear Minister,\n\nWe urge you to drop the widget levy.\n\nYours sincerely,\n\n"
	for _, tc := range []struct {
		sig    string
		labels []reader.Label
		want   []string
	}{
		{"Widget Watch\nAnn Wu\nBo Li – Treasurer\nCy Dee\n", []reader.Label{Sy, Sg, Sg, Sg}, []string{"Widget Watch|Ann Wu, Bo Li, Cy Dee|"}},
		{"The Chair of Widget Watch\n\nAnn Wu\n", []reader.Label{Sy, B, Sg}, []string{"Widget Watch|Ann Wu|Chair"}},
		{"Ann Wu\nBoard President\nRiverton Widget Council\n", []reader.Label{Sg, Sg, Sy}, []string{"Riverton Widget Council|Ann Wu|Board President"}},
	} {
		labels := append([]reader.Label{Sa, B, Bo, B, C, B}, tc.labels...)
		if got := signatoryRows(t, head+tc.sig, labels); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got %q\nwant %q", tc.sig, got, tc.want)
		}
	}
}

// TestSignedColumns: signature blocks set side by side, each a signer, an
// office and a body wrapped over two lines, give each body with its
// signer, though a body's name could read as a person's.
func TestSignedColumns(t *testing.T) {
	B, Sa, Bo, C, Sg, Sy := reader.Blank, reader.Salutation, reader.Body, reader.Closing, reader.Signer, reader.Signatory
	text := "Dear Minister,\n\nWe urge you to drop the widget levy.\n\nYours sincerely,\n\n" +
		"Ann Wu                         Bo Li\n" +
		"Director General               Président\n" +
		"Eastland Gadget Makers         Fédération des\n" +
		"Federation (EGMF)              Widgets de Riverton (FWR)\n"
	got := signatoryRows(t, text, []reader.Label{Sa, B, Bo, B, C, B, Sg, Sg, Sy, Sy})
	want := []string{"Eastland Gadget Makers Federation (EGMF)|Ann Wu|Director General", "Fédération des Widgets de Riverton (FWR)|Bo Li|Président"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestTrailingDate(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"Widget Watch – 3 May 2024", "Widget Watch"},
		{"Widget Watch- 01 de julio de 2024.", "Widget Watch"},
		{"Widget Watch, Riverton, 3 May 2024", "Widget Watch, Riverton"},
		{"Ann Wu, Widget Watch, 3 May 2024", "Ann Wu, Widget Watch"},
		{"Widget Watch 2024", "Widget Watch 2024"},
		{"Widget Watch", "Widget Watch"},
		{"3 May 2024", "3 May 2024"},
	} {
		got := tc.in
		if k := trailingDate(tc.in); k > 0 {
			got = tc.in[:k]
		}
		if got != tc.want {
			t.Errorf("trailingDate(%q) cuts to %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSingularOf(t *testing.T) {
	for in, want := range map[string]string{"Universities": "University", "Colleges": "College", "Councils": "Council", "Address": "Address", "Bus": "Bus", "Wu": "Wu"} {
		if got := singularOf(in); got != want {
			t.Errorf("singularOf(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPetitionRegionAfterName: the state a petition's signer writes after
// her name is where she lives, not part of the name; a word that is no
// region code stays.
func TestPetitionRegionAfterName(t *testing.T) {
	for _, lines := range [][]string{
		{"Ann Wu TX", "Bo McLeod WA", "Cyril Ngata NSW", "Dana Smith Jones"},
		{"Ann Wu TX, United States", "Bo McLeod MD, United States", "Cyril Ngata NSW, Australia", "Dana Smith Jones, United States"},
	} {
		text, labels := signedLetter(lines, reader.Signatory, reader.Signatory, reader.Signatory, reader.Signatory)
		if got, want := signatoryNames(t, text, labels), []string{"Ann Wu", "Bo McLeod", "Cyril Ngata", "Dana Smith Jones"}; !slices.Equal(got, want) {
			t.Errorf("%q: signatories %q, want %q", lines, got, want)
		}
	}
}
