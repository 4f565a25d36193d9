// Package claims finds what a letter asks for (demands) and complains of
// (grievances), item by item, and links the claims of two letters.
//
// The pipeline:
//
//  1. Extract cuts each sentence of the body and footnotes into items (see
//     segment.go): verbatim spans that each state one ask or complaint, an
//     enumeration of five complaints giving five items.
//  2. Each item is classified (see classify.go) by the speech act that
//     governs it, found from the cue lexicon: a request verb with the
//     writers as subject, an impersonal frame ("it is critical that"), a
//     modal, a hope, a stance of concern, a measure imposing something,
//     examples of a complaint, an offer or an appreciation; failing those,
//     by the item's own grievance words, unless negated or conceded. Items
//     of one enumeration share the class of their governing cue. Each item
//     records its evidence and a confidence.
//  3. Group gathers items of one letter that restate the same claim into
//     one Claim.
//  4. Link pairs the claims of two letters by optimal assignment on their
//     similarity (see link.go).
package claims

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/kljensen/snowball/english"

	"github.com/letterdiff/letterdiff/align/letter"
)

// Kind is what an item claims.
type Kind uint8

// The kinds.
const (
	None Kind = iota
	Demand
	Grievance
)

func (k Kind) String() string { return [...]string{"none", "demand", "grievance"}[k] }

// Where locates a passage: a body paragraph or a footnote.
type Where struct {
	Footnote bool // a footnote rather than a paragraph
	Index    int  // index into Document.Paragraphs or Document.Footnotes
}

// Item is one ask or complaint, or a span that is neither.
type Item struct {
	Where    Where
	Sentence int           // index of the sentence in its passage
	Start    int           // offsets into the passage text
	End      int           //
	Text     string        // the verbatim span, white space folded
	Spans    []letter.Span // source spans (normalised text) the item covers
	Context  string        // the sentence
	LeadIn   string        // the clause text before the item, when it is a list member
	Group    int           // items cut from one clause share a group
	List     int           // items of one bulleted or numbered list share a list (0: none)
	Kind     Kind
	Cue      string   // the words that decided the kind
	CueKind  string   // what kind of cue: "request verb", "modal", …
	Strength int      // force of an ask: 1 (hope, suggest) … 3 (urge, must)
	Evidence []string // cue words found
	// Confidence in the kind, from 0 to 1.
	Confidence float64
	// Conditions and deadlines ("until …", "by June 1") and numbers the
	// item states.
	Conditions []string
	Numbers    []string
}

// Options tune extraction.
type Options struct {
	Lexicon *Lexicon // nil for DefaultLexicon()
}

// passage is a paragraph or a footnote, as text with a way back to the
// source.
type passage struct {
	where     Where
	listItem  bool // a bulleted or numbered list item
	text      string
	sentences []letter.Span
	markers   [][2]int
	source    func(lo, hi int) []letter.Span
}

func passages(doc *letter.Document) []passage {
	var out []passage
	for i := range doc.Paragraphs {
		p := &doc.Paragraphs[i]
		if p.Heading {
			continue
		}
		ps := passage{where: Where{Index: i}, text: p.Text, sentences: p.Sentences, source: p.Source, listItem: listMarkerRe.MatchString(p.Text)}
		for _, m := range p.Markers {
			ps.markers = append(ps.markers, [2]int{m.Span.Start, m.Span.End})
		}
		out = append(out, ps)
	}
	for i, f := range doc.Footnotes {
		// the note's text stands at the end of its span
		text := doc.Source.Text[f.Span.Start:f.Span.End]
		off := strings.Index(text, f.Text)
		if off < 0 || f.Text == "" {
			continue
		}
		base := f.Span.Start + off
		t := f.Text
		ps := passage{where: Where{Footnote: true, Index: i}, text: t,
			source: func(lo, hi int) []letter.Span { return []letter.Span{{Start: base + lo, End: base + hi}} }}
		for _, sp := range splitSentences(t) {
			ps.sentences = append(ps.sentences, sp)
		}
		out = append(out, ps)
	}
	return out
}

// Extract finds the items of a document: every demand and grievance, and
// the spans that are neither.
func Extract(doc *letter.Document, opts Options) []Item {
	lex := opts.Lexicon
	if lex == nil {
		lex = DefaultLexicon()
	}
	seg := &segmenter{lex: lex}
	stems := map[string]string{}
	var out []Item
	// A passage whose last sentence ends with a colon and a cue ("We
	// request that the Department:") governs the list items that follow.
	var listFrame *frame
	listLead := ""
	listID, inList := 0, false
	for _, ps := range passages(doc) {
		if !ps.listItem {
			listFrame, listLead = nil, ""
		}
		if ps.listItem && !inList {
			listID++
		}
		inList = ps.listItem
		var last []frame
		for si, sp := range ps.sentences {
			toks := tokenizeCached(ps.text, sp.Start, sp.End, ps.markers, stems)
			if len(toks) == 0 {
				continue
			}
			markWriters(toks, lex)
			fr := frames(lex, toks)
			pieces := seg.cut(toks)
			sc := newSentenceContext(fold(ps.text[sp.Start:sp.End]), toks, pieces)
			var items []Item
			for _, pc := range pieces {
				it, lo, hi, ok := makeItem(lex, ps, si, toks, pc, sc.text)
				if !ok {
					continue
				}
				classify(lex, &it, toks, lo, hi, pc, fr, sc, listFrame)
				if listFrame != nil && it.LeadIn == "" {
					it.LeadIn = listLead
				}
				if ps.listItem {
					it.List = listID
				}
				items = append(items, it)
			}
			inheritInGroups(items)
			if si == len(ps.sentences)-1 {
				last = fr
				if introducesList(ps.text[sp.Start:sp.End]) && len(items) > 0 {
					// the lead-in of a list states no claim of its own
					lead := &items[len(items)-1]
					if len(strings.Fields(lead.Text)) <= listLeadWords || endsOpen(lead.Text) {
						lead.Kind, lead.CueKind, lead.Confidence = None, "introduces a list", 0.7
					}
				}
			}
			out = append(out, items...)
		}
		if !ps.listItem && len(ps.sentences) > 0 {
			s := ps.sentences[len(ps.sentences)-1]
			if introducesList(ps.text[s.Start:s.End]) && len(last) > 0 {
				listFrame, listLead = &last[0], fold(ps.text[s.Start:s.End])
			}
		}
	}
	return out
}

// listLeadWords is the length up to which a sentence introducing a list
// ("We respectfully request that the Department:") is read as the list's
// lead-in, not as a claim: longer ones state something of their own.
const listLeadWords = 10

// endsOpen reports whether a text ends with a word that needs what follows
// ("we call on the Commission to", "we ask that").
func endsOpen(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 {
		return false
	}
	switch strings.ToLower(f[len(f)-1]) {
	case "to", "that", "for", "following", "follows", "below", "the":
		return true
	}
	return false
}

// introducesList reports whether a sentence ends with a colon.
func introducesList(s string) bool {
	return strings.HasSuffix(strings.TrimRight(s, " \t\n¹²³⁴⁵⁶⁷⁸⁹⁰"), ":")
}

// sentenceContext is what classify needs of a sentence beyond its tokens,
// computed once per sentence: its folded text, which tokens stand in a
// parenthetical, and where the contrast before each token starts.
type sentenceContext struct {
	text    string
	inParen []bool
	barrier []int // token where the contrast a token stands in starts (0: none)
}

func newSentenceContext(text string, toks []tok, pieces []piece) *sentenceContext {
	sc := &sentenceContext{text: text, inParen: make([]bool, len(toks)), barrier: make([]int, len(toks)+1)}
	starts := make([]bool, len(toks)+1)
	for _, p := range pieces {
		if p.paren {
			for k := p.lo; k < p.hi && k < len(toks); k++ {
				sc.inParen[k] = true
			}
		}
		if p.contrast {
			starts[p.lo] = true
		}
	}
	b := 0
	for k := range sc.barrier {
		if starts[k] {
			b = k
		}
		sc.barrier[k] = b
	}
	return sc
}

// makeItem builds an item from a piece of a sentence: trimmed of discourse
// markers, conjunctions, punctuation and footnote markers at either end.
// It returns the item's token range too.
func makeItem(lex *Lexicon, ps passage, si int, toks []tok, pc piece, context string) (Item, int, int, bool) {
	seg := &segmenter{lex: lex, toks: toks}
	lo, hi := pc.lo, pc.hi
	// a list marker at the start of the passage: "1.", "(a)", "-"
	// a section number at the start of the passage: "3.3 We recommend"
	if lo == 0 && len(toks) > 1 && sectionNumberRe.MatchString(toks[0].text) {
		lo++
	}
	if lo == 0 && ps.listItem && len(toks) > 1 {
		if toks[0].kind == tokPunct && toks[0].text == "(" {
			lo++
		}
		if lo+1 < hi && len([]rune(toks[lo].text)) <= 4 && (toks[lo+1].text == "." || toks[lo+1].text == ")") {
			lo += 2
		}
	}
	for lo < hi {
		t := toks[lo]
		if t.kind != tokWord && !isOpenQuote(t) || t.kind == tokWord && t.is("and", "or", "but") {
			lo++
			continue
		}
		if end, ok := seg.matchSection("discourse-markers", lo); ok && end < hi && (toks[end].text == "," || t.is("and", "or", "but", "also", "yet")) {
			lo = end
			continue
		}
		break
	}
	for hi > lo {
		t := toks[hi-1]
		if t.kind == tokMarker || t.kind == tokPunct && !strings.Contains(`)"”’`, t.text) || t.kind == tokWord && t.is("and", "or", "but") {
			hi--
			continue
		}
		// an unbalanced closing parenthesis or quote ends the item early
		if t.text == ")" && strings.Count(joinText(toks, lo, hi), "(") < strings.Count(joinText(toks, lo, hi), ")") {
			hi--
			continue
		}
		break
	}
	if lo >= hi {
		return Item{}, 0, 0, false
	}
	content := 0
	for k := lo; k < hi; k++ {
		if toks[k].kind == tokWord && !lex.has("vague-words", toks[k]) && len(toks[k].low) > 2 {
			content++
		}
	}
	if content == 0 {
		return Item{}, 0, 0, false
	}
	start, end := toks[lo].start, toks[hi-1].end
	it := Item{
		Where:    ps.where,
		Sentence: si,
		Start:    start,
		End:      end,
		Text:     fold(ps.text[start:end]),
		Spans:    ps.source(start, end),
		Context:  context,
		Group:    pc.group,
	}
	if lead := toks[pc.leadIn].start; lead < start && !pc.paren {
		it.LeadIn = fold(ps.text[lead:start])
	}
	it.Conditions = conditions(lex, toks, lo, hi)
	it.Numbers = numbers(it.Text)
	return it, lo, hi, true
}

// classify decides an item's kind from the frame that governs it and its
// own grievance words. The item covers tokens [lo, hi).
func classify(lex *Lexicon, it *Item, toks []tok, lo, hi int, pc piece, fr []frame, sc *sentenceContext, outer *frame) {
	weight, words := ownCues(lex, toks, lo, hi)
	var gov *frame
	inherited := false
	// a frame inside the item decides, the first one first (frames are in
	// order of position)
	k := sort.Search(len(fr), func(k int) bool { return fr[k].at >= lo })
	if k < len(fr) && fr[k].at < hi {
		gov = &fr[k]
	}
	if gov == nil && !pc.topic && !pc.contrast && !pc.paren {
		// the nearest frame before the item in its sentence, not across
		// a contrast nor inside a parenthetical; for a fronted phrase, the
		// frame after it
		barrier := sc.barrier[pc.lo]
		for j := k - 1; j >= 0 && fr[j].at >= barrier; j-- {
			if !sc.inParen[fr[j].at] {
				gov = &fr[j]
				break
			}
		}
		if gov == nil && pc.fronted {
			for j := k; j < len(fr); j++ {
				if fr[j].at >= hi {
					gov = &fr[j]
					break
				}
			}
		}
		if gov == nil && outer != nil {
			gov = outer // a list item, governed by the list's lead-in
		}
		inherited = gov != nil
	}
	it.Evidence = words
	if gov != nil && gov.kind == frameStance && !inherited && vagueObject(lex, toks, gov.end, hi) {
		// "our concerns about various aspects of the law": a stance with
		// nothing specific to complain of
		it.Kind = None
		it.Cue, it.CueKind = gov.text, "stance with a vague object"
		it.Confidence = 0.6
		return
	}
	switch {
	case gov != nil && gov.kind.demand():
		it.Kind = Demand
		it.Cue, it.CueKind, it.Strength = gov.text, gov.kind.String(), gov.strength
		it.Confidence = demandConfidence[gov.kind]
	case gov != nil && gov.kind.grievance():
		it.Kind = Grievance
		it.Cue, it.CueKind, it.Strength = gov.text, gov.kind.String(), gov.strength
		it.Confidence = grievanceConfidence[gov.kind]
	case gov != nil:
		// an offer or an appreciation: neither, whatever words it holds
		it.Kind = None
		it.Cue, it.CueKind = gov.text, gov.kind.String()
		it.Confidence = 0.7
		return
	case weight >= minOwnWeight && !reportedBefore(lex, toks, lo):
		it.Kind = Grievance
		it.Cue, it.CueKind = strings.Join(words, ", "), "grievance words"
		it.Confidence = min(0.5+0.1*float64(weight), 0.9)
	default:
		it.Kind = None
		return
	}
	if inherited {
		it.Confidence -= inheritPenalty
		it.Evidence = append([]string{"governed by «" + it.Cue + "»"}, it.Evidence...)
	} else {
		it.Evidence = append([]string{"«" + it.Cue + "»"}, it.Evidence...)
	}
	it.Confidence = round2(it.Confidence)
}

// reportedBefore reports whether the item stands in words reported from a
// third party: a reporting verb without the writers as subject, followed
// by "that", earlier in the sentence ("the consultation assumes that …").
// The writers' own complaint words there are not their complaint.
func reportedBefore(lex *Lexicon, t []tok, lo int) bool {
	for k := 0; k < lo; k++ {
		if _, end, ok := matchAny(lex, "reporting-verbs", t, k); ok && !t[k].fp && !determinerBefore(t, k) && nextWordIs(t, end-1, "that") {
			return true
		}
	}
	return false
}

// vagueObject reports whether the words after a stance, up to the end of
// the item, name nothing specific: only vague words ("various aspects"),
// policy nouns ("the law") and function words, with no grievance word.
// It needs at least one vague word, so that "concerns about the law" (which
// may name the very measure complained of) is not dismissed.
func vagueObject(lex *Lexicon, t []tok, lo, hi int) bool {
	vague := 0
	for k := lo; k < hi && k < len(t); k++ {
		if t[k].kind != tokWord {
			continue
		}
		switch {
		case lex.has("vague-words", t[k]):
			vague++
		case lex.has("policy-nouns", t[k]) || english.IsStopWord(t[k].low):
		default:
			return false
		}
	}
	return vague > 0
}

// Confidence of a kind by the cue that decided it: explicit asks and
// stances most, modals and words alone least.
var (
	demandConfidence    = map[frameKind]float64{frameDemandVerb: 0.9, frameDemand: 0.85, frameModal: 0.75, frameHope: 0.65}
	grievanceConfidence = map[frameKind]float64{frameStance: 0.85, frameImposition: 0.8, frameExample: 0.7}
)

const (
	// minOwnWeight is the weight of grievance words an item needs to be a
	// grievance without a governing frame: one strong word ("onerous") or
	// two weak ones.
	minOwnWeight = 2
	// inheritPenalty lowers the confidence of an item classified by a cue
	// outside it (a list member).
	inheritPenalty = 0.05
)

// inheritInGroups gives list members with no cue of their own the kind of
// their list.
func inheritInGroups(items []Item) {
	for i := range items {
		if items[i].Kind != None || items[i].Cue != "" {
			continue
		}
		for j := range items {
			if j != i && items[j].Group == items[i].Group && items[j].Kind != None {
				items[i].Kind = items[j].Kind
				items[i].Cue, items[i].CueKind, items[i].Strength = items[j].Cue, items[j].CueKind, items[j].Strength
				items[i].Confidence = round2(items[j].Confidence - inheritPenalty)
				items[i].Evidence = append([]string{"member of a list governed by «" + items[j].Cue + "»"}, items[i].Evidence...)
				break
			}
		}
	}
}

// conditions returns the conditions and deadlines in [lo, hi): from a
// condition word to the end of its clause.
func conditions(lex *Lexicon, toks []tok, lo, hi int) []string {
	var out []string
	for i := lo; i < hi; i++ {
		if toks[i].kind != tokWord {
			continue
		}
		if _, end, ok := matchAny(lex, "conditions", toks, i); ok {
			j := end
			for j < hi && !(toks[j].kind == tokPunct && strings.ContainsAny(toks[j].text, ",;:")) {
				j++
			}
			if j-i >= 2 {
				out = append(out, joinText(toks, i, j))
			}
			i = j
		}
	}
	return out
}

// sectionNumberRe matches a numbered paragraph's number: "3.3", "1.2.4".
var sectionNumberRe = regexp.MustCompile(`^\d+(?:\.\d+)+\.?$`)

// listMarkerRe matches the marker that opens a list item: "1.", "(a)",
// "iv)", "-", "•".
var listMarkerRe = regexp.MustCompile(`^\s*(?:[-•*▪◦‣·–—]|\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)])\s+\S`)

// numberRe finds figures: digits with an optional unit, number words
// with a unit ("two years", "ninety days"), and dates.
var numberRe = regexp.MustCompile(`\b\d[\d,.]*(?:\s?(?:percent|per cent|%|days?|weeks?|months?|years?|billion|million))?|(?i:\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred)\s+(?:days?|weeks?|months?|years?|percent|per cent))|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b`)

func numbers(text string) []string {
	return numberRe.FindAllString(text, -1)
}

// fold collapses runs of white space into one space.
func fold(s string) string { return strings.Join(strings.Fields(s), " ") }

func round2(x float64) float64 { return float64(int(x*100+0.5)) / 100 }

// splitSentences splits a footnote's text into sentences.
func splitSentences(text string) []letter.Span {
	var out []letter.Span
	for _, s := range sentenceSplit(text) {
		out = append(out, letter.Span{Start: s[0], End: s[1]})
	}
	return out
}

// Describe renders an item for debugging and tests: kind, cue and text.
func (it Item) Describe() string {
	return fmt.Sprintf("%s [%s: %s] %s", it.Kind, it.CueKind, it.Cue, it.Text)
}

// SortItems orders items by place.
func SortItems(items []Item) {
	sort.SliceStable(items, func(i, j int) bool {
		a, b := items[i], items[j]
		if a.Where != b.Where {
			if a.Where.Footnote != b.Where.Footnote {
				return !a.Where.Footnote
			}
			return a.Where.Index < b.Where.Index
		}
		return a.Start < b.Start
	})
}
