package cli

import (
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/spf13/cobra"

	"github.com/letterdiff/letterdiff/diff/claims"
)

// NewCmdLexicon builds `letterdiff lexicon`, which prints the built-in cue
// lexicon, a starting point for a file of one's own.
func NewCmdLexicon(ios *IOStreams) *cobra.Command {
	return &cobra.Command{
		Use:   "lexicon",
		Short: "Print the built-in cue lexicon",
		Long: `Print the built-in cue lexicon: the words that mark what a letter asks
for (demands) and complains of (grievances), with the format explained in
its comments. Save it, edit it, and pass it to compare with --lexicon FILE;
a file that starts with the line %extend adds to the built-in lexicon
instead of replacing it. A file that replaces it must give every section
(an empty one turns it off): one that lacks a section is an error that
names the sections missing.`,
		Example: `  letterdiff lexicon > my-lexicon.txt
  letterdiff compare a.txt b.txt --lexicon my-lexicon.txt`,
		Args: argsBetween(0, 0),
		RunE: func(c *cobra.Command, args []string) error {
			_, err := io.WriteString(ios.Out, claims.DefaultLexiconText())
			return err
		},
	}
}

// loadLexicon reads a lexicon file, or returns the built-in lexicon for "".
func loadLexicon(path string) (*claims.Lexicon, error) {
	if path == "" {
		return claims.DefaultLexicon(), nil
	}
	data, _, err := readInput(&IOStreams{}, path)
	if err != nil {
		return nil, fmt.Errorf("lexicon %w", err)
	}
	lex, err := claims.LoadLexicon(path, string(data))
	if err != nil {
		return nil, fmt.Errorf("lexicon %w", err)
	}
	if missing := missingSections(string(data)); len(missing) > 0 {
		return nil, fmt.Errorf("lexicon %s: replaces the built-in lexicon but lacks %s %s: give every section (an empty one turns it off), or start the file with %%extend to add to the built-in lexicon",
			path, pluralWord(len(missing), "its section", "its sections"), strings.Join(missing, " "))
	}
	return lex, nil
}

// loadLexiconAsync starts loading the lexicon at path (the built-in one
// when path is empty) while the caller reads its letters, which do not
// need it, and returns a function that waits for it.
func loadLexiconAsync(path string) func() (*claims.Lexicon, error) {
	type loaded struct {
		lex *claims.Lexicon
		err error
	}
	done := make(chan loaded, 1)
	go func() {
		lex, err := loadLexicon(path)
		done <- loaded{lex, err}
	}()
	return sync.OnceValues(func() (*claims.Lexicon, error) {
		r := <-done
		return r.lex, r.err
	})
}

// missingSections returns the sections of the built-in lexicon that a
// lexicon replacing it (one whose first directive is not %extend) does
// not name, as "[name]". A replacing lexicon without, say, [writers]
// finds no "we urge" at all: its [demand-verbs] never count. An empty
// section is deliberate and allowed.
func missingSections(text string) []string {
	if lexiconDirective(text) == "%extend" {
		return nil
	}
	have := map[string]bool{}
	for _, s := range lexiconSections(text) {
		have[s] = true
	}
	var missing []string
	for _, s := range lexiconSections(claims.DefaultLexiconText()) {
		if !have[s] {
			missing = append(missing, "["+s+"]")
		}
	}
	return missing
}

// lexiconDirective returns a lexicon's first line that is neither blank
// nor a comment when it is a directive (%extend, %replace), else "".
func lexiconDirective(text string) string {
	for _, line := range strings.Split(text, "\n") {
		l := strings.TrimSpace(line)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		if strings.HasPrefix(l, "%") {
			return l
		}
		return ""
	}
	return ""
}

// lexiconSections returns the names of a lexicon's [section] headers, in
// order.
func lexiconSections(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		l := strings.TrimSpace(line)
		if strings.HasPrefix(l, "[") && strings.HasSuffix(l, "]") {
			out = append(out, strings.TrimSpace(l[1:len(l)-1]))
		}
	}
	return out
}
