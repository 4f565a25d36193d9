// Package score scores a letterdiff JSON report against a gold
// annotation exactly as the project's reference scorer (score.py, kept
// with the shared annotation guide) does: statuses kept and changed both
// count as persisted; a gold party matches a reported party whose name
// equals one of the gold names after normalisation (case, punctuation,
// honorifics, a leading "The", a trailing parenthesised acronym,
// U.S./US/United States, & / and), or whose name before a comma does, or
// which is the gold name's acronym; a gold claim matches a reported claim
// of the same status class whose text on each side contains one of the
// gold phrases (case, quotes and white space folded); gold and reported
// items are matched one to one by a maximum matching; the gold's
// "accept" entries let a merged or split reading count too.
package score

import (
	"fmt"
	"reflect"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/letterdiff/letterdiff/align/lazyre"
)

// Object is a JSON object of the gold or of a report, read generically
// as the scorer reads it.
type Object = map[string]any

// Categories are the scored categories, in report order.
var Categories = []string{"recipients", "signatories", "demands", "grievances"}

// Result is the score of one category of one pair.
type Result struct {
	Gold, Pred, Hits int
	P, R, F          float64
	// Missed and Extra describe the gold items no reported item matched
	// and the reported items that matched no gold item.
	Missed, Extra []string
}

// Category scores one category (recipients, signatories, demands or
// grievances) of a report against the gold, as the scorer does.
func Category(c string, gold, report Object) Result {
	preds := List(report[c])
	if report[c] == nil {
		for _, alt := range []string{"parties", "claims"} {
			if m, ok := report[alt].(Object); ok && m[c] != nil {
				preds = List(m[c])
				break
			}
		}
	}
	golds := List(gold[c])
	var ok func(pred, gold Object) bool
	switch c {
	case "signatories":
		golds = acceptedParties(golds, preds, List(gold["signatory_accept"]))
		ok = partyOK
	case "recipients":
		ok = partyOK
	default:
		ids := map[string]bool{}
		for _, g := range golds {
			ids[str(g, "id")] = true
		}
		var accept []Object
		for _, a := range List(gold["accept"]) {
			refs := stringsOf(a["merge"])
			if len(refs) == 0 {
				refs = []string{str(a, "split")}
			}
			all := true
			for _, r := range refs {
				all = all && ids[r]
			}
			if all {
				accept = append(accept, a)
			}
		}
		ok = claimMatcher()
		golds = claimAlternatives(golds, preds, accept, ok)
	}
	hits := match(preds, golds, ok)
	s := Result{Gold: len(golds), Pred: len(preds), Hits: len(hits)}
	s.P, s.R, s.F = PRF(len(hits), len(preds), len(golds))
	hitG, hitP := map[int]bool{}, map[int]bool{}
	for gi, pi := range hits {
		hitG[gi], hitP[pi] = true, true
	}
	for gi, g := range golds {
		if !hitG[gi] {
			s.Missed = append(s.Missed, fmt.Sprintf("%-9s %s%q -> %q", str(g, "status")+":", idPrefix(g), str(g, "before"), str(g, "after")))
		}
	}
	for pi, p := range preds {
		if !hitP[pi] {
			s.Extra = append(s.Extra, fmt.Sprintf("%-9s %q -> %q", str(p, "status")+":", cut(sideText(p, "before"), 90), cut(sideText(p, "after"), 90)))
		}
	}
	return s
}

func idPrefix(g Object) string {
	if id := str(g, "id"); id != "" {
		return id + " "
	}
	return ""
}

func cut(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n])
	}
	return s
}

// PRF is precision, recall and F1 as the scorer computes them.
func PRF(hits, npred, ngold int) (p, r, f float64) {
	switch {
	case npred > 0:
		p = float64(hits) / float64(npred)
	case ngold == 0:
		p = 1
	}
	r = 1
	if ngold > 0 {
		r = float64(hits) / float64(ngold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// match is a maximum one-to-one matching of gold items to predicted
// items by augmenting paths, in the scorer's order. It returns gold index
// → predicted index.
func match(preds, golds []Object, ok func(pred, gold Object) bool) map[int]int {
	edges := make([][]int, len(golds))
	for gi, g := range golds {
		for pi, p := range preds {
			if ok(p, g) {
				edges[gi] = append(edges[gi], pi)
			}
		}
	}
	owner := map[int]int{} // predicted index → gold index
	var augment func(gi int, seen map[int]bool) bool
	augment = func(gi int, seen map[int]bool) bool {
		for _, pi := range edges[gi] {
			if seen[pi] {
				continue
			}
			seen[pi] = true
			if o, taken := owner[pi]; !taken || augment(o, seen) {
				owner[pi] = gi
				return true
			}
		}
		return false
	}
	for gi := range golds {
		augment(gi, map[int]bool{})
	}
	out := map[int]int{}
	for pi, gi := range owner {
		out[gi] = pi
	}
	return out
}

// StatusClass folds statuses into persisted, appeared and dropped.
func StatusClass(s string) string {
	s = strings.ToLower(s)
	switch s {
	case "kept", "changed", "persisted", "renamed", "moved":
		return "persisted"
	case "appeared", "added", "new":
		return "appeared"
	case "dropped", "removed", "deleted":
		return "dropped"
	}
	return s
}

// partyOK reports whether a reported party matches a gold party.
func partyOK(pred, gold Object) bool {
	if StatusClass(str(pred, "status")) != StatusClass(str(gold, "status")) {
		return false
	}
	pb, pbOK := sideName(pred, "before")
	pa, paOK := sideName(pred, "after")
	gb, gbOK := nullable(gold, "before")
	ga, gaOK := nullable(gold, "after")
	if gbOK != pbOK || gaOK != paOK {
		return false
	}
	anyName := func(predName, side string, first string) bool {
		names := append([]string{first}, stringsOf(gold["alt_"+side])...)
		for _, n := range names {
			if n != "" && NameMatch(predName, n) {
				return true
			}
		}
		return false
	}
	return (!gbOK || anyName(pb, "before", gb)) && (!gaOK || anyName(pa, "after", ga))
}

// claimMatcher returns claimOK with the texts it folds remembered: a
// category's every reported claim is tried against every gold claim, and
// each text is folded once.
func claimMatcher() func(pred, gold Object) bool {
	folded := map[string]string{}
	fold := func(s string) string {
		f, ok := folded[s]
		if !ok {
			f = NormText(s)
			folded[s] = f
		}
		return f
	}
	return func(pred, gold Object) bool { return claimOK(pred, gold, fold) }
}

// claimOK reports whether a reported claim matches a gold claim, its
// texts folded by fold (NormText).
func claimOK(pred, gold Object, fold func(string) string) bool {
	if StatusClass(str(pred, "status")) != StatusClass(str(gold, "status")) {
		return false
	}
	for _, side := range []string{"before", "after"} {
		phrases := claimPhrases(gold, side, fold)
		text := sideText(pred, side)
		if len(phrases) == 0 {
			if text != "" {
				return false
			}
			continue
		}
		if text == "" {
			return false
		}
		t := fold(text)
		found := false
		for _, p := range phrases {
			if strings.Contains(t, p) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// ClaimPhrases returns the phrases that locate a gold claim on one side
// ("before" or "after"): its phrase and its alternates, folded as
// NormText folds a text.
func ClaimPhrases(gold Object, side string) []string {
	return claimPhrases(gold, side, NormText)
}

// claimPhrases is ClaimPhrases with the phrases folded by fold.
func claimPhrases(gold Object, side string, fold func(string) string) []string {
	var out []string
	if s := str(gold, side); s != "" {
		out = append(out, s)
	}
	out = append(out, stringsOf(gold["alt_"+side])...)
	for i, p := range out {
		out[i] = fold(p)
	}
	return out
}

// acceptedParties applies the gold's accepted alternatives for
// signatories (a rename reported as kept).
func acceptedParties(golds, preds, accept []Object) []Object {
	golds = append([]Object(nil), golds...)
	for _, alt := range accept {
		ab, aa := str(alt, "before"), str(alt, "after")
		for _, p := range preds {
			pb, _ := sideName(p, "before")
			pa, _ := sideName(p, "after")
			if StatusClass(str(p, "status")) != "persisted" || !NameMatch(pb, ab) || !NameMatch(pa, aa) {
				continue
			}
			var kept []Object
			for _, g := range golds {
				gb, ga := str(g, "before"), str(g, "after")
				if gb != "" && NameMatch(ab, gb) && str(g, "status") == "dropped" {
					continue
				}
				if ga != "" && NameMatch(aa, ga) && str(g, "status") == "appeared" {
					continue
				}
				kept = append(kept, g)
			}
			golds = append(kept, Object{"status": "kept", "before": ab, "after": aa})
		}
	}
	return golds
}

// claimAlternatives applies the gold's accepted readings of claims:
// merge two items into one persisted item, or split one into a dropped
// and an appeared item, when the report reads them so (ok says whether
// a reported claim matches a gold one).
func claimAlternatives(golds, preds, accept []Object, ok func(pred, gold Object) bool) []Object {
	byID := map[string]Object{}
	for _, g := range golds {
		if id := str(g, "id"); id != "" {
			byID[id] = g
		}
	}
	out := append([]Object(nil), golds...)
	without := func(xs []Object, drop ...Object) []Object {
		var r []Object
		for _, x := range xs {
			keep := true
			for _, d := range drop {
				if same(x, d) {
					keep = false
				}
			}
			if keep {
				r = append(r, x)
			}
		}
		return r
	}
	anyOK := func(g Object) bool {
		for _, p := range preds {
			if ok(p, g) {
				return true
			}
		}
		return false
	}
	for _, alt := range accept {
		if ids := stringsOf(alt["merge"]); len(ids) > 0 {
			if len(ids) != 2 {
				continue
			}
			a, b := byID[ids[0]], byID[ids[1]]
			if a == nil || b == nil {
				continue
			}
			old, nw := b, a
			if str(a, "status") == "dropped" {
				old, nw = a, b
			}
			merged := Object{"id": strings.Join(ids, "+"), "status": "persisted",
				"before": old["before"], "alt_before": altOrEmpty(old, "alt_before"),
				"after": nw["after"], "alt_after": altOrEmpty(nw, "alt_after")}
			if anyOK(merged) {
				out = append(without(out, a, b), merged)
			}
		} else if id := str(alt, "split"); id != "" {
			g := byID[id]
			if g == nil {
				continue
			}
			gone := Object{"id": id + "-", "status": "dropped", "before": g["before"], "alt_before": altOrEmpty(g, "alt_before"), "after": nil}
			came := Object{"id": id + "+", "status": "appeared", "before": nil, "after": g["after"], "alt_after": altOrEmpty(g, "alt_after")}
			if anyOK(gone) && anyOK(came) {
				out = append(without(out, g), gone, came)
			}
		}
	}
	return out
}

func altOrEmpty(g Object, k string) any {
	if v, ok := g[k]; ok {
		return v
	}
	return []any{}
}

// same reports whether two objects are the same map (identity, as the
// scorer's "is").
func same(a, b Object) bool {
	return reflect.ValueOf(a).Pointer() == reflect.ValueOf(b).Pointer()
}

// --- normalisation, as the scorer does it (Python's Unicode \w and \s) ---

// pySpace is Python's \s on str; pyWord is Python's \w.
const (
	pySpace = `\t\n\v\f\r \x{1c}-\x{1f}\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}`
	pyWord  = `\p{L}\p{N}_`
)

var (
	honorificsRe   = lazyre.New(`^(the honou?rable|honou?rable|h\.?[` + pySpace + `]?e\.?|his excellency|her excellency|mr\.?|ms\.?|mrs\.?|dr\.?)[` + pySpace + `]+`)
	trailAcronymRe = lazyre.New(`[` + pySpace + `]*\([^)]*\)[` + pySpace + `]*$`)
	usDotsRe       = lazyre.New(`u\.[` + pySpace + `]?s\.`)
	usRe           = lazyre.New(`us`)
	leadTheRe      = lazyre.New(`^the[` + pySpace + `]+`)
	punctRe        = lazyre.New(`[^` + pyWord + pySpace + `]`)
	acronymRe      = lazyre.New(`\(([^)]+)\)[` + pySpace + `]*$`)
)

// quotes folds curly quotes to straight ones, as the scorer does.
var quotes = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`)

// isSpace is Python's str.isspace() for one character: the class pySpace
// spells for the patterns.
func isSpace(r rune) bool {
	switch {
	case r == ' ', r >= '\t' && r <= '\r', r >= 0x1c && r <= 0x1f, r == 0x85, r == 0xa0, r == 0x1680:
		return true
	case r >= 0x2000 && r <= 0x200a, r == 0x2028, r == 0x2029, r == 0x202f, r == 0x205f, r == 0x3000:
		return true
	}
	return false
}

// collapseSpaces replaces each run of spaces (isSpace) in s with one
// ASCII space, as the scorer's re.sub(r"\s+", " ", s) does; other bytes,
// invalid UTF-8 among them, are kept as they are.
func collapseSpaces(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	inRun := false
	for i, r := range s {
		if isSpace(r) {
			if !inRun {
				b.WriteByte(' ')
			}
			inRun = true
			continue
		}
		inRun = false
		_, size := utf8.DecodeRuneInString(s[i:])
		b.WriteString(s[i : i+size])
	}
	return b.String()
}

func isWord(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r) }

// strip is Python's str.strip().
func strip(s string) string { return strings.TrimFunc(s, isSpace) }

// replaceWhere replaces the matches of re that keep(s, start, end)
// accepts: the scorer's look-behind \b and look-ahead conditions.
func replaceWhere(re *lazyre.Regexp, s, repl string, keep func(s string, i, j int) bool) string {
	var b strings.Builder
	last := 0
	for _, m := range re.FindAllStringIndex(s, -1) {
		if !keep(s, m[0], m[1]) {
			continue
		}
		b.WriteString(s[last:m[0]])
		b.WriteString(repl)
		last = m[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

// wordStart is \b before a word character at i.
func wordStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !isWord(r)
}

// followedBy reports whether the rune at j is one that ok accepts, or
// (when end is true) j is the end of s.
func followedBy(s string, j int, end bool, ok func(rune) bool) bool {
	if j >= len(s) {
		return end
	}
	r, _ := utf8.DecodeRuneInString(s[j:])
	return ok(r)
}

func NormName(s string) string {
	if s == "" {
		return ""
	}
	s = strip(strings.ToLower(norm.NFKC.String(s)))
	s = honorificsRe.ReplaceAllString(s, "")
	s = trailAcronymRe.ReplaceAllString(s, "")
	s = strings.ReplaceAll(s, "&", " and ")
	s = replaceWhere(usDotsRe, s, "united states", func(s string, i, j int) bool {
		return wordStart(s, i) && followedBy(s, j, true, func(r rune) bool { return isSpace(r) || r == '-' })
	})
	s = replaceWhere(usRe, s, "united states", func(s string, i, j int) bool {
		return wordStart(s, i) && followedBy(s, j, false, func(r rune) bool { return isSpace(r) || r == '-' })
	})
	s = leadTheRe.ReplaceAllString(s, "")
	s = punctRe.ReplaceAllString(s, " ")
	return strip(collapseSpaces(s))
}

func acronymOf(s string) string {
	m := acronymRe.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	return strings.ToLower(strip(m[1]))
}

func NameMatch(pred, gold string) bool {
	if pred == "" || gold == "" {
		return false
	}
	p, g := NormName(pred), NormName(gold)
	if p == "" || g == "" {
		return false
	}
	if p == g {
		return true
	}
	if NormName(strings.SplitN(pred, ",", 2)[0]) == g || p == NormName(strings.SplitN(gold, ",", 2)[0]) {
		return true
	}
	a := acronymOf(gold)
	return a != "" && p == a
}

// NormText folds a text as the scorer does before it looks for a phrase
// in it: NFKC, lower case, straight quotes, each run of spaces one space,
// trimmed.
func NormText(s string) string {
	s = strings.ToLower(norm.NFKC.String(s))
	return strip(collapseSpaces(quotes.Replace(s)))
}

// --- reading JSON generically ---

func List(v any) []Object {
	xs, _ := v.([]any)
	var out []Object
	for _, x := range xs {
		if m, ok := x.(Object); ok {
			out = append(out, m)
		}
	}
	return out
}

func str(m Object, k string) string {
	s, _ := m[k].(string)
	return s
}

// stringsOf reads a list of strings, or a single string as a list of one.
func stringsOf(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// nullable returns a side's string and whether it is not null.
func nullable(m Object, k string) (string, bool) {
	v := m[k]
	if v == nil {
		return "", false
	}
	s, _ := v.(string)
	return s, true
}

// sideName is a party's name on one side, and whether that side is
// not null.
func sideName(item Object, side string) (string, bool) {
	switch v := item[side].(type) {
	case nil:
		return "", false
	case string:
		return v, true
	case Object:
		// Python's v.get("name") or v.get("text"): an empty name falls
		// through to the text, and a missing text counts as null.
		if s, _ := v["name"].(string); s != "" {
			return s, true
		}
		if v["text"] == nil {
			return "", false
		}
		s, _ := v["text"].(string)
		return s, true
	}
	return "", true
}

// sideText is a claim's text on one side ("" when null).
func sideText(item Object, side string) string {
	switch v := item[side].(type) {
	case string:
		return v
	case Object:
		if s, _ := v["text"].(string); s != "" {
			return s
		}
		s, _ := v["name"].(string)
		return s
	}
	return ""
}
