package align

import (
	"github.com/letterdiff/letterdiff/align/letter"
)

// SentenceRef locates a sentence: its paragraph's index in
// Document.Paragraphs and its index in that paragraph's Sentences.
type SentenceRef struct {
	Paragraph int `json:"paragraph"`
	Sentence  int `json:"sentence"`
}

// DocumentAlignment is the alignment of two documents' body text at two
// levels: paragraphs (headings included) and sentences.
type DocumentAlignment struct {
	// Paragraphs pairs indices into Document.Paragraphs.
	Paragraphs *Alignment
	// Sentences pairs indices into BeforeSentences and AfterSentences,
	// the documents' sentences in reading order.
	Sentences       *Alignment
	BeforeSentences []SentenceRef
	AfterSentences  []SentenceRef
}

// Documents aligns the body paragraphs and the sentences of two documents.
// Sentences are aligned across the whole documents, so that a sentence
// moved to another paragraph is found.
func Documents(before, after *letter.Document, opts Options) *DocumentAlignment {
	bp, ap := paragraphTexts(before), paragraphTexts(after)
	bs, bref := sentenceTexts(before)
	as, aref := sentenceTexts(after)
	return &DocumentAlignment{
		Paragraphs:      Align(bp, ap, opts),
		Sentences:       Align(bs, as, opts),
		BeforeSentences: bref,
		AfterSentences:  aref,
	}
}

func paragraphTexts(d *letter.Document) []string {
	out := make([]string, len(d.Paragraphs))
	for i, p := range d.Paragraphs {
		out[i] = p.Text
	}
	return out
}

func sentenceTexts(d *letter.Document) ([]string, []SentenceRef) {
	var texts []string
	var refs []SentenceRef
	for pi, p := range d.Paragraphs {
		for si, s := range p.Sentences {
			texts = append(texts, p.Text[s.Start:s.End])
			refs = append(refs, SentenceRef{pi, si})
		}
	}
	return texts, refs
}
