package align

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

var paras = []string{
	"The ministry proposes a licensing scheme for imported machinery and spare parts.",
	"Importers would need a separate licence for each shipment, renewed every quarter.",
	"The scheme exempts domestic producers, which raises questions under trade rules.",
	"We ask the ministry to publish the criteria for granting licences.",
	"We also ask for a transition period of at least one year for existing contracts.",
	"Our members employ many thousands of people in assembly and maintenance work.",
}

func pairsOf(a *Alignment) string {
	var out []string
	for _, p := range a.Pairs {
		s := fmt.Sprintf("%v>%v", p.Before, p.After)
		if p.Moved {
			s += "m"
		}
		out = append(out, s)
	}
	return strings.Join(out, " ")
}

func TestIdentity(t *testing.T) {
	for _, order := range []Order{OrderAuto, OrderKeep, OrderFree} {
		a := Align(paras, paras, Options{Order: order})
		for k, p := range a.Pairs {
			if len(p.Before) != 1 || len(p.After) != 1 || p.Before[0] != k || p.After[0] != k || p.Score != 1 || p.Moved {
				t.Fatalf("order %v: pair %d = %+v, want identity at score 1", order, k, p)
			}
		}
		if len(a.Pairs) != len(paras) || len(a.UnmatchedBefore)+len(a.UnmatchedAfter) != 0 {
			t.Errorf("order %v: %d pairs, unmatched %v %v", order, len(a.Pairs), a.UnmatchedBefore, a.UnmatchedAfter)
		}
	}
}

func TestReorderedIsFree(t *testing.T) {
	after := []string{paras[3], paras[4], paras[5], paras[0], paras[1], paras[2]}
	a := Align(paras, after, Options{})
	if a.Mode != OrderFree {
		t.Errorf("mode = %v, want free for a reordered document", a.Mode)
	}
	// two runs of equal length: the run the longest-increasing-subsequence
	// pass keeps is the one with the smaller later positions
	want := "[0]>[3]m [1]>[4]m [2]>[5]m [3]>[0] [4]>[1] [5]>[2]"
	if got := pairsOf(a); got != want {
		t.Errorf("pairs = %s, want %s", got, want)
	}
	// keep forces the order: one run stays, the other is moved
	k := Align(paras, after, Options{Order: OrderKeep})
	moved := 0
	for _, p := range k.Pairs {
		if p.Moved {
			moved++
		}
	}
	if k.Mode != OrderKeep || len(k.Pairs) != 6 || moved != 3 {
		t.Errorf("keep: mode %v, pairs %s", k.Mode, pairsOf(k))
	}
}

func TestRevisionKeepsOrder(t *testing.T) {
	after := append([]string{}, paras...)
	after[1] = "Importers would need a separate licence for each shipment, renewed every six months."
	after = append(after[:4], append([]string{"A new paragraph about customs fees for software."}, after[4:]...)...)
	a := Align(paras, after, Options{})
	if a.Mode != OrderKeep {
		t.Errorf("mode = %v, want keep", a.Mode)
	}
	want := "[0]>[0] [1]>[1] [2]>[2] [3]>[3] [4]>[5] [5]>[6]"
	if got := pairsOf(a); got != want {
		t.Errorf("pairs = %s, want %s", got, want)
	}
	if !reflect.DeepEqual(a.UnmatchedAfter, []int{4}) {
		t.Errorf("unmatched after = %v, want [4]", a.UnmatchedAfter)
	}
}

func TestSplitAndMerge(t *testing.T) {
	joined := paras[3] + " " + paras[4]
	// split: one paragraph before, two after
	a := Align([]string{paras[0], joined, paras[5]}, []string{paras[0], paras[3], paras[4], paras[5]}, Options{Order: OrderKeep})
	if got, want := pairsOf(a), "[0]>[0] [1]>[1 2] [2]>[3]"; got != want {
		t.Errorf("split: pairs = %s, want %s", got, want)
	}
	// merge: two before, one after
	b := Align([]string{paras[0], paras[3], paras[4], paras[5]}, []string{paras[0], joined, paras[5]}, Options{Order: OrderKeep})
	if got, want := pairsOf(b), "[0]>[0] [1 2]>[1] [3]>[2]"; got != want {
		t.Errorf("merge: pairs = %s, want %s", got, want)
	}
}

// TestSwap checks that swapping the documents mirrors the pairs.
func TestSwap(t *testing.T) {
	after := []string{paras[0], "Importers would need a licence for each shipment.", paras[3], paras[2], "Something unrelated about weather."}
	ab := Align(paras, after, Options{Order: OrderFree})
	ba := Align(after, paras, Options{Order: OrderFree})
	mirror := map[string]bool{}
	for _, p := range ba.Pairs {
		mirror[fmt.Sprint(p.After, p.Before)] = true
	}
	for _, p := range ab.Pairs {
		if !mirror[fmt.Sprint(p.Before, p.After)] {
			t.Errorf("pair %v>%v has no mirror in %s", p.Before, p.After, pairsOf(ba))
		}
	}
	if len(ab.UnmatchedBefore) != len(ba.UnmatchedAfter) || len(ab.UnmatchedAfter) != len(ba.UnmatchedBefore) {
		t.Errorf("unmatched do not swap: %v %v / %v %v", ab.UnmatchedBefore, ab.UnmatchedAfter, ba.UnmatchedBefore, ba.UnmatchedAfter)
	}
}

// TestEveryUnitOnce checks conservation: each unit is in exactly one pair
// or unmatched.
func TestEveryUnitOnce(t *testing.T) {
	after := []string{paras[5], paras[0] + " " + paras[1], "New text entirely.", paras[3]}
	a := Align(paras, after, Options{})
	seenB, seenA := map[int]int{}, map[int]int{}
	for _, p := range a.Pairs {
		for _, i := range p.Before {
			seenB[i]++
		}
		for _, j := range p.After {
			seenA[j]++
		}
	}
	for _, i := range a.UnmatchedBefore {
		seenB[i]++
	}
	for _, j := range a.UnmatchedAfter {
		seenA[j]++
	}
	for i := range paras {
		if seenB[i] != 1 {
			t.Errorf("before unit %d seen %d times", i, seenB[i])
		}
	}
	for j := range after {
		if seenA[j] != 1 {
			t.Errorf("after unit %d seen %d times", j, seenA[j])
		}
	}
}

func TestParseOrder(t *testing.T) {
	for s, want := range map[string]Order{"": OrderAuto, "auto": OrderAuto, "keep": OrderKeep, "free": OrderFree} {
		if got, err := ParseOrder(s); err != nil || got != want {
			t.Errorf("ParseOrder(%q) = %v, %v", s, got, err)
		}
	}
	if _, err := ParseOrder("sideways"); err == nil {
		t.Error("ParseOrder(sideways) gave no error")
	}
}
