package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/letterdiff/letterdiff/cmd/letterdiff/internal/cli"
)

// TestPairsMatchCompare checks that compare --pairs, on several goroutines,
// reports for each pair of the real corpus what compare reports for it
// alone, in the manifest's order: a batch changes nothing but the
// process the comparisons run in.
func TestPairsMatchCompare(t *testing.T) {
	if testing.Short() {
		t.Skip("compares every corpus pair twice")
	}
	golds, err := filepath.Glob("../../testdata/corpus/*/*--*.parties.json")
	if err != nil || len(golds) == 0 {
		t.Fatalf("no corpus pairs: %v", err)
	}
	sort.Strings(golds)
	var manifest strings.Builder
	var pairs [][2]string
	for _, g := range golds {
		dir, base := filepath.Dir(g), strings.TrimSuffix(filepath.Base(g), ".parties.json")
		i := strings.Index(base, "--")
		campaign := base[:len(base)-len(base[i:])-len("2006-01-02")]
		b := filepath.Join(dir, base[:i]+".txt")
		a := filepath.Join(dir, campaign+base[i+2:]+".txt")
		if _, err := os.Stat(b); err != nil {
			continue // a letter kept in another format
		}
		if _, err := os.Stat(a); err != nil {
			continue
		}
		pairs = append(pairs, [2]string{b, a})
		fmt.Fprintf(&manifest, "%s,%s,%d\n", b, a, len(pairs))
	}
	if len(pairs) < 10 {
		t.Fatalf("%d corpus pairs found, want 10 or more", len(pairs))
	}
	t.Logf("%d corpus pairs", len(pairs))
	ios, in, out, errOut := cli.Test()
	in.WriteString(manifest.String())
	if code := cli.Main([]string{"compare", "--pairs", "-", "--jobs", "4"}, ios); code != 0 {
		t.Fatalf("compare --pairs: exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(lines) != len(pairs) {
		t.Fatalf("%d lines for %d pairs", len(lines), len(pairs))
	}
	for i, p := range pairs {
		var line struct {
			ID     string          `json:"id"`
			Report json.RawMessage `json:"report"`
		}
		if err := json.Unmarshal([]byte(lines[i]), &line); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if line.ID != fmt.Sprint(i+1) {
			t.Fatalf("line %d has id %q: out of order", i+1, line.ID)
		}
		ios, _, alone, errOut := cli.Test()
		if code := cli.Main([]string{"compare", "--format", "json", p[0], p[1]}, ios); code != 0 {
			t.Fatalf("compare %s %s: exit %d: %s", p[0], p[1], code, errOut)
		}
		var got, want any
		if err := json.Unmarshal(line.Report, &got); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(alone.Bytes(), &want); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s → %s: the batch's report differs from compare's", p[0], p[1])
		}
	}
}
