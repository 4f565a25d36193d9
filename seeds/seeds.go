// Package seeds holds the documents letterdiff was made from, embedded in
// the binary: two letters of an industry coalition to the Chinese
// government (January 2015 and May 2017), which `letterdiff compare`
// compares when given no files, and three news reports about such letters.
//
// A seed is named on the command line as "seed:NAME", where NAME is its
// file name with or without ".txt", or any prefix of it that names one seed
// only ("seed:2017" is the 2017 letter).
package seeds

import (
	"embed"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

//go:embed *.txt index.json
var files embed.FS

// Prefix marks a seed name on the command line.
const Prefix = "seed:"

// Seed describes one embedded document.
type Seed struct {
	Name  string `json:"name"`  // the file name without .txt
	File  string `json:"file"`  // the file name
	Date  string `json:"date"`  // ISO 8601, as precise as known
	Kind  string `json:"kind"`  // letter, news or commentary
	Role  string `json:"role"`  // "before" or "after" for the default pair, else ""
	Title string `json:"title"` // what the document is
	Size  int    `json:"size"`  // bytes
}

// Path returns the seed's path as reports show it: seeds/FILE.
func (s Seed) Path() string { return "seeds/" + s.File }

// List returns the embedded documents in date order.
func List() ([]Seed, error) {
	data, err := files.ReadFile("index.json")
	if err != nil {
		return nil, fmt.Errorf("read seed index: %w", err)
	}
	var list []Seed
	if err := json.Unmarshal(data, &list); err != nil {
		return nil, fmt.Errorf("parse seed index: %w", err)
	}
	for i := range list {
		body, err := files.ReadFile(list[i].File)
		if err != nil {
			return nil, fmt.Errorf("seed %s: %w", list[i].File, err)
		}
		list[i].Name = strings.TrimSuffix(list[i].File, ".txt")
		list[i].Size = len(body)
	}
	sort.SliceStable(list, func(i, j int) bool {
		if list[i].Date != list[j].Date {
			return list[i].Date < list[j].Date
		}
		return list[i].Name < list[j].Name
	})
	return list, nil
}

// Find returns the seed that name (without the "seed:" prefix) names: its
// exact name, its file name, or a prefix that only it has.
func Find(name string) (Seed, error) {
	list, err := List()
	if err != nil {
		return Seed{}, err
	}
	name = strings.TrimPrefix(name, Prefix)
	var matches []Seed
	for _, s := range list {
		if s.Name == name || s.File == name {
			return s, nil
		}
		if name != "" && strings.HasPrefix(s.Name, name) {
			matches = append(matches, s)
		}
	}
	switch len(matches) {
	case 1:
		return matches[0], nil
	case 0:
		return Seed{}, fmt.Errorf("no seed named %q (run 'letterdiff seeds' to list them)", name)
	default:
		names := make([]string, len(matches))
		for i, m := range matches {
			names[i] = m.Name
		}
		return Seed{}, fmt.Errorf("seed name %q is ambiguous: it could be %s", name, strings.Join(names, ", "))
	}
}

// Read returns the bytes of a seed.
func Read(s Seed) ([]byte, error) {
	data, err := files.ReadFile(s.File)
	if err != nil {
		return nil, fmt.Errorf("read seed %s: %w", s.Name, err)
	}
	return data, nil
}

// DefaultPair returns the two letters `letterdiff compare` compares when
// given no files: the seeds marked "before" and "after".
func DefaultPair() (before, after Seed, err error) {
	list, err := List()
	if err != nil {
		return Seed{}, Seed{}, err
	}
	for _, s := range list {
		switch s.Role {
		case "before":
			before = s
		case "after":
			after = s
		}
	}
	if before.File == "" || after.File == "" {
		return Seed{}, Seed{}, fmt.Errorf("seed index marks no default before/after pair")
	}
	return before, after, nil
}
