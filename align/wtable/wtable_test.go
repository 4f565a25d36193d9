package wtable

import (
	"reflect"
	"testing"
)

const magic = "test table v1"

func TestRoundTrip(t *testing.T) {
	tests := []Table{
		{Header: []string{"a", "b"}, Fixed: []float32{0.5, -1}, Names: []string{"x", "y=z", ""}, W: []float32{1, 2, 3, 4, -0.25, 1e-7}},
		{Header: []string{"only"}, Fixed: []float32{}, Names: []string{}, W: []float32{}},
	}
	for _, tt := range tests {
		data, err := tt.Marshal(magic)
		if err != nil {
			t.Fatal(err)
		}
		if !IsBinary(data, magic) || IsBinary(data, "other") {
			t.Error("IsBinary does not tell the magic line")
		}
		got, err := Unmarshal(data, magic)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, tt) {
			t.Errorf("got %+v, want %+v", got, tt)
		}
	}
	if _, err := (Table{Header: []string{"a"}, Names: []string{"x"}}).Marshal(magic); err == nil {
		t.Error("a table with too few weights was written")
	}
}

func TestBadData(t *testing.T) {
	good, _ := Table{Header: []string{"a", "b"}, Fixed: []float32{1}, Names: []string{"x"}, W: []float32{1, 2}}.Marshal(magic)
	for n := range len(good) {
		if _, err := Unmarshal(good[:n], magic); err == nil {
			t.Errorf("cut at %d of %d bytes: no error", n, len(good))
		}
	}
	if _, err := Unmarshal(append(good, 0), magic); err == nil {
		t.Error("a byte after the table: no error")
	}
}

// FuzzUnmarshal checks that no data panics the reader.
func FuzzUnmarshal(f *testing.F) {
	good, _ := Table{Header: []string{"a"}, Names: []string{"x"}, W: []float32{1}}.Marshal(magic)
	f.Add(good)
	f.Add([]byte(magic + "\n\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"))
	f.Fuzz(func(t *testing.T, data []byte) {
		tab, err := Unmarshal(data, magic)
		if err == nil && len(tab.W) != len(tab.Names)*len(tab.Header) {
			t.Fatalf("%d weights for %d×%d", len(tab.W), len(tab.Names), len(tab.Header))
		}
	})
}
