// Command letterdiff tells what changed between two letters: who signed and
// who is addressed, what is demanded and what is complained of, and which
// of these appeared, dropped or persisted, with the wording side by side.
//
// Run `letterdiff --help` for the commands.
package main

import (
	"io/fs"
	"os"
	"runtime/debug"
	"strings"

	"github.com/letterdiff/letterdiff/cmd/letterdiff/internal/cli"
)

// memoryLimit is the Go runtime's soft memory limit unless GOMEMLIMIT
// says otherwise: past it the collector runs more often rather than let
// garbage grow the heap. Letters need a few tens of megabytes; on the
// largest inputs (tens of megabytes) the live heap stays well below it,
// and the limit keeps the process under a gigabyte at no measured cost
// in time (60 MB of RFC text: 1.6 GB without it, 0.95 GB with).
const memoryLimit = 900 << 20

// shortRunInput is the most input, in bytes, that a run reads with the
// garbage collector off. A compare allocates some two hundred times its
// input and frees almost none of it before it exits, so collecting is
// wasted work there: up to a fifth of the seed pair's time on a quiet
// 2-core machine (README, Performance). At this size a run's heap stays within a few hundred megabytes,
// and memoryLimit still turns the collector on should it grow past that.
// (esbuild's command turns its collector off for one-shot builds alike.)
const shortRunInput = 1 << 20

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	if os.Getenv("GOGC") == "" && shortRun(os.Args[1:], os.Stat) {
		debug.SetGCPercent(-1)
	}
	os.Exit(cli.Main(os.Args[1:], cli.System()))
}

// shortRun reports whether a command line reads little enough to run with
// the garbage collector off: not a batch of pairs, nothing from standard
// input, whose size is unknown, and files named on it (the letters, and
// whatever else exists, which only counts against it) of shortRunInput
// bytes or fewer in all. No file at all is the embedded seed pair.
func shortRun(args []string, stat func(string) (fs.FileInfo, error)) bool {
	var total int64
	for _, a := range args {
		if a == "-" || a == "--pairs" || strings.HasPrefix(a, "--pairs=") {
			return false
		}
		if fi, err := stat(a); err == nil && fi.Mode().IsRegular() {
			total += fi.Size()
		}
	}
	return total <= shortRunInput
}
