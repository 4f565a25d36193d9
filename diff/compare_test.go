package diff

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/letterdiff/letterdiff/align/letter"
	"github.com/letterdiff/letterdiff/align/source"
	"github.com/letterdiff/letterdiff/diff/claims"
)

func seedDocs(t testing.TB) (*letter.Document, *letter.Document) {
	t.Helper()
	read := func(name string) *source.Source {
		data, err := os.ReadFile("../seeds/" + name)
		if err != nil {
			t.Fatal(err)
		}
		src, err := source.Decode("seeds/"+name, data)
		if err != nil {
			t.Fatal(err)
		}
		return src
	}
	return letter.Parse(read("2015-01-28-industry-letter-secure-and-controllable.txt"), letter.Options{}), letter.Parse(read("2017-05-15-industry-letter-cybersecurity-law.txt"), letter.Options{})
}

// TestCompareIdentity: a letter compared with itself keeps everything.
func TestCompareIdentity(t *testing.T) {
	_, after := seedDocs(t)
	r, err := Compare(after, after, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]Counts{"recipients": r.Summary.Recipients, "signatories": r.Summary.Signatories, "demands": r.Summary.Demands, "grievances": r.Summary.Grievances} {
		if c.Changed+c.Appeared+c.Dropped != 0 || c.Kept == 0 {
			t.Errorf("%s of a letter against itself: %+v, want all kept", name, c)
		}
	}
	if r.Differs() {
		t.Error("Differs() is true for a letter against itself")
	}
	for _, p := range r.Alignment.Pairs {
		if p.Score != 1 || p.Moved || len(p.Redline) != 0 {
			t.Errorf("self-alignment pair %+v", p)
		}
	}
}

// TestCompareSymmetry: swapping the letters swaps appeared and dropped.
func TestCompareSymmetry(t *testing.T) {
	before, after := seedDocs(t)
	ab, err := Compare(before, after, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ba, err := Compare(after, before, Options{})
	if err != nil {
		t.Fatal(err)
	}
	pairs := []struct {
		name   string
		ab, ba Counts
	}{
		{"recipients", ab.Summary.Recipients, ba.Summary.Recipients},
		{"signatories", ab.Summary.Signatories, ba.Summary.Signatories},
		{"demands", ab.Summary.Demands, ba.Summary.Demands},
		{"grievances", ab.Summary.Grievances, ba.Summary.Grievances},
	}
	for _, p := range pairs {
		if p.ab.Appeared != p.ba.Dropped || p.ab.Dropped != p.ba.Appeared || p.ab.Kept+p.ab.Changed != p.ba.Kept+p.ba.Changed {
			t.Errorf("%s: A→B %+v, B→A %+v: appeared and dropped should swap", p.name, p.ab, p.ba)
		}
	}
}

// TestClaimsOnce: every claim of each letter stands once on its side.
func TestClaimsOnce(t *testing.T) {
	before, after := seedDocs(t)
	r, err := Compare(before, after, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, list := range [][]ClaimChange{r.Demands, r.Grievances} {
		seen := map[[2]int]bool{}
		for _, c := range list {
			if (c.Before == nil) != (c.Status == Appeared) || (c.After == nil) != (c.Status == Dropped) {
				t.Errorf("%s: status %s with before=%v after=%v", c.ID, c.Status, c.Before != nil, c.After != nil)
			}
			for side, ref := range []*ClaimRef{c.Before, c.After} {
				if ref == nil {
					continue
				}
				key := [2]int{side, ref.Span[0]}
				if seen[key] {
					t.Errorf("%s: the claim at byte %d stands twice on side %d", c.ID, ref.Span[0], side)
				}
				seen[key] = true
				if ref.Text == "" || ref.Span[1] <= ref.Span[0] || ref.Line < 1 {
					t.Errorf("%s: bad reference %+v", c.ID, ref)
				}
			}
		}
	}
}

// TestClaimLinkerAsCompare: the linker that fitting the floors uses gives,
// at any floors, the demands and grievances Compare reports at them; and
// the floors change what is linked.
func TestClaimLinkerAsCompare(t *testing.T) {
	before, after := seedDocs(t)
	link := ClaimLinker(before, after, Options{})
	var seen []string
	for _, f := range []claims.Floors{{Demand: 0.1, Grievance: 0.1}, {Demand: 0.3, Grievance: 0.4}, {Demand: 0.9, Grievance: 0.9}} {
		r, err := Compare(before, after, Options{LinkFloors: f})
		if err != nil {
			t.Fatal(err)
		}
		d, g := link(f)
		want, _ := json.Marshal([2][]ClaimChange{r.Demands, r.Grievances})
		got, _ := json.Marshal([2][]ClaimChange{d, g})
		if !bytes.Equal(got, want) {
			t.Errorf("floors %+v: the linker's claims differ from Compare's", f)
		}
		seen = append(seen, string(got))
	}
	if seen[0] == seen[2] {
		t.Error("the floors changed nothing: the test cannot tell them apart")
	}
}
