package lazyre

import (
	"reflect"
	"regexp"
	"sync"
	"testing"
)

func TestSameAsRegexp(t *testing.T) {
	tests := []struct{ pattern, in string }{
		{`(\w+)@(\w+)\.org`, "write to ann@example.org or bo@example.org"},
		{`^\d+$`, "2026"},
		{`\s+`, "a  b\tc"},
		{`x`, "no match here"},
	}
	for _, tt := range tests {
		l, r := New(tt.pattern), regexp.MustCompile(tt.pattern)
		if l.String() != tt.pattern {
			t.Errorf("String() = %q", l.String())
		}
		checks := []struct {
			name      string
			got, want any
		}{
			{"MatchString", l.MatchString(tt.in), r.MatchString(tt.in)},
			{"FindString", l.FindString(tt.in), r.FindString(tt.in)},
			{"FindStringIndex", l.FindStringIndex(tt.in), r.FindStringIndex(tt.in)},
			{"FindStringSubmatch", l.FindStringSubmatch(tt.in), r.FindStringSubmatch(tt.in)},
			{"FindStringSubmatchIndex", l.FindStringSubmatchIndex(tt.in), r.FindStringSubmatchIndex(tt.in)},
			{"FindAllString", l.FindAllString(tt.in, -1), r.FindAllString(tt.in, -1)},
			{"FindAllStringIndex", l.FindAllStringIndex(tt.in, -1), r.FindAllStringIndex(tt.in, -1)},
			{"FindAllStringSubmatch", l.FindAllStringSubmatch(tt.in, -1), r.FindAllStringSubmatch(tt.in, -1)},
			{"FindAllStringSubmatchIndex", l.FindAllStringSubmatchIndex(tt.in, -1), r.FindAllStringSubmatchIndex(tt.in, -1)},
			{"ReplaceAllString", l.ReplaceAllString(tt.in, "<$1>"), r.ReplaceAllString(tt.in, "<$1>")},
			{"ReplaceAllStringFunc", l.ReplaceAllStringFunc(tt.in, func(s string) string { return "[" + s + "]" }), r.ReplaceAllStringFunc(tt.in, func(s string) string { return "[" + s + "]" })},
			{"Split", l.Split(tt.in, -1), r.Split(tt.in, -1)},
			{"Match", l.Match([]byte(tt.in)), r.Match([]byte(tt.in))},
			{"SubexpIndex", l.SubexpIndex("x"), r.SubexpIndex("x")},
		}
		for _, c := range checks {
			if !reflect.DeepEqual(c.got, c.want) {
				t.Errorf("%s %q on %q: got %v, want %v", c.name, tt.pattern, tt.in, c.got, c.want)
			}
		}
	}
}

func TestCompiledOnceConcurrently(t *testing.T) {
	l := New(`a+b`)
	var wg sync.WaitGroup
	res := make([]*regexp.Regexp, 8)
	for i := range res {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res[i] = l.Re()
		}()
	}
	wg.Wait()
	for _, r := range res {
		if r != res[0] || r == nil {
			t.Fatal("compiled more than once")
		}
	}
}

func TestBadPatternPanicsOnUse(t *testing.T) {
	l := New(`(`) // no panic yet
	defer func() {
		if recover() == nil {
			t.Error("a bad pattern did not panic on first use")
		}
	}()
	l.MatchString("x")
}

// TestNotCompiledWhileTurnedDown checks that a pattern is compiled only
// when a text passes its guard.
func TestNotCompiledWhileTurnedDown(t *testing.T) {
	r := New(`^Dear\s+\w+`)
	for _, in := range []string{"Yours sincerely,", "", "to whom it may concern"} {
		if r.MatchString(in) || r.FindString(in) != "" || r.Match([]byte(in)) {
			t.Errorf("%q matched", in)
		}
	}
	if r.rx != nil {
		t.Error("compiled though every text was turned down")
	}
	if !r.MatchString("Dear Ann") || r.rx == nil {
		t.Error("a text that passes the guard did not compile and match")
	}
}
