package wtable

import (
	"fmt"
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
		v, err := Open(string(data), magic)
		if err != nil {
			t.Fatal(err)
		}
		if got := v.Table(); !reflect.DeepEqual(got, tt) {
			t.Errorf("got %+v, want %+v", got, tt)
		}
	}
	if _, err := (Table{Header: []string{"a"}, Names: []string{"x"}}).Marshal(magic); err == nil {
		t.Error("a table with too few weights was written")
	}
	if _, err := (Table{Header: []string{"a"}, Names: []string{"x", "x"}, W: []float32{1, 2}}).Marshal(magic); err == nil {
		t.Error("a table with a row twice was written")
	}
}

// TestFind looks up every row of a table large enough for hash
// collisions, and names it does not hold.
func TestFind(t *testing.T) {
	tab := Table{Header: []string{"a", "b", "c"}}
	for i := range 5000 {
		tab.Names = append(tab.Names, fmt.Sprintf("f%d", i))
		tab.W = append(tab.W, float32(i), -float32(i), 0.5)
	}
	data, err := tab.Marshal(magic)
	if err != nil {
		t.Fatal(err)
	}
	v, err := Open(string(data), magic)
	if err != nil {
		t.Fatal(err)
	}
	if v.Rows() != len(tab.Names) {
		t.Fatalf("Rows() = %d, want %d", v.Rows(), len(tab.Names))
	}
	for row, name := range tab.Names {
		got, ok := v.Find(name)
		gotB, okB := v.FindBytes([]byte(name))
		if !ok || got != row || !okB || gotB != row {
			t.Fatalf("Find(%q) = %d, %v; FindBytes %d, %v; want %d", name, got, ok, gotB, okB, row)
		}
		dst := []float64{1, 1, 1}
		v.AddRow(dst, row)
		if want := []float64{1 + float64(row), 1 - float64(row), 1.5}; !reflect.DeepEqual(dst, want) || v.Weight(row, 1) != -float32(row) {
			t.Fatalf("row %d: AddRow gives %v, want %v; Weight(%d, 1) = %v", row, dst, want, row, v.Weight(row, 1))
		}
	}
	for _, name := range []string{"", "f", "f5000", "f-1", "x"} {
		if row, ok := v.Find(name); ok {
			t.Errorf("Find(%q) = %d, want none", name, row)
		}
	}
}

func TestBadData(t *testing.T) {
	good, _ := Table{Header: []string{"a", "b"}, Fixed: []float32{1}, Names: []string{"x", "yy"}, W: []float32{1, 2, 3, 4}}.Marshal(magic)
	for n := range len(good) {
		if _, err := Open(string(good[:n]), magic); err == nil {
			t.Errorf("cut at %d of %d bytes: no error", n, len(good))
		}
	}
	if _, err := Open(string(append(good, 0)), magic); err == nil {
		t.Error("a byte after the table: no error")
	}
	// the offsets start after magic, header (1+2+2), fixed (1+4), rows,
	// slots: a name that ends before it starts, and a slot past the rows
	at := len(magic) + 1 + 5 + 5 + 2
	bad := append([]byte(nil), good...)
	bad[at+4] = 9 // row 1 starts at 9, past row 2's end at 3
	if _, err := Open(string(bad), magic); err == nil {
		t.Error("offsets running backwards: no error")
	}
	bad = append([]byte(nil), good...)
	bad[at+12+3] = 7 // the first slot names row 6
	if _, err := Open(string(bad), magic); err == nil {
		t.Error("a slot past the rows: no error")
	}
}

// FuzzOpen checks that no data panics the reader or its lookups.
func FuzzOpen(f *testing.F) {
	good, _ := Table{Header: []string{"a"}, Names: []string{"x", "y"}, W: []float32{1, 2}}.Marshal(magic)
	f.Add(good, "x")
	f.Add([]byte(magic+"\n\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"), "")
	f.Fuzz(func(t *testing.T, data []byte, name string) {
		v, err := Open(string(data), magic)
		if err != nil {
			return
		}
		if row, ok := v.Find(name); ok {
			v.AddRow(make([]float64, len(v.Header)), row)
			_ = v.Name(row)
		}
		if tab := v.Table(); len(tab.W) != len(tab.Names)*len(tab.Header) {
			t.Fatalf("%d weights for %d×%d", len(tab.W), len(tab.Names), len(tab.Header))
		}
	})
}

func TestIndex(t *testing.T) {
	got := Table{Names: []string{"x", "y=z", ""}}.Index()
	if want := map[string]int32{"x": 0, "y=z": 1, "": 2}; !reflect.DeepEqual(got, want) {
		t.Errorf("Index() = %v, want %v", got, want)
	}
}
