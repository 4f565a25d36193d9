package claims

import "github.com/letterdiff/letterdiff/align/sentence"

func sentenceSplit(text string) [][2]int {
	var out [][2]int
	for _, s := range sentence.Split(text) {
		out = append(out, [2]int{s.Start, s.End})
	}
	return out
}
