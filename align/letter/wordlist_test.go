package letter

import (
	"slices"
	"strings"
	"testing"
)

func TestWords(t *testing.T) {
	w, err := parseWords(wordsText)
	if err != nil {
		t.Fatal(err)
	}
	for name, list := range w.sections {
		if len(list) == 0 {
			t.Errorf("section %s is empty", name)
		}
		seen := map[string]bool{}
		for _, x := range list {
			if seen[x] {
				t.Errorf("section %s lists %q twice", name, x)
			}
			seen[x] = true
		}
	}
	for _, bad := range []string{"word before section\n", "%a\nx\n%a\ny\n"} {
		if _, err := parseWords(bad); err == nil {
			t.Errorf("parseWords(%q) accepted", bad)
		}
	}
}

func TestHonorifics(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string // the honorific found, "" for none
	}{
		{"Mr. Ann Wu", "Mr. "},
		{"Mrs Ann Wu", "Mrs "},
		{"The Right Honourable Ann Wu", "The Right Honourable "},
		{"Rt. Hon. Ann Wu", "Rt. Hon. "},
		{"H.E. Ann Wu", "H.E. "},
		{"Herrn Ann Wu", "Herrn "},
		{"On. Ann Wu", "On. "},
		{"Shri. Ann Wu", "Shri. "},
		{"Dato’ Ann Wu", "Dato’ "},
		{"Ann Wu", ""},
		{"Mrsa Ann", ""},
		{"Monsieur", "Monsieur"},
		{"Sra. Ann Wu", "Sra. "},
		{"Sr. Vice President", ""}, // Senior, not Señor
		{"Lieutenant General Ann Wu", "Lieutenant General "},
		{"Maj. Gen. Ann Wu", "Maj. Gen. "},
		{"Vice Admiral Ann Wu", "Vice Admiral "},
		{"General Manager", ""}, // a rank alone is no honorific
		{"Adv. Ann Wu", "Adv. "},
		{"A Sua Excelência o Senhor Ann Wu", "A Sua Excelência o Senhor "},
		{"À Son Excellence Monsieur Ann Wu", "À Son Excellence "},
		{"Exmo. Sr. Ann Wu", "Exmo. Sr. "},
		{"Senhor Governador", "Senhor "},
		{"prof. dr. Ann Wu", "prof. "},
		{"Prof.dr. Ann Wu", "Prof.dr. "},
		{"dr.ir. Ann Wu", "dr.ir. "},
		{"Prof.dr.", ""},          // nothing after the chain
		{"Dr.Widget Council", ""}, // a body's name run into a title
		{"Hon.Sprocket. Ann", ""}, // a part that is no honorific
	} {
		loc := honorificRe.FindStringIndex(tc.in)
		got := ""
		if loc != nil {
			got = tc.in[loc[0]:loc[1]]
		}
		if got != tc.want {
			t.Errorf("honorific of %q = %q, want %q", tc.in, got, tc.want)
		}
	}
	if loc := honorificAt("HERRN ANN WU"); loc == nil || loc[1] != len("HERRN ") {
		t.Errorf("honorificAt(HERRN ANN WU) = %v", loc)
	}
}

func TestExpandTemplate(t *testing.T) {
	for _, tc := range []struct {
		template string
		want     []string // nil: an error
	}{
		{"cheers", []string{"cheers"}},
		{"kind|warm regards", []string{"kind regards", "warm regards"}},
		{"[very] truly [yours]", []string{"truly", "truly yours", "very truly", "very truly yours"}},
		{"thank you [for your help|for all]", []string{"thank you", "thank you for your help", "thank you for all"}},
		{"[with] [many] thanks", []string{"thanks", "many thanks", "with thanks", "with many thanks"}},
		{"[very truly", nil},
		{"very] truly", nil},
		{"[a [b]]", nil},
		{"a||b", nil},
		{"[|a] b", nil},
	} {
		got, err := expandTemplate(tc.template)
		if tc.want == nil {
			if err == nil {
				t.Errorf("expandTemplate(%q) = %q, want an error", tc.template, got)
			}
			continue
		}
		if err != nil || !slices.Equal(got, tc.want) {
			t.Errorf("expandTemplate(%q) = %q, %v; want %q", tc.template, got, err, tc.want)
		}
	}
}

// TestFieldHelpers holds leadingFields and lastField to strings.Fields.
func TestFieldHelpers(t *testing.T) {
	for _, s := range []string{
		"", "   ", "one", " one two  three ", "At\u00a0Widget\u2003Watch,\twe\n",
		"bad \xff bytes\xfe", "\u3000全角\u3000空白", "a b c d e f g h i j k",
	} {
		all := strings.Fields(s)
		for n := 0; n <= len(all)+1; n++ {
			want := all[:min(n, len(all))]
			if got := leadingFields(s, n); !slices.Equal(got, want) {
				t.Errorf("leadingFields(%q, %d) = %q, want %q", s, n, got, want)
			}
		}
		want := ""
		if len(all) > 0 {
			want = all[len(all)-1]
		}
		if got := lastField(s); got != want {
			t.Errorf("lastField(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestAddressLines: lines of a postal address with no number or postcode
// (a city and its region's code, a building then its city and region, a
// region's code wrapped alone) and those whose street word is in lower
// case after the number.
func TestAddressLines(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Washington, DC.", true},
		{"Washington, D.C.", true},
		{"Riverton, NY", true},
		{"Salt Lake City, UT", true},
		{"Port Widget, ON", true},
		{"Ann Wu, MD", false},               // letters after a name
		{"Widget Council, NY", false},       // a body
		{"Works, Washington, DC", false},    // a name's end run on
		{"Riverton, Eastland", false},       // no region code
		{"the city of Riverton, NY", false}, // prose
		{"Riverton, NY 10001", true},        // and the postcode rule holds this one
		{"Widget House Office Building, Riverton, ON.", true},
		{"Building, Riverton, NY.", true}, // wrapped from "… Office"
		{"State Capitol, Riverton", true},
		{"Gadget Complex, Port Widget, ON", true},
		{"DC.", true},                                       // wrapped from "Riverton,"
		{"OR", false},                                       // a word, not a wrapped code
		{"Widget Council, Riverton, NY", false},             // a body
		{"Gadget Building Society, Riverton", false},        // a body named for a building
		{"Riverton Building, the city we love", false},      // prose after it
		{"Widget Building, Riverton Widget Council", false}, // a body after it
		{"6 rue des Widgets", true},
		{"12, via Riverton", true},
		{"6 Rue des Widgets", true}, // the capitalised rule holds this one
		{"3 rue", false},            // no street name
		{"12 district councils", false},
		{"Le 6 rue des Widgets", false},
	} {
		if got := isAddress(tc.in); got != tc.want {
			t.Errorf("isAddress(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestWithoutOpening(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Dear Chair Wu: We write to support the bill", "Dear Chair Wu:"},
		{"Dear Chair Wu and Member Li: The Widget", "Dear Chair Wu and Member Li:"}, // the sentence wraps
		{"To: the Widget Board", "To: the Widget Board"},                            // the greeting's own colon
		{"Dear Chair Wu: Dear Member Li:", "Dear Chair Wu: Dear Member Li:"},        // two greetings
		{"Dear Chair Wu:", "Dear Chair Wu:"},
	} {
		if got := withoutOpening(tc.in); got != tc.want {
			t.Errorf("withoutOpening(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestIsTitleLine(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Executive Director", true},
		{"Director, Government Affairs", true},
		{"Director of the Widget Bureau", true},
		{"Riverton Widget Justice Center", false}, // an office's word in a body's name
		{"Leader Institute", false},
		{"Chief Justice", true},
	} {
		if got := isTitleLine(tc.in); got != tc.want {
			t.Errorf("isTitleLine(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestCommaListLong: a long list wrapped over lines keeps its entries
// when one reads as no name, and reads "and" before the last entry of
// each of its sentences; a short one with such an entry is no list.
func TestCommaListLong(t *testing.T) {
	long := "Widget Watch; Gadget Forum; Sprocket Union; Riverton Justice, Peace & Widgets Office; Cog Council; Lever League; Gear Guild; Axle Alliance; Pulley Project; and Spring Society. Bolt Board; Nut Network; and Washer Works"
	var got []string
	for _, pc := range commaList(piece{text: long, span: Span{0, len(long)}}) {
		got = append(got, strings.Join(strings.Fields(pc.text), " "))
	}
	if len(got) != 13 || got[0] != "Widget Watch" || got[10] != "Bolt Board" || got[12] != "Washer Works" {
		t.Errorf("long list read as %q", got)
	}
	short := "Widget Watch; Riverton Justice, Peace & Widgets Office; Gadget Forum"
	if got := commaList(piece{text: short, span: Span{0, len(short)}}); len(got) != 1 {
		t.Errorf("short list with an odd entry read as %d entries", len(got))
	}
}

func TestTitlePrefixOfBody(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool // an office, then its holder's name
	}{
		{"Commissioner Ann Wu", true},
		{"Président du Widget Club", false},
		{"Président de Riverton Widget Métropole", false},
		{"Presidente della Regione", false},
		{"Minister de Wit", true},
		{"Presidente da República de Eastland", false},
		{"Secretário João da Costa", true},
	} {
		if got := titlePrefix(tc.in) > 0; got != tc.want {
			t.Errorf("titlePrefix(%q) > 0 = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestOfficeThenBody(t *testing.T) {
	for _, tc := range []struct {
		in, office, body string // "" for no split
	}{
		{"Chair - Widget Watch", "Chair", "Widget Watch"},
		{"president of Widget Watch", "president", "Widget Watch"},
		{"presidente da Associação Widget", "presidente", "Associação Widget"},
		{"présidente du Widget Club", "présidente", "Widget Club"},
		{"member of staff", "", ""},
		{"Widget Watch", "", ""},
	} {
		o, b, ok := officeThenBody(piece{text: tc.in})
		if !ok {
			o.text, b.text = "", ""
		}
		if o.text != tc.office || b.text != tc.body {
			t.Errorf("officeThenBody(%q) = %q, %q, want %q, %q", tc.in, o.text, b.text, tc.office, tc.body)
		}
	}
}

func TestLabelKindInOtherLanguages(t *testing.T) {
	for _, tc := range []struct {
		line string
		want Kind
	}{
		{"To: Ann Wu", KindTo},
		{"À : Ann Wu", KindTo},
		{"An: Stadt Riverton", KindTo},
		{"Aan: Gemeente Riverton", KindTo},
		{"Para: Ann Wu", KindTo},
		{"Destinataires : Ann Wu", KindTo},
		{"Subject: widgets", KindSubject},
		{"Cc: Ann Wu", KindCC},
	} {
		m := labelRe.FindStringSubmatch(tc.line)
		if m == nil {
			t.Errorf("labelRe does not match %q", tc.line)
			continue
		}
		if got := labelKind(m[1]); got != tc.want {
			t.Errorf("labelKind(%q) = %v, want %v", m[1], got, tc.want)
		}
	}
}

// TestAddressLeads: the words before an addressee, and copy labels
// without a colon, are cut from an address line; a name that starts
// with the same letters is not.
func TestAddressLeads(t *testing.T) {
	for _, tc := range []struct {
		line string
		cut  int
	}{
		{"Aan de Gemeenteraad van Riverton", len("Aan de")},
		{"An die Stadt Riverton", len("An die")},
		{"Ann Wu", 0},
		{"To Ms Ann Wu", len("To")},
		{"Tom Wu", 0},
		{"C/C", len("C/C")},
		{"p.c. Widget Watch", len("p.c.")},
		{"Copie à : Widget Watch", len("Copie à :")},
		{"Ccwidget Council", 0},
	} {
		if cut, _ := addressLead(tc.line); cut != tc.cut {
			t.Errorf("addressLead(%q) = %d, want %d", tc.line, cut, tc.cut)
		}
	}
}

func TestSpelledOut(t *testing.T) {
	for _, tc := range []struct {
		name, after string
		want        bool
	}{
		{"Voters for Widget Rights", " (VFWR) opposes the rule", true},
		{"Voters for Widget Rights", " (VWR) opposes the rule", true},
		{"Widget Watch", " (WW) welcomes", true},
		{"Widget Watch", " (GF) welcomes", false},
		{"Widget Watch", " welcomes (WW)", false},
		{"Ann Wu", " (Chair) said", false},
	} {
		if got := spelledOut(tc.name, tc.after); got != tc.want {
			t.Errorf("spelledOut(%q, %q) = %v, want %v", tc.name, tc.after, got, tc.want)
		}
	}
}
