package claims

import (
	"slices"
	"sort"
	"strings"
	"testing"
)

// links compares two letter bodies and returns "status: before | after"
// lines, sorted.
func links(t *testing.T, before, after string) []string {
	t.Helper()
	c := Compare(parse(t, before), parse(t, after), CompareOptions{})
	var out []string
	for _, l := range c.Links {
		b, a := "", ""
		if l.Before >= 0 {
			b = c.Before[l.Before].Items[l.BeforeItem].Text
		}
		if l.After >= 0 {
			a = c.After[l.After].Items[l.AfterItem].Text
		}
		status := "changed"
		switch {
		case l.Before < 0:
			status = "appeared"
		case l.After < 0:
			status = "dropped"
		case l.Kept:
			status = "kept"
		}
		out = append(out, l.Kind.String()+" "+status+": "+b+" | "+a)
	}
	sort.Strings(out)
	return out
}

func TestLink(t *testing.T) {
	tests := []struct {
		name          string
		before, after string
		want          []string
	}{
		{"kept word for word",
			"We urge the Ministry to withdraw the licensing rule.",
			"We urge the Ministry to withdraw the licensing rule.",
			[]string{"demand kept: We urge the Ministry to withdraw the licensing rule | We urge the Ministry to withdraw the licensing rule"}},
		{"reworded ask is changed",
			"We urge the Ministry to postpone the licensing rule.",
			"We request that the Ministry delay the licensing rule.",
			[]string{"demand changed: We urge the Ministry to postpone the licensing rule | We request that the Ministry delay the licensing rule"}},
		{"appeared and dropped",
			"We urge the Ministry to withdraw the licensing rule.",
			"The new tariff on machinery is excessive and discriminatory.",
			[]string{
				"demand dropped: We urge the Ministry to withdraw the licensing rule | ",
				"grievance appeared:  | The new tariff on machinery is excessive and discriminatory",
			}},
		{"restated ask is one claim",
			"We urge the Ministry to publish the draft tariff schedule. Again, we ask the Ministry to publish the draft tariff schedule.",
			"We urge the Ministry to publish the draft tariff schedule.",
			[]string{"demand kept: We urge the Ministry to publish the draft tariff schedule | We urge the Ministry to publish the draft tariff schedule"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := links(t, tt.before, tt.after)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("links\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestAssignEdges checks that components are solved apart, by optimal
// assignment, and that rows and columns without edges stay unassigned.
func TestAssignEdges(t *testing.T) {
	edges := []edge{
		{row: 0, col: 0, score: 0.9}, {row: 0, col: 1, score: 0.8},
		{row: 1, col: 0, score: 0.7},
		{row: 3, col: 3, score: 0.5},
	}
	got := assignEdges(4, 4, edges)
	want := []int{1, 0, -1, 3}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("assignEdges = %v, want %v", got, want)
		}
	}
	w := [][]float64{{0.9, 0.8}, {0.7, 0}}
	if g := greedyAssign(w); g[0] != 0 || g[1] != -1 {
		t.Errorf("greedyAssign = %v, want first-come [0 -1]", g)
	}
}

func TestShiftAndConditions(t *testing.T) {
	before := parse(t, "We urge the Ministry to delay the data law.")
	after := parse(t, "We request that the Ministry delay the data law until June 1.")
	c := Compare(before, after, CompareOptions{Rules: true})
	var l Link
	for _, x := range c.Links {
		if x.Before >= 0 && x.After >= 0 {
			l = x
		}
	}
	if l.Before < 0 || l.After < 0 {
		t.Fatalf("no link: %+v", c.Links)
	}
	b, a := c.Before[l.Before].Items[0], c.After[l.After].Items[0]
	if b.Strength <= a.Strength {
		t.Errorf("urge (%d) should be stronger than request (%d)", b.Strength, a.Strength)
	}
	if len(a.Conditions) != 1 || a.Conditions[0] != "until June 1" {
		t.Errorf("conditions = %q", a.Conditions)
	}
}

// TestLinkFloors checks that the floors decide which reworded claims are
// linked, kind by kind, and that one Prepared links at several floors as
// Compare does at each.
func TestLinkFloors(t *testing.T) {
	before := parse(t, "We urge the Ministry to postpone the licensing rule. The licensing fees are excessive for small workshops.")
	after := parse(t, "We request that the Ministry withdraw the licensing rule. We object to the fees, which are excessive.")
	p := Prepare(before, after, CompareOptions{})
	score := func(c *Comparison, k Kind) float64 {
		for _, l := range c.Links {
			if l.Kind == k && l.Before >= 0 && l.After >= 0 {
				return l.Score
			}
		}
		return 0
	}
	low := p.Link(Floors{0.2, 0.2})
	sd, sg := score(low, Demand), score(low, Grievance)
	if sd == 0 || sg == 0 {
		t.Fatalf("at 0.2 the demand scores %v and the grievance %v: want both linked", sd, sg)
	}
	for _, l := range low.Links {
		if l.Before >= 0 && l.After >= 0 && (len(l.Why) < 2 || !strings.HasPrefix(l.Why[0], "similarity") || !strings.HasPrefix(l.Why[1], "shares")) {
			t.Errorf("%s link says why %q: want its similarity and the words it shares", l.Kind, l.Why)
		}
	}
	for _, f := range []Floors{{0.2, 0.2}, {sd + 0.01, 0.2}, {0.2, sg + 0.01}, {sd + 0.01, sg + 0.01}} {
		c := p.Link(f)
		want := Compare(before, after, CompareOptions{Floors: f})
		if len(c.Links) != len(want.Links) || score(c, Demand) != score(want, Demand) || score(c, Grievance) != score(want, Grievance) {
			t.Errorf("floors %v: Prepared.Link differs from Compare", f)
		}
		// the one demand of each letter is linked under its floor too,
		// as the other's lone counterpart (loneFloor), and says so
		wantD := f.Demand <= sd || sd >= loneFloor
		if (score(c, Demand) > 0) != wantD || (score(c, Grievance) > 0) != (f.Grievance <= sg) {
			t.Errorf("floors %v: demand link %v, grievance link %v", f, score(c, Demand), score(c, Grievance))
		}
		for _, l := range c.Links {
			lone := l.Kind == Demand && l.Before >= 0 && l.After >= 0 && f.Demand > sd
			if lone && !strings.Contains(l.Why[0], "under the floor") {
				t.Errorf("floors %v: a lone link says why %q", f, l.Why)
			}
		}
	}
}

// TestLoneLinks checks that a row and a column left unmatched are linked
// under the floor only when each is the other's one edge among the
// unmatched.
func TestLoneLinks(t *testing.T) {
	tests := []struct {
		name       string
		match      []int
		edges      []edge
		floor      float64
		want       []int
		wantLinked []int
	}{
		{"each the other's one edge", []int{-1, -1},
			[]edge{{row: 0, col: 0, score: 0.3}, {row: 1, col: 1, score: 0.2}}, 0.25,
			[]int{0, -1}, []int{0}},
		{"a row with two edges", []int{-1, -1},
			[]edge{{row: 0, col: 0, score: 0.3}, {row: 0, col: 1, score: 0.27}}, 0.25,
			[]int{-1, -1}, nil},
		{"a column with two edges", []int{-1, -1},
			[]edge{{row: 0, col: 0, score: 0.3}, {row: 1, col: 0, score: 0.26}}, 0.25,
			[]int{-1, -1}, nil},
		{"edges of matched rows and columns do not count", []int{-1, 1, -1},
			[]edge{{row: 0, col: 0, score: 0.3}, {row: 1, col: 0, score: 0.4}, {row: 2, col: 1, score: 0.3}}, 0.25,
			[]int{0, 1, -1}, []int{0}},
		{"no floor, no links", []int{-1},
			[]edge{{row: 0, col: 0, score: 0.3}}, 0,
			[]int{-1}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			match := slices.Clone(tt.match)
			linked := loneLinks(match, tt.edges, tt.floor)
			if !slices.Equal(match, tt.want) {
				t.Errorf("match = %v, want %v", match, tt.want)
			}
			var rows []int
			for x := range linked {
				rows = append(rows, x)
			}
			slices.Sort(rows)
			if !slices.Equal(rows, tt.wantLinked) {
				t.Errorf("linked rows = %v, want %v", rows, tt.wantLinked)
			}
		})
	}
}
