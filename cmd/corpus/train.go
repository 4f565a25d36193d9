package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/letterdiff/letterdiff/align/corpus"
	"github.com/letterdiff/letterdiff/align/letter"
	"github.com/letterdiff/letterdiff/align/reader"
	"github.com/letterdiff/letterdiff/align/source"
	"github.com/letterdiff/letterdiff/diff/claims"
	"github.com/letterdiff/letterdiff/diff/logreg"
)

// trainOptions are the line model's training options: the defaults,
// which `train` always uses (the committed model must be reproducible);
// crossval's -epochs and -mincount try others.
var trainOptions = reader.DefaultTrainOptions()

// modelPath is where the trained line model is written, relative to the
// repository's root: package letter embeds it.
const modelPath = "align/letter/lines.model"

// document is a corpus letter read as letterdiff reads it: decoded, with
// its lines' features and gold labels.
type document struct {
	letter  *corpus.Letter
	src     *source.Source
	example reader.Example
	// gold and explained are the letter read with its gold line labels,
	// the second with Explain (its candidate parties); readWithGold
	// fills them, once for every command that needs them
	gold, explained *letter.Document
}

// readWithGold reads every letter with its gold line labels, twice (the
// second time with Explain), on all cores; each letter's readings are
// its own, so the order of the work does not change them.
func readWithGold(docs []document) {
	onAllCores(len(docs), func(i int) {
		d := &docs[i]
		d.gold = letter.Parse(d.src, letter.Options{Labels: d.letter.Labels})
		d.explained = letter.Parse(d.src, letter.Options{Labels: d.letter.Labels, Explain: true})
	})
}

// onAllCores calls f for every index in [0, n), on all cores; f must
// write only what index i owns.
func onAllCores(n int, f func(i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
				f(i)
			}
		})
	}
	wg.Wait()
}

// goldReading returns the letter read with its gold line labels.
func (d *document) goldReading() *letter.Document {
	if d.gold == nil {
		d.gold = letter.Parse(d.src, letter.Options{Labels: d.letter.Labels})
	}
	return d.gold
}

// explainedReading returns the letter read with its gold line labels and
// Explain.
func (d *document) explainedReading() *letter.Document {
	if d.explained == nil {
		d.explained = letter.Parse(d.src, letter.Options{Labels: d.letter.Labels, Explain: true})
	}
	return d.explained
}

// loadDocuments loads the corpus under dir and decodes its letters (see
// documents).
func loadDocuments(dir string) (*corpus.Corpus, []document, error) {
	c, err := corpus.Load(dir)
	if err != nil {
		return nil, nil, err
	}
	docs, err := documents(c)
	if err != nil {
		return nil, nil, err
	}
	return c, docs, nil
}

// documents decodes every letter of the corpus and computes its lines'
// features.
func documents(c *corpus.Corpus) ([]document, error) {
	var out []document
	for _, l := range c.Letters {
		src, err := source.Decode(l.Path, []byte(l.Text))
		if err != nil {
			return nil, err
		}
		lines, feats := letter.LineFeatures(src)
		ex := reader.Example{Name: l.Campaign + "/" + l.Name, Features: feats}
		for _, i := range lines {
			y := l.Labels[i]
			if y == reader.Blank {
				// a line of invisible characters only, which the
				// parser treats as blank and the corpus does not
				y = reader.Other
			}
			ex.Labels = append(ex.Labels, y)
		}
		out = append(out, document{letter: l, src: src, example: ex})
	}
	return out, nil
}

func examples(docs []document) []reader.Example {
	out := make([]reader.Example, len(docs))
	for i, d := range docs {
		out[i] = d.example
	}
	return out
}

// train fits the line model on the whole corpus and writes it to
// modelPath, or checks that the file there is what training gives.
func train(w io.Writer, dir string, checkOnly bool) error {
	c, docs, err := loadDocuments(dir)
	if err != nil {
		return err
	}
	// the models after the line reader read the letters with their gold
	// labels, so they train beside it (each stage is deterministic)
	readWithGold(docs)
	var o others
	var wg sync.WaitGroup
	wg.Go(func() { o = trainOthers(c, docs) })
	m, err := reader.Train(examples(docs), trainOptions)
	wg.Wait()
	if err != nil {
		return err
	}
	if o.err != nil {
		return o.err
	}
	cs, cases, asked, cm, am, askm, floors, reached := o.clauses, o.cases, o.asked, o.clause, o.author, o.askedModel, o.floors, o.reached
	cut, cutF := o.askedCut, o.askedCutF
	var b, cb, ab, kb bytes.Buffer
	for _, mw := range []struct {
		m   io.WriterTo
		buf *bytes.Buffer
	}{{m, &b}, {cm, &cb}, {am, &ab}, {askm, &kb}} {
		if _, err := mw.m.WriteTo(mw.buf); err != nil {
			return err
		}
	}
	lineBin, clauseBin, err := binaryForms(b.Bytes(), cb.Bytes())
	if err != nil {
		return err
	}
	for _, out := range []struct {
		path string
		data []byte
		what string
	}{
		{modelPath, b.Bytes(), fmt.Sprintf("line model: %d letters, %d lines, %d features", len(docs), lineCount(docs), m.NumFeatures())},
		{modelPath + ".bin", lineBin, "line model, binary form"},
		{clauseModelPath, cb.Bytes(), fmt.Sprintf("clause model: %d clauses", len(cs))},
		{clauseModelPath + ".bin", clauseBin, "clause model, binary form"},
		{authorModelPath, ab.Bytes(), fmt.Sprintf("author model: %d letters that name no signatory", len(cases))},
		{askedModelPath, kb.Bytes(), fmt.Sprintf("asked model: %d statements with no address", len(asked))},
		{askedFitPath, []byte(letter.FormatAskedFit(cut, len(asked), cutF)), fmt.Sprintf("asked cut %v (at) and %v (floor), fitted on %d statements", cut.At, cut.Floor, len(asked))},
		{linkFitPath, []byte(claims.FormatLinkFit(floors, len(c.Pairs), reached[0], reached[1])), fmt.Sprintf("link floors %v (demands) and %v (grievances), fitted on %d pairs", floors.Demand, floors.Grievance, len(c.Pairs))},
	} {
		if err := writeOrCheck(w, out.path, out.data, out.what, checkOnly); err != nil {
			return err
		}
	}
	return nil
}

// others are the models trained after the line reader's, on the
// letters read with their gold line labels.
type others struct {
	clauses                    []clause
	cases, asked               []authorCase
	clause, author, askedModel *logreg.Model
	askedCut                   letter.AskedCut
	askedCutF                  float64
	floors                     claims.Floors
	reached                    [2]float64
	err                        error
}

// trainOthers trains the clause, author and asked models and fits the
// link floors.
func trainOthers(c *corpus.Corpus, docs []document) (o others) {
	o.clauses, o.cases, o.asked = clauses(docs), authorCases(docs), askedCases(docs)
	if o.clause, o.err = trainClauses(o.clauses); o.err != nil {
		return o
	}
	if o.author, o.err = trainAuthor(o.cases); o.err != nil {
		return o
	}
	if o.askedModel, o.err = trainAsked(o.asked); o.err != nil {
		return o
	}
	if o.askedCut, o.askedCutF, o.err = fitAskedCut(o.asked); o.err != nil {
		return o
	}
	o.floors, o.reached, o.err = fitLinkFloors(c.Pairs, goldReadings(docs), o.clause)
	return o
}

// binaryForms returns the binary forms of the line and clause models, the
// forms the program embeds, made from their text files as written: the
// same numbers, read faster.
func binaryForms(lineText, clauseText []byte) (lineBin, clauseBin []byte, err error) {
	lm, err := reader.ReadModel(bytes.NewReader(lineText))
	if err != nil {
		return nil, nil, err
	}
	if lineBin, err = lm.MarshalBinary(); err != nil {
		return nil, nil, err
	}
	cm, err := logreg.Read(bytes.NewReader(clauseText))
	if err != nil {
		return nil, nil, err
	}
	clauseBin, err = cm.MarshalBinary()
	return lineBin, clauseBin, err
}

// writeOrCheck writes a trained model, or, with checkOnly, checks that the
// committed file is what training gives.
func writeOrCheck(w io.Writer, path string, data []byte, what string, checkOnly bool) error {
	if checkOnly {
		old, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if !bytes.Equal(old, data) {
			return fmt.Errorf("%s is stale for the corpus: run go run ./cmd/corpus train", path)
		}
		fmt.Fprintf(w, "%s is up to date\n", path)
		return nil
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(w, "%s (%d bytes) → %s\n", what, len(data), path)
	return nil
}

func lineCount(docs []document) int {
	n := 0
	for _, d := range docs {
		n += len(d.example.Labels)
	}
	return n
}
