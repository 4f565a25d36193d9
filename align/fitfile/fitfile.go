// Package fitfile reads the small files in which `go run ./cmd/corpus
// train` writes the numbers it fits beside a model (a link floor, a
// probability cut): "#" comment lines, and one "key value" line for each
// key.
package fitfile

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Parse reads a fit file that must give a number for each of keys, once
// each, and nothing else; what names the file in errors ("link fit").
func Parse(text, what string, keys ...string) (map[string]float64, error) {
	out := make(map[string]float64, len(keys))
	for no, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 2 || !slices.Contains(keys, f[0]) {
			return nil, fmt.Errorf("%s line %d: want \"KEY N\" with a key of %v, got %q", what, no+1, keys, line)
		}
		if _, seen := out[f[0]]; seen {
			return nil, fmt.Errorf("%s line %d: %s given twice", what, no+1, f[0])
		}
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return nil, fmt.Errorf("%s line %d: %s %q is not a number", what, no+1, f[0], f[1])
		}
		out[f[0]] = v
	}
	for _, k := range keys {
		if _, ok := out[k]; !ok {
			return nil, fmt.Errorf("%s: want a line for each of %v", what, keys)
		}
	}
	return out, nil
}
