package lazyre

import (
	"regexp"
	"regexp/syntax"
	"unicode/utf8"
)

// A pattern that opens with no empty-width test (^, \b, $) and cannot
// match the empty string finds the same matches when it is tried, anchored,
// only where a byte that can start it stands (its guard's first bytes), as
// when the regexp package slides it over every position. FindAll on a
// long text with few such bytes then costs the matches, not the text:
// each try stops as soon as the anchored pattern fails. The package's
// FindAll methods use it for such patterns (startScan).

// startScan is how a pattern finds all its matches: the anchored form to
// try at each start, or nil to leave the search to the regexp package.
type startScan struct {
	anchored *regexp.Regexp
	first    byteSet
}

// newStartScan returns the start scan of a pattern, or nil when the
// pattern opens with an empty-width test, can match the empty string,
// or can start with any byte.
func newStartScan(pattern string, g *startGuard) *startScan {
	if g == nil || g.anchored || !opensWithRune(pattern) {
		return nil
	}
	return &startScan{anchored: regexp.MustCompile(`^(?:` + pattern + `)`), first: g.first}
}

// opensWithRune reports whether every path through the pattern's program
// consumes a rune before any empty-width test or match.
func opensWithRune(pattern string) bool {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return false
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		return false
	}
	seen := map[uint32]bool{}
	stack := []uint32{uint32(prog.Start)}
	for len(stack) > 0 {
		pc := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[pc] {
			continue
		}
		seen[pc] = true
		inst := prog.Inst[pc]
		switch inst.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			stack = append(stack, inst.Out, inst.Arg)
		case syntax.InstCapture, syntax.InstNop:
			stack = append(stack, inst.Out)
		case syntax.InstEmptyWidth, syntax.InstMatch:
			return false
		}
	}
	return true
}

// findAll returns at most n matches of the pattern in s (all when n < 0),
// each as regexp's FindAllStringSubmatchIndex gives it, or only the
// whole match's bounds when sub is false.
func (sc *startScan) findAll(s string, n int, sub bool) [][]int {
	var out [][]int
	for i := 0; i < len(s) && (n < 0 || len(out) < n); {
		if sc.first.has(s[i]) {
			var m []int
			if sub {
				m = sc.anchored.FindStringSubmatchIndex(s[i:])
			} else {
				m = sc.anchored.FindStringIndex(s[i:])
			}
			if m != nil {
				for k := range m {
					if m[k] >= 0 {
						m[k] += i
					}
				}
				out = append(out, m)
				i = m[1]
				continue
			}
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return out
}
