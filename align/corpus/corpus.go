// Package corpus reads the annotated corpus of real letters under
// testdata/corpus: each letter's text, a label for each of its lines, its
// parties and claims, and the gold of the pairs its campaign forms. The
// format is documented in testdata/corpus/README.md; Check enforces it.
//
// The corpus is grouped by campaign (one directory each): letters of one
// campaign are never split between training and test folds.
package corpus

import (
	"encoding/json"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/letterdiff/letterdiff/align/letter"
	"github.com/letterdiff/letterdiff/align/reader"
)

// Letter is one annotated letter.
type Letter struct {
	Campaign string // the directory it stands in
	Name     string // file name of its text, e.g. "x-2019-05-02.txt"
	Path     string // path of the text file
	Text     string
	Lines    []string       // the text's lines, without line ends
	Labels   []reader.Label // one per line
	Gold     LetterGold
}

// LetterGold is what a letter holds, written by hand.
type LetterGold struct {
	Letter      string  `json:"letter"`
	Recipients  []Party `json:"recipients"`
	Signatories []Party `json:"signatories"`
	Demands     []Claim `json:"demands"`
	Grievances  []Claim `json:"grievances"`
	Note        string  `json:"note,omitempty"`
}

// Party is a recipient or a signatory as the letter writes it.
type Party struct {
	Name string   `json:"name"`
	Role string   `json:"role,omitempty"` // "to" or "cc" for recipients
	Alt  []string `json:"alt,omitempty"`  // other forms that also identify it
	Note string   `json:"note,omitempty"`
}

// Claim is one demand or grievance: a short verbatim phrase that locates it.
type Claim struct {
	Text string   `json:"text"`
	Alt  []string `json:"alt,omitempty"`
	Note string   `json:"note,omitempty"`
}

// Pair is a pair of letters of one campaign with gold in the form of the
// seed pair's (NAME.parties.json, NAME.claims.json).
type Pair struct {
	Campaign string
	Name     string // NAME, the common prefix of the two gold files
	Prefix   string // path of the gold files without ".parties.json"
	Before   string // file name of the earlier letter
	After    string
}

// Corpus is the whole annotated corpus.
type Corpus struct {
	Dir     string
	Letters []*Letter
	Pairs   []Pair
}

// Load reads the corpus under dir. It fails on the first file that breaks
// the format; Check reports every problem.
func Load(dir string) (*Corpus, error) {
	c, problems := load(dir)
	if len(problems) > 0 {
		return nil, fmt.Errorf("%s", problems[0])
	}
	return c, nil
}

// Check reads the corpus under dir and returns every problem found, one
// line each, naming the file.
func Check(dir string) []string {
	_, problems := load(dir)
	return problems
}

// Campaigns returns the campaign names in order.
func (c *Corpus) Campaigns() []string {
	var out []string
	for _, l := range c.Letters {
		if !slices.Contains(out, l.Campaign) {
			out = append(out, l.Campaign)
		}
	}
	return out
}

// Letter returns the letter of a campaign with the given file name.
func (c *Corpus) Letter(campaign, name string) *Letter {
	for _, l := range c.Letters {
		if l.Campaign == campaign && l.Name == name {
			return l
		}
	}
	return nil
}

func load(dir string) (*Corpus, []string) {
	c := &Corpus{Dir: dir}
	var problems []string
	bad := func(file, format string, args ...any) {
		problems = append(problems, file+": "+fmt.Sprintf(format, args...))
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, []string{fmt.Sprintf("%s: %v", dir, err)}
	}
	type campaignDir struct{ name, dir string }
	var dirs []campaignDir
	for _, e := range entries {
		if e.IsDir() {
			dirs = append(dirs, campaignDir{e.Name(), filepath.Join(dir, e.Name())})
		} else if strings.HasSuffix(e.Name(), ".txt") && len(dirs) == 0 {
			// dir is one campaign's directory
			dirs = []campaignDir{{filepath.Base(filepath.Clean(dir)), dir}}
			break
		}
	}
	for _, d := range dirs {
		campaign, cdir := d.name, d.dir
		files, err := os.ReadDir(cdir)
		if err != nil {
			bad(cdir, "%v", err)
			continue
		}
		for _, f := range files {
			if strings.HasSuffix(f.Name(), ".txt") {
				l, errs := loadLetter(cdir, campaign, f.Name())
				for _, e := range errs {
					bad(filepath.Join(cdir, f.Name()), "%s", e)
				}
				if l != nil {
					c.Letters = append(c.Letters, l)
				}
			}
		}
		for _, f := range files {
			if name, ok := strings.CutSuffix(f.Name(), ".parties.json"); ok {
				p, errs := loadPair(c, cdir, campaign, name)
				for _, e := range errs {
					bad(filepath.Join(cdir, name), "%s", e)
				}
				if p != nil {
					c.Pairs = append(c.Pairs, *p)
				}
			}
		}
	}
	return c, problems
}

func loadLetter(dir, campaign, name string) (*Letter, []string) {
	var errs []string
	p := filepath.Join(dir, name)
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, []string{err.Error()}
	}
	text := string(data)
	if strings.Contains(text, "\r") {
		errs = append(errs, "has CR line ends; store LF")
	}
	l := &Letter{Campaign: campaign, Name: name, Path: p, Text: text, Lines: SplitLines(text)}
	base := strings.TrimSuffix(name, ".txt")
	labels, lerrs := readLabels(filepath.Join(dir, base+".lines"), l.Lines)
	errs = append(errs, lerrs...)
	l.Labels = labels
	if len(lerrs) == 0 {
		errs = append(errs, checkGrammar(l)...)
		errs = append(errs, checkItems(l)...)
	}
	gdata, err := os.ReadFile(filepath.Join(dir, base+".gold.json"))
	if err != nil {
		errs = append(errs, "no gold: "+err.Error())
		return l, errs
	}
	if err := json.Unmarshal(gdata, &l.Gold); err != nil {
		errs = append(errs, base+".gold.json: "+err.Error())
		return l, errs
	}
	errs = append(errs, checkGold(l)...)
	return l, errs
}

// SplitLines splits text into its lines without their line ends; a final
// line end does not start another line.
func SplitLines(text string) []string {
	text = strings.TrimSuffix(text, "\n")
	if text == "" {
		return nil
	}
	return strings.Split(text, "\n")
}

func readLabels(p string, lines []string) ([]reader.Label, []string) {
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, []string{"no labels: " + err.Error()}
	}
	rows := SplitLines(string(data))
	if len(rows) != len(lines) {
		return nil, []string{fmt.Sprintf("%s has %d lines, the text %d", path.Base(p), len(rows), len(lines))}
	}
	var errs []string
	out := make([]reader.Label, len(rows))
	for i, row := range rows {
		name, text, ok := strings.Cut(row, "\t")
		if !ok {
			errs = append(errs, fmt.Sprintf("%s line %d: no tab after the label", path.Base(p), i+1))
			continue
		}
		if text != lines[i] {
			errs = append(errs, fmt.Sprintf("%s line %d: text differs from the letter's line", path.Base(p), i+1))
			continue
		}
		l, err := reader.ParseLabel(name)
		if err != nil {
			errs = append(errs, fmt.Sprintf("%s line %d: %v", path.Base(p), i+1, err))
			continue
		}
		blank := strings.TrimSpace(text) == ""
		if blank != (l == reader.Blank) {
			errs = append(errs, fmt.Sprintf("%s line %d: %q is for blank lines only, and every blank line has it", path.Base(p), i+1, reader.Blank))
		}
		out[i] = l
	}
	return out, errs
}

// Fold folds case and white space, as the scorer does before it looks
// for a phrase in a letter.
func Fold(s string) string {
	s = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`).Replace(s)
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

func checkGold(l *Letter) []string {
	var errs []string
	text := Fold(l.Text)
	if l.Gold.Letter != l.Name {
		errs = append(errs, fmt.Sprintf("gold names letter %q", l.Gold.Letter))
	}
	in := func(what, s string) {
		if strings.TrimSpace(s) == "" {
			errs = append(errs, what+": empty")
		} else if !strings.Contains(text, Fold(s)) {
			errs = append(errs, fmt.Sprintf("%s %q is not in the letter", what, s))
		}
	}
	for _, p := range l.Gold.Recipients {
		if p.Role != "to" && p.Role != "cc" {
			errs = append(errs, fmt.Sprintf("recipient %q: role %q is not to or cc", p.Name, p.Role))
		}
		in("recipient", p.Name)
	}
	for _, p := range l.Gold.Signatories {
		in("signatory", p.Name)
	}
	for _, list := range []struct {
		what   string
		claims []Claim
	}{{"demand", l.Gold.Demands}, {"grievance", l.Gold.Grievances}} {
		for _, c := range list.claims {
			in(list.what, c.Text)
			for _, a := range c.Alt {
				in(list.what+" alt", a)
			}
		}
	}
	return errs
}

// pairHead is the part of a pair's gold files this package reads.
type pairHead struct {
	Before string `json:"before"`
	After  string `json:"after"`
}

func loadPair(c *Corpus, dir, campaign, name string) (*Pair, []string) {
	prefix := filepath.Join(dir, name)
	var errs []string
	var head pairHead
	for _, part := range []string{".parties.json", ".claims.json"} {
		data, err := os.ReadFile(prefix + part)
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		var h pairHead
		if err := json.Unmarshal(data, &h); err != nil {
			errs = append(errs, part+": "+err.Error())
			continue
		}
		if head.Before != "" && h != head {
			errs = append(errs, "parties and claims name different letters")
		}
		head = h
		errs = append(errs, checkPairPhrases(c, campaign, part, data)...)
	}
	for _, n := range []string{head.Before, head.After} {
		if c.Letter(campaign, n) == nil {
			errs = append(errs, fmt.Sprintf("names letter %q, which is not in %s", n, campaign))
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return &Pair{Campaign: campaign, Name: name, Prefix: prefix, Before: head.Before, After: head.After}, nil
}

// checkPairPhrases checks that every name and phrase of a pair's gold
// file stands in the letter of its side.
func checkPairPhrases(c *Corpus, campaign, part string, data []byte) []string {
	var g pairHead
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return []string{part + ": " + err.Error()}
	}
	_ = json.Unmarshal(data, &g)
	texts := map[string]string{}
	for side, name := range map[string]string{"before": g.Before, "after": g.After} {
		if l := c.Letter(campaign, name); l != nil {
			texts[side] = Fold(l.Text)
		}
	}
	var errs []string
	for _, cat := range []string{"recipients", "signatories", "demands", "grievances"} {
		var items []map[string]any
		if raw[cat] == nil {
			continue
		}
		if err := json.Unmarshal(raw[cat], &items); err != nil {
			errs = append(errs, fmt.Sprintf("%s %s: %v", part, cat, err))
			continue
		}
		for k, it := range items {
			st, _ := it["status"].(string)
			for _, side := range []string{"before", "after"} {
				v := it[side]
				want := !(side == "before" && st == "appeared" || side == "after" && st == "dropped")
				if (v != nil) != want {
					errs = append(errs, fmt.Sprintf("%s %s[%d]: %s is %v with status %q", part, cat, k, side, v, st))
					continue
				}
				phrases := []any{v}
				if alts, ok := it["alt_"+side].([]any); ok {
					phrases = append(phrases, alts...)
				}
				for _, ph := range phrases {
					s, ok := ph.(string)
					if !ok || texts[side] == "" {
						continue
					}
					if !strings.Contains(texts[side], Fold(s)) {
						errs = append(errs, fmt.Sprintf("%s %s[%d]: %s %q is not in %s", part, cat, k, side, s, map[string]string{"before": g.Before, "after": g.After}[side]))
					}
				}
			}
		}
	}
	return errs
}

// checkGrammar checks that the labels keep to the order of a letter's
// parts a letter is annotated in (see reader.Allowed; the decoder is
// more lenient in two places).
func checkGrammar(l *Letter) []string {
	var seq []reader.Label
	var nos []int
	for i, y := range l.Labels {
		if y != reader.Blank {
			seq = append(seq, y)
			nos = append(nos, i+1)
		}
	}
	ok, k := reader.Allowed(seq)
	if ok {
		return nil
	}
	return []string{fmt.Sprintf("line %d: %s cannot stand here: a letter's parts come in order (opening: head, date, to, cc, subject, salutation; then body and items; then closing, signatures, cc, attachments), and no body, item, head or salutation follows the closing or the signatures; a translation or a second copy of the letter printed after its signatures, and an annex, are attach", nos[k], seq[k])}
}

// checkItems checks the item convention: among body and item lines, a
// line is an item when it opens with a list marker or follows one with
// no blank line between.
func checkItems(l *Letter) []string {
	var errs []string
	inList := false
	for i, y := range l.Labels {
		if y != reader.Body && y != reader.Item {
			inList = false
			continue
		}
		if letter.OpensItem(l.Lines[i]) {
			inList = true
		}
		want := reader.Body
		if inList {
			want = reader.Item
		}
		if y != want {
			errs = append(errs, fmt.Sprintf("line %d: %s, but the item rule gives %s (an item opens with a list marker and runs to a blank line)", i+1, y, want))
		}
	}
	return errs
}
