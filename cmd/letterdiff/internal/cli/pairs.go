package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/letterdiff/letterdiff/align"
	"github.com/letterdiff/letterdiff/align/letter"
	"github.com/letterdiff/letterdiff/diff"
	"github.com/letterdiff/letterdiff/diff/batch"
	"github.com/letterdiff/letterdiff/diff/claims"
	"github.com/letterdiff/letterdiff/diff/render"
	"github.com/letterdiff/letterdiff/seeds"
)

// batchGCPercent is the garbage collector's target during a batch,
// unless GOGC says otherwise.
const batchGCPercent = 400

// batchRun is what comparing the pairs of a manifest needs: the options
// read from flags and the letters already read.
type batchRun struct {
	ios     *IOStreams
	dir     string // the manifest's directory: relative names start there
	order   align.Order
	lexicon *claims.Lexicon
	reader  letter.Options
	docs    *docCache
}

// comparePairs runs `compare --pairs`: every pair of the manifest, on
// --jobs goroutines, one JSON line each in the manifest's order. A pair
// that fails is reported in its line and the run goes on; the exit status
// is 2 when any pair failed.
func comparePairs(opts *CompareOptions) error {
	run, jobs, err := newBatchRun(opts)
	if err != nil {
		return err
	}
	in, closeIn, err := openManifest(opts.IO, opts.Pairs)
	if err != nil {
		return err
	}
	defer closeIn()
	if opts.IO.Getenv("GOGC") == "" {
		// a batch holds little at a time (the jobs in flight), so the
		// collector may let the heap grow further between collections:
		// 5–15% less time on seed-size pairs, about 90 MB at 2 jobs
		defer debug.SetGCPercent(debug.SetGCPercent(batchGCPercent))
	}
	prog := newBatchProgress(opts.IO, countPairs(opts.IO, opts.Pairs))
	defer prog.Done()
	manifest := batch.NewManifest(in, manifestFormat(opts.Pairs))
	next := func() (batch.Pair, bool, error) {
		p, ok, err := manifest.Next()
		if err != nil {
			err = manifestError(opts.Pairs, err)
		}
		return p, ok, err
	}
	var tally batchTally
	err = streamOutput(opts.IO, opts.Output, func(w io.Writer) error {
		return batch.Map(jobs, next, run.compare, func(r batchResult) error {
			tally.add(r)
			_, err := w.Write(r.json)
			prog.Add(1)
			return err
		})
	})
	prog.Done()
	switch {
	case err != nil:
		return err
	case tally.failed > 0:
		return fmt.Errorf("%d of %d pairs failed; the first: %s", tally.failed, tally.total, tally.first)
	case opts.ExitCode && tally.differs:
		return errDifferences
	}
	return nil
}

// newBatchRun checks the flags of `compare --pairs` and returns the run
// they describe and the number of pairs to compare at once.
func newBatchRun(opts *CompareOptions) (*batchRun, int, error) {
	if len(opts.Inputs) > 0 {
		return nil, 0, usageError{"compare: --pairs takes the pairs from its manifest, not from arguments"}
	}
	if opts.Format != "" {
		if _, err := formatName(opts.Format, "json"); err != nil {
			return nil, 0, usageError{"compare: --pairs writes JSON lines: use --format json, or no --format"}
		}
	}
	if opts.Jobs < 0 {
		return nil, 0, usageError{fmt.Sprintf("compare: --jobs %d: want 1 or more, or 0 for the number of CPUs", opts.Jobs)}
	}
	jobs := opts.Jobs
	if jobs == 0 {
		jobs = runtime.NumCPU()
	}
	order, err := align.ParseOrder(opts.Order)
	if err != nil {
		return nil, 0, usageError{"compare: " + err.Error()}
	}
	ro, err := readerOptions("compare", opts.Reader)
	if err != nil {
		return nil, 0, err
	}
	lex, err := loadLexicon(opts.Lexicon)
	if err != nil {
		return nil, 0, err
	}
	run := &batchRun{ios: opts.IO, dir: manifestDir(opts.Pairs), order: order, lexicon: lex, reader: ro}
	run.docs = newDocCache(4*jobs, run.read)
	return run, jobs, nil
}

// batchTally counts a batch's pairs as their lines are written.
type batchTally struct {
	total, failed int
	first         string // the first failure, with its manifest line
	differs       bool
}

func (t *batchTally) add(r batchResult) {
	t.total++
	t.differs = t.differs || r.differs
	if r.err == "" {
		return
	}
	t.failed++
	if t.first == "" {
		t.first = fmt.Sprintf("manifest line %d: %s", r.line, strings.TrimPrefix(r.err, fmt.Sprintf("manifest line %d: ", r.line)))
	}
}

// batchResult is one pair's line of output, encoded by the goroutine
// that compared the pair, and what the run needs to know of it.
type batchResult struct {
	json    []byte
	line    int    // in the manifest
	err     string // the pair's error, if it failed
	differs bool
}

// compare compares one pair of the manifest and encodes its line; it never
// fails, but reports the pair's error in its line.
func (b *batchRun) compare(p batch.Pair) batchResult {
	l := b.comparePair(p)
	data, err := render.BatchJSON(l)
	if err != nil {
		l = render.BatchLine{Line: p.Line, ID: p.ID, Before: p.Before, After: p.After, Error: err.Error()}
		data, _ = render.BatchJSON(l) // a line of strings always encodes
	}
	return batchResult{json: data, line: l.Line, err: l.Error, differs: l.Report != nil && l.Report.Differs()}
}

// comparePair compares one pair of the manifest.
func (b *batchRun) comparePair(p batch.Pair) render.BatchLine {
	l := render.BatchLine{Line: p.Line, ID: p.ID, Before: p.Before, After: p.After}
	fail := func(err error) render.BatchLine {
		l.Error = strings.TrimSpace(err.Error())
		return l
	}
	if p.Err != nil {
		return fail(p.Err)
	}
	before, err := b.docs.get(b.name(p.Before))
	if err != nil {
		return fail(err)
	}
	after, err := b.docs.get(b.name(p.After))
	if err != nil {
		return fail(err)
	}
	r, err := diff.Compare(before, after, diff.Options{Lexicon: b.lexicon, Order: b.order, ClaimRules: b.reader.Rules})
	if err != nil {
		return fail(err)
	}
	l.Report = r
	return l
}

// name resolves a file name of the manifest: relative to the manifest's
// directory, unless it is absolute or names an embedded seed.
func (b *batchRun) name(n string) string {
	if strings.HasPrefix(n, seeds.Prefix) || filepath.IsAbs(n) || b.dir == "" || n == "-" {
		return n
	}
	return filepath.Join(b.dir, n)
}

// read loads and parses one letter of the batch.
func (b *batchRun) read(name string) (*letter.Document, error) {
	if name == "-" {
		return nil, errors.New("-: standard input cannot be a letter of a batch; name a file")
	}
	src, err := load(b.ios, name)
	if err != nil {
		return nil, err
	}
	return letter.Parse(src, b.reader), nil
}

// openManifest opens the manifest named by --pairs ("-" for standard
// input).
func openManifest(ios *IOStreams, name string) (io.Reader, func(), error) {
	if name == "-" {
		return ios.In, func() {}, nil
	}
	if info, err := os.Stat(name); err == nil && info.IsDir() {
		return nil, nil, fmt.Errorf("%s: is a directory, not a manifest of pairs", name)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: cannot be read: %v", name, unwrapPath(err))
	}
	return f, func() { f.Close() }, nil
}

// manifestDir returns the directory relative names of a manifest start
// from: its own, or "" (the working directory) for standard input.
func manifestDir(name string) string {
	if name == "-" {
		return ""
	}
	return filepath.Dir(name)
}

// manifestFormat tells a manifest's format by its extension; other names
// (and standard input) are told by their first line.
func manifestFormat(name string) batch.Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".csv":
		return batch.CSV
	case ".jsonl", ".ndjson":
		return batch.JSONLines
	}
	return batch.Sniff
}

// manifestError names the manifest in an error reading it.
func manifestError(name string, err error) error {
	if name == "-" {
		name = "stdin"
	}
	return fmt.Errorf("%s: %w", name, err)
}

// countPairs counts the rows of a manifest file, for the progress bar, when
// standard error is a terminal; -1 when it cannot be told cheaply
// (standard input).
func countPairs(ios *IOStreams, name string) int64 {
	if !ios.ErrIsTerminal || name == "-" {
		return -1
	}
	f, err := os.Open(name)
	if err != nil {
		return -1
	}
	defer f.Close()
	m := batch.NewManifest(f, manifestFormat(name))
	n := int64(0)
	for {
		_, ok, err := m.Next()
		if err != nil || !ok {
			return n
		}
		n++
	}
}

// docCache holds the letters of a batch read most recently, so that a
// series (A,B then B,C) reads each letter once. It holds at most size
// letters; a letter asked for by several goroutines at once is read once.
type docCache struct {
	mu      sync.Mutex
	size    int
	entries map[string]*docEntry
	recent  []string // names, the most recently used last
	read    func(string) (*letter.Document, error)
}

type docEntry struct {
	once sync.Once
	doc  *letter.Document
	err  error
}

func newDocCache(size int, read func(string) (*letter.Document, error)) *docCache {
	return &docCache{size: max(size, 2), entries: map[string]*docEntry{}, read: read}
}

// get returns the letter named name, reading it if it is not held.
func (c *docCache) get(name string) (*letter.Document, error) {
	c.mu.Lock()
	e, ok := c.entries[name]
	if !ok {
		e = &docEntry{}
		c.entries[name] = e
	}
	c.touch(name)
	c.mu.Unlock()
	e.once.Do(func() { e.doc, e.err = c.read(name) })
	return e.doc, e.err
}

// touch marks name the most recently used and lets go of the least
// recently used beyond the cache's size. It is called with c.mu held.
func (c *docCache) touch(name string) {
	for i, n := range c.recent {
		if n == name {
			c.recent = append(c.recent[:i], c.recent[i+1:]...)
			break
		}
	}
	c.recent = append(c.recent, name)
	for len(c.recent) > c.size {
		delete(c.entries, c.recent[0])
		c.recent = c.recent[1:]
	}
}
