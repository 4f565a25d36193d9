// Package lazyre holds regular expressions compiled on first use rather
// than when the program starts, as Go's own internal/lazyregexp does: a
// program that never needs a pattern never pays for it, and start-up
// stays fast however many patterns the packages declare.
//
// A pattern anchored at the start of the text is turned down at once on a
// text whose first byte cannot start it, and any other on a text that
// holds no byte that can start it (see first.go), with the result the
// regexp package would give. That test is worked out on first use, and
// the pattern compiled only when a text passes it: a pattern that every
// text of a run turns down is never compiled.
//
// A Regexp is safe for concurrent use. Its pattern is a constant of the
// code; a bad one panics on first use, as regexp.MustCompile would when
// the program starts, and the tests that use it find it.
package lazyre

import (
	"regexp"
	"sync"
)

// Regexp is a regular expression compiled when it is first used.
type Regexp struct {
	pattern   string
	guardOnce sync.Once
	guard     *startGuard
	once      sync.Once
	rx        *regexp.Regexp
	scanOnce  sync.Once
	scan      *startScan
}

// New returns a Regexp for pattern, not yet compiled.
func New(pattern string) *Regexp {
	return &Regexp{pattern: pattern}
}

// Re returns the compiled expression, compiling it on the first call.
func (r *Regexp) Re() *regexp.Regexp {
	r.once.Do(func() { r.rx = regexp.MustCompile(r.pattern) })
	return r.rx
}

// startGuard returns the pattern's guard, working it out on the first
// call.
func (r *Regexp) startGuard() *startGuard {
	r.guardOnce.Do(func() { r.guard = newStartGuard(r.pattern) })
	return r.guard
}

// may returns the compiled expression and whether it may match s: false,
// and the pattern not compiled, when it certainly does not.
func (r *Regexp) may(s string) (*regexp.Regexp, bool) {
	if !r.startGuard().mayMatch(s) {
		return nil, false
	}
	return r.Re(), true
}

// startScan returns the pattern's start scan (see starts.go), or nil,
// working it out on the first call.
func (r *Regexp) startScan() *startScan {
	r.scanOnce.Do(func() { r.scan = newStartScan(r.pattern, r.startGuard()) })
	return r.scan
}

// String returns the pattern, without compiling it.
func (r *Regexp) String() string { return r.pattern }

// MatchString is regexp.Regexp.MatchString.
func (r *Regexp) MatchString(s string) bool {
	rx, ok := r.may(s)
	return ok && rx.MatchString(s)
}

// FindString is regexp.Regexp.FindString.
func (r *Regexp) FindString(s string) string {
	if rx, ok := r.may(s); ok {
		return rx.FindString(s)
	}
	return ""
}

// FindStringIndex is regexp.Regexp.FindStringIndex.
func (r *Regexp) FindStringIndex(s string) []int {
	if rx, ok := r.may(s); ok {
		return rx.FindStringIndex(s)
	}
	return nil
}

// FindStringSubmatch is regexp.Regexp.FindStringSubmatch.
func (r *Regexp) FindStringSubmatch(s string) []string {
	if rx, ok := r.may(s); ok {
		return rx.FindStringSubmatch(s)
	}
	return nil
}

// FindStringSubmatchIndex is regexp.Regexp.FindStringSubmatchIndex.
func (r *Regexp) FindStringSubmatchIndex(s string) []int {
	if rx, ok := r.may(s); ok {
		return rx.FindStringSubmatchIndex(s)
	}
	return nil
}

// FindAllString is regexp.Regexp.FindAllString.
func (r *Regexp) FindAllString(s string, n int) []string {
	if rx, ok := r.may(s); ok {
		return rx.FindAllString(s, n)
	}
	return nil
}

// FindAllStringIndex is regexp.Regexp.FindAllStringIndex.
func (r *Regexp) FindAllStringIndex(s string, n int) [][]int {
	if rx, ok := r.may(s); ok {
		if sc := r.startScan(); sc != nil {
			return sc.findAll(s, n, false)
		}
		return rx.FindAllStringIndex(s, n)
	}
	return nil
}

// FindAllStringSubmatch is regexp.Regexp.FindAllStringSubmatch.
func (r *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	if rx, ok := r.may(s); ok {
		return rx.FindAllStringSubmatch(s, n)
	}
	return nil
}

// FindAllStringSubmatchIndex is regexp.Regexp.FindAllStringSubmatchIndex.
func (r *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if rx, ok := r.may(s); ok {
		if sc := r.startScan(); sc != nil {
			return sc.findAll(s, n, true)
		}
		return rx.FindAllStringSubmatchIndex(s, n)
	}
	return nil
}

// ReplaceAllString is regexp.Regexp.ReplaceAllString.
func (r *Regexp) ReplaceAllString(src, repl string) string {
	if rx, ok := r.may(src); ok {
		return rx.ReplaceAllString(src, repl)
	}
	return src
}

// ReplaceAllStringFunc is regexp.Regexp.ReplaceAllStringFunc.
func (r *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	if rx, ok := r.may(src); ok {
		return rx.ReplaceAllStringFunc(src, repl)
	}
	return src
}

// Split is regexp.Regexp.Split.
func (r *Regexp) Split(s string, n int) []string { return r.Re().Split(s, n) }

// Match is regexp.Regexp.Match.
func (r *Regexp) Match(b []byte) bool {
	return r.startGuard().mayMatchBytes(b) && r.Re().Match(b)
}

// SubexpIndex is regexp.Regexp.SubexpIndex.
func (r *Regexp) SubexpIndex(name string) int { return r.Re().SubexpIndex(name) }
