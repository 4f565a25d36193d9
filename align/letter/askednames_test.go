package letter

import (
	"slices"
	"strings"
	"testing"
)

func TestAskedPieces(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // each name, with "office:" or "person:" when it is one
	}{
		{"the Widget Commission’s proposal", []string{"Widget Commission"}},
		{"the Council and Parliament agree", []string{"Council", "Parliament"}},
		{"the Department of Trade and Industry", []string{"Department of Trade and Industry"}},
		{"the Widget Chamber of Commerce and the Gadget Business Council said", []string{"Widget Chamber of Commerce", "Gadget Business Council"}},
		{"the Gadget Committee. The report", []string{"Gadget Committee"}},
		{"the U.S. Widget Agency", []string{"U.S. Widget Agency"}},
		{"wrote to Eastland Immigration Minister Ann Wu today", []string{"person:Ann Wu"}},
		{"asked Minister Wu to act", []string{"person:Wu"}},
		{"wrote to the Acting Prime Minister, Ann Wu, asking", []string{"person:Ann Wu"}},
		{"urges the Eastland Immigration Minister to act", []string{"office:Eastland Immigration Minister"}},
		{"the Minister of Widgets agreed", []string{"office:Minister of Widgets"}},
		{"the EU Member States agree", []string{"EU Member States"}},
	} {
		var got []string
		for _, m := range bodyNameRe.FindAllStringIndex(tc.text, -1) {
			for _, ap := range askedPieces(tc.text, m[0], m[1]) {
				name := tc.text[ap.i:ap.j]
				switch {
				case ap.office:
					name = "office:" + name
				case ap.person:
					name = "person:" + name
				}
				got = append(got, name)
			}
		}
		got = slices.DeleteFunc(got, func(s string) bool { return s == "The" || s == "wrote" })
		if !slices.Contains(got, tc.want[0]) || len(tc.want) > 1 && !slices.Equal(got[len(got)-len(tc.want):], tc.want) {
			t.Errorf("askedPieces(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestQualifiedInstitution(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"What the Eastland government must do", "Eastland government"},
		{"urges Westland authorities to act", "Westland authorities"},
		{"the government must act", ""},
	} {
		got := qualifiedInstitutionRe.FindString(tc.text)
		if got != tc.want {
			t.Errorf("qualifiedInstitutionRe in %q = %q, want %q", tc.text, got, tc.want)
		}
	}
}

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
	} {
		p := newParty(piece{text: tc.in, span: Span{0, len(tc.in)}}, RoleTo)
		if p.Name != tc.name || p.Title != tc.title {
			t.Errorf("newParty(%q) = %q, %q; want %q, %q", tc.in, p.Name, p.Title, tc.name, tc.title)
		}
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

func TestCleanSignaturePieceClosing(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Kind regards, Ann Wu", "Ann Wu"},
		{"Sincerely, Widget Council", "Widget Council"},
		{"Widget, Gadget and Sprocket Makers", "Widget, Gadget and Sprocket Makers"},
		{"Sincerely,", "Sincerely,"}, // a closing alone is left to the reader
	} {
		got := cleanSignaturePiece(piece{text: tc.in, span: Span{0, len(tc.in)}}).text
		if got != tc.want {
			t.Errorf("cleanSignaturePiece(%q) = %q, want %q", tc.in, got, tc.want)
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
