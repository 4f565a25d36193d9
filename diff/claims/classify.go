package claims

import (
	"strings"
	"unicode"
)

// frameKind is the speech act a cue sets up.
type frameKind uint8

const (
	frameNone       frameKind = iota
	frameDemandVerb           // we urge, we request, the undersigned ask
	frameDemand               // it is critical that …
	frameModal                // … should, must
	frameHope                 // we hope, we remain hopeful that
	frameStance               // we are concerned that, regrettably
	frameImposition           // the policies dictate, requiring companies to
	frameExample              // examples of these measures include
	frameOffer                // we stand ready, we look forward
	framePositive             // we appreciate, we welcome
)

func (k frameKind) demand() bool {
	return k == frameDemandVerb || k == frameDemand || k == frameModal || k == frameHope
}

func (k frameKind) grievance() bool {
	return k == frameStance || k == frameImposition || k == frameExample
}

func (k frameKind) String() string {
	return [...]string{"none", "request verb", "request frame", "modal", "hope", "stance of concern", "imposed requirement", "examples of a complaint", "offer", "appreciation"}[k]
}

// frame is a cue found in a sentence.
type frame struct {
	kind     frameKind
	at, end  int // tokens
	text     string
	strength int
}

// frames finds the cues of a sentence, in order. A modal under a grievance
// frame describes what a measure imposes ("the policies dictate that
// products must …") and sets up no frame of its own.
func frames(lex *Lexicon, t []tok) []frame {
	var out []frame
	add := func(k frameKind, at, end, strength int) {
		out = append(out, frame{kind: k, at: at, end: end, text: joinText(t, at, end), strength: strength})
	}
	lastGrievance := -1
	reported := false // a third party's words are being reported
	quiet := false    // after an offer or appreciation, until the clause ends
	anaphoric := anaphoricPolicy(lex, t)
	for i := 0; i < len(t); i++ {
		if t[i].kind == tokPunct && (t[i].text == ";" || t[i].text == ":") {
			quiet = false
		}
		if t[i].kind != tokWord {
			continue
		}
		if p, end, ok := matchAny(lex, "demand-frames", t, i); ok {
			add(frameDemand, i, end, p.Weight)
			i = end - 1
			continue
		}
		if p, end, ok := matchAny(lex, "demand-verbs", t, i); ok && askForm(lex, p.first, t, i) && firstPersonBefore(t, i) && !determinerBefore(t, i) && !negatedAt(lex, t, i) {
			k := frameDemandVerb
			if isHope(p) {
				k = frameHope
			}
			add(k, i, end, max(p.Weight, 1))
			quiet = false
			i = end - 1
			continue
		}
		if _, end, ok := matchAny(lex, "offers", t, i); ok && firstPersonBefore(t, i+1) {
			add(frameOffer, i, end, 0)
			quiet = true
			i = end - 1
			continue
		}
		if _, end, ok := matchAny(lex, "positives", t, i); ok && subjectWithin(lex, t, i, 3) {
			add(framePositive, i, end, 0)
			quiet = true
			i = end - 1
			continue
		}
		if quiet {
			continue
		}
		if p, end, ok := matchAny(lex, "grievance-stance", t, i); ok && !concededAt(lex, t, i) && !negatedAt(lex, t, i) {
			add(frameStance, i, end, max(p.Weight, 1))
			lastGrievance = i
			i = end - 1
			continue
		}
		if p, end, ok := matchAny(lex, "grievance-imposition", t, i); ok && imposes(lex, t, i, end) && !negatedAt(lex, t, i) {
			add(frameImposition, i, end, max(p.Weight, 1))
			lastGrievance = i
			i = end - 1
			continue
		}
		if _, end, ok := matchAny(lex, "example-markers", t, i); ok && anaphoric[i] {
			add(frameExample, i, end, 1)
			lastGrievance = i
			i = end - 1
			continue
		}
		if _, end, ok := matchAny(lex, "reporting-verbs", t, i); ok && !t[i].fp && !determinerBefore(t, i) && nextWordIs(t, end-1, "that") {
			reported = true
			i = end - 1
			continue
		}
		if p, end, ok := matchAny(lex, "demand-modals", t, i); ok && !determinerBefore(t, i) && modalAsks(t, i, end) {
			if lastGrievance >= 0 || reported {
				continue
			}
			add(frameModal, i, end, max(p.Weight, 1))
			i = end - 1
			continue
		}
	}
	return out
}

// isHope reports whether a demand verb expresses a hope rather than an ask.
func isHope(p Phrase) bool { return p.hope }

// sameWord reports whether a token is a form of an entry's first word,
// beyond sharing its stem: it starts with the entry (less a final letter
// that inflection changes: "harm"/"harms", "discriminate"/
// "discriminatory"), so that "cost" is not "costly". A one-word frame must
// match exactly ("please", not "pleased").
func sameWord(entry, token string, exact bool) bool {
	if exact {
		return entry == token
	}
	r := []rune(entry)
	if len(r) > 3 {
		r = r[:len(r)-1]
	}
	return strings.HasPrefix(token, string(r))
}

// matchAny returns the longest phrase of a section matching at token i.
func matchAny(lex *Lexicon, section string, t []tok, i int) (Phrase, int, bool) {
	if i >= len(t) || t[i].kind != tokWord {
		return Phrase{}, 0, false
	}
	best, bestEnd, found := Phrase{}, 0, false
	for _, p := range lex.candidates(section, t[i]) {
		end, ok := matchPhrase(t, i, p.Words, exactSections[section])
		if !ok || !exactSections[section] && !sameWord(p.first, t[i].low, len(p.Words) == 1 && section == "demand-frames") {
			continue
		}
		// the longest phrase; between phrases as long, the one written
		// as the text has it ("hopeful" rather than "hope")
		if !found || len(p.Words) > len(best.Words) || len(p.Words) == len(best.Words) && p.first == t[i].low && best.first != t[i].low {
			best, bestEnd, found = p, end, true
		}
	}
	return best, bestEnd, found
}

// negatedAt reports whether a negator stands among the three words before
// token i, with no clause punctuation between.
func negatedAt(lex *Lexicon, t []tok, i int) bool {
	words := 0
	for k := i - 1; k >= 0 && words < 3; k-- {
		if t[k].kind == tokPunct && strings.ContainsAny(t[k].text, ",;:—–()") {
			return false
		}
		if t[k].kind != tokWord {
			continue
		}
		words++
		if lex.has("negators", t[k]) || strings.HasSuffix(t[k].low, "n't") {
			// "not only … but also" is not a negation
			if t[k].low == "not" && k+1 < len(t) && t[k+1].low == "only" {
				return false
			}
			return true
		}
	}
	return false
}

// concededAt reports whether a concession word stands just before token i
// ("legitimate concerns").
func concededAt(lex *Lexicon, t []tok, i int) bool {
	words := 0
	for k := i - 1; k >= 0 && words < 2; k-- {
		if t[k].kind != tokWord {
			continue
		}
		words++
		if lex.has("concessions", t[k]) {
			return true
		}
	}
	return false
}

// subjectWithin reports whether the writers (the lexicon's writers
// section) stand among the n words before token i.
func subjectWithin(lex *Lexicon, t []tok, i, n int) bool {
	words := 0
	for k := i - 1; k >= 0 && words < n; k-- {
		if t[k].kind != tokWord {
			continue
		}
		words++
		if lex.has("writers", t[k]) {
			return true
		}
	}
	return false
}

// askForm reports whether the token at i, matched by a demand verb whose
// base form is base, is used as a verb of asking now: the base form
// ("we ask"), the third person ("the coalition asks"), or the -ing form
// after "be" ("we are asking"); an adjective in the lexicon ("hopeful")
// stands as it is. A past form ("we requested a meeting") or a noun ("our
// proposal", "the proposed rule") is not an ask.
func askForm(lex *Lexicon, base string, t []tok, i int) bool {
	w := t[i].low
	if w == base {
		return true
	}
	if w == base+"s" || w == base+"es" {
		// the third person needs its subject just before it ("the
		// coalition requests", "ABEIA urges"), not a noun ("exclusion
		// requests")
		p := prevWordTok(t, i)
		return p >= 0 && (lex.has("writers", t[p]) || unicode.IsUpper(firstRuneOf(t[p].text))) && !t[p].is("the", "a", "an", "our", "their", "its", "these", "those")
	}
	if strings.HasSuffix(w, "ing") {
		stemmed := strings.TrimSuffix(w, "ing")
		if stemmed == base || stemmed+"e" == base || len(stemmed) > 1 && stemmed[len(stemmed)-1] == stemmed[len(stemmed)-2] && stemmed[:len(stemmed)-1] == base {
			p := prevWordTok(t, i)
			return p >= 0 && t[p].is("am", "is", "are", "were", "was", "be", "been")
		}
	}
	return false
}

// imposes reports whether an imposition verb at [i, end) has a measure for
// subject (a policy noun among the six words before) or an actor for
// object (an actor noun among the three words after).
func imposes(lex *Lexicon, t []tok, i, end int) bool {
	words := 0
	for k := i - 1; k >= 0 && words < 6; k-- {
		if t[k].kind != tokWord {
			continue
		}
		words++
		if lex.has("policy-nouns", t[k]) {
			return true
		}
	}
	words = 0
	for k := end; k < len(t) && words < 3; k++ {
		if t[k].kind != tokWord {
			continue
		}
		words++
		if lex.has("actor-nouns", t[k]) {
			return true
		}
	}
	return false
}

// anaphoricPolicy returns, for each token, whether the sentence refers
// back to measures before it: an anaphor, then a policy noun ("examples of
// these initiatives include").
func anaphoricPolicy(lex *Lexicon, t []tok) []bool {
	out := make([]bool, len(t)+1)
	ana, both := false, false
	for k := range t {
		out[k] = both
		if t[k].kind != tokWord {
			continue
		}
		if _, _, ok := matchAny(lex, "anaphors", t, k); ok {
			ana = true
		}
		if ana && lex.has("policy-nouns", t[k]) {
			both = true
		}
	}
	out[len(t)] = both
	return out
}

// modalAsks reports whether a modal at [i, end) states an ask: not with the
// writers as subject, not in a relative clause, not "should be noted".
func modalAsks(t []tok, i, end int) bool {
	if p := prevWordTok(t, i); p >= 0 && t[p].is("we", "i", "that", "which", "who", "you") {
		// "that" before a modal is a relative pronoun ("companies that
		// must transfer data") more often than a complementizer
		return false
	}
	if n := nextWordTok(t, end-1); n >= 0 {
		if t[n].is("note", "noted") {
			return false
		}
		if m := nextWordTok(t, n); t[n].low == "be" && m >= 0 && t[m].is("noted", "said", "mentioned") {
			return false
		}
	}
	return true
}

func prevWordTok(t []tok, i int) int {
	for k := i - 1; k >= 0; k-- {
		if t[k].kind == tokWord {
			return k
		}
	}
	return -1
}

func nextWordTok(t []tok, i int) int {
	for k := i + 1; k < len(t); k++ {
		if t[k].kind == tokWord {
			return k
		}
	}
	return -1
}

// ownCues sums the weights of the grievance words in [lo, hi) that are not
// negated or conceded, and returns them, with the complaints of inaction
// and persistence (see inaction).
func ownCues(lex *Lexicon, t []tok, lo, hi int) (int, []string) {
	weight := 0
	var found []string
	if w, what := inaction(lex, t, lo, hi); w > 0 {
		weight += w
		found = append(found, what)
	}
	for i := lo; i < hi; i++ {
		if t[i].kind != tokWord {
			continue
		}
		p, end, ok := matchAny(lex, "grievance-words", t, i)
		if !ok || end > hi {
			continue
		}
		if negatedAt(lex, t, i) || concededAt(lex, t, i) {
			i = end - 1
			continue
		}
		weight += max(p.Weight, 1)
		found = append(found, joinText(t, i, end))
		i = end - 1
	}
	return weight, found
}

// inaction finds a complaint stated as a fact of inaction or persistence
// in [lo, hi): a negation whose subject is an authority or a measure, not
// the writers ("the Government has not released the modelling"), or a
// negation with "still" or "yet" ("sites still have no management plan",
// "no investigation has yet been opened"). It returns inactionWeight and
// the words, or 0.
func inaction(lex *Lexicon, t []tok, lo, hi int) (int, string) {
	for k := lo; k < hi; k++ {
		if t[k].kind != tokWord || !(lex.has("negators", t[k]) || strings.HasSuffix(t[k].low, "n't")) {
			continue
		}
		if t[k].low == "not" && k+1 < len(t) && t[k+1].low == "only" {
			continue
		}
		for j := lo; j < hi; j++ {
			if _, end, ok := matchAny(lex, "persistence", t, j); ok && t[j].kind == tokWord {
				return inactionWeight, joinText(t, min(j, k), max(end, k+1))
			}
		}
		// the subject: the words before the negation in its clause
		words := 0
		for j := k - 1; j >= lo && words < 10; j-- {
			if t[j].kind == tokPunct && strings.ContainsAny(t[j].text, ";:") {
				break
			}
			if t[j].kind != tokWord {
				continue
			}
			words++
			if lex.has("writers", t[j]) {
				break
			}
			if lex.has("authorities", t[j]) || lex.has("policy-nouns", t[j]) {
				return inactionWeight, joinText(t, j, k+1)
			}
		}
	}
	return 0, ""
}

// inactionWeight is the weight of a complaint of inaction: enough, alone,
// to make a grievance.
const inactionWeight = minOwnWeight

func joinText(t []tok, lo, hi int) string {
	var parts []string
	for k := lo; k < hi; k++ {
		if t[k].kind != tokMarker {
			parts = append(parts, t[k].text)
		}
	}
	return strings.Join(parts, " ")
}

// nextWordIs reports whether the word after token i is w.
func nextWordIs(t []tok, i int, w string) bool {
	n := nextWordTok(t, i)
	return n >= 0 && t[n].low == w
}
