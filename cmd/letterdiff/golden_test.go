package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/letterdiff/letterdiff/cmd/letterdiff/internal/cli"
)

// runCLI runs letterdiff in this process with test streams and returns its
// exit status and output.
func runCLI(t *testing.T, args ...string) (status int, stdout, stderr string) {
	t.Helper()
	ios, _, out, errOut := cli.Test()
	status = cli.Main(args, ios)
	return status, out.String(), errOut.String()
}

// goldens are the reports kept in testdata/golden, one per format, and
// the commands that make them.
var goldens = []struct {
	file string
	args []string
}{
	{"seed-pair.json", []string{"compare", "--format", "json"}},
	{"seed-pair.txt", []string{"compare", "--format", "text", "--width", "100"}},
	{"seed-pair.md", []string{"compare", "--format", "markdown"}},
	{"seed-pair.html", []string{"compare", "--format", "html"}},
	{"inspect-2015.txt", []string{"inspect", "seed:2015-01-28", "--width", "100"}},
	{"inspect-2017.json", []string{"inspect", "seed:2017", "--format", "json"}},
}

// TestGolden compares each report of the seed letters with its file in
// testdata/golden. After a deliberate change to a report, regenerate the
// files with
//
//	go test ./cmd/letterdiff -run TestGolden -update
//
// and review the difference before committing it.
func TestGolden(t *testing.T) {
	for _, g := range goldens {
		t.Run(g.file, func(t *testing.T) {
			status, got, stderr := runCLI(t, g.args...)
			if status != cli.ExitOK || stderr != "" {
				t.Fatalf("letterdiff %v: status %d, stderr %q", g.args, status, stderr)
			}
			golden := filepath.Join("..", "..", "testdata", "golden", g.file)
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o777); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, []byte(got), 0o666); err != nil {
					t.Fatal(err)
				}
				t.Logf("wrote %s", golden)
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("letterdiff %v differs from %s (run with -update to accept it):\n%s", g.args, golden, firstDifference(string(want), got))
			}
		})
	}
}

// firstDifference describes where two texts first differ, by line.
func firstDifference(want, got string) string {
	wl, gl := bytes.Split([]byte(want), []byte("\n")), bytes.Split([]byte(got), []byte("\n"))
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g []byte
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if !bytes.Equal(w, g) {
			return "line " + strconv.Itoa(i+1) + ":\n  want " + string(w) + "\n   got " + string(g)
		}
	}
	return "(no line differs)"
}

// TestDeterministic runs each report twice and wants the same bytes: the
// output must not depend on map order or the clock.
func TestDeterministic(t *testing.T) {
	for _, args := range [][]string{
		{"compare", "--format", "json"},
		{"compare", "--format", "text"},
		{"compare", "--format", "text", "--color", "always", "--width", "60"},
		{"compare", "--format", "markdown"},
		{"compare", "--format", "html"},
		{"compare", "seed:2015-01-28", "seed:2015-08-12", "--format", "json"},
		{"inspect", "seed:2017", "--format", "json"},
		{"inspect", "seed:2015-01-28"},
	} {
		t.Run(filepath.Join(args...), func(t *testing.T) {
			s1, out1, err1 := runCLI(t, args...)
			s2, out2, err2 := runCLI(t, args...)
			if s1 != cli.ExitOK || err1 != "" {
				t.Fatalf("status %d, stderr %q", s1, err1)
			}
			if s1 != s2 || out1 != out2 || err1 != err2 {
				t.Errorf("two runs differ:\n%s", firstDifference(out1, out2))
			}
		})
	}
}
