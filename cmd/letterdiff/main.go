// Command letterdiff tells what changed between two letters: who signed and
// who is addressed, what is demanded and what is complained of, and which
// of these appeared, dropped or persisted, with the wording side by side.
//
// Run `letterdiff --help` for the commands.
package main

import (
	"os"
	"runtime/debug"

	"github.com/letterdiff/letterdiff/cmd/letterdiff/internal/cli"
)

// memoryLimit is the Go runtime's soft memory limit unless GOMEMLIMIT
// says otherwise: past it the collector runs more often rather than let
// garbage grow the heap. Letters need a few tens of megabytes; on the
// largest inputs (tens of megabytes) the live heap stays well below it,
// and the limit keeps the process under a gigabyte at no measured cost
// in time (60 MB of RFC text: 1.6 GB without it, 0.95 GB with).
const memoryLimit = 900 << 20

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	os.Exit(cli.Main(os.Args[1:], cli.System()))
}
