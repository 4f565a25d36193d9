package batch

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// counter yields 0, 1, … n-1.
func counter(n int) func() (int, bool, error) {
	i := 0
	return func() (int, bool, error) {
		if i == n {
			return 0, false, nil
		}
		i++
		return i - 1, true, nil
	}
}

func TestMapKeepsInputOrder(t *testing.T) {
	for _, jobs := range []int{0, 1, 2, 7} {
		var got []int
		work := func(i int) int {
			time.Sleep(time.Duration((7*i)%5) * time.Millisecond) // finish out of order
			return i * i
		}
		err := Map(jobs, counter(40), work, func(r int) error { got = append(got, r); return nil })
		if err != nil {
			t.Fatal(err)
		}
		for i, r := range got {
			if r != i*i {
				t.Fatalf("jobs %d: result %d is %d, want %d", jobs, i, r, i*i)
			}
		}
		if len(got) != 40 {
			t.Fatalf("jobs %d: %d results, want 40", jobs, len(got))
		}
	}
}

func TestMapBoundsWorkInFlight(t *testing.T) {
	const jobs = 3
	var running, most, yielded, emitted atomic.Int64
	next := counter(100)
	count := func() (int, bool, error) {
		i, ok, err := next()
		if ok {
			if ahead := yielded.Add(1) - emitted.Load(); ahead > 2*jobs+2 {
				t.Errorf("%d items yielded ahead of the emitted ones; want at most %d", ahead, 2*jobs+2)
			}
		}
		return i, ok, err
	}
	work := func(i int) int {
		n := running.Add(1)
		for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
		}
		time.Sleep(time.Millisecond)
		running.Add(-1)
		return i
	}
	emit := func(int) error {
		if emitted.Load() == 0 {
			time.Sleep(20 * time.Millisecond) // a slow reader of the output
		}
		emitted.Add(1)
		return nil
	}
	if err := Map(jobs, count, work, emit); err != nil {
		t.Fatal(err)
	}
	if most.Load() > jobs {
		t.Errorf("%d goroutines at once, want at most %d", most.Load(), jobs)
	}
}

func TestMapStopsAtErrors(t *testing.T) {
	stop := errors.New("disk full")
	n := 0
	err := Map(2, counter(1000), func(i int) int { return i }, func(int) error {
		n++
		if n == 5 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 5 {
		t.Errorf("emit error: got %v after %d results, want %v after 5", err, n, stop)
	}
	bad := errors.New("manifest unreadable")
	i := 0
	next := func() (int, bool, error) {
		if i == 3 {
			return 0, false, bad
		}
		i++
		return i, true, nil
	}
	var got []int
	err = Map(2, next, func(i int) int { return i }, func(r int) error { got = append(got, r); return nil })
	if !errors.Is(err, bad) || !reflect.DeepEqual(got, []int{1, 2, 3}) {
		t.Errorf("next error: got %v with %v, want %v with [1 2 3]", err, got, bad)
	}
}

func TestManifest(t *testing.T) {
	tests := []struct {
		name, in string
		format   Format
		want     []string // "line before|after|id" or "line error: …"
	}{
		{"csv with header", "before,after,id\na.txt,b.txt,x1\nc.txt, d.txt\n", Sniff,
			[]string{"2 a.txt|b.txt|x1", "3 c.txt|d.txt|"}},
		{"csv without header, quotes, CRLF, BOM", "\ufeff\"a, 1.txt\",b.txt\r\n\r\n# a comment\r\nc.txt,d.txt,\"id \"\"7\"\"\"\r\n", Sniff,
			[]string{"1 a, 1.txt|b.txt|", "4 c.txt|d.txt|id \"7\""}},
		{"csv bad rows go on", "a.txt\na.txt,b.txt,c,d\n\"a.txt,b.txt\n,b.txt\nx,y\n", CSV,
			[]string{"1 error: manifest line 1: want before,after[,id], got 1 field(s)",
				"2 error: manifest line 2: want before,after[,id], got 4 field(s)",
				"3 error: manifest line 3: extraneous or missing \" in quoted-field",
				"4 error: manifest line 4: want two file names, before and after",
				"5 x|y|"}},
		{"json lines", "{\"before\":\"a.txt\",\"after\":\"b.txt\",\"id\":12}\n\n{\"before\":\"c\",\"after\":\"d\",\"id\":\"q\"}", Sniff,
			[]string{"1 a.txt|b.txt|12", "3 c|d|q"}},
		{"json lines bad rows go on", "{\"before\":\"a\"}\n{\"before\":\"a\",\"after\":\"b\",\"extra\":1}\n{oops\n{\"before\":\"a\",\"after\":\"b\",\"id\":[1]}\n", JSONLines,
			[]string{"1 error: manifest line 1: want two file names, before and after",
				"2 error: manifest line 2: json: unknown field \"extra\"",
				"3 error: manifest line 3: invalid character 'o' looking for beginning of object key string",
				"4 error: manifest line 4: id is not a string or a number"}},
		{"empty", "\n\n# nothing\n", Sniff, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := NewManifest(strings.NewReader(tt.in), tt.format)
			var got []string
			for {
				p, ok, err := m.Next()
				if err != nil {
					t.Fatal(err)
				}
				if !ok {
					break
				}
				if p.Err != nil {
					got = append(got, fmt.Sprintf("%d error: %v", p.Line, p.Err))
					continue
				}
				got = append(got, fmt.Sprintf("%d %s|%s|%s", p.Line, p.Before, p.After, p.ID))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestManifestLongLine(t *testing.T) {
	m := NewManifest(strings.NewReader("a,b\n"+strings.Repeat("x", maxRowBytes+1)+",y\n"), CSV)
	if _, ok, err := m.Next(); !ok || err != nil {
		t.Fatalf("first row: %v %v", ok, err)
	}
	if _, _, err := m.Next(); err == nil || !strings.Contains(err.Error(), "line 2: longer than") {
		t.Errorf("got %v, want a line-too-long error", err)
	}
}

// FuzzManifest checks that no manifest panics the reader or loops, and
// that every row read names its line.
func FuzzManifest(f *testing.F) {
	for _, s := range []string{"before,after\na,b,c\n", "{\"before\":\"a\",\"after\":\"b\"}\n", "\"a\nb\",c", "\ufeff#x\r\n,\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		m := NewManifest(strings.NewReader(in), Sniff)
		last := 0
		for range strings.Count(in, "\n") + 2 {
			p, ok, err := m.Next()
			if err != nil || !ok {
				return
			}
			if p.Line <= last {
				t.Fatalf("row at line %d after line %d", p.Line, last)
			}
			last = p.Line
			if p.Err == nil && (p.Before == "" || p.After == "") {
				t.Fatalf("row %+v has no error but an empty name", p)
			}
		}
		t.Fatalf("more rows than lines in %q", in)
	})
}
