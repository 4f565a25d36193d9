package main

import (
	"testing"

	"github.com/letterdiff/letterdiff/align/corpus"
)

// TestWriterGroups checks that campaigns sharing a signatory of a short
// list are one writer's group, named by the first, and that a long
// coalition list joins nothing.
func TestWriterGroups(t *testing.T) {
	signed := func(campaign string, names ...string) *corpus.Letter {
		l := &corpus.Letter{Campaign: campaign}
		for _, n := range names {
			l.Gold.Signatories = append(l.Gold.Signatories, corpus.Party{Name: n})
		}
		return l
	}
	c := &corpus.Corpus{Letters: []*corpus.Letter{
		signed("b-widget-fees", "Widget Watch"),
		signed("a-widget-permits", "widget  watch", "Ann Wu"),
		signed("c-gadget-coalition", "Widget Watch", "Gadget Guild", "Sprocket Union", "Bo Li"),
		signed("d-sprocket-rules", "Sprocket Union"),
		signed("e-unsigned"),
		signed("f-wu-letters", "Ann Wu"),
	}}
	want := map[string]string{
		"a-widget-permits":   "a-widget-permits",
		"b-widget-fees":      "a-widget-permits",
		"f-wu-letters":       "a-widget-permits",
		"c-gadget-coalition": "c-gadget-coalition",
		"d-sprocket-rules":   "d-sprocket-rules",
		"e-unsigned":         "e-unsigned",
	}
	got := writerGroups(c)
	for campaign, group := range want {
		if got[campaign] != group {
			t.Errorf("%s: group %q, want %q", campaign, got[campaign], group)
		}
	}
	if n := countGroups(got); n != 4 {
		t.Errorf("%d groups, want 4", n)
	}
	// a writer's campaigns fall in one fold, whatever the run
	for run := range 3 {
		for _, fold := range groupFolds(c.Campaigns(), got, 10, run) {
			if fold["a-widget-permits"] != fold["b-widget-fees"] || fold["a-widget-permits"] != fold["f-wu-letters"] {
				t.Errorf("run %d: a writer's campaigns in two folds: %v", run, fold)
			}
		}
	}
}
