// Package cli implements letterdiff's commands. Each command has an
// Options struct that its cobra command fills from flags and arguments and
// a run function that does the work with the streams in Options.IO, so
// every command can be tested without a terminal. Errors are mapped to exit
// statuses in one place, Main.
package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

// Exit statuses, as git diff has them.
const (
	ExitOK          = 0 // success; with --exit-code, no difference
	ExitDifferences = 1 // with --exit-code: the letters differ
	ExitError       = 2 // bad input, bad usage, or a failure
)

// errDifferences is returned by compare --exit-code when it found
// differences; Main maps it to ExitDifferences and prints nothing.
var errDifferences = errors.New("differences found")

// Main runs letterdiff with the given arguments and returns the exit
// status.
func Main(args []string, ios *IOStreams) int {
	root := NewRootCmd(ios)
	root.SetArgs(args)
	err := root.Execute()
	switch {
	case err == nil:
		return ExitOK
	case errors.Is(err, errDifferences):
		return ExitDifferences
	}
	msg := err.Error()
	fmt.Fprintf(ios.ErrOut, "letterdiff: %s\n", strings.TrimSpace(msg))
	var ue usageError
	if errors.As(err, &ue) || isFlagError(msg) {
		fmt.Fprintf(ios.ErrOut, "Run 'letterdiff --help' for usage.\n")
	}
	return ExitError
}

// usageError is a mistake in how a command was called.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func isFlagError(msg string) bool {
	for _, p := range []string{"unknown flag", "unknown shorthand flag", "flag needs an argument", "invalid argument", "unknown command", "accepts ", "requires "} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}

// NewRootCmd builds the letterdiff command tree.
func NewRootCmd(ios *IOStreams) *cobra.Command {
	root := &cobra.Command{
		Use:   "letterdiff",
		Short: "Tell what changed between two letters",
		Long: `letterdiff tells what changed between two letters to a government: who
signed and who is addressed, what is demanded and what is complained of,
and which of these appeared, dropped or persisted, with the exact wording
side by side.

With no files, 'letterdiff compare' compares the two embedded seed letters
(January 2015 and May 2017). Name an embedded seed anywhere a file goes as
seed:NAME (see 'letterdiff seeds'); name standard input as -.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetOut(ios.Out)
	root.SetErr(ios.ErrOut)
	root.SetIn(ios.In)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageError{fmt.Sprintf("%s: %v", c.CommandPath(), err)}
	})
	root.AddCommand(
		NewCmdCompare(ios, nil),
		NewCmdAlign(ios, nil),
		NewCmdInspect(ios, nil),
		NewCmdLexicon(ios),
		NewCmdSeeds(ios, nil),
		NewCmdVersion(ios),
	)
	return root
}

// exactArgs is cobra.ExactArgs with a usage error that names the command.
func argsBetween(lo, hi int) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if len(args) < lo || (hi >= 0 && len(args) > hi) {
			want := fmt.Sprintf("%d", lo)
			switch {
			case hi < 0:
				want = fmt.Sprintf("at least %d", lo)
			case hi != lo:
				want = fmt.Sprintf("%d to %d", lo, hi)
			}
			return usageError{fmt.Sprintf("%s: takes %s arguments, got %d", c.CommandPath(), want, len(args))}
		}
		return nil
	}
}
