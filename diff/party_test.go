package diff

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/letterdiff/letterdiff/align/letter"
	"github.com/letterdiff/letterdiff/align/source"
)

// The parties in these tests are invented.

var canonicalTests = []struct {
	name string
	in   string
	want string
}{
	{"plain", "Widget Council", "widget council"},
	{"case", "WIDGET council", "widget council"},
	{"leading The", "The Widget Council", "widget council"},
	{"lower-case the", "the Widget Council", "widget council"},
	{"The inside is kept", "Council of the Widget Makers", "council of the widget makers"},
	{"trailing acronym", "Widget Council (WC)", "widget council"},
	{"The and acronym", "The Widget Council (WC)", "widget council"},
	{"inner parentheses are kept", "Widget (Eastland) Council", "widget eastland council"},
	{"ampersand", "Gears & Cogs Association", "gears and cogs association"},
	{"ampersand without spaces", "Gears&Cogs Association", "gears and cogs association"},
	{"and", "Gears and Cogs Association", "gears and cogs association"},
	{"U.S.", "U.S. Widget Council", "united states widget council"},
	{"U. S.", "U. S. Widget Council", "united states widget council"},
	{"US", "US Widget Council", "united states widget council"},
	{"USA", "USA Widget Council", "united states widget council"},
	{"U.S.A.", "U.S.A. Widget Council", "united states widget council"},
	{"United States", "United States Widget Council", "united states widget council"},
	{"United States of America", "Widget Council of the United States of America", "widget council of the united states"},
	{"US in a compound", "US-Eastland Business Council", "united states eastland business council"},
	{"punctuation", "Widget-Makers' Council, Inc.", "widget makers council inc"},
	{"white space", "  Widget \t Council\n", "widget council"},
	{"compatibility forms", "Ｗidget Ｃouncil", "widget council"},
	{"accents kept", "Société des Rouages", "société des rouages"},
	{"empty", "", ""},
	{"only punctuation", "—", ""},
}

func TestCanonical(t *testing.T) {
	for _, tt := range canonicalTests {
		t.Run(tt.name, func(t *testing.T) {
			if got := canonical(tt.in); got != tt.want {
				t.Errorf("canonical(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

var formTests = []struct {
	name string
	in   string
	want string
}{
	{"plain", "Widget Council", "widget council"},
	{"leading The", "The Widget Council", "widget council"},
	{"trailing acronym", "Widget Council (WC)", "widget council"},
	{"punctuation", "Widget-Makers' Council, Inc.", "widget makers council inc"},
	// form keeps the words: "&" and "and" and the forms of "United
	// States" are different wordings of one name.
	{"ampersand", "Gears & Cogs Association", "gears cogs association"},
	{"and", "Gears and Cogs Association", "gears and cogs association"},
	{"U.S.", "U.S. Widget Council", "u s widget council"},
	{"United States", "United States Widget Council", "united states widget council"},
}

func TestForm(t *testing.T) {
	for _, tt := range formTests {
		t.Run(tt.name, func(t *testing.T) {
			if got := form(tt.in); got != tt.want {
				t.Errorf("form(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

var aliasTests = []struct {
	name  string
	party letter.Party
	want  []string
}{
	{"plain name", letter.Party{Name: "Widget Council"}, nil},
	{"acronym", letter.Party{Name: "Gadget Council of Eastland (GCE)", Acronym: "GCE"}, []string{"acr:gce"}},
	{"short and long form with a bar", letter.Party{Name: "GCA | The Gadget Coalition"}, []string{"acr:gca", "gadget coalition"}},
	{"bar and acronym", letter.Party{Name: "GCA | The Gadget Coalition (GCA)", Acronym: "GCA"}, []string{"acr:gca", "acr:gca", "gadget coalition"}},
	{"long and short form with a slash", letter.Party{Name: "Cog Makers Network / CogNet"}, []string{"cog makers network", "acr:cognet"}},
	{"slash without spaces", letter.Party{Name: "Cog Makers Network /CogNet"}, []string{"cog makers network", "acr:cognet"}},
	{"one-word acronym", letter.Party{Name: "GEARNET"}, []string{"acr:gearnet"}},
	{"one-word brand", letter.Party{Name: "GearNet"}, []string{"acr:gearnet"}},
	{"one capital is no acronym", letter.Party{Name: "Gearnet"}, nil},
	{"person", letter.Party{Name: "Alma Stone", Person: true, Title: "Minister of Trade"}, nil},
}

func TestAliases(t *testing.T) {
	for _, tt := range aliasTests {
		t.Run(tt.name, func(t *testing.T) {
			if got := aliases(tt.party); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("aliases(%q) = %q, want %q", tt.party.Name, got, tt.want)
			}
		})
	}
}

// emptyDoc returns an empty document over a source called name, as
// matchParties needs one to map spans.
func emptyDoc(t *testing.T, name string) *letter.Document {
	t.Helper()
	src, err := source.Decode(name, []byte("placeholder text\n"))
	if err != nil {
		t.Fatal(err)
	}
	return &letter.Document{Source: src}
}

func orgParty(name string, role letter.Role) letter.Party {
	p := letter.Party{Name: name, Role: role}
	if i := strings.LastIndex(name, " ("); i > 0 && strings.HasSuffix(name, ")") {
		p.Acronym = name[i+2 : len(name)-1]
	}
	return p
}

func personParty(name, title string, role letter.Role) letter.Party {
	return letter.Party{Name: name, Title: title, Role: role, Person: true}
}

// wantChange is the part of a PartyChange a test checks.
type wantChange struct {
	Status  Status
	Before  string // name and role, "name (role)"; "" when absent
	After   string
	Changes []string
	Note    string
}

func refString(r *PartyRef) string {
	if r == nil {
		return ""
	}
	return r.Name + " (" + r.Role + ")"
}

func gotChanges(l []PartyChange) []wantChange {
	var out []wantChange
	for _, c := range l {
		out = append(out, wantChange{c.Status, refString(c.Before), refString(c.After), c.Changes, c.Note})
	}
	return out
}

const (
	ccRole  = letter.RoleCC
	toRole  = letter.RoleTo
	sigRole = letter.RoleSignatory
)

var matchTests = []struct {
	name          string
	before, after []letter.Party
	want          []wantChange
}{
	{
		name:   "near forms: solid, plural, a word more at the end or start",
		before: []letter.Party{orgParty("Gear Kind", sigRole), orgParty("Sprocket Exploitation", sigRole), orgParty("Widget Equality", sigRole), orgParty("Sprocket Trust", sigRole)},
		after:  []letter.Party{orgParty("GearKind", sigRole), orgParty("Sprocket Exploitations", sigRole), orgParty("Widget Equality UK", sigRole), orgParty("Eastland Widget Sprocket Trust", sigRole)},
		want: []wantChange{
			{Status: Changed, Before: "Gear Kind (signatory)", After: "GearKind (signatory)", Changes: []string{"name: Gear Kind → GearKind"}},
			{Status: Changed, Before: "Sprocket Exploitation (signatory)", After: "Sprocket Exploitations (signatory)", Changes: []string{"name: Sprocket Exploitation → Sprocket Exploitations"}},
			{Status: Changed, Before: "Widget Equality (signatory)", After: "Widget Equality UK (signatory)", Changes: []string{"name: Widget Equality → Widget Equality UK"}},
			{Status: Changed, Before: "Sprocket Trust (signatory)", After: "Eastland Widget Sprocket Trust (signatory)", Changes: []string{"name: Sprocket Trust → Eastland Widget Sprocket Trust"}},
		},
	},
	{
		name:   "no near form: only the first words shared, or two candidates",
		before: []letter.Party{orgParty("National Association of Widget Makers", sigRole), orgParty("Gadget Forum", sigRole)},
		after:  []letter.Party{orgParty("National Association of Gadget Dealers", sigRole), orgParty("Gadget Forum East", sigRole), orgParty("Gadget Forum West", sigRole)},
		want: []wantChange{
			{Status: Dropped, Before: "National Association of Widget Makers (signatory)"},
			{Status: Dropped, Before: "Gadget Forum (signatory)"},
			{Status: Appeared, After: "National Association of Gadget Dealers (signatory)"},
			{Status: Appeared, After: "Gadget Forum East (signatory)"},
			{Status: Appeared, After: "Gadget Forum West (signatory)"},
		},
	},
	{
		name:   "same name",
		before: []letter.Party{orgParty("Widget Council", sigRole)},
		after:  []letter.Party{orgParty("Widget Council", sigRole)},
		want:   []wantChange{{Status: Kept, Before: "Widget Council (signatory)", After: "Widget Council (signatory)"}},
	},
	{
		name:   "The and no The",
		before: []letter.Party{orgParty("The Widget Council", sigRole)},
		after:  []letter.Party{orgParty("Widget Council", sigRole)},
		want:   []wantChange{{Status: Kept, Before: "The Widget Council (signatory)", After: "Widget Council (signatory)"}},
	},
	{
		name:   "trailing acronym added",
		before: []letter.Party{orgParty("Widget Council", sigRole)},
		after:  []letter.Party{orgParty("Widget Council (WC)", sigRole)},
		want:   []wantChange{{Status: Kept, Before: "Widget Council (signatory)", After: "Widget Council (WC) (signatory)"}},
	},
	{
		name:   "case and punctuation",
		before: []letter.Party{orgParty("Widget-Makers Council, Inc.", sigRole)},
		after:  []letter.Party{orgParty("WIDGET MAKERS COUNCIL INC", sigRole)},
		want:   []wantChange{{Status: Kept, Before: "Widget-Makers Council, Inc. (signatory)", After: "WIDGET MAKERS COUNCIL INC (signatory)"}},
	},
	{
		name:   "& and and",
		before: []letter.Party{orgParty("Gears & Cogs Association", sigRole)},
		after:  []letter.Party{orgParty("Gears and Cogs Association", sigRole)},
		want: []wantChange{{Status: Changed, Before: "Gears & Cogs Association (signatory)", After: "Gears and Cogs Association (signatory)",
			Changes: []string{"name: Gears & Cogs Association → Gears and Cogs Association"}}},
	},
	{
		name:   "U.S. and United States",
		before: []letter.Party{orgParty("United States Widget Council", sigRole)},
		after:  []letter.Party{orgParty("U.S. Widget Council", sigRole)},
		want: []wantChange{{Status: Changed, Before: "United States Widget Council (signatory)", After: "U.S. Widget Council (signatory)",
			Changes: []string{"name: United States Widget Council → U.S. Widget Council"}}},
	},
	{
		name:   "US and U.S.",
		before: []letter.Party{orgParty("US-Eastland Business Council", sigRole)},
		after:  []letter.Party{orgParty("U.S.-Eastland Business Council", sigRole)},
		want: []wantChange{{Status: Changed, Before: "US-Eastland Business Council (signatory)", After: "U.S.-Eastland Business Council (signatory)",
			Changes: []string{"name: US-Eastland Business Council → U.S.-Eastland Business Council"}}},
	},
	{
		name:   "acronym and full name",
		before: []letter.Party{orgParty("Gadget Council of Eastland (GCE)", sigRole)},
		after:  []letter.Party{orgParty("GCE", sigRole)},
		want: []wantChange{{Status: Changed, Before: "Gadget Council of Eastland (GCE) (signatory)", After: "GCE (signatory)",
			Changes: []string{"name: Gadget Council of Eastland (GCE) → GCE"}}},
	},
	{
		name:   "full name and acronym",
		before: []letter.Party{orgParty("GCE", sigRole)},
		after:  []letter.Party{orgParty("Gadget Council of Eastland (GCE)", sigRole)},
		want: []wantChange{{Status: Changed, Before: "GCE (signatory)", After: "Gadget Council of Eastland (GCE) (signatory)",
			Changes: []string{"name: GCE → Gadget Council of Eastland (GCE)"}}},
	},
	{
		name:   "full name without its acronym matches the acronym by its initials",
		before: []letter.Party{orgParty("Gadget Council of Eastland", sigRole)},
		after:  []letter.Party{orgParty("GCE", sigRole)},
		want: []wantChange{
			{Status: Changed, Before: "Gadget Council of Eastland (signatory)", After: "GCE (signatory)", Changes: []string{"name: Gadget Council of Eastland → GCE"}},
		},
	},
	{
		name:   "an acronym does not match a name of other initials",
		before: []letter.Party{orgParty("Gadget Council of Eastland", sigRole)},
		after:  []letter.Party{orgParty("GCW", sigRole)},
		want: []wantChange{
			{Status: Dropped, Before: "Gadget Council of Eastland (signatory)"},
			{Status: Appeared, After: "GCW (signatory)"},
		},
	},
	{
		name:   "short form of a bar name",
		before: []letter.Party{orgParty("GCA | The Gadget Coalition", sigRole)},
		after:  []letter.Party{orgParty("The Gadget Coalition", sigRole)},
		want: []wantChange{{Status: Changed, Before: "GCA | The Gadget Coalition (signatory)", After: "The Gadget Coalition (signatory)",
			Changes: []string{"name: GCA | The Gadget Coalition → The Gadget Coalition"}}},
	},
	{
		name:   "acronym side of a bar name",
		before: []letter.Party{orgParty("GCA", sigRole)},
		after:  []letter.Party{orgParty("GCA | The Gadget Coalition (GCA)", sigRole)},
		want: []wantChange{{Status: Changed, Before: "GCA (signatory)", After: "GCA | The Gadget Coalition (GCA) (signatory)",
			Changes: []string{"name: GCA → GCA | The Gadget Coalition (GCA)"}}},
	},
	{
		name:   "slash name and its brand",
		before: []letter.Party{orgParty("Cog Makers Network / CogNet", sigRole)},
		after:  []letter.Party{orgParty("CogNet", sigRole)},
		want: []wantChange{{Status: Changed, Before: "Cog Makers Network / CogNet (signatory)", After: "CogNet (signatory)",
			Changes: []string{"name: Cog Makers Network / CogNet → CogNet"}}},
	},
	{
		name:   "person with and without title",
		before: []letter.Party{personParty("Alma Stone", "Minister of Trade", ccRole)},
		after:  []letter.Party{personParty("Alma Stone", "", ccRole)},
		want:   []wantChange{{Status: Kept, Before: "Alma Stone (cc)", After: "Alma Stone (cc)"}},
	},
	{
		name:   "person with another title",
		before: []letter.Party{personParty("Alma Stone", "Minister of Trade", ccRole)},
		after:  []letter.Party{personParty("Alma Stone", "Prime Minister", ccRole)},
		want: []wantChange{{Status: Changed, Before: "Alma Stone (cc)", After: "Alma Stone (cc)",
			Changes: []string{"title: Minister of Trade → Prime Minister"}}},
	},
	{
		name:   "role cc to to",
		before: []letter.Party{orgParty("Office of the Trade Envoy", ccRole)},
		after:  []letter.Party{orgParty("Office of the Trade Envoy", toRole)},
		want: []wantChange{{Status: Changed, Before: "Office of the Trade Envoy (cc)", After: "Office of the Trade Envoy (to)",
			Changes: []string{"role: cc → to"}}},
	},
	{
		name:   "role and name change",
		before: []letter.Party{orgParty("The Trade Envoy's Office", ccRole)},
		after:  []letter.Party{orgParty("Trade Envoy’s Office", toRole)},
		want:   []wantChange{{Status: Changed, Before: "The Trade Envoy's Office (cc)", After: "Trade Envoy’s Office (to)", Changes: []string{"role: cc → to"}}},
	},
	{
		name:   "kept, dropped and appeared in order",
		before: []letter.Party{orgParty("Alpha Guild", sigRole), orgParty("Beta Guild", sigRole), orgParty("Gamma Guild", sigRole), orgParty("Delta Guild", sigRole)},
		after:  []letter.Party{orgParty("Epsilon Guild", sigRole), orgParty("Gamma Guild", sigRole), orgParty("Alpha Guild", sigRole), orgParty("Zeta Guild", sigRole)},
		want: []wantChange{
			{Status: Kept, Before: "Alpha Guild (signatory)", After: "Alpha Guild (signatory)"},
			{Status: Kept, Before: "Gamma Guild (signatory)", After: "Gamma Guild (signatory)"},
			{Status: Dropped, Before: "Beta Guild (signatory)"},
			{Status: Dropped, Before: "Delta Guild (signatory)"},
			{Status: Appeared, After: "Epsilon Guild (signatory)"},
			{Status: Appeared, After: "Zeta Guild (signatory)"},
		},
	},
	{
		name:   "exact name wins over an alias",
		before: []letter.Party{orgParty("GCE", sigRole), orgParty("Gadget Council of Eastland (GCE)", sigRole)},
		after:  []letter.Party{orgParty("Gadget Council of Eastland (GCE)", sigRole), orgParty("GCE", sigRole)},
		want: []wantChange{
			{Status: Kept, Before: "GCE (signatory)", After: "GCE (signatory)"},
			{Status: Kept, Before: "Gadget Council of Eastland (GCE) (signatory)", After: "Gadget Council of Eastland (GCE) (signatory)"},
		},
	},
	{
		name:   "each party matches once",
		before: []letter.Party{orgParty("Widget Council", sigRole), orgParty("The Widget Council", sigRole)},
		after:  []letter.Party{orgParty("Widget Council", sigRole)},
		want: []wantChange{
			{Status: Kept, Before: "Widget Council (signatory)", After: "Widget Council (signatory)"},
			{Status: Dropped, Before: "The Widget Council (signatory)"},
		},
	},
	{
		name:   "empty lists",
		before: nil,
		after:  nil,
		want:   nil,
	},
	{
		name:   "head dropped, body appeared",
		before: []letter.Party{personParty("Alma Stone", "Minister, Ministry of Widgets", ccRole)},
		after:  []letter.Party{orgParty("Ministry of Widgets", ccRole)},
		want: []wantChange{
			{Status: Dropped, Before: "Alma Stone (cc)", Note: "the earlier letter addressed Ministry of Widgets through its head, Alma Stone (Minister, Ministry of Widgets); the later letter addresses Ministry of Widgets itself"},
			{Status: Appeared, After: "Ministry of Widgets (cc)", Note: "the earlier letter addressed Ministry of Widgets through its head, Alma Stone (Minister, Ministry of Widgets); the later letter addresses Ministry of Widgets itself"},
		},
	},
	{
		name:   "body dropped, head appeared",
		before: []letter.Party{orgParty("The Ministry of Widgets", toRole)},
		after:  []letter.Party{personParty("Alma Stone", "Minister, Eastland Ministry of Widgets", toRole)},
		want: []wantChange{
			{Status: Dropped, Before: "The Ministry of Widgets (to)", Note: "the earlier letter addressed The Ministry of Widgets itself; the later letter addresses its head, Alma Stone (Minister, Eastland Ministry of Widgets)"},
			{Status: Appeared, After: "Alma Stone (to)", Note: "the earlier letter addressed The Ministry of Widgets itself; the later letter addresses its head, Alma Stone (Minister, Eastland Ministry of Widgets)"},
		},
	},
	{
		name:   "title naming another body gives no note",
		before: []letter.Party{personParty("Alma Stone", "Minister of Trade", ccRole)},
		after:  []letter.Party{orgParty("Ministry of Trade", ccRole)},
		want: []wantChange{
			{Status: Dropped, Before: "Alma Stone (cc)"},
			{Status: Appeared, After: "Ministry of Trade (cc)"},
		},
	},
	{
		name:   "the same person with a middle initial",
		before: []letter.Party{personParty("Harold Stenmark", "United States Senator", sigRole)},
		after:  []letter.Party{personParty("Harold J. Stenmark", "United States Senator", sigRole)},
		want: []wantChange{
			{Status: Changed, Before: "Harold Stenmark (signatory)", After: "Harold J. Stenmark (signatory)", Changes: []string{"name: Harold Stenmark → Harold J. Stenmark"}},
		},
	},
	{
		name:   "the same person under a nickname",
		before: []letter.Party{personParty("Tom Albrecht", "", sigRole)},
		after:  []letter.Party{personParty("Thomas J. Albrecht", "", sigRole)},
		want: []wantChange{
			{Status: Changed, Before: "Tom Albrecht (signatory)", After: "Thomas J. Albrecht (signatory)", Changes: []string{"name: Tom Albrecht → Thomas J. Albrecht"}},
		},
	},
	{
		name:   "another person of the same surname",
		before: []letter.Party{personParty("Harold Stenmark", "", sigRole)},
		after:  []letter.Party{personParty("Helen Stenmark", "", sigRole)},
		want: []wantChange{
			{Status: Dropped, Before: "Harold Stenmark (signatory)"},
			{Status: Appeared, After: "Helen Stenmark (signatory)"},
		},
	},
	{
		name:   "a body under a new signer",
		before: []letter.Party{{Name: "Widget Council", Role: sigRole, Signer: "Ann Wu", Title: "President"}},
		after:  []letter.Party{{Name: "Widget Council", Role: sigRole, Signer: "Tom Lind", Title: "Chair"}},
		want: []wantChange{
			{Status: Changed, Before: "Widget Council (signatory)", After: "Widget Council (signatory)", Changes: []string{"signer: Ann Wu (President) → Tom Lind (Chair)"}},
		},
	},
	{
		name:   "a body whose signer is named another way",
		before: []letter.Party{{Name: "Widget Council", Role: sigRole, Signer: "Ann Wu", Title: "President"}},
		after:  []letter.Party{{Name: "Widget Council", Role: sigRole, Signer: "Ann B. Wu", Title: "President"}},
		want:   []wantChange{{Status: Kept, Before: "Widget Council (signatory)", After: "Widget Council (signatory)"}},
	},
	{
		name:   "an acronym the other letter spells out",
		before: []letter.Party{orgParty("Widget Workers Association", sigRole), orgParty("National Council on Widgets", sigRole)},
		after:  []letter.Party{orgParty("NCW", sigRole), orgParty("WWA", sigRole)},
		want: []wantChange{
			{Status: Changed, Before: "Widget Workers Association (signatory)", After: "WWA (signatory)", Changes: []string{"name: Widget Workers Association → WWA"}},
			{Status: Changed, Before: "National Council on Widgets (signatory)", After: "NCW (signatory)", Changes: []string{"name: National Council on Widgets → NCW"}},
		},
	},
	{
		name:   "an acronym two names could stand for pairs with neither",
		before: []letter.Party{orgParty("WWA", sigRole)},
		after:  []letter.Party{orgParty("Widget Workers Association", sigRole), orgParty("Widget Watch Alliance", sigRole)},
		want: []wantChange{
			{Status: Dropped, Before: "WWA (signatory)"},
			{Status: Appeared, After: "Widget Workers Association (signatory)"},
			{Status: Appeared, After: "Widget Watch Alliance (signatory)"},
		},
	},
	{
		name:   "an acronym written with a stray mark",
		before: []letter.Party{orgParty("EWF", sigRole)},
		after:  []letter.Party{{Name: "Fédération des Widgets (\uF020EWF)", Acronym: "\uF020EWF", Role: sigRole}},
		want: []wantChange{
			{Status: Changed, Before: "EWF (signatory)", After: "Fédération des Widgets (\uF020EWF) (signatory)", Changes: []string{"name: EWF → Fédération des Widgets (\uF020EWF)"}},
		},
	},
	{
		name:   "a name with a description after a comma",
		before: []letter.Party{orgParty("Widget Alliance, an umbrella body for", sigRole)},
		after:  []letter.Party{orgParty("The Widget Alliance", sigRole)},
		want: []wantChange{
			{Status: Changed, Before: "Widget Alliance, an umbrella body for (signatory)", After: "The Widget Alliance (signatory)", Changes: []string{"name: Widget Alliance, an umbrella body for → The Widget Alliance"}},
		},
	},
	{
		name:   "a short form before a spaced dash",
		before: []letter.Party{orgParty("Widgetcadres", sigRole)},
		after:  []letter.Party{orgParty("Widgetcadres – Council of Widget Staff", sigRole)},
		want: []wantChange{
			{Status: Changed, Before: "Widgetcadres (signatory)", After: "Widgetcadres – Council of Widget Staff (signatory)", Changes: []string{"name: Widgetcadres → Widgetcadres – Council of Widget Staff"}},
		},
	},
	{
		name:   "two branches of one body do not pair by the body's name",
		before: []letter.Party{orgParty("Widget Watch – Eastland", sigRole)},
		after:  []letter.Party{orgParty("Widget Watch – Westland", sigRole)},
		want: []wantChange{
			{Status: Dropped, Before: "Widget Watch – Eastland (signatory)"},
			{Status: Appeared, After: "Widget Watch – Westland (signatory)"},
		},
	},
	{
		name:   "a body named by its head noun alone",
		before: []letter.Party{orgParty("Eastland Widget Commission", toRole)},
		after:  []letter.Party{orgParty("Commission", toRole)},
		want: []wantChange{
			{Status: Changed, Before: "Eastland Widget Commission (to)", After: "Commission (to)", Changes: []string{"name: Eastland Widget Commission → Commission"}},
		},
	},
	{
		name:   "a head noun that ends a compound",
		before: []letter.Party{orgParty("Regierung", toRole)},
		after:  []letter.Party{orgParty("Landesregierung", toRole)},
		want: []wantChange{
			{Status: Changed, Before: "Regierung (to)", After: "Landesregierung (to)", Changes: []string{"name: Regierung → Landesregierung"}},
		},
	},
	{
		name:   "a head noun two bodies end in pairs with neither",
		before: []letter.Party{orgParty("Council", toRole)},
		after:  []letter.Party{orgParty("Widget Council", toRole), orgParty("Gadget Council", toRole)},
		want: []wantChange{
			{Status: Dropped, Before: "Council (to)"},
			{Status: Appeared, After: "Widget Council (to)"},
			{Status: Appeared, After: "Gadget Council (to)"},
		},
	},
	{
		name:   "a person named by the surname alone",
		before: []letter.Party{personParty("Ann Wu", "", toRole)},
		after:  []letter.Party{personParty("Wu", "", toRole)},
		want: []wantChange{
			{Status: Changed, Before: "Ann Wu (to)", After: "Wu (to)", Changes: []string{"name: Ann Wu → Wu"}},
		},
	},
	{
		name:   "a surname two people share pairs with neither",
		before: []letter.Party{personParty("Wu", "", toRole)},
		after:  []letter.Party{personParty("Ann Wu", "", toRole), personParty("Bo Wu", "", toRole)},
		want: []wantChange{
			{Status: Dropped, Before: "Wu (to)"},
			{Status: Appeared, After: "Ann Wu (to)"},
			{Status: Appeared, After: "Bo Wu (to)"},
		},
	},
	{
		name:   "an acronym with joining words",
		before: []letter.Party{orgParty("Department of Widgets", sigRole)},
		after:  []letter.Party{orgParty("DOW", sigRole)},
		want: []wantChange{
			{Status: Changed, Before: "Department of Widgets (signatory)", After: "DOW (signatory)", Changes: []string{"name: Department of Widgets → DOW"}},
		},
	},
	{
		name:   "a body inside a longer word gives no note",
		before: []letter.Party{personParty("Alma Stone", "Director, Widget Councillors Forum", ccRole)},
		after:  []letter.Party{orgParty("Widget Council", ccRole)},
		want: []wantChange{
			{Status: Dropped, Before: "Alma Stone (cc)"},
			{Status: Appeared, After: "Widget Council (cc)"},
		},
	},
}

var sameGivenTests = []struct {
	a, b string
	want bool
}{
	{"john", "john", true},
	{"j", "john", true},
	{"john", "j", true},
	{"chris", "christopher", true},
	{"tom", "thomas", true},
	{"thomas", "tom", true},
	{"bob", "robert", true},
	{"jo", "john", false}, // two letters are no short form
	{"tom", "timothy", false},
	{"anna", "hannah", false},
}

func TestSameGiven(t *testing.T) {
	for _, tt := range sameGivenTests {
		if got := sameGiven(tt.a, tt.b); got != tt.want {
			t.Errorf("sameGiven(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestMatchParties(t *testing.T) {
	for _, tt := range matchTests {
		t.Run(tt.name, func(t *testing.T) {
			got := gotChanges(matchParties(tt.before, tt.after, emptyDoc(t, "before.txt"), emptyDoc(t, "after.txt")))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("matchParties:\n got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

// TestMatchPartiesBlankNames: names with no letters or digits (a stray
// mark the parser kept as a party) must not match each other.
func TestMatchPartiesBlankNames(t *testing.T) {
	got := gotChanges(matchParties([]letter.Party{orgParty("•", sigRole)}, []letter.Party{orgParty("—", sigRole)}, emptyDoc(t, "b"), emptyDoc(t, "a")))
	want := []wantChange{{Status: Dropped, Before: "• (signatory)"}, {Status: Appeared, After: "— (signatory)"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("matchParties:\n got %+v\nwant %+v", got, want)
	}
}

// TestMatchPartiesRefs checks what a PartyRef carries over from the party,
// and that its span is mapped to offsets of the original file: here a file
// with a UTF-8 byte-order mark, three bytes before the text.
func TestMatchPartiesRefs(t *testing.T) {
	text := "\xEF\xBB\xBFTO: Widget Council\n"
	src, err := source.Decode("bom.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	d := &letter.Document{Source: src}
	start := strings.Index(src.Text, "Widget")
	p := letter.Party{Name: "Widget Council (WC)", Acronym: "WC", Role: toRole, Title: "t", Address: "a", Span: letter.Span{Start: start, End: start + 14}, Line: 1}
	got := matchParties([]letter.Party{p}, []letter.Party{p}, d, d)
	if len(got) != 1 {
		t.Fatalf("matchParties = %+v, want one change", got)
	}
	want := &PartyRef{Name: "Widget Council (WC)", Role: "to", Title: "t", Address: "a", Acronym: "WC", Span: [2]int{start + 3, start + 17}, Line: 1}
	if !reflect.DeepEqual(got[0].Before, want) || !reflect.DeepEqual(got[0].After, want) {
		t.Errorf("refs:\n before %+v\n  after %+v\n   want %+v", got[0].Before, got[0].After, want)
	}
	if text[want.Span[0]:want.Span[1]] != "Widget Council" {
		t.Errorf("span %v holds %q in the file", want.Span, text[want.Span[0]:want.Span[1]])
	}
}

// TestCompareParsedPeople goes through the parser: a person named with an
// honorific and a title in one letter and plainly in the other is one
// party.
func TestCompareParsedPeople(t *testing.T) {
	parse := func(name, text string) *letter.Document {
		src, err := source.Decode(name, []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		return letter.Parse(src, letter.Options{})
	}
	const body = "We write to ask that the ministry delay the new widget rules until the industry has had time to comment."
	before := parse("before.txt", "March 3, 2020\n\nTO: Ministry of Widgets\ncc: The Honorable Alma Stone, Minister of Trade\n\nDear Minister,\n\n"+body+"\n\nSincerely,\n\nGadget Council of Eastland\n")
	after := parse("after.txt", "June 9, 2021\n\nTO: Ministry of Widgets\nTO: Ms. Alma Stone\n\nDear Minister,\n\n"+body+"\n\nSincerely,\n\nThe Gadget Council of Eastland (GCE)\n")
	r, err := Compare(before, after, Options{})
	if err != nil {
		t.Fatal(err)
	}
	wantRecipients := []wantChange{
		{Status: Kept, Before: "Ministry of Widgets (to)", After: "Ministry of Widgets (to)"},
		{Status: Changed, Before: "Alma Stone (cc)", After: "Alma Stone (to)", Changes: []string{"role: cc → to"}},
	}
	if got := gotChanges(r.Recipients); !reflect.DeepEqual(got, wantRecipients) {
		t.Errorf("recipients:\n got %+v\nwant %+v", got, wantRecipients)
	}
	wantSignatories := []wantChange{{Status: Kept, Before: "Gadget Council of Eastland (signatory)", After: "The Gadget Council of Eastland (GCE) (signatory)"}}
	if got := gotChanges(r.Signatories); !reflect.DeepEqual(got, wantSignatories) {
		t.Errorf("signatories:\n got %+v\nwant %+v", got, wantSignatories)
	}
	if r.Summary.Recipients != (Counts{Kept: 1, Changed: 1}) || r.Summary.Signatories != (Counts{Kept: 1}) {
		t.Errorf("summary = %+v", r.Summary)
	}
	if !r.Differs() {
		t.Error("Differs() = false, want true: a recipient changed role")
	}
}

// TestCanonicalShortcuts checks the plain-Go forms of canonical's steps
// against the patterns they stand for, over every line of the corpus and
// the seeds, lower-cased as canonical has them, and invented names.
func TestCanonicalShortcuts(t *testing.T) {
	lines := []string{"bus usa", "(us)", "u.s.", "status", "x-us", "usa-x", "a ( b ) c)", "a)", "(x) \t", "gadget council (gce)", "the u.s. – eastland forum", "usa widgets ( x ) ", "a\xffb", "(all)", "x (a) (b)", "united states of america"}
	for _, glob := range []string{"../testdata/corpus/*/*.txt", "../seeds/*.txt"} {
		files, err := filepath.Glob(glob)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			lines = append(lines, strings.Split(strings.ToLower(string(data)), "\n")...)
		}
	}
	if len(lines) < 10000 {
		t.Fatalf("only %d lines", len(lines))
	}
	us, acr := 0, 0
	for _, s := range lines {
		if got, want := wordsOnly(s), nonWord.ReplaceAllString(s, " "); got != want {
			t.Errorf("wordsOnly(%q) = %q, want %q", s, got, want)
		}
		if got, want := dropTrailingAcronym(s), trailingAcronym.ReplaceAllString(s, ""); got != want {
			t.Errorf("dropTrailingAcronym(%q) = %q, want %q", s, got, want)
		}
		if unitedStates.MatchString(s) {
			us++
			if !mayNameUS(s) {
				t.Errorf("%q: a form of United States the guard misses", s)
			}
		}
		if trailingAcronym.MatchString(s) {
			acr++
		}
	}
	if us == 0 || acr == 0 {
		t.Errorf("%d lines name the United States, %d end in parentheses: the check proves little", us, acr)
	}
}
