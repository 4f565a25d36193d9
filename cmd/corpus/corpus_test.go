package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/letterdiff/letterdiff/align/corpus"
	"github.com/letterdiff/letterdiff/align/letter"
	"github.com/letterdiff/letterdiff/align/reader"
	"github.com/letterdiff/letterdiff/diff/claims"
)

const testCorpus = "../../testdata/corpus"

// TestCorpus checks the corpus's format and its size: the letters and
// pairs the issues ask for.
func TestCorpus(t *testing.T) {
	if problems := corpus.Check(testCorpus); len(problems) > 0 {
		t.Fatalf("%d problems, the first: %s", len(problems), problems[0])
	}
	c, err := corpus.Load(testCorpus)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Letters) < 80 || len(c.Pairs) < 15 {
		t.Errorf("%d letters and %d pairs; the corpus needs 80 and 15", len(c.Letters), len(c.Pairs))
	}
}

// TestModelsUpToDate fails when the committed models are not what
// training on the committed corpus gives: run go run ./cmd/corpus train.
func TestModelsUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("trains both models")
	}
	t.Chdir("../..")
	var out bytes.Buffer
	if err := train(&out, "testdata/corpus", true); err != nil {
		t.Fatal(err)
	}
}

// TestModelSizes checks that every model train writes stays small: a
// model is committed and embedded, so the line model, the largest, is
// held under maxModelBytes as text; if the corpus outgrows it, raise the
// reader's MinCount or Prune, and say what that costs.
func TestModelSizes(t *testing.T) {
	for _, path := range []string{
		"../../align/letter/lines.model", "../../align/letter/lines.model.bin",
		"../../align/letter/asked.model", "../../align/letter/author.model",
		"../../diff/claims/clauses.model", "../../diff/claims/clauses.model.bin",
	} {
		fi, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Size() > maxModelBytes {
			t.Errorf("%s: %d bytes, over %d", path, fi.Size(), maxModelBytes)
		}
	}
}

// maxModelBytes is the largest a committed model may be.
const maxModelBytes = 5 << 20

// TestNoClaimsOutsideBody checks, on every letter of the corpus, that no
// claim comes from a line the gold labels as a footnote, page furniture,
// an attachment or a signature: none at all when the letter is read with
// its gold labels (claims come from the body only), and, read as
// letterdiff reads it, no more than the reader's own mistakes allow
// (maxOutsideShare of the claims).
func TestNoClaimsOutsideBody(t *testing.T) {
	c, err := corpus.Load(testCorpus)
	if err != nil {
		t.Fatal(err)
	}
	docs, err := documents(c)
	if err != nil {
		t.Fatal(err)
	}
	outside := map[reader.Label]bool{reader.Footnote: true, reader.Furniture: true, reader.Attach: true,
		reader.Signatory: true, reader.Signer: true, reader.SigHead: true, reader.Affil: true}
	for _, gold := range []bool{true, false} {
		total, bad := 0, 0
		for _, d := range docs {
			opts := letter.Options{}
			if gold {
				opts.Labels = d.letter.Labels
			}
			doc := letter.Parse(d.src, opts)
			for _, it := range claims.Extract(doc, claims.Options{}) {
				if it.Kind == claims.None {
					continue
				}
				total++
				for _, sp := range it.Spans {
					line := strings.Count(d.src.Text[:sp.Start], "\n")
					if y := d.letter.Labels[line]; outside[y] {
						bad++
						t.Logf("%s line %d (%s) makes a claim: %q", d.letter.Name, line+1, y, it.Text)
						break
					}
				}
			}
		}
		switch {
		case gold && bad > 0:
			t.Errorf("read with the gold labels, %d claims of %d come from outside the body", bad, total)
		case !gold && float64(bad) > maxOutsideShare*float64(total):
			t.Errorf("read by the model, %d claims of %d come from outside the body; at most %.1f%% may", bad, total, 100*maxOutsideShare)
		}
	}
}

// maxOutsideShare bounds the claims from outside the body that the
// reader's mistakes may let through on the corpus it was trained on.
const maxOutsideShare = 0.005

// TestJudge scores the shipped models on a directory laid out as the
// corpus is (here one campaign copied from it): the tables crossval
// prints, nothing trained.
func TestJudge(t *testing.T) {
	dir := t.TempDir()
	const campaign = "civic-free-fares-nz"
	if err := os.CopyFS(filepath.Join(dir, campaign), os.DirFS(filepath.Join(testCorpus, campaign))); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := run([]string{"judge", dir}, &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Judged with the shipped models: 2 letters",
		"1 campaigns, 1 pairs",
		"macro F1",
		"Commonest line confusions",
		"classifier alone",
		"Parties per letter",
		"demands           1",
		"Where the held-out pairs' gold claims are lost",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("judge's report lacks %q:\n%s", want, out.String())
		}
	}
	if err := run([]string{"judge"}, &out); err == nil {
		t.Error("judge without a directory: no error")
	}
}

// TestConfusionList: the commonest confusions first, ties in label
// order, right answers left out, at most top of them.
func TestConfusionList(t *testing.T) {
	conf := map[[2]reader.Label]int{
		{reader.Body, reader.Body}:       90,
		{reader.Signatory, reader.Item}:  7,
		{reader.Attach, reader.Body}:     9,
		{reader.Footnote, reader.Body}:   7,
		{reader.Other, reader.Furniture}: 1,
	}
	var out bytes.Buffer
	confusionList(&out, conf, 3)
	got := strings.Fields(out.String())
	want := []string{"attach", "->", "body", "9", "signatory", "->", "item", "7", "footnote", "->", "body", "7"}
	if i := slices.Index(got, "lines)"); i < 0 || !slices.Equal(got[i+1:], want) {
		t.Errorf("confusionList wrote\n%s\nwant the rows %q", out.String(), want)
	}
}

// TestInTrainingShare: a share keeps about its fraction of the
// campaigns, every campaign a smaller share keeps, and all at 1.
func TestInTrainingShare(t *testing.T) {
	var names []string
	for i := range 2000 {
		names = append(names, fmt.Sprintf("campaign-%d", i))
	}
	fractions := []float64{0.25, 0.5, 0.75, 1}
	for k, f := range fractions {
		kept := 0
		for _, n := range names {
			if !inTrainingShare(n, f) {
				continue
			}
			kept++
			for _, g := range fractions[k+1:] {
				if !inTrainingShare(n, g) {
					t.Errorf("%s kept at %g, not at %g", n, f, g)
				}
			}
		}
		if got := float64(kept) / float64(len(names)); got < f-0.04 || got > f+0.04 {
			t.Errorf("share %g kept %.3f of the campaigns", f, got)
		}
	}
	if err := run([]string{"crossval", "-fraction", "0", t.TempDir()}, io.Discard); err == nil {
		t.Error("crossval -fraction 0: no error")
	}
}
