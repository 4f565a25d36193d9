package cli

import (
	"fmt"
	"io"

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
instead of replacing it.`,
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
	return lex, nil
}
