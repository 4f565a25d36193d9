package main

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
)

func TestShortRun(t *testing.T) {
	files := fstest.MapFS{
		"a.txt":     {Data: []byte("Dear Minister,")},
		"b.txt":     {Data: []byte("Dear Minister, again")},
		"big.txt":   {Data: []byte(strings.Repeat("x", shortRunInput))},
		"pairs.csv": {Data: []byte("a.txt,b.txt\n")},
		"dir":       {Mode: fs.ModeDir},
	}
	stat := func(name string) (fs.FileInfo, error) { return fs.Stat(files, name) }
	for _, tc := range []struct {
		args []string
		want bool
	}{
		{nil, true}, // the embedded seed pair
		{[]string{"compare"}, true},
		{[]string{"compare", "a.txt", "b.txt", "--format", "json"}, true},
		{[]string{"inspect", "a.txt"}, true},
		{[]string{"compare", "a.txt", "dir"}, true},               // not a file: its reading fails on its own
		{[]string{"compare", "a.txt", "missing.txt"}, true},       // likewise
		{[]string{"compare", "big.txt", "a.txt"}, false},          // over the limit in all
		{[]string{"compare", "big.txt"}, true},                    // at the limit
		{[]string{"compare", "-", "a.txt"}, false},                // standard input: size unknown
		{[]string{"compare", "--pairs", "pairs.csv"}, false},      // a batch
		{[]string{"compare", "--pairs=pairs.csv"}, false},         // a batch
		{[]string{"compare", "a.txt", "b.txt", "-o", "-"}, false}, // "-" is standard output here, read as input: the collector stays on
	} {
		if got := shortRun(tc.args, stat); got != tc.want {
			t.Errorf("shortRun(%q) = %v, want %v", tc.args, got, tc.want)
		}
	}
}
