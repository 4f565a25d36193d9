// Package wtable stores a model's table of weights (named rows of
// float32s, a header of column names and a few fixed weights) in a
// compact binary form that reads in well under a millisecond, for
// embedding in the program. The models' text files stay the form people
// review; the binary form holds the same numbers, read from the text.
//
// The layout, all integers unsigned varints and all weights
// little-endian IEEE 754 float32:
//
//	magic line
//	count, then each header string (length, bytes)
//	count of fixed weights, the weights
//	rows, columns, then each row name (length, bytes), then rows×columns weights
package wtable

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// Table is a table of weights.
type Table struct {
	Header []string  // the columns' names (labels, classes)
	Fixed  []float32 // weights outside the rows (transitions, biases)
	Names  []string  // the rows' names (features)
	W      []float32 // len(Names) × len(Header), row by row
}

// Marshal returns the table in binary form under the given magic line.
func (t Table) Marshal(magic string) ([]byte, error) {
	cols := len(t.Header)
	if len(t.W) != len(t.Names)*cols {
		return nil, fmt.Errorf("wtable: %d weights for %d rows of %d columns", len(t.W), len(t.Names), cols)
	}
	b := []byte(magic + "\n")
	b = binary.AppendUvarint(b, uint64(cols))
	for _, h := range t.Header {
		b = appendString(b, h)
	}
	b = appendFloats(binary.AppendUvarint(b, uint64(len(t.Fixed))), t.Fixed)
	b = binary.AppendUvarint(b, uint64(len(t.Names)))
	for _, n := range t.Names {
		b = appendString(b, n)
	}
	return appendFloats(b, t.W), nil
}

func appendString(b []byte, s string) []byte {
	return append(binary.AppendUvarint(b, uint64(len(s))), s...)
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

// Unmarshal reads a table written by Marshal under the given magic line.
// The row names share the memory of one copy of data.
func Unmarshal(data []byte, magic string) (Table, error) {
	if !IsBinary(data, magic) {
		return Table{}, fmt.Errorf("wtable: not a table: want %q first", magic)
	}
	r := reader{s: string(data[len(magic)+1:])} // one copy: names are slices of it
	var t Table
	t.Header = r.strings()
	t.Fixed = r.floats(r.count())
	t.Names = r.strings()
	t.W = r.floats(len(t.Names) * len(t.Header))
	if r.err == nil && r.s != "" {
		r.err = fmt.Errorf("wtable: %d bytes after the table", len(r.s))
	}
	return t, r.err
}

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

func (r *reader) strings() []string {
	n := r.count()
	out := make([]string, 0, n)
	for range n {
		l := r.count()
		if r.err != nil || l > len(r.s) {
			r.err = errShort
			return nil
		}
		out = append(out, r.s[:l])
		r.s = r.s[l:]
	}
	return out
}

func (r *reader) floats(n int) []float32 {
	if r.err != nil || n*4 > len(r.s) || n < 0 {
		r.err = errShort
		return nil
	}
	out := make([]float32, n)
	for i := range out {
		b := r.s[4*i : 4*i+4]
		out[i] = math.Float32frombits(uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24)
	}
	r.s = r.s[4*n:]
	return out
}
