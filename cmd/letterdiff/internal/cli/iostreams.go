package cli

import (
	"bytes"
	"io"
	"os"

	"golang.org/x/term"
)

// IOStreams are the streams and environment a command works with. Commands
// never touch os.Stdin, os.Stdout or os.Getenv directly, so that tests can
// run them with buffers.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer
	// OutIsTerminal is true when Out is a terminal; TerminalWidth is its
	// width in columns (0 when unknown).
	OutIsTerminal bool
	TerminalWidth int
	// ErrIsTerminal is true when ErrOut is a terminal, where progress is
	// shown.
	ErrIsTerminal bool
	// Getenv reads the environment (NO_COLOR, COLUMNS).
	Getenv func(string) string
}

// System returns the process's standard streams.
func System() *IOStreams {
	ios := &IOStreams{In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr, Getenv: os.Getenv}
	if fd := int(os.Stdout.Fd()); term.IsTerminal(fd) {
		ios.OutIsTerminal = true
		if w, _, err := term.GetSize(fd); err == nil {
			ios.TerminalWidth = w
		}
	}
	ios.ErrIsTerminal = term.IsTerminal(int(os.Stderr.Fd()))
	return ios
}

// Test returns streams backed by buffers, for tests: standard input, output
// and error output, and an empty environment.
func Test() (ios *IOStreams, in, out, errOut *bytes.Buffer) {
	in, out, errOut = &bytes.Buffer{}, &bytes.Buffer{}, &bytes.Buffer{}
	return &IOStreams{In: in, Out: out, ErrOut: errOut, Getenv: func(string) string { return "" }}, in, out, errOut
}
