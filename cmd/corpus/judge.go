package main

import (
	"fmt"
	"io"

	"github.com/letterdiff/letterdiff/align/letter"
	"github.com/letterdiff/letterdiff/diff/claims"
)

// judge reads the annotated letters under dir with the models letterdiff
// ships (embedded), unchanged, and scores them as crossval scores a
// held-out fold: the way to judge the reader and the clause classifier on
// letters kept apart from the corpus they were trained on (a directory
// laid out as testdata/corpus is). Nothing is trained.
func judge(w io.Writer, dir string, verbose, errors bool) error {
	c, docs, err := loadDocuments(dir)
	if err != nil {
		return err
	}
	ms, err := shippedModels()
	if err != nil {
		return err
	}
	held := map[string]bool{}
	for _, name := range c.Campaigns() {
		held[name] = true
	}
	readWithGold(docs)
	res, err := scoreHeld(c, docs, clauses(docs), authorCases(docs), askedCases(docs), held, ms)
	if err != nil {
		return err
	}
	results := [][]foldResult{res}
	note := "read by the shipped models, unchanged; \"rules\" is the rule reader the model replaced"
	report(w, "Judged with the shipped models", note, "shipped (diff/claims/link.fit)", c, docs, results, verbose)
	if errors {
		printWrong(w, results)
	}
	return nil
}

// shippedModels returns the models letterdiff embeds.
func shippedModels() (models, error) {
	line, err := letter.DefaultModel()
	if err != nil {
		return models{}, fmt.Errorf("line model: %w", err)
	}
	return models{
		line:     line,
		clause:   claims.DefaultClassifier(),
		author:   letter.DefaultAuthorModel(),
		asked:    letter.DefaultAskedModel(),
		askedCut: letter.DefaultAskedCut(),
		floors:   claims.DefaultFloors(),
	}, nil
}
