package cli

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/letterdiff/letterdiff/align"
	"github.com/letterdiff/letterdiff/align/letter"
	"github.com/letterdiff/letterdiff/align/source"
	"github.com/letterdiff/letterdiff/diff"
	"github.com/letterdiff/letterdiff/diff/claims"
	"github.com/letterdiff/letterdiff/diff/render"
	"github.com/letterdiff/letterdiff/seeds"
)

// CompareOptions are the inputs of `letterdiff compare`.
type CompareOptions struct {
	IO       *IOStreams
	Inputs   []string // BEFORE and AFTER; empty for the default seed pair
	Format   string   // text, markdown, html or json; "" to infer
	Output   string   // file to write; "" for standard output
	Color    string   // auto, always or never
	ExitCode bool     // exit 1 when the letters differ
	Width    int      // wrap text at this column; 0 for the terminal's width
	Order    string   // alignment order: auto, keep or free
	Lexicon  string   // cue lexicon file; "" for the built-in one
	Reader   string   // model (the default) or rules
	Pairs    string   // manifest of pairs to compare in one run; "-" for standard input
	Jobs     int      // pairs compared at once with Pairs; 0 for the CPU count
}

// NewCmdCompare builds `letterdiff compare`. runF replaces the run function
// in tests; nil means compareRun.
func NewCmdCompare(ios *IOStreams, runF func(*CompareOptions) error) *cobra.Command {
	opts := &CompareOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "compare [BEFORE AFTER [LATER…]]",
		Short: "Compare two letters: parties, demands and grievances",
		Long: `Compare two letters, the earlier first, and report who signs and who is
addressed in each, what each demands and complains of, and which of these
were kept, changed, appeared or dropped.

With no arguments, compare the two embedded seed letters (January 2015 and
May 2017). An argument is a file path, - for standard input, or seed:NAME.
With three letters or more, in date order, compare each with the next and
report the series step by step (text, markdown or json).

With --pairs FILE, compare every pair a manifest lists (CSV rows of
before,after[,id], or JSON lines with those keys; - for standard input;
names relative to the manifest's directory) in one process, --jobs at a
time, writing one JSON line per pair in the manifest's order: its report,
or its error. A pair that fails does not stop the others; the exit status
is then 2.

Formats: text (the default), markdown, html and json; the names are
case-insensitive, and txt, md and htm name text, markdown and html too.
With -o FILE the format follows the file's extension (.txt, .md, .html,
.json) unless --format says otherwise (a warning says when they
disagree). Warnings about the reading (documents out of date order, a
document not read as a letter, no parties found, a low-confidence
reading) come first in every format.

-o FILE writes the report only once it is complete. An existing file is
replaced with a new one of the same mode (and owner, where allowed); a
symbolic link is followed, and the file it names is written; a device or
a named pipe is written as a stream; a file with other hard links is
rewritten in place, so that every link sees the report; a read-only file
is not replaced (exit status 2). -o - is standard output.

Exit status: 0 on success; with --exit-code, 1 when the letters differ and
0 when they do not; 2 on any error.`,
		Example: `  letterdiff compare
  letterdiff compare old.txt new.txt --format json > report.json
  letterdiff compare seed:2015-01-28 seed:2017 -o memo.md
  letterdiff compare 2015.txt 2017.txt 2019.txt --format markdown
  letterdiff compare --pairs pairs.csv > reports.jsonl`,
		Args: argsBetween(0, -1),
		RunE: func(c *cobra.Command, args []string) error {
			if len(args) == 1 && opts.Pairs == "" {
				return usageError{"compare: takes two files (BEFORE AFTER) or more, or none, got 1"}
			}
			opts.Inputs = args
			if runF != nil {
				return runF(opts)
			}
			return compareRun(opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Format, "format", "f", "", "output format: text (txt), markdown (md), html (htm) or json (default: from -o's extension, else text)")
	f.StringVarP(&opts.Output, "output", "o", "", "write the report to `FILE` instead of standard output")
	f.StringVar(&opts.Color, "color", "auto", "colour the text format: auto, always or never (NO_COLOR turns auto off)")
	f.BoolVar(&opts.ExitCode, "exit-code", false, "exit with status 1 when the letters differ, 0 when they do not")
	f.IntVar(&opts.Width, "width", 0, fmt.Sprintf("wrap text at `N` columns, %d or more (default: the terminal's width, else %d)", render.MinWidth, render.DefaultWidth))
	f.StringVar(&opts.Order, "order", "auto", "alignment order: auto, keep (revisions) or free (rewritten letters)")
	f.StringVar(&opts.Lexicon, "lexicon", "", "cue lexicon `FILE` replacing the built-in one (or extending it: see 'letterdiff lexicon')")
	f.StringVar(&opts.Pairs, "pairs", "", "compare every pair listed in `FILE` (CSV or JSON lines of before,after[,id]; - for standard input), writing one JSON report per line")
	f.IntVarP(&opts.Jobs, "jobs", "j", 0, "with --pairs, compare `N` pairs at once (default: the number of CPUs)")
	f.StringVar(&opts.Reader, "reader", "model", "how letters are read: model (the learned line reader and clause classifier) or rules (the hand-written reader they replaced)")
	cmd.ValidArgsFunction = completeInputs
	_ = cmd.RegisterFlagCompletionFunc("reader", completeWords("model", "rules"))
	_ = cmd.RegisterFlagCompletionFunc("format", completeWords("text", "markdown", "html", "json"))
	_ = cmd.RegisterFlagCompletionFunc("color", completeWords("auto", "always", "never"))
	_ = cmd.RegisterFlagCompletionFunc("order", completeWords("auto", "keep", "free"))
	return cmd
}

func compareRun(opts *CompareOptions) error {
	if opts.Output == "-" {
		opts.Output = "" // -o - is standard output
	}
	if opts.Pairs != "" {
		return comparePairs(opts)
	}
	format, warning, err := chooseFormat(opts.Format, opts.Output)
	if err != nil {
		return usageError{"compare: " + err.Error()}
	}
	if err := checkWidth("compare", opts.Width); err != nil {
		return err
	}
	color, err := useColor(opts.Color, opts.IO, opts.Output == "")
	if err != nil {
		return usageError{"compare: " + err.Error()}
	}
	ropts := render.Options{Color: color && format == "text", Width: textWidth(opts.Width, opts.IO, opts.Output == "")}
	if warning != "" {
		fmt.Fprintf(opts.IO.ErrOut, "letterdiff: warning: %s\n", warning)
	}
	if len(opts.Inputs) > 2 {
		return compareSeries(opts, format, ropts)
	}
	ro, err := readerOptions("compare", opts.Reader)
	if err != nil {
		return err
	}
	prog := newStageProgress(opts.IO, "reading the letters")
	defer prog.Done()
	in, err := preparePair("compare", opts.IO, opts.Inputs, opts.Order, opts.Lexicon, ro)
	if err != nil {
		return err
	}
	prog.Stage("comparing")
	report, err := diff.Compare(in.before, in.after, diff.Options{Lexicon: in.lexicon, Order: in.order, ClaimRules: ro.Rules})
	if err != nil {
		return err
	}
	prog.Done() // before the report, which may go to the same terminal
	if err := writeOutput(opts.IO, opts.Output, func(w io.Writer) error {
		switch format {
		case "json":
			return render.JSON(w, report)
		case "markdown":
			return render.Markdown(w, report, ropts)
		case "html":
			return render.HTML(w, report, ropts)
		default:
			return render.Text(w, report, ropts)
		}
	}); err != nil {
		return err
	}
	if opts.ExitCode && report.Differs() {
		return errDifferences
	}
	return nil
}

// compareSeries compares each of three or more letters with the next.
func compareSeries(opts *CompareOptions, format string, ropts render.Options) error {
	if format == "html" {
		return usageError{"compare: the html report shows two letters; for a series, write one page per pair (e.g. A B, then B C)"}
	}
	order, err := align.ParseOrder(opts.Order)
	if err != nil {
		return usageError{"compare: " + err.Error()}
	}
	lex, err := loadLexicon(opts.Lexicon)
	if err != nil {
		return err
	}
	ro, err := readerOptions("compare", opts.Reader)
	if err != nil {
		return err
	}
	// read every input first, so that a bad one stops the run before any
	// output
	srcs := make([]*source.Source, len(opts.Inputs))
	stdin := 0
	for i, name := range opts.Inputs {
		if name == "-" {
			stdin++
		}
		if srcs[i], err = load(opts.IO, name); err != nil {
			return err
		}
	}
	if stdin > 1 {
		return usageError{"standard input (-) can be only one of the inputs"}
	}
	// each letter is read once, on its own: its reading does not depend
	// on the letters it is compared with
	prog := newStageProgress(opts.IO, "reading the letters")
	defer prog.Done()
	docs := letter.ParseEach(srcs, ro)
	var reports []*diff.Report
	differs := false
	for i := 0; i+1 < len(srcs); i++ {
		before, after := docs[i], docs[i+1]
		prog.Stage(fmt.Sprintf("comparing step %d of %d", i+1, len(srcs)-1))
		r, err := diff.Compare(before, after, diff.Options{Lexicon: lex, Order: order, ClaimRules: ro.Rules})
		if err != nil {
			return err
		}
		differs = differs || r.Differs()
		reports = append(reports, r)
	}
	prog.Done()
	if err := writeOutput(opts.IO, opts.Output, func(w io.Writer) error {
		switch format {
		case "json":
			return render.SeriesJSON(w, reports)
		case "markdown":
			return render.SeriesMarkdown(w, reports, ropts)
		default:
			return render.SeriesText(w, reports, ropts)
		}
	}); err != nil {
		return err
	}
	if opts.ExitCode && differs {
		return errDifferences
	}
	return nil
}

// pair is what compare and align start from: two parsed letters and the
// options read from flags.
type pair struct {
	before, after *letter.Document
	order         align.Order
	lexicon       *claims.Lexicon
}

// preparePair reads the --order and --lexicon flags of a command and
// loads and parses its two inputs.
func preparePair(cmd string, ios *IOStreams, inputs []string, order, lexicon string, ro letter.Options) (*pair, error) {
	o, err := align.ParseOrder(order)
	if err != nil {
		return nil, usageError{cmd + ": " + err.Error()}
	}
	waitLexicon := loadLexiconAsync(lexicon)
	srcs, err := loadPair(ios, inputs)
	if err != nil {
		if _, lexErr := waitLexicon(); lexErr != nil {
			return nil, lexErr // the lexicon's error first, as the flags come first
		}
		return nil, err
	}
	docs := letter.ParseEach(srcs, ro)
	lex, err := waitLexicon()
	if err != nil {
		return nil, err
	}
	return &pair{before: docs[0], after: docs[1], order: o, lexicon: lex}, nil
}

// loadPair loads the two inputs of compare and align: the default seed
// pair when there are none.
func loadPair(ios *IOStreams, inputs []string) ([]*source.Source, error) {
	if len(inputs) == 0 {
		b, a, err := seeds.DefaultPair()
		if err != nil {
			return nil, err
		}
		inputs = []string{seeds.Prefix + b.Name, seeds.Prefix + a.Name}
	}
	if inputs[0] == "-" && inputs[1] == "-" {
		return nil, usageError{"standard input (-) can be only one of the two inputs"}
	}
	srcs := make([]*source.Source, len(inputs))
	for i, in := range inputs {
		var err error
		if srcs[i], err = load(ios, in); err != nil {
			return nil, err
		}
	}
	return srcs, nil
}

// formats maps output file extensions to formats.
var formats = map[string]string{".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html", ".json": "json"}

// formatNames maps the names --format accepts, in lower case, to formats.
var formatNames = map[string]string{"text": "text", "txt": "text", "markdown": "markdown", "md": "markdown", "html": "html", "htm": "html", "json": "json"}

// formatName reads a --format value: one of the formats listed, or an
// alias of one (txt, md, htm), in any case.
func formatName(name string, allowed ...string) (string, error) {
	f, ok := formatNames[strings.ToLower(strings.TrimSpace(name))]
	if ok && slices.Contains(allowed, f) {
		return f, nil
	}
	return "", fmt.Errorf("unknown format %q: use %s", name, orList(allowed))
}

// orList joins words as "a, b or c".
func orList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}

// chooseFormat decides compare's format from --format and -o's
// extension. When both are given and disagree, --format wins and warning
// says so.
func chooseFormat(format, output string) (chosen, warning string, err error) {
	byExt, known := "", false
	if output != "" && output != "-" {
		byExt, known = formats[strings.ToLower(filepath.Ext(output))]
	}
	if format != "" {
		f, err := formatName(format, "text", "markdown", "html", "json")
		if err != nil {
			return "", "", err
		}
		if known && byExt != f {
			warning = fmt.Sprintf("%s: writing %s, though the extension %s says %s", output, f, filepath.Ext(output), byExt)
		}
		return f, warning, nil
	}
	switch {
	case output == "" || output == "-" || isStream(output):
		return "text", "", nil // as on standard output
	case known:
		return byExt, "", nil
	}
	return "", "", fmt.Errorf("cannot tell the format of %s from its extension: name it .txt, .md, .html or .json, or use --format", output)
}

// isStream reports whether path names (through any links) a device or a
// named pipe, which -o writes as a stream.
func isStream(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.Mode()&(fs.ModeDevice|fs.ModeCharDevice|fs.ModeNamedPipe) != 0
}

// checkWidth checks a --width: 0 for the terminal's width, else at least
// render.MinWidth.
func checkWidth(cmd string, width int) error {
	if width == 0 || width >= render.MinWidth {
		return nil
	}
	return usageError{fmt.Sprintf("%s: --width %d: want %d or more, or 0 for the terminal's width", cmd, width, render.MinWidth)}
}

func useColor(mode string, ios *IOStreams, toStdout bool) (bool, error) {
	switch mode {
	case "always":
		return true, nil
	case "never":
		return false, nil
	case "auto", "":
		return toStdout && ios.OutIsTerminal && ios.Getenv("NO_COLOR") == "" && ios.Getenv("TERM") != "dumb", nil
	}
	return false, fmt.Errorf("unknown --color %q: use auto, always or never", mode)
}

func textWidth(flag int, ios *IOStreams, toStdout bool) int {
	if flag > 0 {
		return flag
	}
	if toStdout && ios.OutIsTerminal && ios.TerminalWidth > 0 {
		return max(ios.TerminalWidth, render.MinWidth)
	}
	return render.DefaultWidth
}

// readerOptions maps the --reader flag to the parser's options: the
// learned reader, or the hand-written rules it replaced (kept as the
// baseline it is measured against, and for comparison).
func readerOptions(cmd, name string) (letter.Options, error) {
	switch strings.ToLower(name) {
	case "", "model":
		return letter.Options{}, nil
	case "rules":
		return letter.Options{Rules: true}, nil
	}
	return letter.Options{}, usageError{fmt.Sprintf("%s: unknown reader %q: use model or rules", cmd, name)}
}
