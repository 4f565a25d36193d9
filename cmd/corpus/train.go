package main

import (
	"bytes"
	"fmt"
	"io"
	"os"

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
	m, err := reader.Train(examples(docs), trainOptions)
	if err != nil {
		return err
	}
	cs, cases, asked := clauses(docs), authorCases(docs), askedCases(docs)
	cm, err := trainClauses(cs)
	if err != nil {
		return err
	}
	am, err := trainAuthor(cases)
	if err != nil {
		return err
	}
	askm, err := trainAsked(asked)
	if err != nil {
		return err
	}
	floors, reached, err := fitLinkFloors(c.Pairs, goldReadings(docs), cm)
	if err != nil {
		return err
	}
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
		{linkFitPath, []byte(claims.FormatLinkFit(floors, len(c.Pairs), reached[0], reached[1])), fmt.Sprintf("link floors %v (demands) and %v (grievances), fitted on %d pairs", floors.Demand, floors.Grievance, len(c.Pairs))},
	} {
		if err := writeOrCheck(w, out.path, out.data, out.what, checkOnly); err != nil {
			return err
		}
	}
	return nil
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
