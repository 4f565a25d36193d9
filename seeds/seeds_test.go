package seeds

import (
	"strings"
	"testing"
)

func TestList(t *testing.T) {
	list, err := List()
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 5 {
		t.Fatalf("List() = %d seeds, want 5", len(list))
	}
	for _, s := range list {
		if s.Size == 0 || s.Date == "" || s.Kind == "" || s.Title == "" {
			t.Errorf("seed %+v is missing a field", s)
		}
		if !strings.HasPrefix(s.Name, s.Date) {
			t.Errorf("seed %s: name does not start with its date %s", s.Name, s.Date)
		}
	}
}

func TestFind(t *testing.T) {
	tests := []struct {
		name, want, err string
	}{
		{"seed:2017", "2017-05-15-industry-letter-cybersecurity-law", ""},
		{"2015-01-28-industry-letter-secure-and-controllable.txt", "2015-01-28-industry-letter-secure-and-controllable", ""},
		{"2015-08-12", "2015-08-12-news-us-tech-groups-press-obama", ""},
		{"2015", "", "ambiguous"},
		{"1999", "", "no seed named"},
		{"", "", "no seed named"},
	}
	for _, tt := range tests {
		s, err := Find(tt.name)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("Find(%q) error = %v, want %q", tt.name, err, tt.err)
			}
			continue
		}
		if err != nil || s.Name != tt.want {
			t.Errorf("Find(%q) = %q, %v; want %q", tt.name, s.Name, err, tt.want)
		}
	}
}

func TestDefaultPair(t *testing.T) {
	b, a, err := DefaultPair()
	if err != nil {
		t.Fatal(err)
	}
	if b.Kind != "letter" || a.Kind != "letter" || b.Date >= a.Date {
		t.Errorf("DefaultPair() = %s, %s; want two letters in date order", b.Name, a.Name)
	}
	data, err := Read(b)
	if err != nil || len(data) != b.Size {
		t.Errorf("Read(%s) = %d bytes, %v; want %d", b.Name, len(data), err, b.Size)
	}
}
