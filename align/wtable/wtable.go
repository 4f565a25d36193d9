// Package wtable stores a model's table of weights (named rows of
// float32s, a header of column names and a few fixed weights) in a
// binary form that a program embeds and reads in place: opening it
// decodes the header and checks the sizes, and nothing else is copied or
// decoded until it is asked for. Rows are found by name through a hash
// table stored with them, so that no map is built when a process
// starts. The models' text files stay the form people review; the
// binary form holds the same numbers, read from the text.
//
// The layout, counts unsigned varints, the rest little-endian:
//
//	magic line
//	count, then each header string (length, bytes)
//	count of fixed weights, the weights (float32)
//	rows, slots (a power of two above twice the rows)
//	rows+1 name offsets (uint32) into the names' bytes, then those bytes
//	slots (uint32): 0 for an empty slot, else 1 + the row whose name
//	    hashes there (FNV-1a, linear probing)
//	rows×columns weights (float32), row by row
package wtable

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/bits"
)

// Table is a table of weights as a program builds it.
type Table struct {
	Header []string  // the columns' names (labels, classes)
	Fixed  []float32 // weights outside the rows (transitions, biases)
	Names  []string  // the rows' names (features), each once
	W      []float32 // len(Names) × len(Header), row by row
}

// Index returns each row's name mapped to its row.
func (t Table) Index() map[string]int32 {
	m := make(map[string]int32, len(t.Names))
	for row, n := range t.Names {
		m[n] = int32(row)
	}
	return m
}

// Marshal returns the table in binary form under the given magic line.
func (t Table) Marshal(magic string) ([]byte, error) {
	cols := len(t.Header)
	if len(t.W) != len(t.Names)*cols {
		return nil, fmt.Errorf("wtable: %d weights for %d rows of %d columns", len(t.W), len(t.Names), cols)
	}
	slots, err := hashSlots(t.Names)
	if err != nil {
		return nil, err
	}
	b := []byte(magic + "\n")
	b = binary.AppendUvarint(b, uint64(cols))
	for _, h := range t.Header {
		b = append(binary.AppendUvarint(b, uint64(len(h))), h...)
	}
	b = appendFloats(binary.AppendUvarint(b, uint64(len(t.Fixed))), t.Fixed)
	b = binary.AppendUvarint(b, uint64(len(t.Names)))
	b = binary.AppendUvarint(b, uint64(len(slots)))
	off := 0
	for _, n := range t.Names {
		b = binary.LittleEndian.AppendUint32(b, uint32(off))
		off += len(n)
	}
	b = binary.LittleEndian.AppendUint32(b, uint32(off))
	for _, n := range t.Names {
		b = append(b, n...)
	}
	for _, s := range slots {
		b = binary.LittleEndian.AppendUint32(b, s)
	}
	return appendFloats(b, t.W), nil
}

// hashSlots returns the hash table of the names: 1 + row in the slot
// where a lookup of the name finds it.
func hashSlots(names []string) ([]uint32, error) {
	if len(names) >= math.MaxUint32/4 {
		return nil, fmt.Errorf("wtable: %d rows is too many", len(names))
	}
	slots := make([]uint32, slotsFor(len(names)))
	mask := uint32(len(slots) - 1)
	for row, n := range names {
		i := hash(n) & mask
		for ; slots[i] != 0; i = (i + 1) & mask {
			if names[slots[i]-1] == n {
				return nil, fmt.Errorf("wtable: row %q twice", n)
			}
		}
		slots[i] = uint32(row) + 1
	}
	return slots, nil
}

// slotsFor returns the size of the hash table for n rows: the least power
// of two above 2n, so that at least half the slots are empty.
func slotsFor(n int) int { return 1 << bits.Len(uint(2*n)) }

// hash is 32-bit FNV-1a, written out so that a byte slice hashes without
// being copied into a string.
func hash[S string | []byte](s S) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func appendFloats(b []byte, fs []float32) []byte {
	for _, f := range fs {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(f))
	}
	return b
}

// IsBinary reports whether data starts with the magic line.
func IsBinary(data []byte, magic string) bool {
	return len(data) > len(magic) && string(data[:len(magic)]) == magic && data[len(magic)] == '\n'
}

// errShort reports a table cut short.
var errShort = errors.New("wtable: the data ends too soon")

// View is a table read in place from its binary form.
type View struct {
	Header []string
	Fixed  []float32
	rows   int
	cols   int
	mask   uint32
	offs   string // rows+1 uint32 offsets into names
	names  string
	slots  string // mask+1 uint32
	w      string // rows×cols float32
}

// Open reads a table written by Marshal under the given magic line, in
// place: data must not change while the View is in use (an embedded
// file's string never does).
func Open(data, magic string) (*View, error) {
	if len(data) <= len(magic) || data[:len(magic)] != magic || data[len(magic)] != '\n' {
		return nil, fmt.Errorf("wtable: not a table: want %q first", magic)
	}
	r := reader{s: data[len(magic)+1:]}
	v := &View{}
	v.Header = r.strings()
	v.cols = len(v.Header)
	v.Fixed = r.floats(r.count())
	v.rows = r.count()
	nslots := r.count()
	if r.err == nil && nslots != slotsFor(v.rows) {
		r.err = fmt.Errorf("wtable: %d slots for %d rows", nslots, v.rows)
	}
	v.mask = uint32(nslots - 1)
	v.offs = r.take(4 * (v.rows + 1))
	if r.err == nil {
		v.names = r.take(int(v.offset(v.rows)))
	}
	v.slots = r.take(4 * nslots)
	v.w = r.take(4 * v.rows * v.cols)
	if r.err == nil && r.s != "" {
		r.err = fmt.Errorf("wtable: %d bytes after the table", len(r.s))
	}
	if r.err == nil {
		r.err = v.check()
	}
	if r.err != nil {
		return nil, r.err
	}
	return v, nil
}

// check checks that the offsets run forward inside the names and that
// every slot holds a row or nothing, so that no lookup can go astray.
func (v *View) check() error {
	for row := range v.rows {
		if v.offset(row) > v.offset(row+1) {
			return fmt.Errorf("wtable: row %d's name ends before it starts", row)
		}
	}
	for i := range int(v.mask) + 1 {
		if s := u32(v.slots, i); s > uint32(v.rows) {
			return fmt.Errorf("wtable: slot %d names row %d of %d", i, s-1, v.rows)
		}
	}
	return nil
}

// Rows returns the number of rows.
func (v *View) Rows() int { return v.rows }

// Name returns a row's name.
func (v *View) Name(row int) string { return v.names[v.offset(row):v.offset(row+1)] }

// Find returns the row of a name, and whether the table has it.
func (v *View) Find(name string) (int, bool) { return find(v, name) }

// FindBytes is Find for a name held in a byte slice; it does not copy it.
func (v *View) FindBytes(name []byte) (int, bool) { return find(v, name) }

func find[S string | []byte](v *View, name S) (int, bool) {
	i := hash(name) & v.mask
	for range v.mask + 1 {
		s := u32(v.slots, int(i))
		if s == 0 {
			return 0, false
		}
		if v.Name(int(s-1)) == string(name) {
			return int(s - 1), true
		}
		i = (i + 1) & v.mask
	}
	return 0, false
}

// Weight returns the weight in a row and column.
func (v *View) Weight(row, col int) float32 { return f32(v.w, row*v.cols+col) }

// AddRow adds a row's weights to dst, column by column; dst holds one
// number per column.
func (v *View) AddRow(dst []float64, row int) {
	base := row * v.cols
	for c := range dst[:v.cols] {
		dst[c] += float64(f32(v.w, base+c))
	}
}

// Table returns the table's contents as a Table, copied out.
func (v *View) Table() Table {
	t := Table{Header: v.Header, Fixed: v.Fixed, Names: make([]string, v.rows), W: make([]float32, v.rows*v.cols)}
	for row := range v.rows {
		t.Names[row] = v.Name(row)
	}
	for i := range t.W {
		t.W[i] = f32(v.w, i)
	}
	return t
}

func (v *View) offset(row int) uint32 { return u32(v.offs, row) }

// u32 returns the i-th little-endian uint32 of s.
func u32(s string, i int) uint32 {
	s = s[4*i : 4*i+4]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// f32 returns the i-th little-endian float32 of s.
func f32(s string, i int) float32 { return math.Float32frombits(u32(s, i)) }

// reader reads the parts of a table, remembering the first error.
type reader struct {
	s   string
	err error
}

func (r *reader) count() int {
	if r.err != nil {
		return 0
	}
	var v uint64
	for i := 0; i < len(r.s) && i < binary.MaxVarintLen64; i++ {
		c := r.s[i]
		v |= uint64(c&0x7f) << (7 * i)
		if c < 0x80 {
			if v > uint64(len(r.s)) { // no count here exceeds the bytes left
				break
			}
			r.s = r.s[i+1:]
			return int(v)
		}
	}
	r.err = errShort
	return 0
}

// take returns the next n bytes.
func (r *reader) take(n int) string {
	if r.err != nil || n < 0 || n > len(r.s) {
		r.err = errShort
		return ""
	}
	out := r.s[:n]
	r.s = r.s[n:]
	return out
}

func (r *reader) strings() []string {
	n := r.count()
	out := make([]string, 0, n)
	for range n {
		s := r.take(r.count())
		if r.err != nil {
			return nil
		}
		out = append(out, s)
	}
	return out
}

func (r *reader) floats(n int) []float32 {
	s := r.take(4 * n)
	if r.err != nil {
		return nil
	}
	out := make([]float32, n)
	for i := range out {
		out[i] = f32(s, i)
	}
	return out
}
