package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/letterdiff/letterdiff/align"
	"github.com/letterdiff/letterdiff/align/letter"
)

// AlignmentView is what `letterdiff align --format json` prints. Paragraphs
// are numbered as in the documents (1-based); sentences are named by their
// paragraph number and their 1-based place in it.
type AlignmentView struct {
	Before     string         `json:"before"`
	After      string         `json:"after"`
	Mode       string         `json:"mode"`
	Paragraphs LevelView      `json:"paragraphs"`
	Sentences  LevelView      `json:"sentences"`
	Counts     map[string]int `json:"counts"`
}

// LevelView is the alignment at one level.
type LevelView struct {
	Mode            string     `json:"mode"`
	Pairs           []PairView `json:"pairs"`
	UnmatchedBefore []string   `json:"unmatched_before"`
	UnmatchedAfter  []string   `json:"unmatched_after"`
}

// PairView is one aligned pair.
type PairView struct {
	Before []string `json:"before"`
	After  []string `json:"after"`
	Score  float64  `json:"score"`
	Shared []string `json:"shared_terms"`
	Moved  bool     `json:"moved,omitempty"`
}

// NewAlignmentView builds the view of an alignment.
func NewAlignmentView(al *align.DocumentAlignment, before, after *letter.Document) AlignmentView {
	para := func(d *letter.Document) func(int) string {
		return func(i int) string { return fmt.Sprintf("¶%d", d.Paragraphs[i].N) }
	}
	sent := func(d *letter.Document, refs []align.SentenceRef) func(int) string {
		return func(i int) string {
			r := refs[i]
			return fmt.Sprintf("¶%d.%d", d.Paragraphs[r.Paragraph].N, r.Sentence+1)
		}
	}
	level := func(a *align.Alignment, nb, na func(int) string) LevelView {
		v := LevelView{Mode: a.Mode.String(), Pairs: []PairView{}, UnmatchedBefore: []string{}, UnmatchedAfter: []string{}}
		names := func(idx []int, f func(int) string) []string {
			out := make([]string, len(idx))
			for k, i := range idx {
				out[k] = f(i)
			}
			return out
		}
		for _, p := range a.Pairs {
			sh := p.Shared
			if sh == nil {
				sh = []string{}
			}
			v.Pairs = append(v.Pairs, PairView{Before: names(p.Before, nb), After: names(p.After, na), Score: p.Score, Shared: sh, Moved: p.Moved})
		}
		v.UnmatchedBefore = names(a.UnmatchedBefore, nb)
		v.UnmatchedAfter = names(a.UnmatchedAfter, na)
		return v
	}
	v := AlignmentView{
		Before:     before.Source.Name,
		After:      after.Source.Name,
		Mode:       al.Paragraphs.Mode.String(),
		Paragraphs: level(al.Paragraphs, para(before), para(after)),
		Sentences:  level(al.Sentences, sent(before, al.BeforeSentences), sent(after, al.AfterSentences)),
	}
	moved := 0
	for _, p := range v.Sentences.Pairs {
		if p.Moved {
			moved++
		}
	}
	v.Counts = map[string]int{
		"paragraphs_before": len(before.Paragraphs), "paragraphs_after": len(after.Paragraphs),
		"paragraph_pairs": len(v.Paragraphs.Pairs), "sentences_before": len(al.BeforeSentences),
		"sentences_after": len(al.AfterSentences), "sentence_pairs": len(v.Sentences.Pairs), "sentences_moved": moved,
	}
	return v
}

// AlignmentJSON writes what `align --format json` prints.
func AlignmentJSON(w io.Writer, al *align.DocumentAlignment, before, after *letter.Document) error {
	return writeJSON(w, NewAlignmentView(al, before, after))
}

// AlignmentText writes what `align` prints: each paragraph pair with its
// score, the words it shares and the start of both texts, then the
// paragraphs that pair with nothing and the sentence-level counts.
func AlignmentText(w io.Writer, al *align.DocumentAlignment, before, after *letter.Document, opts Options) error {
	v := NewAlignmentView(al, before, after)
	width := opts.width()
	var b strings.Builder
	order := "order kept"
	if v.Mode == "free" {
		order = "free order"
	}
	fmt.Fprintf(&b, "%s (%d paragraphs) → %s (%d paragraphs): %s\n", clean(v.Before), len(before.Paragraphs), clean(v.After), len(after.Paragraphs), order)
	fmt.Fprintf(&b, "\nParagraph pairs (%d)\n", len(v.Paragraphs.Pairs))
	text := func(d *letter.Document, names []string) string {
		var parts []string
		for _, n := range names {
			var k int
			fmt.Sscanf(n, "¶%d", &k)
			if k >= 1 && k <= len(d.Paragraphs) {
				parts = append(parts, clean(d.Paragraphs[k-1].Text))
			}
		}
		return excerpt(strings.Join(parts, " "), 160)
	}
	for _, p := range v.Paragraphs.Pairs {
		tag := ""
		if p.Moved {
			tag = "  moved"
		}
		fmt.Fprintf(&b, "  %s → %s  score %.2f%s\n", strings.Join(p.Before, "+"), strings.Join(p.After, "+"), p.Score, tag)
		if len(p.Shared) > 0 {
			b.WriteString(wrap("shared: "+strings.Join(p.Shared, ", "), width, "      ", "      ") + "\n")
		}
		b.WriteString(wrap(text(before, p.Before), width, "      before: ", "              ") + "\n")
		b.WriteString(wrap(text(after, p.After), width, "      after:  ", "              ") + "\n")
	}
	if len(v.Paragraphs.UnmatchedBefore) > 0 {
		b.WriteString(wrap("only before: "+strings.Join(v.Paragraphs.UnmatchedBefore, " "), width, "\n", "  ") + "\n")
	}
	if len(v.Paragraphs.UnmatchedAfter) > 0 {
		b.WriteString(wrap("only after: "+strings.Join(v.Paragraphs.UnmatchedAfter, " "), width, "", "  ") + "\n")
	}
	c := v.Counts
	fmt.Fprintf(&b, "\nSentences: %d and %d; %d pairs (%d moved), %d only before, %d only after\n",
		c["sentences_before"], c["sentences_after"], c["sentence_pairs"], c["sentences_moved"], len(v.Sentences.UnmatchedBefore), len(v.Sentences.UnmatchedAfter))
	_, err := io.WriteString(w, b.String())
	return err
}
