package sentence

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"simple", "We ask. You act.", []string{"We ask.", "You act."}},
		{"items of a list run into a sentence", "We demand: i. That A be done; ii. That B be done. Thanks.", []string{"We demand: i. That A be done; ii. That B be done.", "Thanks."}},
		{"country initials", "The U.S. Chamber of Commerce signed. Others did too.", []string{"The U.S. Chamber of Commerce signed.", "Others did too."}},
		{"number abbreviation", "Send it to No. 23 Main Street. Thanks.", []string{"Send it to No. 23 Main Street.", "Thanks."}},
		{"e.g.", "Products must contain local IP (e.g., local algorithms). Next.", []string{"Products must contain local IP (e.g., local algorithms).", "Next."}},
		{"i.e.", "One thing, i.e. the law. Then more.", []string{"One thing, i.e. the law.", "Then more."}},
		{"Inc.", "Acme Inc. and Widget Ltd. agree. Yes.", []string{"Acme Inc. and Widget Ltd. agree.", "Yes."}},
		{"Art.", "See Art. 37 of the law. It matters.", []string{"See Art. 37 of the law.", "It matters."}},
		{"initial", "Mr. J. Smith wrote. He left.", []string{"Mr. J. Smith wrote.", "He left."}},
		{"decimal", "It rose 2.5 percent. Then fell.", []string{"It rose 2.5 percent.", "Then fell."}},
		{"quotation", `He said "Stop." Then we left.`, []string{`He said "Stop."`, "Then we left."}},
		{"curly quotation", "The letter read, “We object.” Officials declined.", []string{"The letter read, “We object.”", "Officials declined."}},
		{"footnote marker", "Data flows are restricted.¹ The law applies.", []string{"Data flows are restricted.¹", "The law applies."}},
		{"bracket marker", "Data flows are restricted.[1] The law applies.", []string{"Data flows are restricted.[1]", "The law applies."}},
		{"plain digit marker", "The exclusions should be extended before they expire.1 We thank the Office.", []string{"The exclusions should be extended before they expire.1", "We thank the Office."}},
		{"decimal before a capital is no marker", "Prices rose by 2.5 Percent in May.", []string{"Prices rose by 2.5 Percent in May."}},
		{"hard wrapped", "We ask that you\ndelay the law. We\nthank you.", []string{"We ask that you\ndelay the law.", "We\nthank you."}},
		{"no final stop", "A heading without a stop", []string{"A heading without a stop"}},
		{"question", "Why now? Because.", []string{"Why now?", "Because."}},
		{"lower case after stop", "The draft, ver. two, is out.", []string{"The draft, ver. two, is out."}},
		{"blank", "  \n ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, sp := range Split(tt.in) {
				got = append(got, tt.in[sp.Start:sp.End])
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{"We ask. You act.", "U.S. and No. 5.", "a.¹ B", "“x.” y", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, sp := range Split(s) {
			if sp.Start < prev || sp.End <= sp.Start || sp.End > len(s) {
				t.Fatalf("bad span %v after %d in %q", sp, prev, s)
			}
			if strings.TrimSpace(s[sp.Start:sp.End]) == "" {
				t.Fatalf("blank sentence %v in %q", sp, s)
			}
			prev = sp.End
		}
	})
}

// BenchmarkSplit splits one paragraph made of RFC 2246 with its line ends
// read as spaces, cut to growing sizes: the time per byte stays flat.
func BenchmarkSplit(b *testing.B) {
	data, err := os.ReadFile("../../testdata/perf/rfc2246.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Join(strings.Fields(string(data)), " ")
	for _, n := range []int{1_000, 10_000, 100_000} {
		p := text[:n]
		b.Run(fmt.Sprintf("bytes=%d", n), func(b *testing.B) {
			b.SetBytes(int64(n))
			for b.Loop() {
				Split(p)
			}
		})
	}
}
