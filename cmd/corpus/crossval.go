package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/letterdiff/letterdiff/align/corpus"
	"github.com/letterdiff/letterdiff/align/letter"
	"github.com/letterdiff/letterdiff/align/reader"
	"github.com/letterdiff/letterdiff/diff"
	"github.com/letterdiff/letterdiff/diff/claims"
	"github.com/letterdiff/letterdiff/diff/logreg"
	"github.com/letterdiff/letterdiff/diff/render"
	"github.com/letterdiff/letterdiff/diff/score"
	"github.com/letterdiff/letterdiff/diff/unionfind"
)

// A reading is one way of reading letters that cross-validation scores:
// the learned line reader trained on the other campaigns, or the rule
// reader it replaced.
type reading struct {
	name string
	opts func(fold *reader.Model, d document) letter.Options
}

var readings = []reading{
	{"model", func(m *reader.Model, _ document) letter.Options { return letter.Options{Reader: m} }},
	{"rules", func(*reader.Model, document) letter.Options { return letter.Options{Rules: true} }},
	// the gold labels: what the stages after the reader make of a
	// perfect reading, the ceiling of the model's figures
	{"gold lines", func(_ *reader.Model, d document) letter.Options {
		return letter.Options{Labels: d.letter.Labels}
	}},
}

// foldResult is what one held-out campaign gives for one reading.
type foldResult struct {
	// clauses counts (gold, predicted) kinds of held-out clauses, by the
	// model as letterdiff decides (claims.Decide), by the rules, and by
	// the classifier alone (set on the first reading only)
	clauses [3]map[[2]claims.Kind]int
	// authors counts the held-out letters' author choices, by the
	// model and by the rule score (set on the first reading only)
	authors [2]authorChoice
	// asked counts the held-out statements' candidate addressees, by the
	// model and by the rules (set on the first reading only)
	asked        [2]askedChoice
	askedLetters int
	lines        map[[2]reader.Label]int // (gold, predicted) → lines
	wrong        []string                // the lines read wrong, for -errors
	letters      []letterScore
	pairs        []pairScore
	losses       lossCounts // where the held-out pairs' gold claims are lost (gold lines only)
	// baseline scores the held-out pairs by the baseline (see
	// baseline.go), on the first reading only
	baseline []pairScore
	// floors are the link floors fitted on the fold's training pairs
	floors claims.Floors
}

type letterScore struct {
	name                    string
	recipients, signatories score.Result
}

type pairScore struct {
	name   string
	scores map[string]score.Result
}

// crossval runs grouped cross-validation: the campaigns are dealt into
// numFolds folds, and a model trained on the other folds reads each
// fold's letters; the
// line labels, each letter's parties and each pair's report are scored
// against the gold, beside the rule reader on the same letters.
//
// With repeats above one it runs again with other folds (each campaign's
// name hashed with the repeat's number) and scores every run together:
// each letter and pair counts once a run, so a macro figure is the mean of
// the runs' figures, and counts are summed over the runs. Figures of one
// run move by a few hundredths with the folds; their mean moves less.
func crossval(w io.Writer, dir string, verbose, errors bool, repeats int) error {
	c, docs, err := loadDocuments(dir)
	if err != nil {
		return err
	}
	readWithGold(docs)
	allClauses := clauses(docs)
	gold := goldReadings(docs)
	cases := authorCases(docs)
	asked := askedCases(docs)
	var groupOf map[string]string // nil: each campaign is its own group
	if foldBy == "writer" {
		groupOf = writerGroups(c)
	}
	var folds []map[string]bool
	for r := range max(repeats, 1) {
		folds = append(folds, groupFolds(c.Campaigns(), groupOf, numFolds, r)...)
	}
	results := make([][]foldResult, len(folds)) // fold → reading → result
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	errs := make([]error, len(folds))
	for k, held := range folds {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			results[k], errs[k] = fold(c, docs, gold, allClauses, cases, asked, held)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	if repeats > 1 {
		fmt.Fprintf(w, "%d runs with different folds, scored together (macro figures are their means, counts their sums)\n", repeats)
	}
	title := fmt.Sprintf("Grouped %d-fold cross-validation by campaign", numFolds)
	if groupOf != nil {
		title = fmt.Sprintf("Grouped %d-fold cross-validation by writer (%d groups of campaigns whose letters share a signatory)", numFolds, countGroups(groupOf))
	}
	note := "each fold's campaigns read by a model trained on the other folds; \"rules\" is the rule reader the model replaced"
	floorsNote := "fitted on each fold's training pairs, claims read by the fold's clause model from gold lines"
	report(w, title, note, floorsNote, c, docs, results, verbose)
	if errors {
		printWrong(w, results)
	}
	return nil
}

// printWrong lists the lines the model read wrong.
func printWrong(w io.Writer, results [][]foldResult) {
	fmt.Fprintln(w, "\nLines the model read wrong (gold → model):")
	for _, fr := range results {
		for _, line := range fr[0].wrong {
			fmt.Fprintln(w, "  "+line)
		}
	}
}

// tryClaimRules has every reading's claims read by the rule classifier
// (crossval -claimrules), to compare the learned one with it on the same
// readings.
var tryClaimRules bool

// trainFraction is the share of each fold's training campaigns the
// models are trained on (crossval -fraction): below 1, it draws the
// learning curve, how the figures grow with the corpus.
var trainFraction = 1.0

// inTrainingShare reports whether a campaign is among the share of the
// training campaigns kept at fraction f: its name's hash (FNV-1a, salted
// apart from the folds' hash) falls in the first f of the hash range, so
// a campaign kept at one fraction is kept at every larger one.
func inTrainingShare(campaign string, f float64) bool {
	if f >= 1 {
		return true
	}
	h := fnv.New32a()
	h.Write([]byte(campaign))
	h.Write([]byte("#share"))
	return float64(h.Sum32()) < f*(1<<32)
}

// numFolds is the number of cross-validation folds.
const numFolds = 10

// groupFolds puts each campaign in the fold its group's name hashes to
// (FNV-1a, modulo k; for run r above 0, the name and "#r"); a campaign
// that groupOf does not map (nil: none) is a group of its own. A group's
// letters all stand in one fold, and a campaign keeps its fold when
// others join the corpus, so that figures before and after an addition
// compare the same held-out sets for the campaigns both hold. Folds left
// empty are dropped.
func groupFolds(campaigns []string, groupOf map[string]string, k, run int) []map[string]bool {
	byFold := make([]map[string]bool, k)
	for _, c := range campaigns {
		key := c
		if g, ok := groupOf[c]; ok {
			key = g
		}
		h := fnv.New32a()
		h.Write([]byte(key))
		if run > 0 {
			fmt.Fprintf(h, "#%d", run)
		}
		i := h.Sum32() % uint32(k)
		if byFold[i] == nil {
			byFold[i] = map[string]bool{}
		}
		byFold[i][c] = true
	}
	var folds []map[string]bool
	for _, f := range byFold {
		if f != nil {
			folds = append(folds, f)
		}
	}
	return folds
}

// foldBy is what crossval deals into folds whole: "campaign" (each
// campaign's name hashed), or "writer" (the campaigns writerGroups joins,
// hashed by the group's name), so that a writer's letters on other
// matters never stand on both sides either.
var foldBy = "campaign"

// maxWriterSignatories is the most signatories a letter may have for its
// signatories to join campaigns into one writer's group: a long
// coalition list names members that sign other campaigns' letters too,
// and would join them all.
const maxWriterSignatories = 3

// writerGroups joins campaigns whose letters share a signatory (a letter
// of maxWriterSignatories or fewer, its gold names folded to lower case)
// into one group, named by the first of its campaigns in alphabetical
// order, and maps each campaign to its group. A campaign that shares no signatory is a
// group of its own.
func writerGroups(c *corpus.Corpus) map[string]string {
	campaigns := c.Campaigns()
	index := make(map[string]int, len(campaigns))
	for i, name := range campaigns {
		index[name] = i
	}
	sets := unionfind.New(len(campaigns))
	bySignatory := map[string]int{} // a signatory → a campaign it signs
	for _, l := range c.Letters {
		if n := len(l.Gold.Signatories); n == 0 || n > maxWriterSignatories {
			continue
		}
		for _, s := range l.Gold.Signatories {
			key := strings.ToLower(strings.Join(strings.Fields(s.Name), " "))
			if first, ok := bySignatory[key]; ok {
				sets.Union(first, index[l.Campaign])
			} else {
				bySignatory[key] = index[l.Campaign]
			}
		}
	}
	name := map[int]string{} // a set's representative → its first campaign name
	for i, c := range campaigns {
		r := sets.Find(i)
		if n, ok := name[r]; !ok || c < n {
			name[r] = c
		}
	}
	out := make(map[string]string, len(campaigns))
	for i, c := range campaigns {
		out[c] = name[sets.Find(i)]
	}
	return out
}

// fold trains on every campaign but the held-out ones and scores the
// readings on those.
func fold(c *corpus.Corpus, docs []document, gold map[string]*letter.Document, allClauses []clause, cases, asked []authorCase, held map[string]bool) ([]foldResult, error) {
	// out: a campaign not trained on, held out or left out of the
	// training share (crossval -fraction)
	out := func(campaign string) bool { return held[campaign] || !inTrainingShare(campaign, trainFraction) }
	var train []reader.Example
	for _, d := range docs {
		if !out(d.letter.Campaign) {
			train = append(train, d.example)
		}
	}
	var ms models
	var err error
	if ms.line, err = reader.Train(train, trainOptions); err != nil {
		return nil, err
	}
	trainSet, _ := split(allClauses, func(cl clause) bool { return out(cl.campaign) })
	if ms.clause, err = trainClauses(trainSet); err != nil {
		return nil, err
	}
	isHeld := func(ac authorCase) bool { return out(ac.campaign) }
	authorTrain, _ := split(cases, isHeld)
	if ms.author, err = trainAuthor(authorTrain); err != nil {
		return nil, err
	}
	askedTrain, _ := split(asked, isHeld)
	if ms.asked, err = trainAsked(askedTrain); err != nil {
		return nil, err
	}
	if ms.askedCut, _, err = fitAskedCut(askedTrain); err != nil {
		return nil, err
	}
	trainPairs, _ := split(c.Pairs, func(p corpus.Pair) bool { return out(p.Campaign) })
	if ms.floors, _, err = fitLinkFloors(trainPairs, gold, ms.clause); err != nil {
		return nil, err
	}
	return scoreHeld(c, docs, allClauses, cases, asked, held, ms)
}

// models are the learned parts a reading is made with: trained on a
// fold's training campaigns, or the shipped ones (judge).
type models struct {
	line                  *reader.Model
	clause, author, asked *logreg.Model
	askedCut              letter.AskedCut
	floors                claims.Floors
}

// scoreHeld reads the held-out campaigns' letters with the given models
// (and with the rules and the gold lines, beside them) and scores them.
func scoreHeld(c *corpus.Corpus, docs []document, allClauses []clause, cases, asked []authorCase, held map[string]bool, ms models) ([]foldResult, error) {
	var test []document
	for _, d := range docs {
		if held[d.letter.Campaign] {
			test = append(test, d)
		}
	}
	m, cm, am, askm, floors := ms.line, ms.clause, ms.author, ms.asked, ms.floors
	_, testClauses := split(allClauses, func(cl clause) bool { return held[cl.campaign] })
	isHeld := func(ac authorCase) bool { return held[ac.campaign] }
	_, authorTest := split(cases, isHeld)
	_, askedTest := split(asked, isHeld)
	out := make([]foldResult, len(readings))
	out[0].floors = floors
	out[0].clauses = [3]map[[2]claims.Kind]int{{}, {}, {}}
	for _, ac := range authorTest {
		out[0].authors[0].add(ac, probability(am), letter.AuthorAt)
		out[0].authors[1].add(ac, ruleAuthor, 1)
	}
	for _, ac := range askedTest {
		out[0].asked[0].add(ac, probability(askm), ms.askedCut.At)
		out[0].asked[1].add(ac, ruleAsked, ms.askedCut.At)
		out[0].askedLetters++
	}
	for _, cl := range testClauses {
		k, _ := claims.Decide(cm, cl.features, cl.rule)
		out[0].clauses[0][[2]claims.Kind{cl.gold, k}]++
		out[0].clauses[1][[2]claims.Kind{cl.gold, cl.rule}]++
		alone, _ := cm.Predict(cl.features)
		out[0].clauses[2][[2]claims.Kind{cl.gold, claims.Kind(alone)}]++
	}
	for r, rd := range readings {
		res := foldResult{lines: map[[2]reader.Label]int{}, clauses: out[r].clauses, authors: out[r].authors, asked: out[r].asked, askedLetters: out[r].askedLetters, floors: out[r].floors}
		parsed := map[string]*letter.Document{}
		for _, d := range test {
			o := rd.opts(m, d)
			o.Author, o.Asked, o.AskedCut = am, askm, &ms.askedCut
			doc := letter.Parse(d.src, o)
			parsed[d.letter.Name] = doc
			pred := letter.LineLabels(doc)
			nos, _ := letter.LineFeatures(d.src)
			for k, y := range d.example.Labels {
				res.lines[[2]reader.Label{y, pred[k]}]++
				if y != pred[k] {
					res.wrong = append(res.wrong, fmt.Sprintf("%s:%d\t%s → %s\t%s", d.letter.Name, nos[k]+1, y, pred[k], d.letter.Lines[nos[k]]))
				}
			}
			res.letters = append(res.letters, scoreLetter(d.letter, doc))
		}
		for _, p := range c.Pairs {
			if !held[p.Campaign] {
				continue
			}
			opts := diff.Options{Classifier: cm, ClaimRules: rd.name == "rules" || tryClaimRules, LinkFloors: floors}
			ps, rep, gold, err := scorePair(p, parsed[p.Before], parsed[p.After], opts)
			if err != nil {
				return nil, err
			}
			res.pairs = append(res.pairs, ps)
			if r == detail && !opts.ClaimRules {
				res.losses.add(pairLosses(gold, rep, parsed[p.Before], parsed[p.After], cm))
			}
		}
		out[r] = res
	}
	for _, p := range c.Pairs {
		if !held[p.Campaign] {
			continue
		}
		gold, err := readGold(p.Prefix)
		if err != nil {
			return nil, err
		}
		rep := baselineReport(c.Letter(p.Campaign, p.Before).Text, c.Letter(p.Campaign, p.After).Text)
		ps := pairScore{name: p.Campaign + "/" + p.Name, scores: map[string]score.Result{}}
		for _, cat := range []string{"demands", "grievances"} {
			if _, ok := gold[cat]; ok {
				ps.scores[cat] = score.Category(cat, gold, rep)
			}
		}
		out[0].baseline = append(out[0].baseline, ps)
	}
	return out, nil
}

// split returns the items that are not held out, then those that are.
func split[T any](items []T, held func(T) bool) (train, test []T) {
	for _, it := range items {
		if held(it) {
			test = append(test, it)
		} else {
			train = append(train, it)
		}
	}
	return train, test
}

// probability is a candidate's probability of being a party by a model.
func probability(m *logreg.Model) func(letter.Candidate) float64 {
	return func(c letter.Candidate) float64 {
		_, p := m.Predict(c.Features)
		return p[1]
	}
}

// scoreLetter scores a document's parties against its letter's gold.
func scoreLetter(l *corpus.Letter, d *letter.Document) letterScore {
	return letterScore{
		name:        l.Campaign + "/" + l.Name,
		recipients:  scoreNames(partyNames(d.Recipients), l.Gold.Recipients),
		signatories: scoreNames(partyNames(d.Signatories), l.Gold.Signatories),
	}
}

func partyNames(ps []letter.Party) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Name
	}
	return out
}

// scoreNames matches predicted names to gold parties one to one, as the
// scorer matches a pair's parties, and scores the match.
func scoreNames(pred []string, gold []corpus.Party) score.Result {
	preds := make([]score.Object, len(pred))
	for i, n := range pred {
		preds[i] = score.Object{"status": "kept", "before": n, "after": n}
	}
	golds := make([]score.Object, len(gold))
	for i, g := range gold {
		alt := make([]any, len(g.Alt))
		for k, a := range g.Alt {
			alt[k] = a
		}
		golds[i] = score.Object{"status": "kept", "before": g.Name, "after": g.Name, "alt_before": alt, "alt_after": alt}
	}
	return score.Category("signatories", score.Object{"signatories": toAny(golds)}, score.Object{"signatories": toAny(preds)})
}

func toAny(xs []score.Object) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

// scorePair compares two documents as letterdiff compare does, scores
// the JSON report against the pair's gold, and returns the score with the
// report and the gold.
func scorePair(p corpus.Pair, before, after *letter.Document, opts diff.Options) (pairScore, *diff.Report, score.Object, error) {
	gold := score.Object{}
	for _, part := range []string{".parties.json", ".claims.json"} {
		data, err := os.ReadFile(p.Prefix + part)
		if err != nil {
			return pairScore{}, nil, nil, err
		}
		var m score.Object
		if err := json.Unmarshal(data, &m); err != nil {
			return pairScore{}, nil, nil, fmt.Errorf("%s%s: %w", p.Prefix, part, err)
		}
		for k, v := range m {
			gold[k] = v
		}
	}
	r, err := diff.Compare(before, after, opts)
	if err != nil {
		return pairScore{}, nil, nil, err
	}
	var b bytes.Buffer
	if err := render.JSON(&b, r); err != nil {
		return pairScore{}, nil, nil, err
	}
	var rep score.Object
	if err := json.Unmarshal(b.Bytes(), &rep); err != nil {
		return pairScore{}, nil, nil, err
	}
	ps := pairScore{name: p.Campaign + "/" + p.Name, scores: map[string]score.Result{}}
	for _, cat := range score.Categories {
		if _, ok := gold[cat]; ok {
			ps.scores[cat] = score.Category(cat, gold, rep)
		}
	}
	return ps, r, gold, nil
}

// report prints the tables.
func report(w io.Writer, title, note, floorsNote string, c *corpus.Corpus, docs []document, results [][]foldResult, verbose bool) {
	fmt.Fprintf(w, "%s: %d letters (%d lines that are not blank), %d campaigns, %d pairs\n%s\n\n",
		title, len(docs), lineCount(docs), len(c.Campaigns()), len(c.Pairs), note)
	lineTable(w, results)
	var conf [3]map[[2]claims.Kind]int
	n := 0
	for r := range conf {
		conf[r] = map[[2]claims.Kind]int{}
		for _, fr := range results {
			for k, v := range fr[0].clauses[r] {
				conf[r][k] += v
				if r == 0 {
					n += v
				}
			}
		}
	}
	clauseTable(w, conf, n)
	var authors [2]authorChoice
	for _, fr := range results {
		for r := range authors {
			authors[r].right += fr[0].authors[r].right
			authors[r].wrong += fr[0].authors[r].wrong
			authors[r].reachable += fr[0].authors[r].reachable
		}
	}
	authorTable(w, authors[0], authors[1])
	var asked [2]askedChoice
	askedLetters := 0
	for _, fr := range results {
		askedLetters += fr[0].askedLetters
		for r := range asked {
			asked[r].hits += fr[0].asked[r].hits
			asked[r].pred += fr[0].asked[r].pred
			asked[r].gold += fr[0].asked[r].gold
		}
	}
	askedTable(w, asked[0], asked[1], askedLetters)
	letterTable(w, results, verbose)
	var floors []string
	for _, fr := range results {
		floors = append(floors, fmt.Sprintf("%v/%v", fr[0].floors.Demand, fr[0].floors.Grievance))
	}
	fmt.Fprintf(w, "Link floors (demands/grievances) %s: %s\n\n", floorsNote, strings.Join(floors, " "))
	pairTable(w, results, verbose)
	lossTable(w, results)
}

func lineTable(w io.Writer, results [][]foldResult) {
	const n = 2 // the gold labels score 1 on lines
	conf := make([]map[[2]reader.Label]int, n)
	for r := range n {
		conf[r] = map[[2]reader.Label]int{}
		for _, fr := range results {
			for k, v := range fr[r].lines {
				conf[r][k] += v
			}
		}
	}
	fmt.Fprintf(w, "Line labels                 %-23s %-23s\n", readings[0].name, readings[1].name)
	fmt.Fprintf(w, "%-12s %6s   %6s %6s %6s   %6s %6s %6s\n", "label", "lines", "P", "R", "F1", "P", "R", "F1")
	macro := make([]float64, n)
	present := 0
	for _, y := range reader.Labels() {
		gold := 0
		for k, v := range conf[0] {
			if k[0] == y {
				gold += v
			}
		}
		if gold == 0 {
			continue
		}
		present++
		fmt.Fprintf(w, "%-12s %6d", y, gold)
		for r := range n {
			hit, pred := conf[r][[2]reader.Label{y, y}], 0
			for k, v := range conf[r] {
				if k[1] == y {
					pred += v
				}
			}
			p, rc, f := score.PRF(hit, pred, gold)
			macro[r] += f
			fmt.Fprintf(w, "   %6.3f %6.3f %6.3f", p, rc, f)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "%-12s %6s", "macro F1", "")
	for r := range n {
		fmt.Fprintf(w, "   %20.3f", macro[r]/float64(max(present, 1)))
	}
	fmt.Fprintf(w, "\n\n")
	confusionList(w, conf[0], topConfusions)
}

// topConfusions is how many of the model's commonest line confusions
// the line table lists.
const topConfusions = 12

// confusionList writes the commonest confusions of a reading's line
// labels, gold label first, most lines first (ties in label order), so
// that a developer sees where the line model loses most.
func confusionList(w io.Writer, conf map[[2]reader.Label]int, top int) {
	type confusion struct {
		pair  [2]reader.Label
		lines int
	}
	var all []confusion
	for k, v := range conf {
		if k[0] != k[1] && v > 0 {
			all = append(all, confusion{k, v})
		}
	}
	slices.SortFunc(all, func(a, b confusion) int {
		if a.lines != b.lines {
			return b.lines - a.lines
		}
		if a.pair[0] != b.pair[0] {
			return int(a.pair[0]) - int(b.pair[0])
		}
		return int(a.pair[1]) - int(b.pair[1])
	})
	fmt.Fprintf(w, "Commonest line confusions of the %s (gold label -> read as, lines)\n", readings[0].name)
	for _, c := range all[:min(top, len(all))] {
		fmt.Fprintf(w, "  %-10s -> %-10s %6d\n", c.pair[0], c.pair[1], c.lines)
	}
	fmt.Fprintln(w)
}

// detail is the reading whose misses -v lists: the gold lines', which
// shows what the stages after the reader miss.
const detail = 2

func letterTable(w io.Writer, results [][]foldResult, verbose bool) {
	fmt.Fprintf(w, "Parties per letter (macro over letters)  ")
	for _, rd := range readings {
		fmt.Fprintf(w, "  %-28s", rd.name)
	}
	fmt.Fprintln(w)
	for _, cat := range []string{"recipients", "signatories"} {
		fmt.Fprintf(w, "%-41s", cat)
		for r := range readings {
			var p, rc, f float64
			n := 0
			for _, fr := range results {
				for _, ls := range fr[r].letters {
					s := ls.recipients
					if cat == "signatories" {
						s = ls.signatories
					}
					p, rc, f, n = p+s.P, rc+s.R, f+s.F, n+1
				}
			}
			k := float64(max(n, 1))
			fmt.Fprintf(w, "  P %.3f R %.3f F1 %.3f", p/k, rc/k, f/k)
		}
		fmt.Fprintln(w)
	}
	if verbose {
		var rows []string
		for _, fr := range results {
			for i, ls := range fr[detail].letters {
				ml, rl := fr[0].letters[i], fr[1].letters[i]
				rows = append(rows, fmt.Sprintf("  %-60s rcp %.2f (model %.2f, rules %.2f)  sig %.2f (model %.2f, rules %.2f)", ls.name,
					ls.recipients.F, ml.recipients.F, rl.recipients.F, ls.signatories.F, ml.signatories.F, rl.signatories.F))
				for _, m := range append(prefixed("rcp missed ", ls.recipients.Missed), prefixed("rcp extra  ", ls.recipients.Extra)...) {
					rows = append(rows, "      "+m)
				}
				for _, m := range append(prefixed("sig missed ", ls.signatories.Missed), prefixed("sig extra  ", ls.signatories.Extra)...) {
					rows = append(rows, "      "+m)
				}
				for _, m := range append(prefixed("model rcp missed ", ml.recipients.Missed), prefixed("model rcp extra  ", ml.recipients.Extra)...) {
					rows = append(rows, "      "+m)
				}
				for _, m := range append(prefixed("model sig missed ", ml.signatories.Missed), prefixed("model sig extra  ", ml.signatories.Extra)...) {
					rows = append(rows, "      "+m)
				}
			}
		}
		fmt.Fprintln(w, strings.Join(rows, "\n"))
	}
	fmt.Fprintln(w)
}

func prefixed(p string, xs []string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = p + x
	}
	return out
}

func pairTable(w io.Writer, results [][]foldResult, verbose bool) {
	fmt.Fprintf(w, "Pairs, scored as score.py scores them (macro over pairs)\n%-12s %6s", "category", "pairs")
	for _, rd := range readings {
		fmt.Fprintf(w, "   %-20s", rd.name)
	}
	fmt.Fprintf(w, "   %-20s\n", "baseline")
	for _, cat := range score.Categories {
		n := 0
		sums := make([][3]float64, len(readings))
		for _, fr := range results {
			for i := range fr[0].pairs {
				if _, ok := fr[0].pairs[i].scores[cat]; !ok {
					continue
				}
				n++
				for r := range readings {
					s := fr[r].pairs[i].scores[cat]
					sums[r] = [3]float64{sums[r][0] + s.P, sums[r][1] + s.R, sums[r][2] + s.F}
				}
			}
		}
		if n == 0 {
			continue
		}
		fmt.Fprintf(w, "%-12s %6d", cat, n)
		for r := range readings {
			k := float64(n)
			fmt.Fprintf(w, "   %6.3f %6.3f %6.3f", sums[r][0]/k, sums[r][1]/k, sums[r][2]/k)
		}
		if cat == "demands" || cat == "grievances" {
			var b [3]float64
			for _, fr := range results {
				for _, ps := range fr[0].baseline {
					s := ps.scores[cat]
					b = [3]float64{b[0] + s.P, b[1] + s.R, b[2] + s.F}
				}
			}
			k := float64(n)
			fmt.Fprintf(w, "   %6.3f %6.3f %6.3f", b[0]/k, b[1]/k, b[2]/k)
		}
		fmt.Fprintln(w)
	}
	if verbose {
		var names []string
		byName := map[string][]pairScore{}
		for _, fr := range results {
			for i, ps := range fr[0].pairs {
				names = append(names, ps.name)
				byName[ps.name] = []pairScore{ps, fr[1].pairs[i]}
			}
		}
		sort.Strings(names)
		for _, n := range names {
			ps := byName[n]
			fmt.Fprintf(w, "  %s\n", n)
			for _, cat := range score.Categories {
				s, ok := ps[0].scores[cat]
				if !ok {
					continue
				}
				fmt.Fprintf(w, "      %-12s F1 %.2f (rules %.2f)\n", cat, s.F, ps[1].scores[cat].F)
				for _, m := range append(prefixed("missed ", s.Missed), prefixed("extra  ", s.Extra)...) {
					fmt.Fprintf(w, "          %s\n", m)
				}
			}
		}
	}
}

// countGroups is the number of groups groupOf deals campaigns into.
func countGroups(groupOf map[string]string) int {
	groups := map[string]bool{}
	for _, g := range groupOf {
		groups[g] = true
	}
	return len(groups)
}
