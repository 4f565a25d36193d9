// Command letterdiff tells what changed between two letters: who signed and
// who is addressed, what is demanded and what is complained of, and which
// of these appeared, dropped or persisted, with the wording side by side.
//
// Run `letterdiff --help` for the commands.
package main

import (
	"os"

	"github.com/letterdiff/letterdiff/cmd/letterdiff/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], cli.System()))
}
