package cli

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// NewCmdVersion builds `letterdiff version`.
func NewCmdVersion(ios *IOStreams) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print letterdiff's version",
		Args:  argsBetween(0, 0),
		RunE: func(c *cobra.Command, args []string) error {
			fmt.Fprintf(ios.Out, "letterdiff %s (%s, report schema %s)\n", version(), runtime.Version(), "letterdiff.report/v1")
			return nil
		},
	}
}

// version returns the module version the binary was built from, or
// "devel" for a build from a work tree.
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}
